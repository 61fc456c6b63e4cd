// A site rule's fields: the values its selectors and script variables name. Each is
// checked as the generic ones are (a byline must be a name, a date a date) and falls
// back to the generic extractor when the page's markup has moved on.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { splitSelector, type Selectors, type SiteRule } from '../../site-rules/rule.js';
import { cleanText } from '../dom.js';
import type { Found } from './found.js';
import { foundDate, fromEpoch, parseDate } from './parse-date.js';
import { queryPage } from '../page-index.js';

/** The URL's named groups (rule url-params), for `{name}` in the rule's selectors. */
export function urlParams(rule: SiteRule, url: string | undefined): Record<string, string> {
  return (url && rule.urlParams?.exec(url)?.groups) || {};
}

/** A selector with its `{name}` groups filled in; undefined when the URL has no such group. */
function filled(entry: string, params: Record<string, string>): string | undefined {
  let missing = false;
  const css = entry.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? ((missing = true), ''));
  return missing ? undefined : css;
}

/** Each selector in order: the values of the first that matches (several elements: all of them). */
export function ruleValues($: CheerioAPI, selectors: Selectors | undefined, params: Record<string, string>, read = (el: Element) => $(el).text()): Found<string[]> | undefined {
  for (const entry of selectors ?? []) {
    const selector = filled(entry, params);
    if (selector === undefined) continue;
    const { css, attr } = splitSelector(selector);
    const values = ($(css).toArray() as Element[]).map((el) => cleanText(attr ? el.attribs[attr] : read(el))).filter(Boolean);
    if (values.length) return { value: values, from: `site rule ${entry}` };
  }
  return undefined;
}

/** The body container a rule names: the first selector that matches an element. */
export function ruleBlock($: CheerioAPI, rule: SiteRule, url: string | undefined): Element | undefined {
  const params = urlParams(rule, url);
  for (const entry of rule.selector ?? []) {
    const css = filled(entry, params);
    const found = css === undefined ? undefined : ($(css).get(0) as Element | undefined);
    if (found) return found;
  }
  return undefined;
}

const EPOCH = /^\d{10}(?:\d{3})?$/;

/** A time as a rule finds it: an epoch in seconds or milliseconds (exact), else a date read in `zone`. */
export function ruleTime(value: string, zone: string | undefined): Date | undefined {
  const date = EPOCH.test(value) ? fromEpoch(value) : parseDate(value, zone);
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** A script variable's value: `var ct = "1581418070"`, `nickname = htmlDecode("…")`, `"pubtime": "…"`. */
function scriptValue(scripts: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|[^\\w$.])${name.replace(/\$/g, '\\$')}["']?\\s*[=:]\\s*(?:\\w+\\(\\s*)?(?:(["'])([^"'\\n]{1,60})\\1|(\\d{10,13})\\b)`, 'g');
  for (let m = re.exec(scripts); m; m = re.exec(scripts)) {
    const value = (m[2] ?? m[3])!.trim();
    if (value) return value;
  }
  return undefined;
}

/** The first of the named script variables whose value `read` accepts. */
function fromScripts<T>($: CheerioAPI, names: readonly string[] | undefined, read: (value: string, from: string) => Found<T> | undefined, source = 'site rule script variable'): Found<T> | undefined {
  if (!names?.length) return undefined;
  const scripts = queryPage($, 'script:not([src])').toArray().map((el) => $(el).text()).join('\n');
  for (const name of names) {
    const value = scriptValue(scripts, name);
    const found = value === undefined ? undefined : read(value, `${source} ${name}`);
    if (found) return found;
  }
  return undefined;
}

/** The first of the named script variables that holds a value, as a rule's byline element would give it. */
export const scriptText = ($: CheerioAPI, names: string[] | undefined): Found<string[]> | undefined => fromScripts($, names, (value, from) => ({ value: [value], from }));

/** The publication time in a script variable: an epoch is exact, a string is read in `zone`. */
export const scriptDate = ($: CheerioAPI, names: readonly string[] | undefined, zone: string | undefined, source?: string): Found<Date> | undefined =>
  fromScripts($, names, (value, from) => foundDate(value, ruleTime(value, zone), from), source);

/**
 * The keys an app's page state names its publication time by (a share page's `window.jsonData`,
 * `var article_info`, `__INITIAL_STATE__`), for a page that shows no full date.
 */
const PUBLICATION_KEYS = ['publish_time', 'publishTime', 'publishtime', 'pub_time', 'pubTime', 'pubtime', 'publish_date', 'publishDate', 'pubDate', 'release_time', 'releaseTime', 'news_time', 'newsTime'] as const;

/** The publication time a page's script state declares under a key named for it. */
export const stateDate = ($: CheerioAPI, zone: string | undefined): Found<Date> | undefined => scriptDate($, PUBLICATION_KEYS, zone, 'the page script\'s');
