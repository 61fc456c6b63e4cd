import type { CheerioAPI } from 'cheerio';
import { absoluteUrl } from './dom.js';
import { queryPage } from './page-index.js';

/**
 * The URL relative links resolve against: the fetched URL (after redirects), moved by a
 * <base href>; for a saved file, the page's own canonical or og:url.
 */
export function baseUrl($: CheerioAPI, fetchedUrl: string | undefined): string | undefined {
  // One walk of the document for the three, then each picked from the few found.
  const found = queryPage($, 'link[rel="canonical"], meta[property="og:url"], base[href]');
  const pageUrl =
    fetchedUrl ??
    [found.filter('link').attr('href'), found.filter('meta').attr('content')]
      .map((href) => absoluteUrl(href, undefined))
      .find((url) => url?.startsWith('http'));
  return absoluteUrl(found.filter('base').attr('href'), pageUrl) ?? pageUrl;
}
