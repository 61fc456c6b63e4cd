import type { CheerioAPI } from 'cheerio';
import { cleanText, metaContent } from '../dom.js';
import { TITLE_METAS, TITLE_SEPARATORS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { ldFirst, ldString, type JsonLdNode } from './json-ld.js';

/** Drops a trailing (or leading) site name: "Headline | Site", "Site - Headline", "标题_网站". */
export function stripSiteName(title: string, siteName: string | undefined): string {
  if (siteName) {
    for (const part of [siteName, ...siteName.split(TITLE_SEPARATORS)]) {
      const escaped = part.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (!escaped) continue;
      const stripped = title
        .replace(new RegExp(`(?:${TITLE_SEPARATORS.source})${escaped}$`), '')
        .replace(new RegExp(`^${escaped}(?:${TITLE_SEPARATORS.source})`), '')
        .trim();
      if (stripped && stripped !== title) return stripped;
    }
  }
  return title;
}

/** A <title> without its site part, when there is one: the longest segment wins. */
function fromDocumentTitle(raw: string): string {
  const parts = raw.split(/\s+[|\-–—»]\s+|\s*[|｜_]\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return raw;
  const first = parts[0]!;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return first.length >= longest.length / 2 ? first : longest;
}

export function extractTitle($: CheerioAPI, ld: JsonLdNode[], siteName: string | undefined): Found<string> | undefined {
  const strip = (found: Found<string> | undefined) => found && { ...found, value: stripSiteName(found.value, siteName) };
  const h1s = $('h1').toArray().map((el) => cleanText($(el).text())).filter(Boolean);
  const documentTitle = cleanText($('title').first().text());
  return firstFound(
    () => strip(metaContent($, TITLE_METAS)),
    () => strip(ldFirst(ld, 'headline', ldString)),
    () => (h1s.length === 1 ? { value: h1s[0]!, from: '<h1>' } : undefined),
    () => {
      if (!documentTitle) return undefined;
      const stripped = stripSiteName(documentTitle, siteName);
      return { value: stripped !== documentTitle ? stripped : fromDocumentTitle(documentTitle), from: '<title>' };
    },
    () => (h1s.length ? { value: h1s[0]!, from: '<h1>' } : undefined),
  );
}
