// Finds the footnotes of an article before turndown runs and marks them for the footnote rules
// (rules/footnotes.ts): each reference gets `data-md-fnref`, each note `data-md-fn`, both set
// to the note's label. Pages write footnotes many ways:
//   - a label linking to a list item (`<a href="#fn1">1</a>` → `<li id="fn1">`);
//   - a label linking to an anchor that only shows the label (`<a id="ref1">1.</a>` or
//     `<a name="one"><sup>1</sup></a>`): the note is the block holding that anchor, or its part
//     up to the next line break when several notes share one block;
//   - a label linking to a block that links back to the reference (Google Docs' `#ftnt1`);
//   - a label linking to a block that starts with the label ("1. …", "[1] …"), that its id, class,
//     role or EPUB type names a note (`#fn1`, `aside#sn-1`, `doc-endnote`), or that starts the list
//     item the label numbers (Nature's references);
//   - superscript or bracketed labels linking to two or more plain blocks side by side (`<p id="n1">`);
//   - a citation of a bibliography's entry (`doc-biblioref`, LaTeXML's cite) showing more than a
//     label ("Knuth 1984"): its text kept, the mark after it, the entry's key as the label;
//   - a bare `<sup>2</sup>` (or a span named a footnote reference) in the text and the second item
//     of a list of notes (note-markup.ts);
//   - a bare `<sup>1</sup>` in the text with a block starting with `<sup>1</sup>` after it;
//   - a sidenote: a `<label for>` toggling a checkbox, the note right after it (Tufte CSS,
//     org-mode), moved to the end of the article, where a footnote's text belongs;
//   - a note written beside its mark (LaTeXML's, ../inline-notes.ts), moved there too.
// Links inside a note back to its reference are marked `data-md-fnback`, written as nothing: a
// Markdown footnote links back by itself.
import { fragment } from '../clean/referenced-notes.js';
import { FOOTNOTE_LABEL } from '../extract/hints.js';
import { pairInlineNotes } from '../inline-notes.js';
import { BARE_MARKS, CITATION_ID_PREFIX, isNoteItem, markNumber, CITATION_LINKS, HEADINGS, NOTE_LISTS, NOTE_NAME, NOTE_ROLES, NOTE_TYPE_ATTRIBUTE, NOTE_TYPES, NOTES_HEADING } from '../note-markup.js';
import { dropNoteSeparators } from './note-separators.js';
import { reshapeNotes } from './note-shapes.js';
import { isBlockNode } from './rules/dom.js';
import { escapeRegExp } from '../escape-regexp.js';

/** The label a note starts with: 1, 1., [1], (a), *. */
const NOTE_LABEL = /^(?:[[(]\s*[\p{L}\p{N}]{1,4}\s*[\])]\.?|\p{N}{1,4}[.)]?|[*†‡§¶]{1,3})$/u;
/** What a back-link to the text shows. */
const BACK = /^(?:[↩↵↑⤴^]\uFE0E?|back|return)$/i;
/**
 * What stays around back-links once they are gone (Wikipedia's "^ a b" leaves "^", docutils'
 * `[<a>Smith2020</a>]` its brackets, its `(<a>1</a>,<a>2</a>)` for a note referred to twice "(,)").
 */
const BACK_DEBRIS = /^[\s^↑↩⤴\uFE0E[\](),]*$/u;
/** A bare superscript number that may be a reference or a note's label. */
const NUMBER = /^\d{1,3}$/;
/** Headings and the parts of a table: targets of in-page links, never notes (a comment's row links to the next). */
const NEVER_NOTE = /^(?:H[1-6]|TABLE|THEAD|TBODY|TFOOT|TR|TD|TH)$/;
/** What a sidenote's toggle shows: nothing, a label, or a sign (⊕). */
const TOGGLE_TEXT = /^[^\p{L}\p{N}]{0,2}$/u;
/** Notes are short; a link with a label's text to a long part of the page is something else (a comments count). */
const MAX_NOTE = 3000;

const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const element = (node: Node | null): node is Element => !!node && node.nodeType === 1;

/** The label of a reference, as a footnote label (no spaces): "note-1". */
function labelOf(node: Node): string | undefined {
  const m = FOOTNOTE_LABEL.exec(text(node));
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]!).replace(/\s+/g, '-') : undefined;
}

/** Elements by id, and anchors by name, in document order. */
function targetIndex(root: Element): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  for (const el of Array.from(root.querySelectorAll('[id], a[name]'))) {
    for (const key of new Set([el.getAttribute('id'), el.nodeName === 'A' ? el.getAttribute('name') : null])) if (key) index.set(key, [...(index.get(key) ?? []), el]);
  }
  return index;
}

