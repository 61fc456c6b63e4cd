// The archive pipeline for a stream of sources: Source → Page → Article → Post → file.
// Files are converted on worker threads, URLs fetched on the main thread, several at a time
// but never more than a bounded window; names are claimed and files written in input order,
// so the same inputs always give the same file names, whatever the scheduling.
import { stat } from 'node:fs/promises';
import { PagePool } from './batch/page-pool.js';
import type { ArchiveOptions } from './config.js';
import { limit, type Limit } from './limit.js';
import { mapInOrder } from './ordered-map.js';
import type { Expanded } from './source/expand.js';
import { readPage } from './source/read-page.js';
import { sourceLabel, type Post, type Problem, type Result, type Source } from './types.js';
import { fileNameFor, namedBySource } from './write/file-name.js';
import { finalContent } from './write/local-images.js';
import { insideFolder, NameClaims, postTarget, writeAtomic } from './write/write-post.js';

export interface ReportEntry {
  source: string;
  output: string | null;
  status: 'written' | 'skipped' | 'failed';
  title: string | null;
  error: string | null;
  /** What went wrong without failing the post: images kept remote. */
  warnings?: string[];
}

/** One source's result, and its post when it is printed rather than written (`out: '-'`). */
export interface Archived {
  entry: ReportEntry;
  post?: Post;
}

/** A source with its file name when that is known before reading it (tree mirroring). */
interface Job {
  source: Source;
  name?: string;
  /** Its post exists and is newer than the file: nothing to do. */
  upToDate?: boolean;
}

type Planned = { problem: Problem } | { job: Job };
type Done = { ok: false; problem: Problem } | { ok: true; job: Job; post?: Post };

const failed = (problem: Problem, title: string | null = null): ReportEntry => ({
  source: problem.source,
  output: null,
  status: 'failed',
  title,
  error: problem.reason,
});

const mtime = (path: string) => stat(path).then((s) => s.mtimeMs, () => undefined);

/** A post that exists is kept, unless --force or, for a file, the file changed after it. */
async function keepExisting(target: string, source: Source, force: boolean): Promise<boolean> {
  if (force) return false;
  const post = await mtime(target);
  if (post === undefined) return false;
  if (source.kind !== 'file') return true;
  const input = await mtime(source.path);
  return input === undefined || post >= input;
}

/** Claims, in input order, the names that do not depend on the page's content. */
async function* plan(sources: AsyncIterable<Expanded>, options: ArchiveOptions, claims: NameClaims): AsyncGenerator<Planned> {
  for await (const item of sources) {
    if ('problem' in item || options.out === '-') {
      yield 'problem' in item ? item : { job: { source: item.source } };
      continue;
    }
    const template = options.filename;
    const bySource = template === undefined ? item.source.kind === 'file' && item.source.root !== undefined : namedBySource(template);
    if (!bySource) {
      yield { job: { source: item.source } };
      continue;
    }
    const name = claims.claim(fileNameFor(template, undefined, item.source));
    const target = insideFolder(options.out, name);
    yield { job: { source: item.source, name, upToDate: target !== undefined && (await keepExisting(target, item.source, options.force)) } };
  }
}

async function run(item: Planned, options: ArchiveOptions, pool: PagePool, fetching: Limit): Promise<Done> {
  if ('problem' in item) return { ok: false, problem: item.problem };
  const { job } = item;
  if (job.upToDate) return { ok: true, job };
  let converted: Result<Post>;
  if (job.source.kind === 'file') converted = await pool.convert(job.source, options);
  else {
    // Fetched here (one agent, politeness per host), converted on a worker (--page-timeout).
    const page = await fetching(() => readPage(job.source, options));
    converted = page.ok ? await pool.convertPage(page.value, options) : page;
  }
  return converted.ok ? { ok: true, job, post: converted.value } : converted;
}

async function write(job: Job, post: Post | undefined, options: ArchiveOptions, claims: NameClaims): Promise<ReportEntry> {
  const label = sourceLabel(job.source);
  const title = post?.article.title ?? null;
  const name = job.name ?? claims.claim(fileNameFor(options.filename, post?.article, job.source, options));
  const placed = postTarget(options.out, name, label);
  if (!placed.ok) return failed(placed.problem, title);
  const target = placed.value;
  if (!post || (await keepExisting(target, job.source, options.force))) {
    return { source: label, output: target, status: 'skipped', title, error: `${target} exists (use --force to overwrite)` };
  }
  try {
    const { content, problems } = await finalContent(post, target, options);
    await writeAtomic(target, content);
    const warnings = [...(post.article.warnings ?? []), ...problems];
    return { source: label, output: target, status: 'written', title, error: null, ...(warnings.length && { warnings }) };
  } catch (err) {
    const reason = `cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
    return failed({ source: label, stage: 'write', code: 'write', reason, cause: err }, title);
  }
}

const WINDOW_PER_WORKER = 32;
/**
 * The posts done but waiting for an earlier one (a slow page) to be written, in bytes: once
 * over, no new page starts until the slow one is done. A post of a heavy page averages 18 KB
 * of Markdown, but a few are megabytes: a count of posts alone does not bound them.
 */
const WAITING_BYTES = 16 * 1024 * 1024;

/** A result's weight in memory: its post's text (UTF-16) and the article's HTML when kept. */
const heldBytes = (done: Done): number => (done.ok && done.post ? 2 * (done.post.content.length + done.post.article.html.length) : 0);

/**
 * Archives every source, yielding each result in input order. When `stop` is aborted (Ctrl-C),
 * no new post is written; the one being written is finished, never left half.
 */
export async function* archiveAll(sources: AsyncIterable<Expanded>, options: ArchiveOptions, stop?: AbortSignal): AsyncGenerator<Archived> {
  const claims = new NameClaims();
  const pool = new PagePool(options.jobs, options.pageTimeout);
  const fetching = limit(options.concurrency);
  // Results wait here for the ones before them (written in input order): a window wide enough
  // that one slow page does not leave the workers without work, and no more in bytes.
  const window = { count: options.concurrency + options.jobs * WINDOW_PER_WORKER, bytes: { budget: WAITING_BYTES, size: heldBytes } };
  try {
    for await (const done of mapInOrder(plan(sources, options, claims), window, (item) => run(item, options, pool, fetching))) {
      if (stop?.aborted) break;
      if (!done.ok) yield { entry: failed(done.problem) };
      else if (options.out === '-' && done.post) {
        const { warnings } = done.post.article;
        yield { entry: { source: sourceLabel(done.job.source), output: '-', status: 'written', title: done.post.article.title, error: null, ...(warnings?.length && { warnings }) }, post: done.post };
      } else yield { entry: await write(done.job, done.post, options, claims) };
    }
  } finally {
    await pool.close();
  }
}
