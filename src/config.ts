// One options object for a run: typed defaults, overridden by the YAML config file,
// then by command-line flags; validated once, here, at the edge.
import { readFile } from 'node:fs/promises';
import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ianaZone } from './extract/metadata/zone.js';
import { DIALECT_NAMES, type DialectName } from './render/dialects/index.js';
import type { FetchOptions } from './fetch/fetch-page.js';
import { parseRule, RuleError, type SiteRule } from './site-rules/rule.js';
import { USER_AGENT } from './version.js';

export const BODY_FORMATS = ['markdown', 'html', 'text'] as const;
export type BodyFormat = (typeof BODY_FORMATS)[number];

/** Every setting of a run; how pages are fetched (FetchOptions) included. */
export interface ArchiveOptions extends FetchOptions {
  out: string;
  body: BodyFormat;
  /** The front-matter dialect: Hexo's (the seed's), Hugo's, Jekyll's or Obsidian's properties. */
  frontMatter: DialectName;
  categories: string[];
  /** Categories when neither the user nor a site rule gives any (a Hexo site's default_category). */
  defaultCategory?: string;
  author?: string;
  comments: boolean;
  imageProxy?: string;
  /** Store images beside the posts: the folder, relative to a post's (`{post}`: its asset folder). */
  downloadImages?: string;
  /** Hexo's `<!-- more -->` excerpt marker after this many paragraphs; 0: none. */
  more: number;
  selector?: string;
  /** The post file name template; unset, a folder's pages mirror its tree and others use {slug}.md. */
  filename?: string;
  force: boolean;
  /** Folder walks: globs of files to take and to leave (matched on the path below the folder). */
  include: string[];
  exclude: string[];
  /** Worker threads converting files, and the time one page may take before it is cut off. */
  jobs: number;
  pageTimeout: number;
  quiet: boolean;
  /** What one page may hold: nesting depth, elements and images; a page past one fails. */
  maxDepth: number;
  maxElements: number;
  maxImages: number;
  /** Feed items one mirror run takes from a column. */
  maxItems: number;
  json: boolean;
  verbose: boolean;
  concurrency: number;
  /** IANA zone of the site: wall-clock times without a zone are read in it (default: the rule's or the page language's). */
  timezone?: string;
  /** IANA zone of the blog: dates are written as its wall-clock time, as the blog shows them (a Hexo site's timezone). */
  postTimezone?: string;
  /** How {title} is cased in file names (a Hexo site's filename_case); unset: as the title has it. */
  titleCase?: 'lower' | 'upper';
  /** The Hexo site whose settings fill in what is not given; unset: the one -o lies in, if any; false: none. */
  blog?: string | false;
  /** Use the built-in site pack (src/sites/); the user's `sites:` rules apply either way. */
  siteRules: boolean;
  sites: Record<string, SiteRule>;
}

export const DEFAULTS: ArchiveOptions = {
  out: '.',
  body: 'markdown',
  frontMatter: 'hexo',
  categories: [],
  comments: false,
  more: 0,
  force: false,
  include: [],
  exclude: [],
  jobs: availableParallelism(),
  pageTimeout: 30_000,
  quiet: false,
  maxDepth: 1_000,
  maxElements: 150_000,
  maxImages: 1_000,
  maxItems: 1_000,
  json: false,
  verbose: false,
  timeout: 30_000,
  maxBytes: 20 * 1024 * 1024,
  retries: 3,
  userAgent: USER_AGENT,
  headers: {},
  concurrency: 4,
  perHost: 2,
  delay: 0,
  siteRules: true,
  sites: {},
};

/** A setting that cannot be used; the CLI turns it into a usage error (exit 2). */
export class ConfigError extends Error {}

export type Settings = Partial<ArchiveOptions>;

const str = (key: string, v: unknown): string => {
  if (typeof v !== 'string' || v === '') throw new ConfigError(`'${key}' must be a non-empty string`);
  return v;
};
const strList = (key: string, v: unknown): string[] => {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list)) throw new ConfigError(`'${key}' must be a list of strings`);
  return list.map((item, i) => str(`${key}[${i}]`, typeof item === 'number' ? String(item) : item));
};
const bool = (key: string, v: unknown): boolean => {
  if (typeof v !== 'boolean') throw new ConfigError(`'${key}' must be true or false`);
  return v;
};
const wholeNumber = (min: number) => (key: string, v: unknown): number => {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min) throw new ConfigError(`${key} must be a whole number of at least ${min}`);
  return n;
};
export const positiveInt = wholeNumber(1);
export const nonNegativeInt = wholeNumber(0);

/** "Name: value" header lines as a header object. */
export function parseHeaders(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!match) throw new ConfigError(`--header must look like "Name: value" (got '${line}')`);
    headers[match[1]!.toLowerCase()] = match[2]!;
  }
  return headers;
}

/** An IANA time zone name the platform knows ("Asia/Shanghai"). */
export function timeZone(key: string, v: unknown): string {
  const zone = str(key, v);
  const known = ianaZone(zone);
  if (!known) throw new ConfigError(`${key} must be an IANA time zone such as Asia/Shanghai (got '${zone}')`);
  return known;
}

