// The notes an article's footnote references point to, kept through boilerplate removal: a
// notes section is often named like page furniture (`section.footnotes`, `div.footnote`, a
// <footer>) or stands after a "See also" tail. Only what a reference (a link showing a label:
// 1, [2], *) points to forward is kept, never a section by its name; and a sidenote, the
// element right after a checkbox that a <label> toggles (Tufte CSS, org-mode); and a block
// starting with a bare `<sup>N</sup>` after a `<sup>N</sup>` in the text; and the notes written
// beside their marks (../inline-notes.ts), their marks with them.
import type { Element } from 'domhandler';
import { decodeText } from '../decode/entities.js';
import { FOOTNOTE_LABEL } from '../extract/hints.js';
import { pairInlineNotes } from '../inline-notes.js';
import { BARE_MARKS, CITATION_KEY, CITATION_LINKS, HEADINGS, isNoteItem, markNumber, NOTE_LISTS, NOTES_HEADING } from '../note-markup.js';
import { descendants, isWithin, nextElement, selectBelow, selectorTest } from './tree.js';

/** What an anchor standing for a note shows: nothing or a label (1, 1., [1]); the note is the block around it. */
const ANCHOR_ONLY = /^(?:[[(]?\s*[\p{L}\p{N}*†‡§¶]{0,4}\s*[\])]?\.?)$/u;
const BLOCKS = new Set(['p', 'div', 'li', 'dd', 'dt', 'section', 'aside', 'footer', 'td', 'blockquote']);
/** Headings and the parts of a table: targets of in-page links, never notes (a comment's row links to the next). */
const NEVER_NOTE = /^(?:h[1-6]|table|thead|tbody|tfoot|tr|td|th)$/;
/** What a sidenote's toggle shows: nothing, a label, or a sign (⊕). */
const TOGGLE_TEXT = /^[^\p{L}\p{N}]{0,2}$/u;
const FORM_PARTS = new Set(['label', 'input', 'select', 'textarea', 'button']);
/** Notes are short: a label linking to a long part of the page is something else (a comments count). */
const MAX_NOTE = 3000;

const textOf = (node: Element): string => {
  let out = '';
  const stack: Element['children'] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += (n as unknown as { data: string }).data;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return decodeText(out).replace(/\s+/g, ' ').trim();
};

/** A label without the brackets around it: Asciidoctor's `<sup>[<a>1</a>]</sup>`, Pressbooks' `<a><sup>[1]</sup></a>`. */
const unbracketed = (label: string) => label.replace(/^[[(]\s*|\s*[\])]$/g, '');

/** The in-page target an href names (after '#'), decoded. */
export function fragment(href: string): string | undefined {
  const at = href.indexOf('#');
  if (at < 0 || at === href.length - 1) return undefined;
  try {
    return decodeURIComponent(href.slice(at + 1));
  } catch {
    return href.slice(at + 1);
  }
}

function blockAround(el: Element, roots: Set<Element>): Element | undefined {
  for (let up = el.parent as Element | null; up && up.type === 'tag'; up = up.parent as Element | null) {
    if (roots.has(up)) return undefined;
    if (BLOCKS.has(up.name)) return up;
  }
  return undefined;
}

const inCode = (el: Element): boolean => isWithin(el, (up) => up.name === 'pre' || up.name === 'code');

function insideLink(el: Element): boolean {
  for (let up = el.parent as Element | null; up && up.type === 'tag'; up = up.parent as Element | null) if (up.name === 'a') return true;
  return false;
}

/** docutils' table for a note or a citation: one row, a cell showing its label, a cell holding the note. */
function isNoteTable(table: Element): boolean {
  if (table.name !== 'table') return false;
  const rows = descendants([table]).filter((el) => el.name === 'tr');
  const cells = rows.length === 1 ? rows[0]!.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th')) : [];
  return cells.length === 2 && (ANCHOR_ONLY.test(textOf(cells[0]!)) || CITATION_KEY.test(textOf(cells[0]!)));
}

