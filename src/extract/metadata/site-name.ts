import { SITE_METAS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { firstMetaValue, type Metas } from './metas.js';
import { ldFirst, ldName, type JsonLdNode } from './json-ld.js';

export function extractSiteName(ld: JsonLdNode[], metas: Metas, url: string | undefined): Found<string> | undefined {
  return firstFound(
    () => firstMetaValue(metas, SITE_METAS),
    () => ldFirst(ld, 'publisher', ldName),
    () => (url?.startsWith('http') ? { value: new URL(url).hostname.replace(/^www\./, ''), from: 'URL host' } : undefined),
  );
}
