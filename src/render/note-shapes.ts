// Notes laid out in a shape of their own, rewritten as a block that starts with its label, as
// the footnote finder (footnote-notes.ts) reads notes: docutils' (Sphinx, Pelican) table of one
// row per note (`<table class="footnote" id="id3"><tr><td>[3]</td><td>note</td></tr>`) and its
// term and definition (`<dt class="label" id="id3">3</dt><dd>note</dd>`), and LaTeX2HTML's term holding
// the note's anchor, the text it was written after, and a link back showing the label
// (`<dt><a name="foot12">…text.</a><a href="#tex2html3"><sup>1</sup></a></dt><dd>note</dd>`).
import { CITATION_KEY } from '../note-markup.js';

/** What a note's label cell or term shows: 1, [1], 1., or a citation's key. */
const LABEL = /^\s*[[(]?\s*[\p{L}\p{N}*†‡§¶]{1,4}\s*[\])]?\.?\s*$/u;
const isLabel = (text: string | null) => LABEL.test(text ?? '') || CITATION_KEY.test(text ?? '');

const linkedIds = (root: Element): Set<string> =>
  new Set(Array.from(root.querySelectorAll('a[href*="#"]')).map((a) => a.getAttribute('href')!.slice(a.getAttribute('href')!.indexOf('#') + 1)));

/** A block with the target's id (or anchor name) holding the label, a space, and the note. */
function noteBlock(target: Element, label: Element, note: Element): Element {
  const div = target.ownerDocument.createElement('div');
  div.setAttribute('id', target.getAttribute('id') ?? target.getAttribute('name')!);
  while (label.firstChild) div.appendChild(label.firstChild);
  // The space in the label's own text node, as a note starting with its label ("[1] ") is read.
  if (div.lastChild?.nodeType === 3) div.lastChild.textContent += ' ';
  else div.appendChild(target.ownerDocument.createTextNode(' '));
  while (note.firstChild) div.appendChild(note.firstChild);
  return div;
}

/** The label and note cells of a table of one row of two, the first showing a label alone. */
function noteCells(table: Element): [Element, Element] | undefined {
  const rows = table.querySelectorAll('tr');
  const cells = rows.length === 1 ? Array.from(rows[0]!.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH') : [];
  return cells.length === 2 && isLabel(cells[0]!.textContent) && !table.querySelector('table') ? [cells[0]!, cells[1]!] : undefined;
}

export function reshapeNotes(root: Element): void {
  const linked = linkedIds(root);
  for (const table of Array.from(root.querySelectorAll('table[id]'))) {
    const cells = linked.has(table.getAttribute('id')!) ? noteCells(table) : undefined;
    if (!cells) continue;
    table.parentNode!.insertBefore(noteBlock(table, ...cells), table);
    table.remove();
  }
  for (const dl of Array.from(root.querySelectorAll('dl'))) {
    const items = Array.from(dl.children);
    const terms = items.filter((el) => el.nodeName === 'DT');
    const notes = terms.map((dt) => dt.nextElementSibling?.nodeName === 'DD' ? termNote(dt, linked) : undefined);
    if (!terms.length || items.length !== terms.length * 2 || !notes.every(Boolean)) continue;
    notes.forEach((note, i) => dl.parentNode!.insertBefore(noteBlock(note!.target, note!.label, terms[i]!.nextElementSibling!), dl));
    dl.remove();
  }
}

/** A term's text less its links and what stands around them: docutils' `<span>1</span><span>(<a>1</a>,<a>2</a>)</span>` shows 1. */
function besidesBacklinks(dt: Element): string {
  const copy = dt.cloneNode(true) as Element;
  for (const a of Array.from(copy.querySelectorAll('a[href*="#"]'))) a.remove();
  return (copy.textContent ?? '').replace(/\(\s*[,;\s]*\)/g, '');
}

/** The target and the label of a term standing for a note: itself showing a label, or an anchor in it and its last link showing one. */
function termNote(dt: Element, linked: Set<string>): { target: Element; label: Element } | undefined {
  if (linked.has(dt.getAttribute('id') ?? '') && (isLabel(dt.textContent) || isLabel(besidesBacklinks(dt)))) return { target: dt, label: dt };
  const target = Array.from(dt.querySelectorAll('a[name], [id]')).find((el) => linked.has(el.getAttribute('id') ?? el.getAttribute('name') ?? ''));
  const label = Array.from(dt.querySelectorAll('a[href*="#"]')).pop();
  return target && label && label !== target && isLabel(label.textContent) ? { target, label } : undefined;
}
