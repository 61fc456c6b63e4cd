import type { CheerioAPI } from 'cheerio';
import { cleanText, metaContent } from '../dom.js';
import { AUTHOR_METAS, AUTHOR_SELECTORS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { ldFirst, ldName, type JsonLdNode } from './json-ld.js';
import { parseDate } from './parse-date.js';

const BYLINE_PREFIX = /^(?:by|written by|posted by|author|作者|文|撰文|编辑|责任编辑)\s*[:：|]?\s*/i;

/** A byline cleaned of its label; undefined when it is a URL, a date or too long to be a name. */
export function cleanAuthor(raw: string | undefined): string | undefined {
  const text = cleanText(raw).replace(BYLINE_PREFIX, '').trim();
  if (!text || text.length > 80) return undefined;
  if (/^(https?:)?\/\/|^www\./i.test(text) || /^[\d\s:/.\-年月日]+$/.test(text) || parseDate(text) && text.length < 30 && /\d{4}/.test(text)) {
    return undefined;
  }
  return text;
}

const validated = (found: Found<string> | undefined): Found<string> | undefined => {
  const value = cleanAuthor(found?.value);
  return value && found ? { value, from: found.from } : undefined;
};

export function extractAuthor($: CheerioAPI, ld: JsonLdNode[]): Found<string> | undefined {
  return firstFound(
    () => validated(ldFirst(ld, 'author', ldName)),
    () => validated(metaContent($, AUTHOR_METAS)),
    ...AUTHOR_SELECTORS.map((selector) => () => validated({ value: $(selector).first().text(), from: selector })),
  );
}
