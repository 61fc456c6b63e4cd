// The library's options: a config file's settings as a typed object (camelCase; kebab-case
// keys are accepted too), validated by the same code as the config file.
import { ConfigError, parseSettings, type BodyFormat, type Settings } from '../config.js';
import type { DialectName } from '../render/dialects/index.js';
import { resolveOptions, type ResolvedOptions } from '../resolve-options.js';
import { fail, ok, type Result } from '../types.js';

/** A site rule, with the keys a config file's `sites:` takes (README, "Site rules"). */
export interface SiteRuleOptions {
  hosts?: string[];
  match?: string;
  urlParams?: string;
  selector?: string | string[];
  titleSelector?: string | string[];
  authorSelector?: string | string[];
  dateSelector?: string | string[];
  dateVariable?: string | string[];
  authorVariable?: string | string[];
  remove?: string | string[];
  lazySrc?: string | string[];
  reveal?: ('visibility' | 'opacity' | 'display')[];
  keepLines?: string | string[];
  timezone?: string;
  imageHosts?: string[];
  /** `none`, `page` or a URL. */
  imageReferer?: string;
  author?: string;
  categories?: string[];
}

/** Every setting of the command line and config file (README's options table), none required. */
export interface Options {
  /** The output folder (default `.`); `-`: nothing is written, each result carries its post's content. */
  out?: string;
  body?: BodyFormat;
  frontMatter?: DialectName;
  categories?: string[];
  author?: string;
  comments?: boolean;
  imageProxy?: string;
  /** Hexo's `<!-- more -->` after this many paragraphs. */
  more?: number;
  selector?: string;
  /** File name template: {slug} {title} {date} {year} {month} {day} {id} {name} {path}… */
  filename?: string;
  force?: boolean;
  /** Store images beside the posts: true (`images/`), a folder, or `{post}` (Hexo's asset folder). */
  downloadImages?: string | boolean;
  /** IANA zone in which the page's times without a zone are read. */
  timezone?: string;
  /** The Hexo site whose settings fill in the rest (default: the one `out` lies in); false: none. */
  blog?: string | false;
  siteRules?: boolean;
  sites?: Record<string, SiteRuleOptions>;
  include?: string[];
  exclude?: string[];
  jobs?: number;
  pageTimeout?: number;
  maxDepth?: number;
  maxElements?: number;
  maxImages?: number;
  /** Feed items one mirror run takes from a column. */
  maxItems?: number;
  timeout?: number;
  maxBytes?: number;
  retries?: number;
  userAgent?: string;
  headers?: Record<string, string>;
  proxy?: string;
  concurrency?: number;
  perHost?: number;
  delay?: number;
  private?: boolean;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A settings object with the config file's keys (columns too); under `sites`, the hosts are kept as they are. */
export function configKeys(object: object): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    if (key === 'headers' && value && typeof value === 'object' && !Array.isArray(value)) {
      data.headers = Object.entries(value as Record<string, string>).map(([name, v]) => `${name}: ${v}`);
    } else if (key === 'columns' && Array.isArray(value)) {
      data.columns = value.map((column: unknown) => (column && typeof column === 'object' ? configKeys(column) : column));
    } else if (key === 'sites' && value && typeof value === 'object') {
      data.sites = Object.fromEntries(Object.entries(value as Record<string, object>).map(([host, rule]) => [host, rule && typeof rule === 'object' ? configKeys(rule) : rule]));
    } else data[kebab(key)] = value;
  }
  return data;
}

/** A setting that cannot be used, as a value (`options: <reason>`); anything else is a bug. */
function optionsProblem(err: unknown): Result<never> {
  if (err instanceof ConfigError) return fail('options', 'config', 'options', err.message);
  throw err;
}

/** Options as settings, or the one-line reason they cannot be used. */
export function settingsFrom(options: object): Result<Settings> {
  try {
    return ok(parseSettings(configKeys(options)));
  } catch (err) {
    return optionsProblem(err);
  }
}

/** Options as a run's options, the blog's settings included, or the reason they cannot be used. */
export async function runOptions(options: object, ...more: Settings[]): Promise<Result<ResolvedOptions>> {
  const settings = settingsFrom(options);
  if (!settings.ok) return settings;
  try {
    return ok(await resolveOptions([settings.value, ...more]));
  } catch (err) {
    return optionsProblem(err);
  }
}
