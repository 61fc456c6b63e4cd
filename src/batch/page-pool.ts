// Pages are converted on worker threads (piscina: a well-kept pool with per-task abort):
// parse+extract+render are CPU work, and both cores should do it. A page that takes longer
// than --page-timeout has its worker cut off; the pool goes on with the next.
import { Piscina } from 'piscina';
import type { ArchiveOptions } from '../config.js';
import { fail, sourceLabel, type Page, type Post, type Result, type Source } from '../types.js';
import type { PageTask } from './page-worker.js';

export class PagePool {
  private pool: Piscina<PageTask, Result<Post>> | undefined;
  /** Tasks are handed over only when a worker is free, so a page's clock starts when it does. */
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly jobs: number,
    private readonly pageTimeout: number,
  ) {
    this.free = jobs;
  }

  private async slot(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    return () => {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }

  /** A file, read and converted on a worker. */
  convert(source: Source, options: ArchiveOptions): Promise<Result<Post>> {
    return this.run({ source, options }, sourceLabel(source));
  }

  /** A page already read (fetched, or standard input), converted on a worker. */
  convertPage(page: Page, options: ArchiveOptions): Promise<Result<Post>> {
    return this.run({ page, options }, sourceLabel(page.source));
  }

  private async run(task: PageTask, label: string): Promise<Result<Post>> {
    this.pool ??= new Piscina({
      filename: new URL('./page-worker.js', import.meta.url).href,
      minThreads: this.jobs,
      maxThreads: this.jobs,
      idleTimeout: 5_000,
    });
    const release = await this.slot();
    try {
      return await this.pool.run(task, { signal: AbortSignal.timeout(this.pageTimeout) });
    } catch (err) {
      if ((err as Error).name === 'AbortError' || (err as Error).name === 'TimeoutError') {
        return fail(label, 'extract', 'page-timeout', `took longer than ${this.pageTimeout} ms (--page-timeout), stopped`);
      }
      return fail(label, 'extract', 'worker', `the converter crashed: ${(err as Error).message}`);
    } finally {
      release();
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
