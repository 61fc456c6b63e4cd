import type { CheerioAPI } from 'cheerio';
import { metaContent } from '../dom.js';
import { SITE_METAS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { ldFirst, ldName, type JsonLdNode } from './json-ld.js';

export function extractSiteName($: CheerioAPI, ld: JsonLdNode[], url: string | undefined): Found<string> | undefined {
  return firstFound(
    () => metaContent($, SITE_METAS),
    () => ldFirst(ld, 'publisher', ldName),
    () => (url?.startsWith('http') ? { value: new URL(url).hostname.replace(/^www\./, ''), from: 'URL host' } : undefined),
  );
}
