// The article's author as the page states it: JSON-LD, then metas, then visible byline
// markup, then bylines written as text. Undefined when the page names none: the site-name
// fallback is the renderer's business, not a finding.
import type { CheerioAPI } from 'cheerio';
import { cleanText } from '../dom.js';
import { AUTHOR_LABELS, AUTHOR_METAS, AUTHOR_SELECTORS, BYLINE_PREFIX, BYLINE_SUFFIX } from './constants.js';
import { firstFound, type Found } from './found.js';
import { ldFirst, ldName, type JsonLdNode } from './json-ld.js';
import { metaValue, type Metas } from './metas.js';
import { isBoilerplate, joinSpacedName, notAName } from './names.js';
import { findDate } from './parse-date.js';
import { authorFromText, leadingNames } from './text-author.js';
import type { TextLine } from './text-lines.js';

/** A trailing date glued to the name ("Ann Lee March 11, 2015 3:46 PM"). */
function withoutTrailingDate(text: string): string {
  const index = findDate(text)?.index ?? /\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}/i.exec(text)?.index;
  return index ? text.slice(0, index).trim() : text;
}

/** A byline cleaned of its label, role and date; undefined when what is left is not a name. */
export function cleanAuthor(raw: string | undefined): string | undefined {
  let text = joinSpacedName(cleanText(raw));
  const label = AUTHOR_LABELS.find((l) => new RegExp(`^${l}\\s*[:：/／]`).test(text));
  if (label) text = leadingNames(text.replace(/^[^:：/／]*[:：/／]/, '')) ?? '';
  text = withoutTrailingDate(text.replace(BYLINE_PREFIX, '').replace(/\s*[(（]\s*(?:https?:\/\/|www\.)[^)）]*[)）]/g, '').trim()).replace(BYLINE_SUFFIX, '').replace(/[\s,;|·•–—-]+$/, '').trim();
  if (notAName(text) || isBoilerplate(text)) return undefined;
  return text;
}

const validated = (found: Found<string> | undefined): Found<string> | undefined => {
  const value = cleanAuthor(found?.value);
  return value && found ? { value, from: found.from } : undefined;
};

/** Each meta in order, so that a boilerplate `author` does not hide a real `dc.creator`. */
function fromMetas(metas: Metas): Found<string> | undefined {
  for (const key of AUTHOR_METAS) {
    const found = validated(metaValue(metas, [key]));
    if (found) return found;
  }
  return undefined;
}

const ANY_AUTHOR_SELECTOR = AUTHOR_SELECTORS.join(', ');

function fromSelectors($: CheerioAPI): Found<string> | undefined {
  // One walk of the document for all the selectors, then each tried in order on what it found.
  const candidates = $(ANY_AUTHOR_SELECTOR);
  for (const selector of AUTHOR_SELECTORS) {
    for (const el of candidates.filter(selector).toArray().slice(0, 3)) {
      const text = cleanText($(el).text());
      if (text.length >= 100) continue;
      const found = validated({ value: text, from: selector });
      if (found) return found;
    }
  }
  return undefined;
}

export function extractAuthor($: CheerioAPI, ld: JsonLdNode[], metas: Metas, lines: TextLine[], headline: number, title?: string): Found<string> | undefined {
  return firstFound(
    () => validated(ldFirst(ld, 'author', ldName)),
    () => fromMetas(metas),
    () => fromSelectors($),
    () => validated(authorFromText(lines, headline, title)),
  );
}

const RULE_LABEL = /^(?:本文)?(?:来源|作者|文|记者|撰文|by)\s*[:：/／|]\s*/i;

/** A site rule's byline elements: each cleaned of its label; several names joined as listed. */
export function ruleAuthor(found: Found<string[]> | undefined): Found<string> | undefined {
  if (!found) return undefined;
  const names = found.value.map((raw) => cleanText(raw).replace(RULE_LABEL, '').replace(BYLINE_PREFIX, '').trim()).filter((name) => !notAName(name));
  const unique = [...new Set(names)];
  return unique.length ? { value: unique.join(', '), from: found.from } : undefined;
}
