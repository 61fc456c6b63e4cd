// Pages are converted on worker threads (piscina: a well-kept pool with per-task abort):
// parse+extract+render are CPU work, and both cores should do it. Each worker holds the page
// it converts and the next one, so it never waits for the main thread between pages. A page
// that takes longer than --page-timeout has its worker cut off; the pool goes on. A worker's
// heap is capped, so that memory follows the pages in flight rather than V8's appetite; the
// rare page that needs more is converted again on a worker of its own without the cap.
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ArchiveOptions } from '../config.js';
import { limit, type Limit } from '../limit.js';
import { fail, sourceLabel, type Page, type Post, type Result, type Source } from '../types.js';
import type { PageTask } from './page-worker.js';

/** Pages handed to a worker at once: the one it converts and the one it starts next. */
const PER_WORKER = 2;
/**
 * A worker's young generation, in MB (V8's default lets it grow to 32): measured on 2,000
 * corpus pages, 17 MB less per worker for about the same speed.
 */
const YOUNG_GENERATION_MB = 16;
/**
 * A worker's old generation, in MB. Uncapped, V8 lets it grow to ~250 MB between collections
 * on heavy pages (100 KB-2 MB): 1,000 such pages with --jobs 2 peaked at 541 MB RSS, 282 MB
 * with 128 at the same speed; 64 was 20% slower (more full collections).
 */
const OLD_GENERATION_MB = 128;

type Pool = Piscina<PageTask, Result<Post>>;

function newPool(threads: { min: number; max: number }, resourceLimits: { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb?: number }): Pool {
  const pool: Pool = new Piscina({
    filename: new URL('./page-worker-entry.cjs', import.meta.url).href,
    minThreads: threads.min,
    maxThreads: threads.max,
    concurrentTasksPerWorker: PER_WORKER,
    idleTimeout: 5_000,
    resourceLimits,
  });
  // A worker that dies with no page left to run (one whose page its timeout already stopped, then ran out of
  // memory) is replaced by the pool; its page's failure was already reported. Unheard, the event would end the process.
  pool.on('error', () => {});
  return pool;
}

export class PagePool {
  private pool: Pool | undefined;
  /** One worker without the heap cap, for the pages that ran out of memory in the pool. */
  private roomy: Pool | undefined;
  private closed = false;
  private readonly handOver: Limit;

  constructor(
    private readonly jobs: number,
    private readonly pageTimeout: number,
  ) {
    this.handOver = limit(jobs * PER_WORKER);
  }

  /** A file, read and converted on a worker. */
  convert(source: Source, options: ArchiveOptions): Promise<Result<Post>> {
    return this.run({ source, options }, sourceLabel(source));
  }

  /** A page already read (fetched, or standard input), converted on a worker. */
  convertPage(page: Page, options: ArchiveOptions): Promise<Result<Post>> {
    return this.run({ page, options }, sourceLabel(page.source));
  }

  private run(task: PageTask, label: string): Promise<Result<Post>> {
    return this.handOver(async () => {
      // A page still waiting on a worker that another page hung or crashed never ran: it runs again.
      let cause = '';
      for (let tries = 0; tries < 2; tries++) {
        const result = await this.attempt(task, label, this.capped());
        if (result === OUT_OF_MEMORY) return this.attemptRoomy(task, label);
        if (!(result instanceof NotStarted)) return result;
        cause = result.cause;
      }
      return fail(label, 'extract', 'worker', `the converter stopped twice before this page could start${cause}`);
    });
  }

  private capped(): Pool {
    this.pool ??= newPool({ min: this.jobs, max: this.jobs }, { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB });
    return this.pool;
  }

  private async attemptRoomy(task: PageTask, label: string): Promise<Result<Post>> {
    // No thread kept once idle: its heap, which nothing caps, is given back.
    this.roomy ??= newPool({ min: 0, max: 1 }, { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB });
    const result = await this.attempt(task, label, this.roomy);
    if (result === OUT_OF_MEMORY) return fail(label, 'extract', 'out-of-memory', 'the converter ran out of memory on this page');
    if (result instanceof NotStarted) return fail(label, 'extract', 'worker', `the converter stopped before this page could start${result.cause}`);
    return result;
  }

  /** One try on a worker; the page's clock starts when the worker starts it, not when it is queued. */
  private async attempt(task: PageTask, label: string, pool: Pool): Promise<Result<Post> | NotStarted | typeof OUT_OF_MEMORY> {
    // A run stopped early (Ctrl-C, an aborted signal) leaves pages waiting: they are not started on a new pool.
    if (this.closed) return fail(label, 'extract', 'stopped', 'the run stopped before this page was converted');
    const { port1, port2 } = new MessageChannel();
    const controller = new AbortController();
    let clock: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      clock = setTimeout(() => controller.abort(), this.pageTimeout);
    });
    try {
      return await pool.run({ ...task, started: port2 }, { signal: controller.signal, transferList: [port2] });
    } catch (err) {
      if (controller.signal.aborted) return fail(label, 'extract', 'page-timeout', `took longer than ${this.pageTimeout} ms (--page-timeout), stopped`);
      if (clock === undefined) return new NotStarted(err);
      if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return OUT_OF_MEMORY;
      return fail(label, 'extract', 'worker', `the converter crashed: ${(err as Error).message}`);
    } finally {
      clearTimeout(clock);
      port1.close();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const pools = [this.pool, this.roomy];
    this.pool = this.roomy = undefined;
    await Promise.all(pools.map((pool) => pool?.destroy()));
  }
}

/** A page its worker never started: the worker died first (another page's crash, or it could not load). */
class NotStarted {
  /** What stopped the worker, as the failure's end (": Cannot find module …"). */
  readonly cause: string;
  constructor(err: unknown) {
    const message = err instanceof Error ? err.message.split('\n')[0] : '';
    this.cause = message ? `: ${message}` : '';
  }
}
const OUT_OF_MEMORY = Symbol('out of memory');
