// The article as the page's data declares it (JSON-LD's `articleBody`, else the HTML of a JSON
// payload), for a page that shows little or none of it without its scripts: the text as
// paragraphs, or its HTML when it is markup.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { Text } from 'domhandler';
import { cleanAuthor } from './metadata/author.js';
import { cleanText } from './dom.js';
import type { Found } from './metadata/found.js';
import type { Metadata } from './metadata/index.js';
import { foundDate } from './metadata/parse-date.js';
import { ruleTime } from './metadata/rule-fields.js';
import { pageBody, queryPage } from './page-index.js';
import { packedUnits } from './text-units.js';

/** Markup in the declared text: some sites put the body's HTML in articleBody. */
const MARKUP = /<\/?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|figure|img|a)\b[^>]*>/i;

/** A new block at the end of the page's body holding the declared article. */
export function declaredBlock($: CheerioAPI, text: string): Element {
  const block = $('<div></div>') as Cheerio<Element>;
  if (MARKUP.test(text)) block.append(text);
  else {
    // Paragraphs are blank-line separated; a text without blank lines has a paragraph per line.
    const paragraphs = (/\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n')).map((p) => p.trim()).filter(Boolean);
    for (const paragraph of paragraphs) block.append($('<p></p>').append(new Text(paragraph)));
  }
  const body = pageBody($);
  if (body) $(body).append(block);
  else $.root().append(block);
  return block.get(0)!;
}

/** A string of HTML in a payload: paragraphs at least. */
const HTML_PARAGRAPHS = /<p[\s>][^]*<\/p>/i;

/** A script that assigns one object literal to a variable, and does nothing else. */
const ASSIGNED_OBJECT = /^\s*(?:window\.|var\s+|let\s+|const\s+)?[\w$.]+\s*=\s*(\{[^]*\})\s*;?\s*$/;

/**
 * The longest HTML string in the page's JSON payloads (`<script type="application/json">`:
 * Next.js's __NEXT_DATA__, Nuxt's and others'; a state a script assigns as JSON): the body a
 * script-built page renders from.
 */
function payloadBody($: CheerioAPI): { html: string; record: Record<string, unknown> } | undefined {
  let longest: { html: string; record: Record<string, unknown> } | undefined;
  const visit = (value: unknown, depth: number, record: Record<string, unknown>): void => {
    if (typeof value === 'string') {
      if (value.length > (longest?.html.length ?? 0) && HTML_PARAGRAPHS.test(value)) longest = { html: value, record };
    } else if (value && typeof value === 'object' && depth < 64) {
      for (const child of Object.values(value)) visit(child, depth + 1, value as Record<string, unknown>);
    }
  };
  const parsed = (json: string | undefined): void => {
    if (!json) return;
    try {
      visit(JSON.parse(json), 0, {});
    } catch {
      // Not JSON after all: another payload may be.
    }
  };
  for (const el of queryPage($, 'script[type="application/json" i]').toArray()) parsed($(el).text());
  // A page's state assigned in a script ("window.__INITIAL_STATE__ = {…};"), where it is JSON.
  for (const el of queryPage($, 'script:not([src])').toArray()) parsed(ASSIGNED_OBJECT.exec($(el).text())?.[1]);
  return longest;
}

/** The article the page's data declares, this many times what the page shows, is the body (the page shows it only once its scripts run). */
const DECLARED_RATIO = 3;

/** What stands in for a page's body, and the warning that says so. */
export interface StandIn {
  text: string;
  units: number;
  warning: string;
  /** The payload's record that holds the body: its headline, writer and time beside it. */
  record?: Record<string, unknown>;
}

/** The keys a payload's article record names its headline, writer and publication time by. */
const RECORD_KEYS = {
  title: ['title', 'headline'],
  author: ['author', 'authorName', 'author_name', 'writer', 'nickname'],
  date: ['publish_time', 'publishTime', 'pubTime', 'pub_time', 'publishedAt', 'published_at', 'datePublished', 'publishDate', 'publish_date', 'create_time', 'createTime', 'ctime'],
};

/** A record's field by the first of its keys that holds text (an author may be an object with a name). */
function recordText(record: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : undefined;
    if (text?.trim()) return text.trim();
  }
  return undefined;
}

/** Where a title comes from the page's own metadata, which a script-built page fills in for its article too. */
const DECLARED_TITLE = /^(?:meta |JSON-LD|site rule)/;

/**
 * The metadata of a page whose payload's record stands in for its body: the record's headline
 * over a title the page's shell gives (its <title>, a heading), its writer and time where the page names none.
 */
export function withRecord(meta: Metadata, record: Record<string, unknown>): Metadata {
  const from = 'the JSON payload';
  const title = recordText(record, RECORD_KEYS.title);
  const author = cleanAuthor(recordText(record, RECORD_KEYS.author));
  const time = recordText(record, RECORD_KEYS.date);
  const date = time === undefined ? undefined : foundDate(time, ruleTime(time, meta.zone?.value), from);
  return {
    ...meta,
    ...(title && !(meta.title && DECLARED_TITLE.test(meta.title.from)) && { title: { value: cleanText(title), from } }),
    ...(author && !meta.author && { author: { value: author, from } }),
    ...(date && !meta.date && { date }),
  };
}

/**
 * For a page showing `shown` units of text, under `short`: the article its data declares (the
 * JSON-LD's `ld`, else the longest HTML in its JSON payloads) when that is several times more;
 * else, for a page showing none, its `description`. Undefined when the page's own text stays.
 */
export function standInBody($: CheerioAPI, shown: number, short: number, ld: Found<string> | undefined, description: Found<string> | undefined): StandIn | undefined {
  if (shown >= short) return undefined;
  const payload = ld ? undefined : payloadBody($);
  const declared = ld ?? (payload ? { value: payload.html, from: 'JSON payload' } : undefined);
  if (declared) {
    const units = packedUnits(declared.value.replace(/<[^>]*>/g, ' '));
    if (units >= Math.max(short, shown * DECLARED_RATIO)) {
      return { text: declared.value, units, warning: `the page shows little of its article: the post holds the text its ${declared.from} declares`, ...(payload && { record: payload.record }) };
    }
  }
  // Nothing to read but what the page says of itself: its title, date and summary are kept.
  if (shown === 0 && description) {
    return { text: description.value, units: packedUnits(description.value), warning: `the page shows no text: the post holds its description (${description.from})` };
  }
  return undefined;
}
