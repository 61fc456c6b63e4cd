// A column's source (feed URL or file, or an HTML listing page) to its items. Feeds are
// fetched conditionally; a listing page leads to its own feed, or to the links a selector picks.
import { readFile } from 'node:fs/promises';
import { decodeHtml, charsetFromContentType } from '../decode/charset.js';
import { absoluteUrl, cleanText, loadHtml } from '../extract/dom.js';
import { fetchBytes, type FetchOptions, type RequestKind } from '../fetch/fetch-page.js';
import { fail, ok, type Result } from '../types.js';
import type { Feed } from './feed.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseXmlFeed } from './parse-xml-feed.js';
import type { FeedRecord } from './state.js';

export interface ColumnOptions extends FetchOptions {
  linkSelector?: string;
  refresh: boolean;
}

/** The feed read (or the news that it did not change), and the validators to keep. */
export type ColumnRead = { notModified: true; url: string } | { feed: Feed; url: string; validators: Omit<FeedRecord, 'checked'> };

const FEED_REQUEST: RequestKind = {
  what: 'a feed or an HTML page',
  accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1',
  types: /^(application\/(rss\+xml|atom\+xml|rdf\+xml|xml|feed\+json|json|xhtml\+xml)|text\/(xml|html|plain))\b/i,
};
const FEED_LINK = 'link[rel~="alternate" i][type*="rss" i], link[rel~="alternate" i][type*="atom" i], link[rel~="alternate" i][type*="feed+json" i]';

interface Fetched {
  text: string;
  url: string;
  notModified?: boolean;
  validators: Omit<FeedRecord, 'checked'>;
}

async function fetchText(source: string, options: ColumnOptions, record: FeedRecord | undefined): Promise<Result<Fetched>> {
  if (!/^https?:\/\//i.test(source)) {
    try {
      return ok({ text: decodeHtml(await readFile(source)), url: source, validators: {} });
    } catch (err) {
      return fail(source, 'source', 'unreadable', (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(err as Error).message}`);
    }
  }
  const conditional = options.refresh ? {} : { etag: record?.etag, lastModified: record?.lastModified };
  const fetched = await fetchBytes(source, options, { ...FEED_REQUEST, ...conditional });
  if (!fetched.ok) return fetched;
  const { url, bytes, contentType, etag, lastModified, notModified } = fetched.value;
  const text = notModified ? '' : decodeHtml(bytes, charsetFromContentType(contentType));
  return ok({ text, url, notModified, validators: { etag, lastModified } });
}

function listingItems(html: string, base: string, selector: string): Feed | string {
  const $ = loadHtml(html);
  let links;
  try {
    links = $(selector).toArray();
  } catch {
    return `invalid --link-selector '${selector}'`;
  }
  const seen = new Set<string>();
  const feed: Feed = { title: cleanText($('title').first().text()) || undefined, link: base, items: [], problems: [] };
  for (const el of links) {
    const anchor = $(el).is('a') ? $(el) : $(el).find('a[href]').first();
    const link = absoluteUrl(anchor.attr('href'), base);
    if (!link?.startsWith('http') || seen.has(link)) continue;
    seen.add(link);
    feed.items.push({ key: link, link, title: cleanText(anchor.text()) || undefined });
  }
  return feed.items.length ? feed : `no article links match --link-selector '${selector}'`;
}

function parseFeedText(text: string): Feed | string | 'html' {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return parseJsonFeed(text);
  if (/<(rss|rdf:RDF|feed)[\s>]/.test(head.replace(/<!--[\s\S]*?-->/g, ''))) return parseXmlFeed(text);
  if (/<html|<!doctype html|<body|<head/i.test(head)) return 'html';
  if (head.startsWith('<')) return parseXmlFeed(text);
  return 'neither a feed nor an HTML page';
}

/** Reads one column's source; follows a listing page to its feed once. */
export async function readColumn(source: string, options: ColumnOptions, records: Record<string, FeedRecord>): Promise<Result<ColumnRead>> {
  let target = source;
  for (let hop = 0; hop < 2; hop++) {
    const fetched = await fetchText(target, options, records[target]);
    if (!fetched.ok) return fail(source, fetched.problem.stage, fetched.problem.code, target === source ? fetched.problem.reason : `feed ${target}: ${fetched.problem.reason}`);
    const { text, url, notModified, validators } = fetched.value;
    if (notModified) return ok({ notModified: true, url: target });
    const parsed = parseFeedText(text);
    if (parsed !== 'html') return typeof parsed === 'string' ? fail(source, 'source', 'feed', parsed) : ok({ feed: parsed, url: target, validators });
    if (options.linkSelector) {
      const listed = listingItems(text, url, options.linkSelector);
      return typeof listed === 'string' ? fail(source, 'source', 'listing', listed) : ok({ feed: listed, url: target, validators });
    }
    const feedLink = absoluteUrl(loadHtml(text)(FEED_LINK).first().attr('href'), url);
    if (!feedLink || hop > 0) break;
    target = feedLink;
  }
  return fail(source, 'source', 'no-feed', 'an HTML page with no feed link: give --link-selector to pick its article links');
}
