// Notes that stand outside the article's block: a references section after the body's
// container (Nature's, many CMSs'), a notes list in the article's footer. The block the
// references of the chosen block point to is taken with it, as one more block of the article.
import type { CheerioAPI } from 'cheerio';
import { isTag, type AnyNode, type Element } from 'domhandler';
import { descendants, selectorTest } from '../clean/tree.js';
import { decodeText } from '../decode/entities.js';
import { fragment } from '../clean/referenced-notes.js';
import { CITATION_LINKS, NOTE_NAME, NOTE_ROLES, NOTE_TYPE_ATTRIBUTE, NOTE_TYPES } from '../note-markup.js';
import { FOOTNOTE_LABEL } from './hints.js';

/** Notes are short: a label linking to a long part of the page is something else (a comments count). */
const MAX_NOTE = 3000;
/** A block taken for its notes is mostly notes (a heading, a list's furniture beside them). */
const NOTES_SHARE = 0.5;
/** Headings and the parts of a table: targets of in-page links, never notes. */
const NEVER_NOTE = /^(?:h[1-6]|table|thead|tbody|tfoot|tr|td|th|body|html)$/;
const BLOCKS = /^(?:p|div|li|dd|section|aside|footer|ol|ul|dl|blockquote)$/;

const textSize = ($: CheerioAPI, el: Element) => $(el).text().replace(/\s+/g, '').length;
/** What a link shows, its entities decoded (the page is read with them kept): Wikipedia's `&#91;1&#93;` shows [1]. */
const shown = ($: CheerioAPI, a: Element) => decodeText($(a).text()).trim();

const ancestors = (el: Element): Element[] => {
  const out: Element[] = [];
  for (let up = el.parent; up && isTag(up); up = up.parent) out.push(up);
  return out;
};

/** The note a target is: itself when it holds text, else the block around it (an anchor showing a label). */
function noteOf($: CheerioAPI, target: Element): Element | undefined {
  if (textSize($, target) > 4) return target;
  return ancestors(target).find((up) => BLOCKS.test(up.name));
}

const names = (el: Element) => `${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`;

/**
 * A note by its markup: named or given a role or an EPUB type as one, or an item of an ordered
 * list (a comments box or an API entry is none); or what a link with the role of a citation
 * points to (Science's `<div role="listitem" id="core-R1">`), an entry of the bibliography by that role.
 */
function isNoteLike(target: Element, note: Element, cited: boolean): boolean {
  if (cited) return true;
  if ([target, note].some((el) => NOTE_NAME.test(names(el)) || NOTE_ROLES.test(el.attribs.role ?? '') || NOTE_TYPES.test(el.attribs[NOTE_TYPE_ATTRIBUTE] ?? ''))) return true;
  const item = note.name === 'li' ? note : note.parent && isTag(note.parent) && note.parent.name === 'li' ? note.parent : undefined;
  return !!item?.parent && isTag(item.parent) && item.parent.name === 'ol';
}

/** A link written as a reference: superscript or bracketed (not "1 2 3" linking to a slideshow's parts). */
const looksLikeReference = ($: CheerioAPI, a: Element) => $(a).closest('sup').length > 0 || $(a).find('sup').length > 0 || /^[[(].*[\])]$/.test(shown($, a));

/**
 * The chosen blocks, and after them the blocks holding the notes their references point to
 * outside them: the outermost block around a note, below what it shares with the article,
 * that is mostly notes.
 */
export function withOutsideNotes($: CheerioAPI, blocks: Element[]): Element[] {
  const inside = new Set(descendants(blocks));
  for (const block of blocks) inside.add(block);
  const isCitation = selectorTest(CITATION_LINKS);
  const references = [...inside].filter((a) => a.name === 'a' && a.attribs.href?.includes('#') && (FOOTNOTE_LABEL.test(shown($, a)) || isCitation(a)));
  if (!references.length) return blocks;
  const index = new Map<string, Element>();
  const order = new Map<AnyNode, number>();
  descendants([$.root().get(0)!]).forEach((el, i) => {
    order.set(el, i);
    for (const key of [el.attribs.id, el.name === 'a' ? el.attribs.name : undefined]) if (key && !index.has(key)) index.set(key, el);
  });
  let last = 0;
  for (const el of inside) last = Math.max(last, order.get(el) ?? 0);
  const notes = new Set<Element>();
  const unnamed: Element[] = [];
  for (const a of references) {
    const target = index.get(fragment(a.attribs.href) ?? '');
    if (!target || inside.has(target) || order.get(target)! < last || NEVER_NOTE.test(target.name)) continue;
    const note = noteOf($, target);
    if (!note || NEVER_NOTE.test(note.name) || textSize($, note) > MAX_NOTE) continue;
    if (isNoteLike(target, note, isCitation(a))) notes.add(note);
    else if (looksLikeReference($, a)) unnamed.push(note);
  }
  // Blocks named nothing that several references point to, side by side: the notes too (`<p id="n1">`, `<p id="n2">`).
  for (const note of unnamed) if (new Set(unnamed.filter((other) => other.parent === note.parent)).size >= 2) notes.add(note);
  if (!notes.size) return blocks;
  const noteSize = (el: Element) => [...notes].filter((note) => note === el || ancestors(note).includes(el)).reduce((sum, note) => sum + textSize($, note), 0);
  const added = new Set<Element>();
  for (const note of notes) {
    // From the outermost block below the one the article and the note share, inwards.
    const shared = ancestors(note).find((up) => blocks.some((block) => up === block || ancestors(block).includes(up)));
    const path = [note, ...ancestors(note).slice(0, shared ? ancestors(note).indexOf(shared) : undefined)].reverse();
    const holder = path.find((el) => noteSize(el) >= textSize($, el) * NOTES_SHARE) ?? note;
    added.add(holder);
  }
  const outermost = [...added].filter((el) => !ancestors(el).some((up) => added.has(up)));
  return [...blocks, ...outermost].sort((a, b) => order.get(a)! - order.get(b)!);
}