const follows = (later: Node, earlier: Node) => (earlier.compareDocumentPosition(later) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING

/**
 * The element a fragment names from `from`. Of several with one id (each part of a post numbering its notes
 * again: Ghost's Markdown cards), the first after it, or with `before` the nearest before it.
 */
function targetOf(index: Map<string, Element[]>, id: string, from: Node, before = false): Element | undefined {
  const all = index.get(id);
  if (!all || all.length === 1) return all?.[0];
  return (before ? all.filter((el) => follows(from, el)).at(-1) : all.find((el) => follows(el, from))) ?? all[0];
}

/** The nearest block element holding the node, below the root. */
function blockOf(node: Node, root: Element): Element | undefined {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) if (element(n) && isBlockNode(n)) return n;
  return undefined;
}

/** The child of `holder` that holds `node`. */
function childUnder(node: Node, holder: Node): Node {
  let n = node;
  while (n.parentNode !== holder) n = n.parentNode!;
  return n;
}

/** The text before `node` inside `holder`. */
function textBefore(node: Node, holder: Node): string {
  let before = '';
  for (let n: Node | null = node; n && n !== holder; n = n.parentNode) {
    for (let prev = n.previousSibling; prev; prev = prev.previousSibling) before = `${prev.textContent ?? ''}${before}`;
  }
  return before.replace(/\s+/g, ' ').trim();
}

/** The closest element around `node` (the article's root at most) whose lines are parted by <br>s. */
function lineHolder(node: Node, root: Element): Element | undefined {
  for (let up = node.parentNode; up; up = up.parentNode) {
    if (element(up) && Array.from(up.childNodes).some((child) => child.nodeName === 'BR')) return up;
    if (up === root) return undefined;
  }
  return undefined;
}

