// One parse per page, and the small DOM helpers every extractor shares.
import { load, type CheerioAPI } from 'cheerio';
import { decodeText } from '../decode/entities.js';

/**
 * htmlparser2 mode without entity decoding: ten times faster than parse5, and it keeps
 * the page's own markup (entities, `alt` without a value) byte for byte on output.
 */
export function loadHtml(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: false } });
}

/** Text as a reader sees it: entities decoded, whitespace collapsed. */
export function cleanText(raw: string | undefined): string {
  if (!raw) return '';
  return decodeText(raw).replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Resolves a possibly relative URL; undefined for what cannot be a link. */
export function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  const raw = cleanText(href);
  if (!raw) return undefined;
  try {
    return new URL(raw, base).href;
  } catch {
    return undefined;
  }
}
