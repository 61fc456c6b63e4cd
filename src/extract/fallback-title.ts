// A title for a page that names none (no <title>, no og:title, no headline): the article's
// first heading, else its first sentence, else the source's own name. A post always has one.
import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import { basename } from 'node:path';
import { sourceLabel, type Source } from '../types.js';
import { cleanText } from './dom.js';
import { selectBelow } from '../clean/tree.js';
import { lineText } from './metadata/text-lines.js';

const MAX_TITLE = 60;
const SENTENCE_END = /[。！？!?]|\.\s/;

function firstSentence(text: string): string | undefined {
  const end = text.search(SENTENCE_END);
  const sentence = (end > 0 ? text.slice(0, end) : text).trim();
  if (!sentence) return undefined;
  return [...sentence].length > MAX_TITLE ? `${[...sentence].slice(0, MAX_TITLE).join('')}…` : sentence;
}

export function fallbackTitle(blocks: Cheerio<Element>, source: Source): string {
  const heading = selectBelow(blocks.toArray(), 'h1, h2, h3').map(lineText).find((t) => t && t.length <= 120);
  return heading ?? firstSentence(cleanText(blocks.text())) ?? basename(sourceLabel(source));
}
