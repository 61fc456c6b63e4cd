// Page metadata, each field from the best of several sources (see constants.ts for the order).
import type { CheerioAPI } from 'cheerio';
import { extractAuthor } from './author.js';
import { extractDate } from './date.js';
import type { Found } from './found.js';
import { headlineIndex } from './headline.js';
import { extractImage } from './image.js';
import { readJsonLd } from './json-ld.js';
import { readMetas } from './metas.js';
import { extractSiteName } from './site-name.js';
import { datedHeadline } from './text-date.js';
import { textLines } from './text-lines.js';
import { extractTitle } from './title.js';

export interface Metadata {
  title?: Found<string>;
  /** The author the page names; undefined when it names none (no site-name fallback here). */
  author?: Found<string>;
  date?: Found<Date>;
  image?: Found<string>;
  siteName?: Found<string>;
}

export interface MetadataOptions {
  /** IANA zone in which the page's wall-clock times without a zone are read (--timezone). */
  timezone?: string;
}

export function extractMetadata($: CheerioAPI, url: string | undefined, options: MetadataOptions = {}): Metadata {
  const ld = readJsonLd($);
  const metas = readMetas($);
  const siteName = extractSiteName(ld, metas, url);
  const title = extractTitle($, ld, metas, siteName?.value);
  const lines = textLines($);
  const headline = headlineIndex(lines, title?.value, (index) => datedHeadline(lines, index));
  return {
    title,
    author: extractAuthor($, ld, metas, lines, headline, title?.value),
    date: extractDate($, ld, metas, lines, headline, options.timezone),
    image: extractImage($, ld, metas, url),
    siteName,
  };
}
