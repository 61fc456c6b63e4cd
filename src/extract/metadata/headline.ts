// Which text line is the headline: the line showing the title, else the first heading.
// Dates and bylines are looked for around it.
import type { Element } from 'domhandler';
import { HEADLINE_CLASS, HEADLINE_TAGS } from './constants.js';
import type { TextLine } from './text-lines.js';

const compact = (text: string) => text.replace(/\s+/g, '');

/** True when a line shows the title (all of it, or most of it: sites add "(图)", "(页 1)"). */
export const showsTitle = (line: string, title: string): boolean => showsCompacted(line, compact(title));

/** The same, the title already without its spaces (compacted once for all of a page's lines). */
function showsCompacted(line: string, t: string): boolean {
  // Too short to show most of the title, spaces and all: not compacted to find that out.
  if (line.length < t.length * 0.6) return false;
  const a = compact(line);
  if (a.length < 2 || !t) return false;
  if (a === t) return true;
  if (a.includes(t)) return a.length <= t.length * 1.5 + 20;
  return t.includes(a) && a.length >= t.length * 0.6 && a.length >= 4;
}

/** The names of an element and of the elements around it, innermost first, lower-cased. */
function namesUp(el: Element): string[] {
  const names: string[] = [];
  for (let node: Element | null = el; node; node = node.parent && 'name' in node.parent ? (node.parent as Element) : null) {
    if (node.name) names.push(node.name.toLowerCase());
  }
  return names;
}

// A line of text outside any element belongs to the document, which has no attributes.
const titled = (el: Element): boolean => HEADLINE_CLASS.test(`${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`);

const MAX_CANDIDATES = 40;

/** Heading-like lines in order of likelihood: <h1>, <h2>, a "title" class, bold text. */
export function headingLines(lines: TextLine[]): number[] {
  // Each line's elements read once, for every kind of heading below.
  const up = lines.map((line) => namesUp(line.el));
  const inside = (i: number, tags: readonly string[]) => up[i]!.some((name) => tags.includes(name));
  const usable = lines.map((line, i) => line.text.length >= 2 && !inside(i, ['a']));
  const kinds = [...HEADLINE_TAGS.map((tags) => (i: number) => inside(i, tags)), (i: number) => titled(lines[i]!.el)];
  kinds.splice(2, 0, kinds.pop()!);
  const found: number[] = [];
  for (const kind of kinds) lines.forEach((_, i) => usable[i] && kind(i) && found.push(i));
  return [...new Set(found)].slice(0, MAX_CANDIDATES);
}

/**
 * The headline's line index, or -1: the line showing the title when a date stands just
 * after or before it, else the first candidate with a date just after it (a real article
 * header; the <title> is sometimes the site's name alone), else the line showing the title,
 * else the first heading.
 */
export function headlineIndex(lines: TextLine[], title: string | undefined, dated: (index: number, above: boolean) => boolean): number {
  const headings = headingLines(lines);
  // The first line showing the title, and when that is no heading (a breadcrumb ending with it, ECShop's
  // "当前位置: 首页 > 茶叶知识 > …"), the next few; a heading's copy further down is a quoted article's.
  const shown: number[] = [];
  const compacted = title ? compact(title) : '';
  for (let i = 0; compacted && i < lines.length && shown.length < MAX_SHOWN; i++) {
    if (!showsCompacted(lines[i]!.text, compacted)) continue;
    shown.push(i);
    if (headings.includes(i)) break;
  }
  // A line that is the title and nothing more before one that holds more (the breadcrumb).
  const exact = (i: number) => compact(lines[i]!.text) === compacted;
  const datedShown = [...shown.filter(exact), ...shown.filter((i) => !exact(i))].find((i) => dated(i, true));
  if (datedShown !== undefined) return datedShown;
  // An <h1> that is the title: the headline, though a later heading has a date under it (a comment's, Medium's "Responses").
  if (shown.length && lines[shown[0]!]!.el.name === 'h1' && exact(shown[0]!)) return shown[0]!;
  const candidates = [...new Set([...shown.slice(0, 1), ...headings])];
  return candidates.find((i) => dated(i, false)) ?? candidates[0] ?? -1;
}

const MAX_SHOWN = 4;
