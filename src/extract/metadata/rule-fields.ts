// A site rule's fields: the values its selectors and script variables name. Each is
// checked as the generic ones are (a byline must be a name, a date a date) and falls
// back to the generic extractor when the page's markup has moved on.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { splitSelector, type Selectors, type SiteRule } from '../../site-rules/rule.js';
import { cleanText } from '../dom.js';
import type { Found } from './found.js';
import { parseDate } from './parse-date.js';

/** The URL's named groups (rule url-params), for `{name}` in the rule's selectors. */
export function urlParams(rule: SiteRule, url: string | undefined): Record<string, string> {
  return (url && rule.urlParams?.exec(url)?.groups) || {};
}

/** Each selector in order: the values of the first that matches (several elements: all of them). */
export function ruleValues($: CheerioAPI, selectors: Selectors | undefined, params: Record<string, string>): Found<string[]> | undefined {
  for (const entry of selectors ?? []) {
    let missing = false;
    const filled = entry.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? ((missing = true), ''));
    if (missing) continue;
    const { css, attr } = splitSelector(filled);
    const values = ($(css).toArray() as Element[]).map((el) => cleanText(attr ? el.attribs[attr] : $(el).text())).filter(Boolean);
    if (values.length) return { value: values, from: `site rule ${entry}` };
  }
  return undefined;
}

/** The body container a rule names: the first selector that matches an element. */
export function ruleBlock($: CheerioAPI, rule: SiteRule, url: string | undefined): Element | undefined {
  const params = urlParams(rule, url);
  for (const entry of rule.selector ?? []) {
    let missing = false;
    const css = entry.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? ((missing = true), ''));
    const found = missing ? undefined : ($(css).get(0) as Element | undefined);
    if (found) return found;
  }
  return undefined;
}

const EPOCH = /^\d{10}(?:\d{3})?$/;

/** A time as a rule finds it: an epoch in seconds or milliseconds (exact), else a date read in `zone`. */
export function ruleTime(value: string, zone: string | undefined): Date | undefined {
  const date = EPOCH.test(value) ? new Date(Number(value) * (value.length === 10 ? 1000 : 1)) : parseDate(value, zone);
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

const inlineScripts = ($: CheerioAPI) => $('script:not([src])').toArray().map((el) => $(el).text()).join('\n');

/** The first of the named script variables that holds a value, as a rule's byline element would give it. */
export function scriptText($: CheerioAPI, names: string[] | undefined): Found<string[]> | undefined {
  if (!names?.length) return undefined;
  const scripts = inlineScripts($);
  for (const name of names) {
    const value = scriptValue(scripts, name);
    if (value) return { value: [value], from: `site rule script variable ${name}` };
  }
  return undefined;
}

/** The publication time in a script variable: an epoch is exact, a string is read in `zone`. */
export function scriptDate($: CheerioAPI, names: string[] | undefined, zone: string | undefined): Found<Date> | undefined {
  if (!names?.length) return undefined;
  const scripts = inlineScripts($);
  for (const name of names) {
    const value = scriptValue(scripts, name);
    if (!value) continue;
    const date = ruleTime(value, zone);
    if (date) return { value: date, from: `site rule script variable ${name}` };
  }
  return undefined;
}
