// Runs in a worker thread: one file through parse, extract and render.
import type { ArchiveOptions } from '../config.js';
import { convertSource } from '../convert.js';
import type { Post, Result, Source } from '../types.js';

export interface PageTask {
  source: Source;
  options: ArchiveOptions;
}

export default async function convertInWorker({ source, options }: PageTask): Promise<Result<Post>> {
  const result = await convertSource(source, options);
  if (!result.ok) return { ok: false, problem: { ...result.problem, cause: undefined } };
  // The article's HTML is in the post already; no need to copy it back twice.
  return { ok: true, value: { ...result.value, article: { ...result.value.article, html: '' } } };
}
