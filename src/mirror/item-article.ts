// A feed item to an Article: from the feed's own content when it is the whole article,
// else from the item's page, extracted like `archive` does.
import type { ArchiveOptions } from '../config.js';
import { isCoverUrl } from '../extract/metadata/image.js';
import { cleanFragment } from '../clean/clean-content.js';
import { cleanText } from '../extract/dom.js';
import { extractArticle } from '../extract/extract-article.js';
import { cleanAuthor } from '../extract/metadata/author.js';
import { namesDayOnly, parseDate } from '../extract/metadata/parse-date.js';
import { textUnits } from '../extract/text-units.js';
import { readPage } from '../source/read-page.js';
import { fail, ok, type Article, type Result } from '../types.js';
import type { Feed, FeedItem, FullTextMode } from './feed.js';

export interface ItemOptions extends ArchiveOptions {
  fullText: FullTextMode;
}

/** Shorter than this (CJK characters counting double), a feed body is a summary. */
const FULL_TEXT_UNITS = 600;
const READ_MORE = /(?:read more|continue reading|keep reading|more\s*»|阅读全文|查看全文|全文|更多|\[(?:…|\.\.\.)\]|…|\.\.\.)\s*(?:»|>+|→)?\s*$/i;

export function isFullText(html: string | undefined): boolean {
  const text = cleanText(html?.replace(/<[^>]*>/g, ' '));
  return textUnits(text) >= FULL_TEXT_UNITS && !READ_MORE.test(text);
}

function fromFeed(item: FeedItem, feed: Feed, options: ItemOptions): Article {
  const { html, firstImage } = cleanFragment(item.html ?? '', { base: item.link ?? feed.link, imageProxy: options.imageProxy });
  return {
    url: item.link,
    title: cleanText(item.title) || cleanText(html.replace(/<[^>]*>/g, ' ')).slice(0, 60) || item.key,
    author: options.author ?? cleanAuthor(item.author) ?? feed.title,
    date: parseDate(item.date),
    ...(namesDayOnly(item.date) && { dateOnly: true }),
    image: [item.image, firstImage].find(isCoverUrl),
    siteName: feed.title,
    html,
  };
}

async function fromPage(item: FeedItem, link: string, feed: Feed, options: ItemOptions): Promise<Result<Article>> {
  // A feed chooses these links, not the user: no intranet addresses unless --private.
  const page = await readPage({ kind: 'url', url: link }, { ...options, private: options.private ?? false });
  if (!page.ok) return fail(link, page.problem.stage, page.problem.code, page.problem.reason);
  const extracted = extractArticle(page.value, options);
  if (!extracted.ok) return extracted;
  const { dateOnly, ...article } = extracted.value;
  const itemDate = parseDate(item.date);
  return ok({
    ...article,
    title: cleanText(item.title) || article.title,
    author: options.author ?? cleanAuthor(item.author) ?? article.author ?? feed.title,
    date: itemDate ?? article.date,
    ...((itemDate ? namesDayOnly(item.date) : dateOnly) && { dateOnly: true }),
    image: item.image ?? article.image,
  });
}

export async function itemArticle(item: FeedItem, feed: Feed, options: ItemOptions): Promise<Result<Article>> {
  const wantPage = options.fullText === 'page' || (options.fullText === 'auto' && !isFullText(item.html));
  if (item.link && wantPage) return fromPage(item, item.link, feed, options);
  if (!item.html) return fail(item.link ?? item.key, 'extract', 'no-content', 'the item has no content and no link to fetch');
  return ok(fromFeed(item, feed, options));
}
