import type { CheerioAPI } from 'cheerio';
import { cleanText, metaContent } from '../dom.js';
import { DATE_METAS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { ldFirst, ldString, type JsonLdNode } from './json-ld.js';
import { parseDate } from './parse-date.js';

const parsed = (text: string | undefined, from: string): Found<Date> | undefined => {
  const value = parseDate(text);
  return value && { value, from };
};

const fromText = (found: Found<string> | undefined) => found && parsed(found.value, found.from);

export function extractDate($: CheerioAPI, ld: JsonLdNode[]): Found<Date> | undefined {
  return firstFound(
    () => fromText(ldFirst(ld, 'datePublished', ldString)),
    () => fromText(metaContent($, DATE_METAS)),
    () => {
      const time = $('time[datetime]').first();
      return parsed(time.attr('datetime'), '<time datetime>');
    },
    () => parsed(cleanText($('time').first().text()), '<time>'),
    () => fromText(ldFirst(ld, 'dateModified', ldString)),
  );
}
