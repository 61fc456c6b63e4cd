import type { CheerioAPI } from 'cheerio';
import { absoluteUrl } from './dom.js';

/**
 * The URL relative links resolve against: the fetched URL (after redirects), moved by a
 * <base href>; for a saved file, the page's own canonical or og:url.
 */
export function baseUrl($: CheerioAPI, fetchedUrl: string | undefined): string | undefined {
  const pageUrl =
    fetchedUrl ??
    [$('link[rel="canonical"]').attr('href'), $('meta[property="og:url"]').attr('content')]
      .map((href) => absoluteUrl(href, undefined))
      .find((url) => url?.startsWith('http'));
  return absoluteUrl($('base[href]').attr('href'), pageUrl) ?? pageUrl;
}
