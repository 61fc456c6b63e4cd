// Which text line is the headline: the line showing the title, else the first heading.
// Dates and bylines are looked for around it.
import type { Element } from 'domhandler';
import { HEADLINE_CLASS, HEADLINE_TAGS } from './constants.js';
import type { TextLine } from './text-lines.js';

const compact = (text: string) => text.replace(/\s+/g, '');

/** True when a line shows the title (all of it, or most of it: sites add "(图)", "(页 1)"). */
export function showsTitle(line: string, title: string): boolean {
  const a = compact(line);
  const t = compact(title);
  if (a.length < 2 || !t) return false;
  if (a === t) return true;
  if (a.includes(t)) return a.length <= t.length * 1.5 + 20;
  return t.includes(a) && a.length >= t.length * 0.6 && a.length >= 4;
}

function inside(el: Element, names: readonly string[]): boolean {
  for (let node: Element | null = el; node; node = node.parent && 'name' in node.parent ? (node.parent as Element) : null) {
    if (node.name && names.includes(node.name.toLowerCase())) return true;
  }
  return false;
}

// A line of text outside any element belongs to the document, which has no attributes.
const titled = (el: Element): boolean => HEADLINE_CLASS.test(`${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`);

const MAX_CANDIDATES = 40;

/** Heading-like lines in order of likelihood: <h1>, <h2>, a "title" class, bold text. */
export function headingLines(lines: TextLine[]): number[] {
  const usable = (line: TextLine) => line.text.length >= 2 && !inside(line.el, ['a']);
  const kinds = [...HEADLINE_TAGS.map((tags) => (line: TextLine) => inside(line.el, tags)), (line: TextLine) => titled(line.el)];
  kinds.splice(2, 0, kinds.pop()!);
  const found: number[] = [];
  for (const kind of kinds) lines.forEach((line, i) => usable(line) && kind(line) && found.push(i));
  return [...new Set(found)].slice(0, MAX_CANDIDATES);
}

/**
 * The headline's line index, or -1: the line showing the title when a date stands just
 * after or before it, else the first candidate with a date just after it (a real article
 * header; the <title> is sometimes the site's name alone), else the line showing the title,
 * else the first heading.
 */
export function headlineIndex(lines: TextLine[], title: string | undefined, dated: (index: number, above: boolean) => boolean): number {
  const shown = title ? lines.findIndex((line) => showsTitle(line.text, title)) : -1;
  if (shown >= 0 && dated(shown, true)) return shown;
  const candidates = [...new Set([shown, ...headingLines(lines)].filter((i) => i >= 0))];
  return candidates.find((i) => dated(i, false)) ?? candidates[0] ?? -1;
}
