// The archive pipeline for a stream of sources: Source → Page → Article → Post → file.
// Sources are read and converted several at a time; names are claimed and files written in
// input order, so the same inputs always give the same file names.
import type { ArchiveOptions } from './config.js';
import { extractArticle } from './extract/extract-article.js';
import { mapInOrder } from './ordered-map.js';
import { renderPost } from './render/render-post.js';
import { readPage } from './source/read-page.js';
import type { Expanded } from './source/expand.js';
import { sourceLabel, type Post, type Problem, type Result, type Source } from './types.js';
import { fileNameFor } from './write/file-name.js';
import { insideFolder, NameClaims, writeAtomic } from './write/write-post.js';

export interface ReportEntry {
  source: string;
  output: string | null;
  status: 'written' | 'skipped' | 'failed';
  title: string | null;
  error: string | null;
}

async function preparePost(source: Source, options: ArchiveOptions): Promise<Result<Post>> {
  const page = await readPage(source, options);
  if (!page.ok) return page;
  const article = extractArticle(page.value, options);
  if (!article.ok) return article;
  return { ok: true, value: renderPost(article.value, options) };
}

const failed = (problem: Problem, title: string | null = null): ReportEntry => ({
  source: problem.source,
  output: null,
  status: 'failed',
  title,
  error: problem.reason,
});

export type PostSink = (entry: ReportEntry, post?: Post) => void;

async function writeEntry(source: Source, post: Post, options: ArchiveOptions, claims: NameClaims): Promise<ReportEntry> {
  const label = sourceLabel(source);
  const title = post.article.title;
  const name = claims.claim(fileNameFor(options.filename, post.article, source));
  const target = insideFolder(options.out, name);
  if (!target) return failed({ source: label, stage: 'write', code: 'outside', reason: `file name ${name} would be outside the output folder` }, title);
  try {
    const status = await writeAtomic(target, post.content, options.force);
    return { source: label, output: target, status, title, error: status === 'skipped' ? `${target} exists (use --force to overwrite)` : null };
  } catch (err) {
    const reason = `cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
    return failed({ source: label, stage: 'write', code: 'write', reason, cause: err }, title);
  }
}

type Prepared = { ok: false; problem: Problem } | { ok: true; source: Source; post: Post };

async function prepare(item: Expanded, options: ArchiveOptions): Promise<Prepared> {
  if ('problem' in item) return { ok: false, problem: item.problem };
  const post = await preparePost(item.source, options);
  return post.ok ? { ok: true, source: item.source, post: post.value } : post;
}

/** Archives every source; each result is handed to `sink` in input order as it completes. */
export async function archiveAll(sources: AsyncIterable<Expanded>, options: ArchiveOptions, sink: PostSink): Promise<void> {
  const claims = new NameClaims();
  for await (const prepared of mapInOrder(sources, options.concurrency, (item) => prepare(item, options))) {
    if (!prepared.ok) sink(failed(prepared.problem));
    else if (options.out === '-') {
      const { source, post } = prepared;
      sink({ source: sourceLabel(source), output: '-', status: 'written', title: post.article.title, error: null }, post);
    } else sink(await writeEntry(prepared.source, prepared.post, options, claims));
  }
}
