// The article as the page's data declares it (JSON-LD's `articleBody`, else the HTML of a JSON
// payload), for a page that shows little or none of it without its scripts: the text as
// paragraphs, or its HTML when it is markup.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { Text } from 'domhandler';
import { cleanAuthor } from './metadata/author.js';
import { cleanText } from './dom.js';
import { isChinese } from './metadata/page-zone.js';
import { decodeText } from '../decode/entities.js';
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

/** A string of HTML in a payload: paragraphs at least, or lines broken by <br>s (a post's text). */
const HTML_PARAGRAPHS = /<p[\s>][^]*<\/p>|<br\s*\/?>[^]*<br\s*\/?>/i;

/** Where a script assigns a literal object or array to a variable ("var allData = {", "window.__STATE__ = ["). */
const ASSIGNMENT = /(?:^|[;\s{(])(?:window\.|var\s+|let\s+|const\s+)?[\w$.]+\s*=\s*(?=[[{])/g;

/** The index just past the bracketed literal opening at `start` (quoted strings skipped), or -1 when it does not close. */
function literalEnd(text: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Each literal a script assigns to a variable: a page's state ("var allData = {…}; var adData = {…}", "var $render_data = [{…}][0] || {};"). */
function assignedLiterals(script: string): string[] {
  const literals: string[] = [];
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(script); m; m = ASSIGNMENT.exec(script)) {
    const end = literalEnd(script, ASSIGNMENT.lastIndex);
    if (end < 0) break;
    literals.push(script.slice(ASSIGNMENT.lastIndex, end));
    ASSIGNMENT.lastIndex = end;
  }
  return literals;
}

/** A payload's text as JSON: some pages send it percent-encoded (今日头条's RENDER_DATA). */
function payloadJson(text: string): string {
  const trimmed = text.trim();
  if (!/^%(?:7B|5B)/i.test(trimmed)) return trimmed;
  try {
    return decodeURIComponent(trimmed);
  } catch {
    return trimmed;
  }
}

/** The record among a value's holders that names a headline (the article's), else the one holding it. */
function articleRecord(holders: Record<string, unknown>[]): Record<string, unknown> {
  return [...holders].reverse().find((holder) => RECORD_KEYS.title.some((key) => typeof holder[key] === 'string')) ?? holders.at(-1) ?? {};
}

/**
 * The longest HTML in the page's JSON payloads (`<script type="application/json">`: Next.js's
 * __NEXT_DATA__, Nuxt's and others'; a state a script assigns as JSON): one string, or a list's
 * HTML strings in order (a body sent as a list of segments). The body a script-built page renders from.
 */
function payloadBody($: CheerioAPI): { html: string; record: Record<string, unknown> } | undefined {
  let longest: { html: string; record: Record<string, unknown> } | undefined;
  // The objects above the value being visited, outermost first: one stack for the whole walk.
  const holders: Record<string, unknown>[] = [];
  const consider = (html: string) => {
    if (html.length > (longest?.html.length ?? 0) && HTML_PARAGRAPHS.test(html)) longest = { html, record: articleRecord(holders) };
  };
  const visit = (value: unknown): void => {
    if (typeof value === 'string') consider(value);
    else if (value && typeof value === 'object' && holders.length < 64) {
      if (Array.isArray(value)) {
        const segments = value.flatMap((item) => (typeof item === 'string' ? [item] : item && typeof item === 'object' ? Object.values(item).filter((v): v is string => typeof v === 'string' && MARKUP.test(v)) : []));
        if (segments.length > 1) consider(segments.join('\n'));
      }
      holders.push(value as Record<string, unknown>);
      for (const child of Object.values(value)) visit(child);
      holders.pop();
    }
  };
  const parsed = (json: string | undefined): void => {
    if (!json) return;
    try {
      visit(JSON.parse(payloadJson(json)));
    } catch {
      // Not JSON after all: another payload may be.
    }
  };
  for (const el of queryPage($, 'script[type="application/json" i], script[type="text/json" i]').toArray()) parsed($(el).text());
  // A page's state assigned in a script ("window.__INITIAL_STATE__ = {…};"), where it is JSON.
  for (const el of queryPage($, 'script:not([src]):not([type="application/json" i]):not([type="text/json" i]):not([type="application/ld+json" i])').toArray()) {
    for (const literal of assignedLiterals($(el).text())) parsed(literal);
  }
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
  title: ['title', 'headline', 'status_title', 'doc_title', 'docTitle', 'articleTitle', 'article_title', 'newsTitle', 'news_title', 'topic'],
  // An account's name, else the source it credits (an app's posts: "source": "老周的菜园子", "src": "数码老陈").
  author: ['author', 'authorName', 'author_name', 'writer', 'nickname', 'screenName', 'screen_name', 'mediaName', 'media_name', 'user', 'mediaUser', 'source', 'src'],
  date: ['publish_time', 'publishTime', 'pubTime', 'pub_time', 'publishedAt', 'published_at', 'datePublished', 'publishDate', 'publish_date', 'pubDate', 'releaseDate', 'release_time', 'releaseTime', 'newsTime', 'news_time', 'ptime', 'create_time', 'createTime', 'createdTime', 'created_at', 'ctime'],
};

/** An account object's name ({ name }, { screenName }, { screen_name }, { nickname }). */
const accountName = (account: Record<string, unknown>): string | undefined =>
  ['name', 'screenName', 'screen_name', 'nickname'].map((key) => account[key]).find((name): name is string => typeof name === 'string');

/** A record's field by the first of its keys that holds text (an author may be an account object). */
function recordText(record: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : value && typeof value === 'object' ? accountName(value as Record<string, unknown>) : undefined;
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
  // Declared by the page, and may be the outlet its source credits ("凤凰网科技").
  const author = cleanAuthor(recordText(record, RECORD_KEYS.author), true, true);
  const time = recordText(record, RECORD_KEYS.date);
  // A shell that shows next to no text says nothing of its zone: a record written in Chinese is read in China's.
  const zone = meta.zone?.value ?? (isChinese(`${title ?? ''}${recordText(record, ['content', 'text', 'body']) ?? ''}`.slice(0, 400)) ? 'Asia/Shanghai' : undefined);
  const date = time === undefined ? undefined : foundDate(time, ruleTime(time, zone), from);
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
export function standInBody($: CheerioAPI, shown: number, short: number, ld: Found<string> | undefined, description: Found<string> | undefined, title?: string): StandIn | undefined {
  if (shown >= short) return headlinedPayload($, shown, title);
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

/**
 * A page showing some text (an app's banners, a list of other stories) whose payload holds the
 * article under the page's own headline, several times longer: the page shows it only once its
 * scripts run (a share page's state).
 */
function headlinedPayload($: CheerioAPI, shown: number, title: string | undefined): StandIn | undefined {
  // Read only where a script holds the headline: most pages' scripts are not parsed at all.
  if (!title) return undefined;
  // By characters, not UTF-16 units: a cut surrogate pair cannot be percent-encoded.
  const probe = [...title].slice(0, HEADLINE_PROBE).join('');
  if (!scriptsHold($, [probe, encodeURIComponent(probe)])) return undefined;
  const payload = payloadBody($);
  const headline = payload && recordText(payload.record, RECORD_KEYS.title);
  // An article's record names who wrote or posted it (a shop's product record, under the page's title too, names no one).
  if (!payload || !headline || !sameHeadline(cleanText(headline), title) || !recordText(payload.record, RECORD_KEYS.author)) return undefined;
  const text = payload.html.replace(/<[^>]*>/g, ' ');
  const units = packedUnits(text);
  return units >= shown * DECLARED_RATIO || (units >= MIN_HIDDEN_ARTICLE && !showsText($, text))
    ? { text: payload.html, units, warning: 'the page shows little of its article: the post holds the text its JSON payload declares', record: payload.record }
    : undefined;
}

/** A payload's article this long that the page does not show at all stands in, whatever else the page shows. */
const MIN_HIDDEN_ARTICLE = 200;
const STRETCH = 24;

/** Letters and digits only: the same text however its quotes, spaces and entities are written. */
const lettersOf = (text: string) => decodeText(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether the page's text, its scripts aside, shows any of three stretches of `text` (a quarter, half and three quarters in). */
function showsText($: CheerioAPI, text: string): boolean {
  const letters = lettersOf(text);
  const body = pageBody($);
  if (!body) return false;
  const shown = $(body).clone();
  shown.find('script, style, noscript, template').remove();
  const page = lettersOf(shown.text());
  return [0.25, 0.5, 0.75].some((at) => page.includes(letters.slice(Math.floor(letters.length * at), Math.floor(letters.length * at) + STRETCH)));
}

const HEADLINE_PROBE = 8;
/** Whether an inline script holds one of the texts (the headline as written, or percent-encoded). */
const scriptsHold = ($: CheerioAPI, texts: string[]): boolean =>
  queryPage($, 'script:not([src])').toArray().some((el) => {
    const script = $(el).text();
    return texts.some((text) => script.includes(text));
  });

/** The payload's headline is the page's title, or the page's title holds it (a site's name after it). */
const sameHeadline = (headline: string, title: string) => headline.length >= 4 && (headline === title || title.startsWith(headline));
