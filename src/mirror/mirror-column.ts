// One column into one output folder: read the feed, archive each item not yet archived,
// record every step in the folder's state so that a killed run is finished by the next.
import { join } from 'node:path';
import type { ReportEntry } from '../archive.js';
import { mapInOrder } from '../ordered-map.js';
import { renderPost } from '../render/render-post.js';
import type { Problem } from '../types.js';
import { fileNameFor } from '../write/file-name.js';
import { finalContent } from '../write/local-images.js';
import { exists, type NameClaims, postTarget, writeAtomic } from '../write/write-post.js';
import type { FeedItem } from './feed.js';
import { itemArticle, type ItemOptions } from './item-article.js';
import { readColumn, type ColumnOptions } from './read-column.js';
import { recordFeed, recordItem, type MirrorState } from './state.js';

export interface MirrorOptions extends ItemOptions, ColumnOptions {
  dryRun: boolean;
}

export interface ColumnReport {
  source: string;
  out: string;
  written: number;
  failed: number;
  /** Items of the feed that were archived by an earlier run. */
  known: number;
  notModified: boolean;
  /** New items left for later runs by --max-items. */
  deferred: number;
  error: string | null;
}

export type MirrorEntry = Omit<ReportEntry, 'status'> & { status: ReportEntry['status'] | 'would-write' };

/** What the folder shares between its columns during one run. */
export interface FolderRun {
  state: MirrorState;
  claims: NameClaims;
}

const failedEntry = (problem: Problem, title: string | null = null): MirrorEntry => ({
  source: problem.source, output: null, status: 'failed', title, error: problem.reason,
});

/** A file name no other post of the folder holds, on disk or in this run. */
async function freeName(run: FolderRun, base: string, out: string): Promise<string> {
  for (;;) {
    const name = run.claims.claim(base);
    if (!(await exists(join(out, name)))) return name;
  }
}

async function archiveItem(item: FeedItem, post: ReturnType<typeof renderPost>, column: string, options: MirrorOptions, run: FolderRun): Promise<MirrorEntry> {
  const label = item.link ?? item.key;
  const known = run.state.items[item.key];
  const name = known?.file ?? (await freeName(run, fileNameFor(options.filename, post.article, { kind: 'url', url: label }, options), options.out));
  const placed = postTarget(options.out, name, label);
  if (!placed.ok) return failedEntry(placed.problem);
  const target = placed.value;
  const entry = { source: label, output: target, title: post.article.title, error: null };
  if (options.dryRun) return { ...entry, status: 'would-write' };
  let problems: string[];
  try {
    await recordItem(options.out, run.state, item.key, { file: name, source: column, at: new Date().toISOString(), pending: true });
    const final = await finalContent(post, target, options);
    problems = [...(post.article.warnings ?? []), ...final.problems];
    await writeAtomic(target, final.content);
  } catch (err) {
    // The post could not be written (a full disk, a read-only folder): the state goes back
    // to what it was, so it never claims an item that is not there.
    await recordItem(options.out, run.state, item.key, known ?? null).catch(() => undefined);
    throw new Error(`cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const { pending: _, ...done } = run.state.items[item.key]!;
  await recordItem(options.out, run.state, item.key, done);
  return { ...entry, status: 'written', ...(problems.length && { warnings: problems }) };
}

export async function mirrorColumn(source: string, options: MirrorOptions, run: FolderRun, sink: (entry: MirrorEntry) => void, note: (line: string) => void): Promise<ColumnReport> {
  const report: ColumnReport = { source, out: options.out, written: 0, failed: 0, known: 0, notModified: false, deferred: 0, error: null };
  const fail = (entry: MirrorEntry) => {
    report.failed++;
    sink(entry);
  };
  const read = await readColumn(source, options, run.state.feeds);
  if (!read.ok) {
    report.error = read.problem.reason;
    fail(failedEntry(read.problem));
    return report;
  }
  if ('notModified' in read.value) {
    report.notModified = true;
    return report;
  }
  const { feed, url, validators } = read.value;
  feed.problems.forEach((reason) => fail(failedEntry({ source, stage: 'source', code: 'item', reason })));
  const isDone = (item: FeedItem) => run.state.items[item.key] && !run.state.items[item.key]!.pending;
  const fresh = [...feed.items].reverse().filter((item) => options.refresh || !isDone(item));
  report.known = feed.items.length - fresh.length;
  // A run takes at most --max-items new items, oldest first; later runs take the rest.
  const todo = fresh.slice(0, options.maxItems);
  report.deferred = fresh.length - todo.length;
  if (report.deferred) note(`${source}: ${report.deferred} more new items are left for the next runs (--max-items ${options.maxItems})`);
  const articles = mapInOrder(todo, options.concurrency, async (item) => ({ item, article: await itemArticle(item, feed, options) }));
  for await (const { item, article } of articles) {
    if (!article.ok) {
      fail(failedEntry(article.problem));
      continue;
    }
    const entry = await archiveItem(item, renderPost(article.value, options), source, options, run).catch((err: Error) =>
      failedEntry({ source: item.link ?? item.key, stage: 'write', code: 'write', reason: err.message.startsWith('cannot write') ? err.message : `cannot write: ${err.message}` }, article.value.title),
    );
    if (entry.status === 'failed') fail(entry);
    else {
      if (entry.status === 'written') report.written++;
      sink(entry);
    }
  }
  // Validators are kept only after a complete pass: a 304 must never hide an item that failed.
  if (report.failed === 0 && report.deferred === 0 && !options.dryRun) {
    await recordFeed(options.out, run.state, url, { ...validators, checked: new Date().toISOString() });
  }
  return report;
}
