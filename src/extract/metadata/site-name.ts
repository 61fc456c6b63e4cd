import { SITE_METAS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { firstMetaValue, type Metas } from './metas.js';
import { ldFirst, ldName, type JsonLdNode } from './json-ld.js';

/** The registrable name of the page's host, lower-case ("puntorojo" of www.puntorojo.com). */
export function domainName(url: string | undefined): string | undefined {
  const host = url?.startsWith('http') ? new URL(url).hostname.split('.') : [];
  return host.length >= 2 ? host[host.length - 2]!.toLowerCase() : undefined;
}

export function extractSiteName(ld: JsonLdNode[], metas: Metas, url: string | undefined): Found<string> | undefined {
  return firstFound(
    () => firstMetaValue(metas, SITE_METAS),
    () => ldFirst(ld, 'publisher', ldName),
    () => (url?.startsWith('http') ? { value: new URL(url).hostname.replace(/^www\./, ''), from: 'URL host' } : undefined),
  );
}