/** Whether the element is the first thing with text in the block. */
function startsBlock(el: Element, block: Element): boolean {
  let node: Element['children'][number] | undefined = block;
  while (node && node !== el && 'children' in node) {
    node = node.children.find((child) => (child.type === 'tag' ? textOf(child as Element) !== '' : child.type === 'text' && (child as unknown as { data: string }).data.trim() !== ''));
  }
  return node === el;
}

/** The notes below the roots a reference points to, and the elements holding them. */
export interface ReferencedNotes {
  notes: Set<Element>;
  /** The references to them, with the elements around one that show only it (`<sup>`, a span). */
  references: Set<Element>;
  /** The notes and every element around them. */
  holders: Set<Element>;
}

/** The notes below the roots that a reference points to: list items, or the blocks holding their anchors. */
export function referencedNotes(rootList: Element[]): ReferencedNotes {
  const all = descendants(rootList);
  const order = new Map<Element, number>();
  const byId = new Map<string, Element[]>();
  all.forEach((el, i) => {
    order.set(el, i);
    for (const key of new Set([el.attribs.id, el.name === 'a' ? el.attribs.name : undefined])) if (key) byId.set(key, [...(byId.get(key) ?? []), el]);
  });
  // Of several elements with one id (each part of a post numbering its notes again), the first after the link.
  const targetAfter = (id: string, from: Element) => {
    const found = byId.get(id);
    return found && (found.find((el) => order.get(el)! > order.get(from)!) ?? found[0]);
  };
  const roots = new Set(rootList);
  const notes = new Set<Element>();
  const holders = new Set<Element>();
  const references = new Set<Element>();
  const isCitation = selectorTest(CITATION_LINKS);
  for (const a of all) {
    if (a.name !== 'a' || !a.attribs.href?.includes('#')) continue;
    const id = fragment(a.attribs.href);
    const target = id ? targetAfter(id, a) : undefined;
    if (!target || order.get(target)! <= order.get(a)! || (NEVER_NOTE.test(target.name) && !isNoteTable(target)) || !(FOOTNOTE_LABEL.test(textOf(a)) || isCitation(a))) continue;
    if (inCode(target)) continue;
    const anchorOnly = ANCHOR_ONLY.test(textOf(target)) && target.name !== 'li';
    if (anchorOnly && fragment(target.attribs.href ?? '') === id) continue; // a section's permalink, numbered like a label
    // A term showing only its label is the note's own block (docutils' `dt.label`), not a part of a larger one.
    const block = anchorOnly && target.name !== 'dt' ? blockAround(target, roots) : target;
    // A term showing a label: the note is its definition, in the list of them.
    const note = block?.name === 'dt' && block.parent?.type === 'tag' ? (block.parent as Element) : block;
    if (!note || textOf(note).length > MAX_NOTE) continue;
    const label = unbracketed(textOf(a));
    for (let up: Element | null = a; up && up.type === 'tag' && !roots.has(up) && unbracketed(textOf(up)) === label; up = up.parent as Element | null) references.add(up);
    if (notes.has(note)) continue;
    notes.add(note);
    for (let up: Element | null = note; up && up.type === 'tag' && !holders.has(up); up = up.parent as Element | null) holders.add(up);
  }
  for (const label of all) {
    const toggle = label.name === 'label' && label.attribs.for ? targetAfter(label.attribs.for, label) : undefined;
    if (toggle?.name !== 'input' || toggle.attribs.type !== 'checkbox' || nextElement(label) !== toggle) continue;
    if (!TOGGLE_TEXT.test(textOf(label)) && !FOOTNOTE_LABEL.test(textOf(label))) continue;
    const note = nextElement(toggle);
    if (!note || FORM_PARTS.has(note.name) || !textOf(note) || textOf(note).length > MAX_NOTE) continue;
    references.add(label).add(toggle);
    notes.add(note);
    for (let up: Element | null = note; up && up.type === 'tag' && !holders.has(up); up = up.parent as Element | null) holders.add(up);
  }
  for (const { mark, note } of pairInlineNotes((selector) => selectBelow(rootList, selector), (a, b) => order.get(a)! < order.get(b)!)) {
    references.add(mark);
    notes.add(note);
    for (let up: Element | null = note; up && up.type === 'tag' && !holders.has(up); up = up.parent as Element | null) holders.add(up);
  }
  const holdsLink = (el: Element) => descendants([el]).some((d) => d.name === 'a');
  const isBareMark = selectorTest(BARE_MARKS);
  const numberOf = (sup: Element) => markNumber(textOf(sup));
  const bareMarks = all.filter((sup) => isBareMark(sup) && /^\d{1,3}$/.test(numberOf(sup)) && !insideLink(sup) && !holdsLink(sup));
  const bareNumbers = new Set(bareMarks.map(numberOf));
  const listed = new Set<string>();
  const introduced = (ol: Element) => {
    let heading = ol.prev;
    while (heading && heading.type !== 'tag') heading = heading.prev;
    return !!heading && HEADINGS.test((heading as Element).name) && NOTES_HEADING.test(textOf(heading as Element));
  };
  const lists = bareNumbers.size ? new Set([...selectBelow(rootList, NOTE_LISTS), ...all.filter((el) => el.name === 'ol' && introduced(el))]) : [];
  for (const list of lists) {
    const items = list.children.filter((c): c is Element => c.type === 'tag' && isNoteItem(c.name, c.attribs.class ?? ''));
    const first = Number(list.attribs.start) || 1;
    items.forEach((li, i) => {
      if (!bareNumbers.has(String(first + i)) || notes.has(li)) return;
      listed.add(String(first + i));
      notes.add(li);
      for (let up: Element | null = li; up && up.type === 'tag' && !holders.has(up); up = up.parent as Element | null) holders.add(up);
    });
  }
  // A mark whose class names a footnote (span.footnote-ref) would go as furniture.
  for (const mark of bareMarks) if (listed.has(numberOf(mark))) references.add(mark);
  const bareReferences = new Set<string>();
  for (const sup of all) {
    const label = sup.name === 'sup' ? textOf(sup) : '';
    if (!/^\d{1,3}$/.test(label) || insideLink(sup)) continue;
    const block = blockAround(sup, roots);
    if (!block || !startsBlock(sup, block) || textOf(block).length <= label.length) bareReferences.add(label);
    else if (bareReferences.has(label) && textOf(block).length <= MAX_NOTE) {
      notes.add(block);
      for (let up: Element | null = block; up && up.type === 'tag' && !holders.has(up); up = up.parent as Element | null) holders.add(up);
    }
  }
  addUnreferencedNotes(notes, holders);
  return { notes, references, holders };
}

