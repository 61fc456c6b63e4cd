// Post file names from the --filename template: safe on Linux, macOS and Windows, stable
// across runs, never outside the output folder.
import { createHash } from 'node:crypto';
import { basename, extname, isAbsolute, normalize, relative, sep } from 'node:path';
import { ConfigError, type ArchiveOptions } from '../config.js';
import { postZone } from '../render/dialects/index.js';
import { isoDay, pad, wallClock, type WallClock } from '../render/post-date.js';
import type { Article, Source } from '../types.js';

const PLACEHOLDERS = ['slug', 'title', 'date', 'year', 'month', 'i_month', 'day', 'i_day', 'hour', 'minute', 'second', 'id', 'name', 'path'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];
const SOURCE_ONLY = /^(?:[^{]|\{(?:name|path|id)\})*$/;
const PAGE_EXTENSION = /\.(?:html?|xhtml)(?:\.gz)?$/i;

/** Without --filename, a folder's pages mirror its tree; anything else is named by its title. */
export function defaultTemplate(source: Source): string {
  return source.kind === 'file' && source.root !== undefined ? '{path}.md' : '{slug}.md';
}

/** True when the name can be known before the page is read (no {slug} or {date}). */
export const namedBySource = (template: string) => SOURCE_ONLY.test(template);
const MAX_SLUG_BYTES = 200;
/** The longest file name the common file systems take (ext4, APFS, NTFS: 255 bytes or more). */
const MAX_NAME_BYTES = 255;
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/** Cuts a string to at most `max` UTF-8 bytes without splitting a character. */
export function truncateBytes(text: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

function notReserved(name: string): string {
  return WINDOWS_RESERVED.test(name.split('.')[0]!) ? `${name}_` : name;
}

/** A title as a file-name slug: letters and digits of any script (CJK kept), '-' between words; lower case unless `keepCase`. */
export function slugify(title: string, keepCase = false): string {
  const normalized = title.normalize('NFKC');
  const slug = (keepCase ? normalized : normalized.toLowerCase())
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = truncateBytes(slug, MAX_SLUG_BYTES).replace(/-+$/, '');
  return cut ? notReserved(cut) : 'untitled';
}

/** {title}: the slug with the title's own case, or the blog's filename_case. */
function titleSlug(title: string, titleCase: NameStyle['titleCase']): string {
  const slug = slugify(title, true);
  return titleCase === 'lower' ? slug.toLowerCase() : titleCase === 'upper' ? slug.toUpperCase() : slug;
}

/** A name without the characters no file system accepts, nor dots and spaces at its ends. */
const safeChars = (name: string) => name.replace(UNSAFE, '-').replace(/[. ]+$/, '').replace(/^[. ]+/, '');

/** An input file's base name, kept as it is but for characters no file system accepts. */
function safeName(name: string): string {
  const safe = truncateBytes(safeChars(name), MAX_SLUG_BYTES);
  return safe ? notReserved(safe) : 'untitled';
}

export function validateTemplate(template: string | undefined): string | undefined {
  if (template === undefined) return undefined;
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!).filter((p) => !PLACEHOLDERS.includes(p as Placeholder));
  if (unknown.length) throw new ConfigError(`--filename: unknown placeholder {${unknown[0]}} (use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
  const parts = template.split(/[\\/]/);
  if (isAbsolute(template) || parts.includes('..') || parts.includes('.')) {
    throw new ConfigError('--filename must be a relative path inside the output folder');
  }
  if (!template.includes('{')) throw new ConfigError('--filename needs at least one placeholder, or every post would get the same name');
  return template;
}


function sourceName(source: Source, url: string | undefined): string {
  if (source.kind === 'file') return basename(source.path).replace(PAGE_EXTENSION, '') || basename(source.path, extname(source.path));
  const path = url ? new URL(url).pathname.replace(/\/+$/, '') : '';
  return basename(path, extname(path)) || 'index';
}

function sourceId(source: Source, url: string | undefined): string {
  const key = source.kind === 'file' ? source.path : (url ?? (source.kind === 'url' ? source.url : 'stdin'));
  return createHash('sha1').update(key).digest('hex').slice(0, 8);
}

/** A walked file's path below its folder, without the page extension, each part made safe. */
function treePath(source: Source, url: string | undefined): string {
  if (source.kind !== 'file' || source.root === undefined) return safeName(sourceName(source, url));
  return relative(source.root, source.path).replace(PAGE_EXTENSION, '').split(sep).map(safeName).join(sep);
}

/** What a post's name can be made of: the article's fields, when it has been read. */
export type NameFields = Pick<Article, 'title' | 'date' | 'dateOnly' | 'dateZone' | 'url'>;

/** How names are made: the date's parts in the zone the post shows it in, {title}'s case. */
export type NameStyle = Partial<Pick<ArchiveOptions, 'frontMatter' | 'postTimezone' | 'titleCase'>>;

/** The post's date as shown (see postZone), for {date}, {year}…; undefined for an undated article. */
function shownDate(article: NameFields | undefined, style: NameStyle): WallClock | undefined {
  if (!article?.date) return undefined;
  const date = { date: article.date, dateOnly: article.dateOnly, dateZone: article.dateZone };
  return wallClock(date, postZone(style.frontMatter ?? 'hexo', date, style.postTimezone) ?? 'UTC');
}

/** The post's path relative to the output folder. */
export function fileNameFor(template: string | undefined, article: NameFields | undefined, source: Source, style: NameStyle = {}): string {
  const url = article?.url ?? (source.kind === 'url' ? source.url : undefined);
  const shown = shownDate(article, style);
  const part = (read: (w: WallClock) => string) => () => (shown ? read(shown) : 'undated');
  const values: Record<Placeholder, () => string> = {
    slug: () => slugify(article?.title ?? ''),
    title: () => titleSlug(article?.title ?? '', style.titleCase),
    date: part(isoDay),
    year: part((w) => String(w.year)),
    month: part((w) => pad(w.month)),
    i_month: part((w) => String(w.month)),
    day: part((w) => pad(w.day)),
    i_day: part((w) => String(w.day)),
    hour: part((w) => pad(w.hour)),
    minute: part((w) => pad(w.minute)),
    second: part((w) => pad(w.second)),
    id: () => sourceId(source, url),
    name: () => safeName(sourceName(source, url)),
    path: () => treePath(source, url),
  };
  const path = (template ?? defaultTemplate(source)).replace(/\{(\w+)\}/g, (_, key: Placeholder) => values[key]());
  return normalize(path).split(sep).map(safePathPart).join(sep);
}

/** A part of the post's path made safe; a name too long for file systems is cut before its extension (".md" is kept). */
function safePathPart(part: string): string {
  const safe = safeChars(part);
  if (!safe) return 'untitled';
  if (Buffer.byteLength(safe) <= MAX_NAME_BYTES) return notReserved(safe);
  const extension = extname(safe);
  return notReserved(`${truncateBytes(safe.slice(0, safe.length - extension.length), MAX_NAME_BYTES - Buffer.byteLength(extension)).replace(/[-. ]+$/, '')}${extension}`);
}
