// Article → Post: the front-matter, then the body in the chosen form, safe for Hexo's templates.
import type { ArchiveOptions } from '../config.js';
import { proxyUrl } from '../clean/images.js';
import { takeArticleNodes } from '../article-nodes.js';
import type { Article, Post } from '../types.js';
import type { Fields } from './dialects/fields.js';
import { frontMatter } from './front-matter.js';
import { protectHtml, protectMarkdown } from './hexo-safe.js';
import { renderMarkdown } from './markdown.js';
import { insertMoreMarkdown, insertMoreText, MORE, splitHtmlAfterBlock } from './more-marker.js';
import { renderText } from './text.js';

export type RenderOptions = Pick<ArchiveOptions, 'body' | 'categories' | 'comments' | 'imageProxy' | 'more' | 'frontMatter' | 'postTimezone' | 'defaultCategory'>;

/** The seed's wrapper around an HTML body, spaces and all. */
const htmlBody = (html: string) => `<div>   \n${html}\n</div>\n            `;

/** With the excerpt marker between two wrappers, so that the excerpt is well-formed HTML too. */
function htmlBodyWithMore(html: string, more: number): string {
  const halves = more ? splitHtmlAfterBlock(html, more) : undefined;
  if (!halves) return htmlBody(protectHtml(html));
  const [excerpt, rest] = halves.map(protectHtml) as [string, string];
  return `<div>   \n${excerpt}\n</div>\n${MORE}\n${htmlBody(rest)}`;
}

/**
 * The body as Hexo will read it: template delimiters protected (a no-op when there are none),
 * then the `<!-- more -->` marker after the `more`-th paragraph when asked.
 */
function renderBody(article: Article, options: RenderOptions): string {
  const { more } = options;
  // Taken whatever the body's form: an article kept by the library's caller does not hold the page's tree.
  const nodes = takeArticleNodes(article);
  if (options.body === 'html') return htmlBodyWithMore(article.html, more);
  if (options.body === 'text') {
    const text = protectMarkdown(renderText(article.html));
    return more ? insertMoreText(text, more) : text;
  }
  const markdown = protectMarkdown(renderMarkdown(article.html, nodes));
  return more ? insertMoreMarkdown(markdown, more) : markdown;
}

/** The user's categories, else the site rule's, else the blog's default category. */
function categories(article: Article, options: RenderOptions): string[] {
  if (options.categories.length) return options.categories;
  if (article.categories?.length) return article.categories;
  return options.defaultCategory ? [options.defaultCategory] : [];
}

/** A post's parts: its front-matter (as fields and as text) and its body. */
export function renderParts(article: Article, options: RenderOptions): { fields: Fields; frontMatter: string; body: string } {
  const { fields, text } = frontMatter(
    {
      title: article.title,
      categories: categories(article, options),
      image: article.image && proxyUrl(article.image, options.imageProxy),
      author: article.author,
      comments: options.comments,
      date: article.date,
      dateOnly: article.dateOnly,
      dateZone: article.dateZone,
      url: article.url,
    },
    { dialect: options.frontMatter, postTimezone: options.postTimezone },
  );
  return { fields, frontMatter: text, body: renderBody(article, options) };
}

/** The file's text: the front-matter, a blank line, the body. */
export const postContent = (parts: { frontMatter: string; body: string }): string => `${parts.frontMatter}\n${parts.body}`;

export function renderPost(article: Article, options: RenderOptions): Post {
  return { article, content: postContent(renderParts(article, options)) };
}
