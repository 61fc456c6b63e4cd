// A site rule: what one site's pages need that the generic extractor cannot know. The same
// keys in the built-in pack (src/sites/*.yml) and under `sites:` in a user's config;
// validated here, once, with a one-line error naming the key.
import { load } from 'cheerio';
import { selectorTest } from '../clean/tree.js';
import { ianaZone } from '../extract/metadata/zone.js';

/** Selectors tried in order; `sel@attr` reads an attribute, `{name}` is a url-params group. */
export type Selectors = string[];

/** How images from a site's hosts must be fetched: no Referer, the page's, or a fixed one. */
export type RefererPolicy = 'none' | 'page' | { url: string };

export interface SiteRule {
  /** Where the rule came from (a pack file or the config), for --explain and errors. */
  name?: string;
  hosts?: string[];
  /**
   * Markup that tells the site's pages apart when their URL is unknown (a saved file), or on a host no rule names
   * when the page links to or loads from the rule's hosts (a copy of the site's page).
   */
  match?: string;
  /** The markup is a program's, its pages on any host (Discuz!'s forums, mdBook's books): `match` needs no link to the rule's hosts. */
  anyHost?: boolean;
  /** A pattern with named groups over the page URL; `{group}` in selectors is its value. */
  urlParams?: RegExp;
  /** The body container. */
  selector?: Selectors;
  titleSelector?: Selectors;
  authorSelector?: Selectors;
  dateSelector?: Selectors;
  /** Script variables holding the publication time: an epoch (exact) or a date string. */
  dateVariable?: string[];
  /** Script variables holding the author's name, when the page's markup may lack it. */
  authorVariable?: string[];
  remove?: string[];
  /** Attributes the site's lazy images keep their URL in, before the generic ones. */
  lazySrc?: string[];
  /** Style properties that hide the body until a script runs: dropped from the body. */
  reveal?: string[];
  /** Elements whose text keeps its line breaks (the site's stylesheet sets white-space: pre-wrap): each a line break. */
  keepLines?: string[];
  timezone?: string;
  imageHosts?: string[];
  imageReferer?: RefererPolicy;
  /** A fixed author written for the site's articles. */
  author?: string;
  categories?: string[];
}

export class RuleError extends Error {}

const str = (key: string, v: unknown): string => {
  if (typeof v !== 'string' || v === '') throw new RuleError(`'${key}' must be a non-empty string`);
  return v;
};

const bool = (key: string, v: unknown): boolean => {
  if (typeof v !== 'boolean') throw new RuleError(`'${key}' must be true or false`);
  return v;
};

export const strList = (key: string, v: unknown): string[] => {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || list.length === 0) throw new RuleError(`'${key}' must be a string or a list of strings`);
  return list.map((item, i) => str(`${key}[${i}]`, typeof item === 'number' ? String(item) : item));
};

/** `sel@attr` → the selector and the attribute read (undefined: the element's text). */
export function splitSelector(entry: string): { css: string; attr?: string } {
  const m = /^(.*?)\s*@([a-z][\w:-]*)$/i.exec(entry);
  return m ? { css: m[1]!, attr: m[2]!.toLowerCase() } : { css: entry };
}

/** An empty document: selectors are checked by the engine that will run them (cheerio's, with :first). */
let probe: ReturnType<typeof load> | undefined;

const selectorList = (key: string, v: unknown): Selectors =>
  strList(key, v).map((entry, i) => {
    const { css } = splitSelector(entry);
    try {
      probe ??= load('');
      // Placeholders stand for a URL's value; checked with one in their place.
      probe(css.replace(/\{\w+\}/g, 'x'));
    } catch {
      throw new RuleError(`'${key}[${i}]' is not a valid CSS selector (got '${entry}')`);
    }
    return entry;
  });

/**
 * A remove list is run as written by the cleaning's engine (clean/tree.ts: css-select, without
 * cheerio's extensions such as :first, and with no {placeholder} filled in): checked by it.
 */
const removeList = (key: string, v: unknown): Selectors =>
  selectorList(key, v).map((entry, i) => {
    try {
      selectorTest(entry);
    } catch {
      throw new RuleError(`'${key}[${i}]' is not plain CSS, as a remove list takes it (no cheerio extension such as :first, no {placeholder}) (got '${entry}')`);
    }
    return entry;
  });

const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;
const hostList = (key: string, v: unknown): string[] =>
  strList(key, v).map((host, i) => {
    const lower = host.toLowerCase();
    if (!HOST.test(lower)) throw new RuleError(`'${key}[${i}]' must be a host name such as example.com (got '${host}')`);
    return lower;
  });

