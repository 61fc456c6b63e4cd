import { SITE_HOSTS, SITE_METAS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { firstMetaValue, type Metas } from './metas.js';
import { ldFirst, ldName, type JsonLdNode } from './json-ld.js';

/** Second-level domains a country's registry sells names under: bbc.co.uk, sina.com.cn, abc.net.au. */
const COUNTRY_SECOND_LEVEL = /^(?:com|co|net|org|gov|edu|ac|or|ne|go|gob|ltd|plc)$/;

/**
 * The registrable name of the page's host, lower-case ("puntorojo" of www.puntorojo.com, "bbc" of
 * www.bbc.co.uk), or the site's own name on a host of sites ("coastnotes" of coastnotes.blogspot.com).
 */
export function domainName(url: string | undefined): string | undefined {
  const host = url?.startsWith('http') ? new URL(url).hostname.toLowerCase().split('.') : [];
  if (host.length < 2) return undefined;
  let name = host.length - 2;
  // One label further left, unless that is "www" (www.gov.uk is gov's, www.medium.com medium's).
  const further = () => (name > 0 && host[name - 1] !== 'www' ? name - 1 : name);
  if (host[host.length - 1]!.length === 2 && COUNTRY_SECOND_LEVEL.test(host[name]!)) name = further();
  if (SITE_HOSTS.has(host.slice(name).join('.'))) name = further();
  return host[name];
}

/** A host name a site goes by ("Phys.org", "www.example.com.cn"). */
const DOMAIN = String.raw`(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|io|dev|co|news|info|edu|gov|cn|uk|au|de|fr|jp|in)`;
/** A text that is a domain alone. */
export const DOMAIN_NAME = new RegExp(`^${DOMAIN}$`, 'iu');
/** An outlet's domain after a comma ("by Tessa Marlowe, Phys.org"). */
export const DOMAIN_AFTER = new RegExp(String.raw`\s*,\s*${DOMAIN}$`, 'iu');

/** A site's name followed by its domain ("香港經濟日報 hket.com") or a stray separator ("Netsmartz |"): the name. */
const withoutDomain = (found: Found<string> | undefined): Found<string> | undefined => {
  const name = found?.value.replace(/\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+$/i, '').replace(/^[\s|｜\-–—·•»:]+|[\s|｜\-–—·•»:]+$/g, '');
  return found && name && /\p{L}/u.test(name) ? { ...found, value: name } : found;
};

/** Lower-case letters and digits only: "B&H Photo Video" and bhphotovideo.com, "Best Buy" and bestbuy compare equal. */
export const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** A site's name without its domain ending, squashed: "Amazon.com", "amazon" and "Amazon" compare equal. */
export const siteKey = (name: string) => squash(name.replace(/\.[a-z]{2,6}$/i, ''));

/** Between a <title>'s headline and the site's name after it. */
const TITLE_PARTS = /\s+[|\-–—·•»:]\s+|\s*[|｜]\s*/;

/**
 * The site's name as the <title> writes it after the headline ("… | Best Buy" on bestbuy.com,
 * "… - GEICO"): its last part, when that part and the domain's name are one name.
 */
function titleSuffix(pageTitle: string | undefined, url: string | undefined): Found<string> | undefined {
  const domain = domainName(url);
  const last = (pageTitle ?? '').split(TITLE_PARTS).map((part) => part.trim()).filter(Boolean).at(-1);
  const name = last && siteKey(last);
  if (!domain || !last || last === pageTitle?.trim() || !name || name.length < 3) return undefined;
  return name === domain || (domain.startsWith(name) && name.length >= domain.length / 2) ? { value: last, from: "the <title>'s last part, the domain's name" } : undefined;
}

/**
 * A site's name a CMS declares as the whole <title> ("How to Design a Website: … | Clay" in og:site_name): the name is its last
 * part, the headline no part of it.
 */
function notTheTitle(found: Found<string> | undefined, pageTitle: string | undefined): Found<string> | undefined {
  if (!found || found.value !== pageTitle?.trim()) return found;
  const last = found.value.split(TITLE_PARTS).map((part) => part.trim()).filter(Boolean);
  return last.length > 1 ? { value: last.at(-1)!, from: `${found.from}, its last part (it repeats the <title>)` } : found;
}

export function extractSiteName(ld: JsonLdNode[], metas: Metas, url: string | undefined, pageTitle?: string): Found<string> | undefined {
  return firstFound(
    () => notTheTitle(withoutDomain(firstMetaValue(metas, SITE_METAS)), pageTitle),
    () => withoutDomain(ldFirst(ld, 'publisher', ldName)),
    () => titleSuffix(pageTitle, url),
    () => (url?.startsWith('http') ? { value: new URL(url).hostname.replace(/^www\./, ''), from: 'URL host' } : undefined),
  );
}
