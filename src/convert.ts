// One source through every stage but writing: Source → Page → Article → Post.
import type { ArchiveOptions } from './config.js';
import { extractArticle } from './extract/extract-article.js';
import { renderPost } from './render/render-post.js';
import { readPage } from './source/read-page.js';
import type { Page, Post, Result, Source } from './types.js';

/** The CPU part: a page read and decoded, to its post. */
export function convertPage(page: Page, options: ArchiveOptions): Result<Post> {
  const article = extractArticle(page, options);
  if (!article.ok) return article;
  return { ok: true, value: renderPost(article.value, options) };
}

export async function convertSource(source: Source, options: ArchiveOptions): Promise<Result<Post>> {
  const page = await readPage(source, options);
  return page.ok ? convertPage(page.value, options) : page;
}
