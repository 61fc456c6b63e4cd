// One source through every stage but writing: Source → Page → Article → Post.
import type { ArchiveOptions } from './config.js';
import { extractArticle } from './extract/extract-article.js';
import { renderPost } from './render/render-post.js';
import { readPage } from './source/read-page.js';
import type { Post, Result, Source } from './types.js';

export async function convertSource(source: Source, options: ArchiveOptions): Promise<Result<Post>> {
  const page = await readPage(source, options);
  if (!page.ok) return page;
  const article = extractArticle(page.value, options);
  if (!article.ok) return article;
  return { ok: true, value: renderPost(article.value, options) };
}