/** Whether `node` opens a line of `holder`, after a line break and a bracket at most ("[<a name="f1n">1</a>] …"). */
function opensLine(node: Node, holder: Node): boolean {
  let before = '';
  for (let n: Node | null = node; n && n !== holder; n = n.parentNode) {
    for (let prev = n.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeName === 'BR') return /^[[(]?$/.test(before.trim());
      before = `${prev.textContent ?? ''}${before}`;
    }
  }
  return /^[[(]?$/.test(before.trim());
}

/** The text from `node` to the end of `holder`. */
function textFrom(node: Node, holder: Node): string {
  let out = '';
  for (let n: Node | null = childUnder(node, holder); n; n = n.nextSibling) out += n.textContent ?? '';
  return out.replace(/\s+/g, ' ').trim();
}

/** Whether nothing with text comes before `node` inside `holder`, or only a line break. */
function startsLine(node: Node, holder: Node): boolean {
  for (let n: Node | null = node; n && n !== holder; n = n.parentNode) {
    for (let prev = n.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeName === 'BR') return true;
      if (text(prev)) return false;
    }
  }
  return true;
}

interface Context {
  root: Element;
  /** Elements by id, anchors by name. */
  index: Map<string, Element[]>;
}

interface Reference {
  /** The element written as `[^label]`: the link, or a <sup> around it alone. */
  mark: Element;
  /** '' for a mark that shows none (a sidenote's drawn toggle, a note written as its own mark): numbered last. */
  label: string;
}

interface Note {
  /** Where the note starts: the target, or the label starting it. */
  start: Element;
  /** The block holding the note (the note itself when it is a whole block). */
  holder: Element;
  /** The start is only the label: dropped from the note. */
  labelOnly: boolean;
}

const unbracketed = (label: string) => label.replace(/^[[(]\s*|\s*[\])]$/g, '');

/** The element standing for a reference: a <sup> around it alone (its brackets too, Asciidoctor's `<sup>[<a>1</a>]</sup>`), else itself. */
function referenceMark(node: Element): Element {
  const up = node.parentNode;
  return element(up) && up.nodeName === 'SUP' && unbracketed(text(up)) === unbracketed(text(node)) ? up : node;
}

/** Whether a link points back into the text at a reference: to it, around it, or into its block before `note`. */
function pointsBack(a: Element, note: Element, references: Element[], context: Context): boolean {
  const id = fragment(a.getAttribute('href') ?? '');
  const target = id ? targetOf(context.index, id, note, true) : undefined;
  if (!target || !follows(note, target)) return false;
  return references.some((ref) => ref === target || ref.contains(target) || target.contains(ref) || !!blockOf(ref, context.root)?.contains(target));
}

const linksBack = (block: Element, reference: Element, context: Context) =>
  Array.from(block.querySelectorAll('a[href*="#"]')).some((a) => pointsBack(a, block, [reference], context));

/** The label written at the start of a note's text: "1. ", "[1] ", "(1) ". */
function labelPrefix(label: string): RegExp {
  const bare = escapeRegExp(label.replace(/^\[\s*|\s*\]$/g, ''));
  return new RegExp(`^\\s*(?:\\[${bare}\\]|\\(${bare}\\)|${bare}[.:)]?)\\s+`, 'u');
}

/** Whether the block's text starts with the reference's label: "1. …", "[1] …", "(1) …", or an element showing it alone (`<div class="label">1</div>`). */
const startsWithLabel = (block: Element, label: string): boolean => {
  const first = leadingLabel(block);
  return labelPrefix(label).test(text(block)) || (!!first && unbracketed(text(first)) === unbracketed(label));
};

/** Whether the link's in-page target is the element. */
const linksTo = (a: Element, el: Element) => {
  const id = fragment(a.getAttribute('href') ?? '');
  return !!id && (el.getAttribute('id') === id || el.getAttribute('name') === id);
};

/** The note a linked reference points to, or undefined when the target is not one. */
function linkedNote(target: Element, reference: Element, context: Context): Note | undefined {
  if (NEVER_NOTE.test(target.nodeName) || text(target).length > MAX_NOTE) return undefined;
  if (target.nodeName === 'LI') return { start: target, holder: target, labelOnly: false };
  if (target.closest('pre, code')) return undefined;
  if (!text(target) || NOTE_LABEL.test(text(target)) || labelOf(target)) {
    if (linksTo(target, target)) return undefined; // a section's permalink, numbered like a label
    // A long block, the article itself too, may end with its notes, each on a line of its own (Paul Graham's essays: one
    // block of <br>-parted paragraphs, then "Notes", "[1] …").
    const endsWithNotes = (block: Element) => opensLine(target, block) && textFrom(target, block).length <= MAX_NOTE;
    const block = blockOf(target, context.root);
    const lines = block ? undefined : lineHolder(target, context.root);
    const holder = block && (text(block).length <= MAX_NOTE || endsWithNotes(block)) ? block : lines && endsWithNotes(lines) ? lines : undefined;
    return holder ? { start: target, holder, labelOnly: true } : undefined;
  }
  const label = text(reference);
  // The target is the note's own link back to the reference, at its end (Typora's `<a name="dfref-footnote-1" href="#ref-footnote-1">↩</a>`),
  // or opening the item of a numbered list its number numbers (HighWire's bioRxiv `<li><a id="ref-1" href="#xref-ref-1-1">↵</a>…`).
  if (BACK.test(text(target)) && linksTo(target, reference)) {
    const holder = blockOf(target, context.root);
    return holder && text(holder).length <= MAX_NOTE && (startsWithLabel(holder, label) || itemNumbered(holder, label)) ? { start: holder, holder, labelOnly: false } : undefined;
  }
  // The item a reference's number numbers is the note, what the item holds after the target with it.
  if (isNumberedItem(target, label)) return { start: target.parentNode as Element, holder: target.parentNode as Element, labelOnly: false };
  const named = NOTE_NAME.test(`${target.getAttribute('id') ?? ''} ${target.getAttribute('class') ?? ''}`) || NOTE_ROLES.test(target.getAttribute('role') ?? '') || NOTE_TYPES.test(target.getAttribute(NOTE_TYPE_ATTRIBUTE) ?? '');
  const isNote = isBlockNode(target) && (linksBack(target, reference, context) || startsWithLabel(target, label) || named);
  return isNote ? { start: target, holder: target, labelOnly: false } : undefined;
}

/**
 * Whether the block starts the item of an ordered list that the label numbers (a list of
 * references whose numbers the list shows: Nature's `<li><p id="ref-CR1">`).
 */
function isNumberedItem(block: Element, label: string): boolean {
  const item = block.parentNode;
  return element(item) && item.children[0] === block && itemNumbered(item, label);
}

/** An item of an ordered list whose number is the label. */
function itemNumbered(item: Element, label: string): boolean {
  if (item.nodeName !== 'LI' || item.parentNode?.nodeName !== 'OL') return false;
  const list = item.parentNode as Element;
  const position = Array.from(list.children).filter((li) => li.nodeName === 'LI').indexOf(item);
  return /^\d+$/.test(label) && Number(label) === (Number(list.getAttribute('start')) || 1) + position;
}

/** A citation's label: its entry's key (`#ref-knuth1984`: knuth1984, `#bib.bib5`: 5), as a footnote label may be written. */
const citationLabel = (id: string) => id.replace(CITATION_ID_PREFIX, '').replace(/[^\p{L}\p{N}_.-]+/gu, '-') || id;

/**
 * Links with a label's text pointing forward to a note, and citations of a bibliography's entries
 * showing anything: such a citation keeps its text, its footnote mark after it (`data-md-fntext`).
 */
function linkedFootnotes(context: Context): Map<Element, { note: Note; references: Reference[] }> {
  const found = new Map<Element, { note: Note; references: Reference[] }>();
  const citations = new Set(Array.from(context.root.querySelectorAll(CITATION_LINKS)));
  /** Blocks that labels link to but that are no notes by themselves, with the links: notes when several share a parent. */
  const unsure = new Map<Element, Element[]>();
  const add = (target: Element, note: Note, a: Element, label: string, shown: boolean) => {
    const entry = found.get(target) ?? { note, references: [] };
    found.set(target, entry);
    if (!shown) a.setAttribute('data-md-fntext', '');
    entry.references.push({ mark: shown ? referenceMark(a) : a, label });
  };
  for (const a of Array.from(context.root.querySelectorAll('a[href*="#"]'))) {
    const id = fragment(a.getAttribute('href')!);
    const shown = labelOf(a) ?? (id ? answeredLabel(a, id, context) : undefined);
    const label = shown ?? (id && citations.has(a) ? citationLabel(id) : undefined);
    const target = id && label ? targetOf(context.index, id, a) : undefined;
    if (!target || target.contains(a) || a.contains(target) || !follows(target, a)) continue;
    const note = found.get(target)?.note ?? linkedNote(target, a, context) ?? (citations.has(a) ? citedEntry(target) : undefined);
    if (note) add(target, note, a, label!, !!shown);
    else if (shown && looksLikeReference(a) && citedEntry(target)) unsure.set(target, [...(unsure.get(target) ?? []), a]);
  }
  // Two or more blocks of one parent that labels link to: the page's notes, whatever their ids (`<p id="n1">`).
  const parents = new Map<Node, Element[]>();
  for (const target of unsure.keys()) parents.set(target.parentNode!, [...(parents.get(target.parentNode!) ?? []), target]);
  for (const targets of parents.values()) {
    if (targets.length < 2) continue;
    for (const target of targets) for (const a of unsure.get(target)!) add(target, citedEntry(target)!, a, labelOf(a)!, true);
  }
  return found;
}

/** A number in parentheses ("(2)"), written so by EU law's Official Journal: a label only where its target links back to it (no equation's number). */
const PARENTHESIZED = /^\(\s*(\d{1,3})\s*\)$/;

function answeredLabel(a: Element, id: string, context: Context): string | undefined {
  const m = PARENTHESIZED.exec(text(a));
  const own = a.getAttribute('id');
  const target = m && own ? targetOf(context.index, id, a) : undefined;
  const back = target && [target, ...Array.from(target.querySelectorAll('a[href]'))].some((link) => link.nodeName === 'A' && fragment(link.getAttribute('href') ?? '') === own);
  return back ? m![1] : undefined;
}

/** A link written as a reference: superscript or bracketed (not "1 2 3" linking to a slideshow's parts). */
const looksLikeReference = (a: Element) => !!a.closest('sup') || !!a.querySelector('sup') || /^[[(].*[\])]$/.test(text(a));

/**
 * The entry a citation points to, a block (citeproc's `div.csl-entry`), or a block among notes;
 * or the block an inline target fills (jekyll-scholar's `<li><span id="pugh1987">…</span></li>`).
 */
function citedEntry(target: Element): Note | undefined {
  const up = target.parentElement;
  const entry = !isBlockNode(target) && up && isBlockNode(up) && text(up) === text(target) ? up : target;
  return isBlockNode(entry) && !NEVER_NOTE.test(entry.nodeName) && text(entry) && text(entry).length <= MAX_NOTE ? { start: entry, holder: entry, labelOnly: false } : undefined;
}

/** Bare `<sup>N</sup>` references paired with the blocks or lines after them that start with `<sup>N</sup>`. */
function bareFootnotes(root: Element): { note: Note; references: Reference[] }[] {
  const sups = Array.from(root.querySelectorAll('sup')).filter((sup) => NUMBER.test(text(sup)) && !sup.closest('a') && !sup.hasAttribute('data-md-fnref'));
  const references = new Map<string, Reference[]>();
  const found: { note: Note; references: Reference[] }[] = [];
  for (const sup of sups) {
    const label = text(sup);
    const holder = blockOf(sup, root);
    const isNoteStart = !!holder && startsLine(sup, holder) && text(holder).length > label.length;
    const earlier = references.get(label);
    if (isNoteStart && earlier?.length) {
      found.push({ note: { start: sup, holder, labelOnly: true }, references: earlier });
      references.delete(label);
    } else if (!isNoteStart) references.set(label, [...(earlier ?? []), { mark: sup, label }]);
  }
  return found;
}

/**
 * Bare `<sup>N</sup>` references, linking nowhere, to the N-th item of a list of the page's
 * notes (`<div class="footnotes"><ol>`, an <ol> under "Notes"), when no item of it is a note already.
 */
function listedFootnotes(root: Element, linked: Set<Element>): { note: Note; references: Reference[] }[] {
  const introduced = Array.from(root.querySelectorAll('ol')).filter((ol) => {
    const heading = ol.previousElementSibling;
    return !!heading && HEADINGS.test(heading.nodeName) && NOTES_HEADING.test(text(heading));
  });
  const items = (list: Element) => Array.from(list.children).filter((item) => isNoteItem(item.nodeName, item.getAttribute('class') ?? ''));
  const lists = [...new Set([...Array.from(root.querySelectorAll(NOTE_LISTS)), ...introduced])].filter((list) => items(list).length && !items(list).some((li) => linked.has(li)));
  if (!lists.length) return [];
  const found = new Map<Element, { note: Note; references: Reference[] }>();
  // Notes are numbered in the order they are first referred to: a 2 before any 1 is an exponent (km²).
  let highest = 0;
  for (const sup of Array.from(root.querySelectorAll(BARE_MARKS))) {
    const label = markNumber(text(sup));
    if (!NUMBER.test(label) || sup.closest('a') || sup.querySelector('a') || sup.hasAttribute('data-md-fnref') || Number(label) > highest + 1) continue;
    highest = Math.max(highest, Number(label));
    const list = lists.find((l) => follows(l, sup));
    const item = list && items(list)[Number(label) - (Number(list.getAttribute('start')) || 1)];
    if (!item || !text(item)) continue;
    const entry = found.get(item) ?? { note: { start: item, holder: item, labelOnly: false }, references: [] };
    entry.references.push({ mark: sup, label });
    found.set(item, entry);
  }
  return [...found.values()];
}

/** Sidenotes toggled by a label showing a label or a sign: `<label for="x">1</label><input type="checkbox" id="x"><span>note</span>`. */
function sidenotes(root: Element, index: Map<string, Element[]>): { note: Note; references: Reference[] }[] {
  const found: { note: Note; references: Reference[] }[] = [];
  for (const label of Array.from(root.querySelectorAll('label[for]'))) {
    const toggle = targetOf(index, label.getAttribute('for')!, label);
    if (toggle?.nodeName !== 'INPUT' || toggle.getAttribute('type') !== 'checkbox' || label.nextElementSibling !== toggle) continue;
    if (!TOGGLE_TEXT.test(text(label)) && !labelOf(label)) continue;
    const shown = toggle.nextElementSibling ?? undefined;
    if (!shown || /^(?:LABEL|INPUT|SELECT|TEXTAREA|BUTTON)$/.test(shown.nodeName) || !text(shown)) continue;
    // In a block of its own: an inline note would bring its spaces along, around the footnote.
    const note = root.appendChild(root.ownerDocument.createElement('div'));
    note.appendChild(shown);
    toggle.remove();
    found.push({ note: { start: note, holder: note, labelOnly: false }, references: [{ mark: label, label: labelOf(label) ?? '' }] });
  }
  return found;
}

/** Notes written beside their marks, their text moved into a block of its own at the end of the article. */
function inlineNotes(root: Element): { note: Note; references: Reference[] }[] {
  const found: { note: Note; references: Reference[] }[] = [];
  for (const { mark, note, markup } of pairInlineNotes((selector) => Array.from(root.querySelectorAll(selector)), (a, b) => follows(b, a))) {
    if (markup.drop) for (const extra of Array.from(note.querySelectorAll(markup.drop))) extra.remove();
    const block = root.appendChild(root.ownerDocument.createElement('div'));
    while (note.firstChild) block.appendChild(note.firstChild);
    if (!text(block)) {
      block.remove();
      continue;
    }
    const label = (mark !== note && labelOf(mark)) || '';
    found.push({ note: { start: block, holder: block, labelOnly: false }, references: [{ mark, label }] });
  }
  return found;
}

/**
 * Widens a note's block to the <div> around it when the page wraps each note in one (Google
 * Docs: `<div><p><a id="ftnt2">[2]</a> First.</p><p>Second.</p></div>`): its later paragraphs
 * are the note's too. The block must start the div, no other note be in it, and a note start a
 * div beside it.
 */
function widenToWrappers(notes: Note[], root: Element): void {
  const holders = new Set<Node>(notes.map(({ holder }) => holder));
  const startsWithNote = (el: Element | null) => !!el?.children[0] && holders.has(el.children[0]);
  for (const note of notes) {
    const wrapper = note.holder.parentNode;
    if (!element(wrapper) || wrapper === root || wrapper.nodeName !== 'DIV' || wrapper.children[0] !== note.holder || wrapper.children.length < 2) continue;
    if (notes.some((other) => other !== note && wrapper.contains(other.holder))) continue;
    if (startsWithNote(wrapper.previousElementSibling) || startsWithNote(wrapper.nextElementSibling)) note.holder = wrapper;
  }
}

/** The bracket's text right before the node on its line, else the node. */
function openingBracket(node: Node): Node {
  const prev = node.previousSibling;
  return prev?.nodeType === 3 && /^\s*[[(]\s*$/.test(prev.textContent ?? '') ? prev : node;
}

/** Wraps the nodes from `first` up to (not including) `end` in a new <div>, line breaks at its end left out. */
function wrapRun(first: Node, end: Node | null): Element {
  const holder = first.parentNode!;
  const div = first.ownerDocument!.createElement('div');
  holder.insertBefore(div, first);
  for (let n: Node | null = first; n && n !== end; ) {
    const next: Node | null = n.nextSibling;
    div.appendChild(n);
    n = next;
  }
  while (div.lastChild && (div.lastChild.nodeName === 'BR' || (div.lastChild.nodeType === 3 && !text(div.lastChild)))) div.removeChild(div.lastChild);
  return div;
}

/**
 * Whether the note's start begins its holder's text, or follows only the note's label (a list of
 * references: `<li><span class="label">1.</span><a id="ref001"></a>…`).
 */
const startsNote = (start: Element, holder: Element) => startsLine(start, holder) || NOTE_LABEL.test(textBefore(start, holder));

/**
 * The note's element: the holder itself when it holds one note; else, when several notes share
 * a block (separated by line breaks), the note's run of it wrapped in a <div>.
 */
function noteElements(notes: Note[]): Map<Note, Element> {
  const byHolder = new Map<Element, Note[]>();
  for (const note of notes) byHolder.set(note.holder, [...(byHolder.get(note.holder) ?? []), note]);
  const elements = new Map<Note, Element>();
  for (const [holder, shared] of byHolder) {
    if (shared.length === 1 && shared[0]!.start === holder) {
      elements.set(shared[0]!, holder);
      continue;
    }
    if (shared.length === 1 && startsNote(shared[0]!.start, holder) && !Array.from(holder.childNodes).some((n) => n.nodeName === 'BR')) {
      elements.set(shared[0]!, holder);
      continue;
    }
    // A line's run starts after its line break: a bracket before the label is the note's ("[<a name="f1n">1</a>] …").
    const starts = shared.map((note) => ({ note, child: openingBracket(childUnder(note.start, holder)) }));
    starts.forEach(({ note, child }, i) => elements.set(note, wrapRun(child, starts[i + 1]?.child ?? null)));
  }
  return elements;
}

/**
 * Whether a link inside a note goes back to the text (`#`, an arrow, back to one of its references, or to nothing), or is
 * the note's link to itself (a sidenote's number linking to its own id, gwern.net's `a.sidenote-self-link`).
 */
function isBacklink(a: Element, note: Element, references: Reference[], context: Context): boolean {
  const href = a.getAttribute('href')!;
  // A label linking into the page at nothing the article holds: a back-link to a reference left out with its part of the page.
  const dangling = href.startsWith('#') && !context.index.has(fragment(href) ?? '') && !!labelOf(a);
  const target = href.startsWith('#') ? context.index.get(fragment(href) ?? '')?.[0] : undefined;
  const self = !!target && (target === note || note.contains(target));
  return href === '#' || dangling || self || BACK.test(text(a)) || pointsBack(a, note, references.map(({ mark }) => mark), context);
}

/** The note's text, less what the given links show. */
function textBesides(el: Element, links: Set<Element>): string {
  let out = '';
  const walk = (node: Node) => {
    if (element(node) && links.has(node)) return;
    if (node.nodeType === 3) out += node.textContent;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(el);
  return out.trim();
}

/**
 * Marks (`data-md-fnback`) a note's links back to its references, each with what stands only
 * around them (Wikipedia's "^ a b"): a Markdown footnote links back by itself.
 */
function markBacklinks(note: Element, references: Reference[], context: Context): void {
  const backlinks = new Set(Array.from(note.querySelectorAll('a[href]')).filter((a) => isBacklink(a, note, references, context)));
  for (const a of backlinks) {
    let gone: Element = a;
    while (element(gone.parentNode) && gone.parentNode !== note && BACK_DEBRIS.test(textBesides(gone.parentNode, backlinks))) gone = gone.parentNode;
    gone.setAttribute('data-md-fnback', '');
    // The caret a note's list draws before its back-links, in an element of its own (Zhihu's <span>^</span><sup><a>a</a></sup>…).
    const caret = elementBefore(gone);
    if (caret && !caret.hasAttribute('data-md-fnback') && caret.textContent!.trim() && BACK_DEBRIS.test(caret.textContent!)) caret.setAttribute('data-md-fnback', '');
    dropBrackets(gone.previousSibling, gone.nextSibling);
    // A back-link standing for the note's label ("1. note", Wikidot's): the label's stop goes with it.
    const after = gone.nextSibling;
    if (after?.nodeType === 3 && startsLine(gone, note)) after.textContent = after.textContent!.replace(/^\s*[.:)]\s*/, '');
  }
}

/** The element right before `node`, blank text between them skipped; none when text stands between. */
function elementBefore(node: Node): Element | undefined {
  for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
    if (element(prev)) return prev;
    if (prev.textContent!.trim()) return undefined;
  }
  return undefined;
}

const OPENING = /[[(]\s*$/;
const CLOSING = /^\s*[\])]/;

/** Drops the brackets that the texts before and after a run of marks put around it ("[", "]"), when both are there. */
function dropBrackets(before: Node | null, after: Node | null): void {
  if (before?.nodeType !== 3 || after?.nodeType !== 3 || !OPENING.test(before.textContent!) || !CLOSING.test(after.textContent!)) return;
  before.textContent = before.textContent!.replace(OPENING, '');
  after.textContent = after.textContent!.replace(CLOSING, '');
}

/**
 * A bracketed group of references ("[2, 1]", LaTeXML's and many citation styles' way): the
 * references alone, each Markdown footnote showing its own label.
 */
function unbracketReferenceGroups(root: Element): void {
  const separator = (node: Node | null) => node?.nodeType === 3 && /^\s*[,;]\s*$/.test(node.textContent!);
  // A citation keeping its text ("(Knuth 1984)") keeps its brackets too.
  const isMark = (node: Node | null): node is Element => element(node) && node.hasAttribute('data-md-fnref') && !node.hasAttribute('data-md-fntext');
  for (const first of Array.from(root.querySelectorAll('[data-md-fnref]')).filter(isMark)) {
    if (first.previousSibling?.nodeType !== 3 || !OPENING.test(first.previousSibling.textContent!)) continue;
    const separators: Node[] = [];
    let last: Element = first;
    while (separator(last.nextSibling) && isMark(last.nextSibling!.nextSibling)) {
      separators.push(last.nextSibling!);
      last = last.nextSibling!.nextSibling as Element;
    }
    if (last.nextSibling?.nodeType !== 3 || !CLOSING.test(last.nextSibling.textContent!)) continue;
    for (const node of separators) node.parentNode!.removeChild(node);
    dropBrackets(first.previousSibling, last.nextSibling);
  }
}

const firstShown = (node: Node): Node | null => {
  let first = node.firstChild;
  while (first && !text(first)) first = first.nextSibling;
  return first;
};

/** What the note starts with: the first element with text, or inside its first ones, that shows a label, else its first text. */
function leadingNode(note: Element): Node | null {
  let first = firstShown(note);
  while (element(first) && !NOTE_LABEL.test(text(first))) first = firstShown(first);
  return first;
}

const leadingLabel = (note: Element): Element | undefined => {
  const first = leadingNode(note);
  return element(first) ? first : undefined;
};

/** Drops the label a note starts with (`<span>[2]</span>`, `<sup>1</sup>`): the footnote shows its own. */
function dropLeadingLabel(note: Element, label: string): void {
  const first = leadingNode(note);
  if (element(first) && text(first).replace(/^[[(]\s*|\s*[\])]?\.?$/g, '') === label) {
    const after = first.nextSibling;
    first.remove();
    if (after?.nodeType === 3) after.textContent = after.textContent!.replace(/^\s*[.:)]\s*/, '');
  }
  else if (first?.nodeType === 3) first.textContent = first.textContent!.replace(labelPrefix(label), '');
}

/**
 * The label, or when another note has it (a paper's notes numbered as its citations are), the
 * label as a note's (`fn1`), else numbered on: each label used once.
 */
function unusedLabel(label: string, used: Set<string>): string {
  if (!label) {
    let n = 1;
    while (used.has(String(n))) n++;
    used.add(String(n));
    return String(n);
  }
  let unused = used.has(label) ? `fn${label}` : label;
  for (let n = 2; used.has(unused); n++) unused = `${label}-${n}`;
  used.add(unused);
  return unused;
}

const shown = ({ references }: { references: Reference[] }) => references[0]!.label !== '';

/** A note's own label, the brackets around it ("[<a name="f1n">1</a>]"), and the stop after it in an element of its own (Hatena's span.footnote-delimiter ":"). */
function removeLabel(label: Element): void {
  const after = label.nextSibling;
  dropBrackets(label.previousSibling, after);
  label.remove();
  if (element(after) && /^[.:：)]$/.test(text(after))) after.remove();
}

/** Marks the article's footnotes for the footnote rules; each note's label made unique. */
export function markFootnotes(root: Element): void {
  reshapeNotes(root);
  const context = { root, index: targetIndex(root) };
  const linked = [...linkedFootnotes(context).values()];
  for (const { references } of linked) for (const { mark, label } of references) mark.setAttribute('data-md-fnref', label);
  const beside = [...inlineNotes(root), ...sidenotes(root, context.index)];
  const listed = listedFootnotes(root, new Set(linked.map(({ note }) => note.holder)));
  const all = [...linked, ...beside, ...listed, ...bareFootnotes(root)];
  if (!all.length) return;
  widenToWrappers(all.map(({ note }) => note), root);
  const elements = noteElements(all.map(({ note }) => note));
  const used = new Set<string>();
  // Notes showing no label of their own are numbered last, by the numbers the others leave.
  for (const { note, references } of [...all.filter(shown), ...all.filter((entry) => !shown(entry))]) {
    const el = elements.get(note)!;
    const label = unusedLabel(references[0]!.label, used);
    if (note.labelOnly) removeLabel(note.start);
    markBacklinks(el, references, context);
    dropLeadingLabel(el, references[0]!.label);
    el.setAttribute('data-md-fn', label);
    for (const { mark } of references) {
      mark.setAttribute('data-md-fnref', label);
      // A mark showing nothing (a sidenote's toggle drawn by CSS) would be dropped as blank.
      if (!text(mark)) mark.appendChild(root.ownerDocument.createTextNode(label));
    }
  }
  inReferenceOrder(all.map(({ note, references }) => ({ el: elements.get(note)!, first: references[0]!.mark })), root);
  markOrphanItems(all.map(({ note }) => elements.get(note)!), used, context);
  markOrphanBlocks(all.map(({ note }) => elements.get(note)!), used, context);
  unbracketReferenceGroups(root);
  dropNoteSeparators(root);
}

/**
 * Notes of one kind set after the text in another order than their references' (sidenotes in two margin columns,
 * gwern.net's div.sidenote: 1, 3, 5 on the left, 2, 4 on the right): moved to the article's end in the order they are
 * referred to. Notes of different kinds (a Word document's footnotes and its endnotes) keep their lists, and a list's
 * items their order (a bibliography's, alphabetical).
 */
function inReferenceOrder(notes: { el: Element; first: Element }[], root: Element): void {
  // The class's first name: one note may be marked more (gwern.net's "sidenote cut-off").
  const kind = (el: Element) => `${el.nodeName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
  const byReference = [...notes].sort((a, b) => (a.first === b.first ? 0 : follows(b.first, a.first) ? -1 : 1));
  const lastReference = byReference.at(-1)?.first;
  if (!lastReference || !notes[0]!.el.getAttribute('class')?.trim() || notes.some(({ el }) => el.nodeName === 'LI' || kind(el) !== kind(notes[0]!.el) || !follows(el, lastReference))) return;
  const inPage = [...notes].sort((a, b) => (a.el === b.el ? 0 : follows(b.el, a.el) ? -1 : 1));
  if (inPage.every((note, i) => note === byReference[i])) return;
  for (const { el } of byReference) root.appendChild(el);
}

/**
 * The other items of a list of notes, whose references the page has but the article does not
 * (an infobox's): notes too, numbered by their place, so that the list stays one list of notes.
 */
function markOrphanItems(notes: Element[], used: Set<string>, context: Context): void {
  const lists = new Set(notes.filter((note) => note.nodeName === 'LI' && /^[OU]L$/.test(note.parentNode?.nodeName ?? '')).map((li) => li.parentNode as Element));
  for (const list of lists) {
    const first = Number(list.getAttribute('start')) || 1;
    Array.from(list.children).forEach((li, i) => {
      if (li.nodeName !== 'LI' || li.hasAttribute('data-md-fn') || !text(li)) return;
      const label = unusedLabel(String(first + i), used);
      markBacklinks(li, [], context);
      dropLeadingLabel(li, String(first + i));
      li.setAttribute('data-md-fn', label);
    });
  }
}

/**
 * The later blocks of a note's tag and class that no reference points to and that start with a
 * label (Substack's and Wikidot's notes, each a div of its own): notes too, by that label.
 */
function markOrphanBlocks(notes: Element[], used: Set<string>, context: Context): void {
  for (const note of notes) {
    const kind = note.getAttribute('class');
    if (note.nodeName === 'LI' || !kind) continue;
    for (let next = note.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.nodeName !== note.nodeName || next.getAttribute('class') !== kind || next.hasAttribute('data-md-fn')) continue;
      const shown = leadingLabel(next);
      if (!shown) continue;
      const label = unbracketed(text(shown)).replace(/\.$/, '');
      markBacklinks(next, [], context);
      dropLeadingLabel(next, label);
      next.setAttribute('data-md-fn', unusedLabel(label, used));
    }
  }
}
