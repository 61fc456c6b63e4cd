// convert(html, { url, ...options }): one page to its post, in memory: nothing is fetched
// (images stay remote) and nothing is written.
import { extractArticle } from '../extract/extract-article.js';
import { plainFields, type PlainFields } from '../render/dialects/fields.js';
import { postContent, renderParts } from '../render/render-post.js';
import type { Problem, Source } from '../types.js';
import { fileNameFor } from '../write/file-name.js';
import { runOptions, type Options } from './options.js';

export interface ConvertOptions extends Options {
  /** The page's address: relative links resolve against it, site rules match its host. */
  url?: string;
}

export interface ConvertedPost {
  /** The path `archive` would give the post, relative to the output folder. */
  fileName: string;
  /** The front-matter fields in the dialect's names and order; a date as written. */
  frontMatter: PlainFields;
  body: string;
  /** The whole file: front-matter, a blank line, the body. */
  content: string;
}

export type ConvertResult = { ok: true; post: ConvertedPost } | { ok: false; problem: Problem };

/**
 * A Hexo site is read only when `blog` names it or `out` is given (the folder the post is
 * meant for); the current folder is not searched.
 */
export async function convert(html: string, options: ConvertOptions = {}): Promise<ConvertResult> {
  const { url, ...settings } = options;
  const resolved = await runOptions(settings, settings.blog === undefined && settings.out === undefined ? { blog: false } : {});
  if (!resolved.ok) return resolved;
  const run = resolved.value.options;
  const source: Source = url ? { kind: 'url', url } : { kind: 'stdin', bytes: new Uint8Array() };
  const article = extractArticle({ source, html, url }, run);
  if (!article.ok) return { ok: false, problem: { ...article.problem, source: url ?? 'html' } };
  const parts = renderParts(article.value, run);
  return {
    ok: true,
    post: {
      fileName: fileNameFor(run.filename, article.value, source, run),
      frontMatter: plainFields(parts.fields),
      body: parts.body,
      content: postContent(parts),
    },
  };
}
