// The values passed between the stages of the pipeline:
// Source → Page → Article → Post, with a Problem instead of a value when a stage fails.

/** Where one article comes from, before anything is read. */
export type Source =
  | { kind: 'url'; url: string }
  | { kind: 'file'; path: string; root?: string }
  | { kind: 'stdin'; bytes: Uint8Array };

/** A source's HTML, decoded to text, with the URL its relative links resolve against. */
export interface Page {
  source: Source;
  html: string;
  /** The final URL after redirects (or the page's canonical URL for a saved file). */
  url?: string;
  /** When it was fetched (the server's Date): dates the page writes relative to it ("3小时前") count from it. */
  retrievedAt?: Date;
}

/** What the extractor found in a page: metadata and the cleaned article HTML. */
export interface Article {
  url?: string;
  title: string;
  /** The author written in the front-matter: a flag's or site rule's, the byline, else the site name. */
  author?: string;
  /** The author the page itself names (no fallback); undefined when it names none. */
  byline?: string;
  date?: Date;
  /** Where the page shows the date: the offset its metadata states, else the page's zone (IANA). */
  dateZone?: string;
  /** The page gives the day without a time: `date` is that calendar day's midnight UTC, not an instant. */
  dateOnly?: true;
  image?: string;
  siteName?: string;
  /** Every body image's absolute URL, in order, before the image proxy. */
  images?: string[];
  /** Categories a site rule gives this host's articles. */
  categories?: string[];
  /** The content container's inner HTML, cleaned and with image URLs final. */
  html: string;
  /** Why the post may be incomplete (a short article, no block of prose found). */
  warnings?: string[];
}

/** A rendered post file, ready to be written. */
export interface Post {
  article: Article;
  content: string;
}

export type Stage = 'source' | 'fetch' | 'decode' | 'extract' | 'render' | 'write' | 'config';

/** A failure as a value: one line a user can read, plus where it happened. */
export interface Problem {
  source: string;
  stage: Stage;
  code: string;
  reason: string;
  cause?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function fail<T = never>(source: string, stage: Stage, code: string, reason: string, cause?: unknown): Result<T> {
  return { ok: false, problem: { source, stage, code, reason, cause } };
}

/** How a source is named in messages and reports. */
export function sourceLabel(source: Source): string {
  if (source.kind === 'url') return source.url;
  if (source.kind === 'file') return source.path;
  return '-';
}