export function frontMatterDialect(v: unknown): DialectName {
  if (!DIALECT_NAMES.includes(v as DialectName)) {
    throw new ConfigError(`front-matter must be one of ${DIALECT_NAMES.join(', ')} (got '${String(v)}')`);
  }
  return v as DialectName;
}

export function bodyFormat(v: unknown): BodyFormat {
  if (!BODY_FORMATS.includes(v as BodyFormat)) {
    throw new ConfigError(`body must be one of ${BODY_FORMATS.join(', ')} (got '${String(v)}')`);
  }
  return v as BodyFormat;
}

/** A user's rule for a host: the built-in pack's keys (src/site-rules/rule.ts). */
function siteRule(host: string, v: unknown): SiteRule {
  try {
    return parseRule(`sites.${host}`, v);
  } catch (err) {
    throw err instanceof RuleError ? new ConfigError(err.message) : err;
  }
}

/** Reads and validates a config file's settings (the same names as the flags, plus `sites`). */
export function parseConfig(text: string): Settings {
  return parseSettings(readYamlMapping(text));
}

/** A YAML document that must be a mapping (an empty document is an empty one). */
export function readYamlMapping(text: string): Record<string, unknown> {
  const data = yaml.load(text);
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError('the config must be a YAML mapping');
  return data as Record<string, unknown>;
}

/** `~/blog` in a config file means the user's home, as it would in a shell. */
const expandHome = (path: string) => (path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path);

/** `blog`: the Hexo site's folder, or false for none. */
function blogSetting(v: unknown): string | false {
  if (v === false) return false;
  if (typeof v !== 'string' || v === '') throw new ConfigError("'blog' must be a Hexo site's folder, or false");
  return expandHome(v);
}

/** Validates settings named as the flags are (kebab-case), plus `sites`. */
export function parseSettings(data: Record<string, unknown>): Settings {
  const s: Settings = {};
  for (const [key, v] of Object.entries(data)) {
    switch (key) {
      case 'out': s.out = expandHome(str(key, v)); break;
      case 'body': s.body = bodyFormat(v); break;
      case 'front-matter': s.frontMatter = frontMatterDialect(v); break;
      case 'blog': s.blog = blogSetting(v); break;
      case 'category': case 'categories': s.categories = strList(key, v); break;
      case 'author': s.author = str(key, v); break;
      case 'comments': s.comments = bool(key, v); break;
      case 'image-proxy': s.imageProxy = str(key, v); break;
      case 'more': s.more = nonNegativeInt(key, v); break;
      case 'selector': s.selector = str(key, v); break;
      case 'filename': s.filename = str(key, v); break;
      case 'force': s.force = bool(key, v); break;
      case 'include': s.include = strList(key, v); break;
      case 'exclude': s.exclude = strList(key, v); break;
      case 'jobs': s.jobs = positiveInt(key, v); break;
      case 'page-timeout': s.pageTimeout = positiveInt(key, v); break;
      case 'quiet': s.quiet = bool(key, v); break;
      case 'download-images': s.downloadImages = v === true ? 'images' : str(key, v); break;
      case 'max-depth': s.maxDepth = positiveInt(key, v); break;
      case 'max-elements': s.maxElements = positiveInt(key, v); break;
      case 'max-images': s.maxImages = positiveInt(key, v); break;
      case 'max-items': s.maxItems = positiveInt(key, v); break;
      case 'private': s.private = bool(key, v); break;
      case 'timeout': s.timeout = positiveInt(key, v); break;
      case 'max-bytes': s.maxBytes = positiveInt(key, v); break;
      case 'retries': s.retries = nonNegativeInt(key, v); break;
      case 'user-agent': s.userAgent = str(key, v); break;
      case 'header': case 'headers': s.headers = parseHeaders(strList(key, v)); break;
      case 'proxy': s.proxy = str(key, v); break;
      case 'concurrency': s.concurrency = positiveInt(key, v); break;
      case 'per-host': s.perHost = positiveInt(key, v); break;
      case 'delay': s.delay = nonNegativeInt(key, v); break;
      case 'timezone': s.timezone = timeZone(key, v); break;
      case 'site-rules': s.siteRules = bool(key, v); break;
      case 'sites': {
        if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ConfigError("'sites' must be a mapping of host to rule");
        s.sites = Object.fromEntries(Object.entries(v).map(([host, rule]) => [host.toLowerCase(), siteRule(host, rule)]));
        break;
      }
      default: throw new ConfigError(`unknown setting '${key}'`);
    }
  }
  return s;
}

/** Reads a config file with `parse`; every problem becomes a ConfigError naming the file. */
export async function loadConfigWith<T>(path: string, parse: (text: string) => T): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    return parse(text);
  } catch (err) {
    const reason = err instanceof yaml.YAMLException ? err.reason : (err as Error).message;
    throw new ConfigError(`${path}: ${reason}`);
  }
}

export const loadConfig = (path: string): Promise<Settings> => loadConfigWith(path, parseConfig);

/** Defaults, then the config file, then flags: the later wins where it says something. */
export function mergeOptions(...layers: Settings[]): ArchiveOptions {
  const merged: ArchiveOptions = { ...DEFAULTS, sites: {} };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      if ((key === 'categories' || key === 'include' || key === 'exclude') && (value as string[]).length === 0) continue;
      if (key === 'sites') Object.assign(merged.sites, value);
      else (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
