// Page metadata, each field from the best of several sources (see constants.ts for the order).
import type { CheerioAPI } from 'cheerio';
import { extractAuthor } from './author.js';
import { extractDate } from './date.js';
import type { Found } from './found.js';
import { extractImage } from './image.js';
import { readJsonLd } from './json-ld.js';
import { extractSiteName } from './site-name.js';
import { extractTitle } from './title.js';

export interface Metadata {
  title?: Found<string>;
  author?: Found<string>;
  date?: Found<Date>;
  image?: Found<string>;
  siteName?: Found<string>;
}

export function extractMetadata($: CheerioAPI, url: string | undefined): Metadata {
  const ld = readJsonLd($);
  const siteName = extractSiteName($, ld, url);
  return {
    title: extractTitle($, ld, siteName?.value),
    author: extractAuthor($, ld),
    date: extractDate($, ld),
    image: extractImage($, ld, url),
    siteName,
  };
}
