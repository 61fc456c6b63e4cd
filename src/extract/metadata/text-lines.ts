// The page's visible text as lines, in document order: each block element or <br> starts
// a new line. Script-like elements, text for screen readers only and comment sections are left
// out, so patterns run over what a reader sees above, beside and below the headline, never over
// readers' posts.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { cleanText } from '../dom.js';
import { AUTHOR_LABELS, BLOCK_TAGS, CREDIT_LABELS, DATE_LABELS, isCommentSection, SKIPPED_TAGS, SOURCE_LABELS, TOOL_WORDS } from './constants.js';
import { escapeRegExp } from '../../escape-regexp.js';
import { pageBody } from '../page-index.js';

export interface TextLine {
  text: string;
  /** The element the line's text starts in. */
  el: Element;
}

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Text shown to screen readers only: a label the page's icons stand for ("Post author", "Posted on"). */
const SCREEN_READER_ONLY = /(?:^|\s)(?:screen-reader-text|screen-reader-only|sr-only|visually-hidden|visuallyhidden)(?:\s|$)/;

/** A form field's label (a review form's "Rating Required"): no byline's. */
const isFieldLabel = (el: Element) => el.name === 'label' && el.attribs.for !== undefined;

function skipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.name.toLowerCase()) || isCommentSection(el) || SCREEN_READER_ONLY.test(el.attribs.class ?? '') || isFieldLabel(el);
}

/** An element's text as one line: a space where a block or a <br> inside it breaks the line ("Big News<br>The Subtitle"). */
export const lineText = (el: Element): string => linesBelow(el).map((line) => line.text).join(' ');

export function textLines($: CheerioAPI): TextLine[] {
  const root = (pageBody($) ?? $.root().get(0)) as Element | undefined;
  return root ? linesBelow(root, { spaceNumbers: true }) : [];
}

/**
 * An element's lines, also broken where two elements' texts meet with no space between
 * ("<span>Jane Doe</span><span>Senior Reporter</span>": shown on two lines by the page's style,
 * "Jane DoeSenior Reporter" as one text).
 */
export const gluedLines = (el: Element): string[] => linesBelow(el, { breakGlued: true }).map((line) => line.text);

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
const DIGIT_END = /\d$/;
const LABEL_START = new RegExp(`^(?:${[...AUTHOR_LABELS, ...SOURCE_LABELS, ...DATE_LABELS, ...CREDIT_LABELS].filter((label) => /\p{Script=Han}/u.test(label)).map(escapeRegExp).join('|')})\\s*[:：]`, 'u');
/** Chinese last, or a Latin word or a number ending Chinese text ("来源：某某TV", "钛媒体APP"). */
const hanBefore = (text: string) => HAN_END.test(text) || /\p{Script=Han}[\s：:]*[A-Za-z0-9]+$/u.test(text);
const DIGIT_START = /^\d/;

/**
 * Whether two elements' texts that meet are set apart by the page's style, a space keeping them
 * apart: Chinese and a number ("<span>张三</span><span>2024-03-05</span>", "<a>某某TV</a><span>2024年3月5日</span>"),
 * so that the date stands on its own; a value and the Chinese label after it
 * ("<small>来源:</small>某某日报<small>作者:</small>陈晓峰"); a day and a count after it.
 */
const setApart = (before: string, after: string): boolean =>
  (hanBefore(before) && DIGIT_START.test(after)) || (DIGIT_END.test(before) && HAN_START.test(after)) || (HAN_END.test(before) && LABEL_START.test(after)) ||
  (LETTER_END.test(before) && DIGIT_START.test(after)) || ((LOWER_END.test(before) || CAPITALS_END.test(before)) && CAPITALISED_START.test(after)) ||
  (HAN_END.test(before) && TOOL_START.test(after)) || (DAY_END.test(before) && DIGIT_START.test(after)) || (DIGIT_END.test(before) && MONTH_START.test(after));
/** A month's name after a day set in an element of its own ("<span class=day>05</span><span class=month>Mar</span>"). */
const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)/i;
/** A whole day written with dashes, slashes or dots, which a count after it would run into ("2023-05-16" + "1,024" views). */
const DAY_END = /(?:^|\D)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;
/** A page tool's word after a name ("作者：王世纯" + "分享到"), in simplified or traditional characters. */
const TOOL_START = new RegExp(`^(?:${[...TOOL_WORDS, '閱讀', '點擊', '瀏覽', '評論', '字號', '推薦'].join('|')})`);
const LETTER_END = /\p{L}$/u;
const LOWER_END = /\p{Ll}$/u;
/** A word in capitals ("PRESS RELEASE" + "March 5, 2025": an eyebrow's label and its date). */
const CAPITALS_END = /\p{Lu}{2}$/u;
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;

/**
 * The lines of the text below `root`, each with the element it starts in. `breakGlued`: a new
 * line where two elements' words meet; `spaceNumbers`: a space where Chinese and a number from two
 * elements meet (a dateline's name and date; a heading's text stays as written).
 */
function linesBelow(root: Element, { breakGlued = false, spaceNumbers = false } = {}): TextLine[] {
  const lines: TextLine[] = [];
  let parts: string[] = [];
  let owner: Element | undefined;
  let atBoundary = false;
  const flush = () => {
    const text = cleanText(parts.join(''));
    if (text && owner) lines.push({ text, el: owner });
    parts = [];
    owner = undefined;
  };
  const walk = (node: AnyNode, parent: Element): void => {
    if (node.type === 'text') {
      const before = parts.at(-1) ?? '';
      if (atBoundary && breakGlued && WORD_START.test(node.data) && WORD_END.test(before)) flush();
      else if (atBoundary && spaceNumbers && setApart(before, node.data)) parts.push(' ');
      atBoundary = false;
      if (!owner && node.data.trim()) owner = parent;
      parts.push(node.data);
      return;
    }
    if (!isElement(node) || skipped(node)) return;
    const block = BLOCK_TAGS.has(node.name.toLowerCase());
    if (block) flush();
    atBoundary = true;
    for (const child of node.children) walk(child, node);
    if (block) flush();
    atBoundary = true;
  };
  for (const child of root.children ?? []) walk(child, root);
  flush();
  return lines;
}