/**
 * The notes no reference in the article points to (an infobox's, one the author left), after a
 * referenced one beside it: the later items of a list of notes (note-markup.ts), or the later
 * blocks of its tag and class (Substack's `div.footnote`, Wikidot's `div.footnote-footer`, an
 * item's `li.footnote-item`). Kept as text with the others.
 */
function addUnreferencedNotes(notes: Set<Element>, holders: Set<Element>): void {
  const isNoteList = selectorTest(NOTE_LISTS);
  for (const note of [...notes]) {
    const listed = note.name === 'li' && !!note.parent && isNoteList(note.parent as Element);
    if (!listed && !note.attribs.class) continue;
    for (let next = note.next; next; next = next.next) {
      const el = next as Element;
      if (el.type !== 'tag' || notes.has(el) || el.name !== note.name || (!listed && el.attribs.class !== note.attribs.class)) continue;
      if (textOf(el).length > MAX_NOTE) continue;
      notes.add(el);
      holders.add(el);
    }
  }
}

/** Whether the element is a note, holds one, is inside one, or is (or is inside) a reference to one. */
export function touchesNote(el: Element, { notes, references, holders }: ReferencedNotes): boolean {
  if (!notes.size) return false;
  if (holders.has(el) || references.has(el)) return true;
  for (let up = el.parent as Element | null; up && up.type === 'tag'; up = up.parent as Element | null) if (notes.has(up) || references.has(up)) return true;
  return false;
}

/** The notes inside the block that no other note holds. */
export function outermostNotes({ notes }: ReferencedNotes, block: Element): Element[] {
  return [...notes].filter((note) => {
    for (let up = note.parent as Element | null; up && up.type === 'tag'; up = up.parent as Element | null) {
      if (up === block) return true;
      if (notes.has(up)) return false;
    }
    return false;
  });
}
