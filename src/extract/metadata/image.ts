import type { CheerioAPI } from 'cheerio';
import { absoluteUrl, metaContent } from '../dom.js';
import { IMAGE_METAS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { ldFirst, ldUrl, type JsonLdNode } from './json-ld.js';

/** The cover the page declares; the first body image is the caller's fallback. */
export function extractImage($: CheerioAPI, ld: JsonLdNode[], base: string | undefined): Found<string> | undefined {
  const resolved = (found: Found<string> | undefined) => {
    const value = absoluteUrl(found?.value, base);
    return value && found ? { value, from: found.from } : undefined;
  };
  return firstFound(
    () => resolved(metaContent($, IMAGE_METAS)),
    () => resolved(ldFirst(ld, 'image', ldUrl)),
    () => resolved({ value: $('link[rel="image_src"]').attr('href') ?? '', from: 'link image_src' }),
  );
}
