import type { CheerioAPI } from 'cheerio';
import { absoluteUrl } from '../dom.js';
import { isPlaceholder } from '../../clean/images.js';
import { IMAGE_METAS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { firstMetaValue, type Metas } from './metas.js';
import { ldFirst, ldUrl, type JsonLdNode } from './json-ld.js';
import { queryPage } from '../page-index.js';

/** A cover a theme can show: an http(s) image, not a placeholder (nor a script: or data: URL). */
export const isCoverUrl = (url: string | undefined): url is string => !!url && /^https?:\/\/[^/\s]/i.test(url) && !isPlaceholder(url);

/** The cover the page declares; the first body image is the caller's fallback. */
export function extractImage($: CheerioAPI, ld: JsonLdNode[], metas: Metas, base: string | undefined): Found<string> | undefined {
  const resolved = (found: Found<string> | undefined) => {
    const value = absoluteUrl(found?.value, base);
    return isCoverUrl(value) && found ? { value, from: found.from } : undefined;
  };
  return firstFound(
    () => resolved(firstMetaValue(metas, IMAGE_METAS)),
    () => resolved(ldFirst(ld, 'image', ldUrl)),
    () => resolved({ value: queryPage($, 'link[rel="image_src"]').attr('href') ?? '', from: 'link image_src' }),
  );
}