const zone = (key: string, v: unknown): string => {
  const name = str(key, v);
  const known = ianaZone(name);
  if (!known) throw new RuleError(`'${key}' must be an IANA time zone such as Asia/Shanghai (got '${name}')`);
  return known;
};

const pattern = (key: string, v: unknown): RegExp => {
  const source = str(key, v);
  let re: RegExp;
  try {
    re = new RegExp(source);
  } catch {
    throw new RuleError(`'${key}' is not a valid regular expression`);
  }
  if (!/\(\?<\w+>/.test(source)) throw new RuleError(`'${key}' must name its groups, as in (?<id>\\d+)`);
  return re;
};

const referer = (key: string, v: unknown): RefererPolicy => {
  const value = str(key, v);
  if (value === 'none' || value === 'page') return value;
  if (/^https?:\/\/[^\s]+$/i.test(value)) return { url: value };
  throw new RuleError(`'${key}' must be none, page or an http(s) URL (got '${value}')`);
};

const attrName = (key: string, v: unknown): string[] =>
  strList(key, v).map((name, i) => {
    if (!/^[a-z][\w:.-]*$/i.test(name)) throw new RuleError(`'${key}[${i}]' must be an attribute name (got '${name}')`);
    return name.toLowerCase();
  });

const styleProperties = (key: string, v: unknown): string[] =>
  strList(key, v).map((name, i) => {
    if (!['visibility', 'opacity', 'display'].includes(name)) throw new RuleError(`'${key}[${i}]' must be visibility, opacity or display (got '${name}')`);
    return name;
  });

const variableNames = (key: string, v: unknown): string[] =>
  strList(key, v).map((name, i) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new RuleError(`'${key}[${i}]' must be a script variable name (got '${name}')`);
    return name;
  });

/** Every key a rule may hold, with its reader. */
const KEYS: Record<string, (rule: SiteRule, at: string, v: unknown) => void> = {
  hosts: (r, at, v) => { r.hosts = hostList(at, v); },
  match: (r, at, v) => { r.match = selectorList(at, str(at, v))[0]!; },
  'any-host': (r, at, v) => { r.anyHost = bool(at, v); },
  'url-params': (r, at, v) => { r.urlParams = pattern(at, v); },
  selector: (r, at, v) => { r.selector = selectorList(at, v); },
  'title-selector': (r, at, v) => { r.titleSelector = selectorList(at, v); },
  'author-selector': (r, at, v) => { r.authorSelector = selectorList(at, v); },
  'date-selector': (r, at, v) => { r.dateSelector = selectorList(at, v); },
  'date-variable': (r, at, v) => { r.dateVariable = variableNames(at, v); },
  'author-variable': (r, at, v) => { r.authorVariable = variableNames(at, v); },
  remove: (r, at, v) => { r.remove = removeList(at, v); },
  'lazy-src': (r, at, v) => { r.lazySrc = attrName(at, v); },
  reveal: (r, at, v) => { r.reveal = styleProperties(at, v); },
  'keep-lines': (r, at, v) => { r.keepLines = removeList(at, v); },
  timezone: (r, at, v) => { r.timezone = zone(at, v); },
  'image-hosts': (r, at, v) => { r.imageHosts = hostList(at, v); },
  'image-referer': (r, at, v) => { r.imageReferer = referer(at, v); },
  author: (r, at, v) => { r.author = str(at, v); },
  categories: (r, at, v) => { r.categories = strList(at, v); },
  category: (r, at, v) => { r.categories = strList(at, v); },
};

/** Reads one rule; `at` names it in errors ("sites.example.com", "wechat.yml"). */
export function parseRule(at: string, v: unknown): SiteRule {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new RuleError(`'${at}' must be a mapping`);
  const rule: SiteRule = { name: at };
  for (const [key, value] of Object.entries(v)) {
    const read = KEYS[key];
    if (!read) throw new RuleError(`unknown setting '${at}.${key}'`);
    read(rule, `${at}.${key}`, value);
  }
  return rule;
}

/** `over`'s keys win; the rest come from `base` (a user's rule over a built-in one). */
export function mergeRules(base: SiteRule | undefined, over: SiteRule | undefined): SiteRule | undefined {
  if (!base || !over) return base ?? over;
  const merged: SiteRule = { ...base };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  merged.name = `${over.name} over ${base.name}`;
  return merged;
}
