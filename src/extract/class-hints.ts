import type { Element } from 'domhandler';
import { NEGATIVE_HINTS, NEGATIVE_TOKENS, POSITIVE_HINTS } from './hints.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const prefixes = (words: string[]) => new RegExp(`(?:^|[^a-z])(?:${words.map(escape).join('|')})`, 'i');
const POSITIVE = prefixes(POSITIVE_HINTS);
const NEGATIVE = prefixes(NEGATIVE_HINTS);
const TOKENS = new Set(NEGATIVE_TOKENS);

const names = (el: Element) => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();

export function isNegative(el: Element): boolean {
  const text = names(el);
  return NEGATIVE.test(text) || text.split(/[^a-z0-9]+/).some((t) => TOKENS.has(t));
}

/** +25 for a class/id that names content, -25 for one that names boilerplate. */
export function classWeight(el: Element): number {
  const text = names(el);
  if (!text.trim()) return 0;
  return (POSITIVE.test(text) ? 25 : 0) - (isNegative(el) ? 25 : 0);
}
