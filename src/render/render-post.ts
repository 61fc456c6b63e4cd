// Article → Post: the front-matter, then the body in the chosen form.
import type { ArchiveOptions } from '../config.js';
import { proxyUrl } from '../clean/images.js';
import type { Article, Post } from '../types.js';
import { renderFrontMatter } from './front-matter.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export type RenderOptions = Pick<ArchiveOptions, 'body' | 'categories' | 'comments' | 'imageProxy'>;

/** The seed's wrapper around an HTML body, spaces and all. */
const htmlBody = (html: string) => `<div>   \n${html}\n</div>\n            `;

function renderBody(article: Article, options: RenderOptions): string {
  if (options.body === 'html') return htmlBody(article.html);
  if (options.body === 'text') return renderText(article.html);
  return renderMarkdown(article.html);
}

export function renderPost(article: Article, options: RenderOptions): Post {
  const frontMatter = renderFrontMatter({
    title: article.title,
    categories: options.categories.length ? options.categories : (article.categories ?? []),
    image: article.image && proxyUrl(article.image, options.imageProxy),
    author: article.author,
    comments: options.comments,
    date: article.date,
  });
  return { article, content: `${frontMatter}\n${renderBody(article, options)}` };
}
