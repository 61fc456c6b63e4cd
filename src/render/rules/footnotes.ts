// Footnotes as Markdown footnotes: a reference (a short label linking to an item of a list of
// notes in the article) is written `[^label]`, each note `[^label]: text`, its links back to the
// text dropped. A link that only looks like one (no such note) stays a link.
import type { Rule } from './types.js';

/** A reference's label as pages write it: 1, [2], *, †, a. */
const LABEL = /^\[?\s*([\p{L}\p{N}*†‡§¶]{1,4})\s*\]?$/u;
/** What a back-link to the text shows. */
const BACK = /^(?:[↩↑⤴^]\uFE0E?|\^|back|return)$/i;

const element = (node: Node | null): node is Element => !!node && node.nodeType === 1;

/** The id an in-page link points to (`#fn%201` → "fn 1"); the raw text when it is not valid percent-encoding. */
function targetId(href: string): string {
  const raw = href.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** For a document: each note's id → its label, from the references that point to it. */
const notesCache = new WeakMap<Document, Map<string, string>>();

function notes(doc: Document): Map<string, string> {
  let found = notesCache.get(doc);
  if (found) return found;
  found = new Map();
  for (const a of Array.from(doc.querySelectorAll('a[href^="#"]'))) {
    const id = targetId(a.getAttribute('href')!);
    const label = LABEL.exec((a.textContent ?? '').trim())?.[1];
    const target = id && label ? doc.getElementById(id) : null;
    if (target && target.nodeName === 'LI' && !target.contains(a) && !found.has(id)) found.set(id, label!);
  }
  notesCache.set(doc, found);
  return found;
}

/** The label of the note a reference link points to, or undefined when it is not a reference. */
function referenceLabel(node: Node): string | undefined {
  if (!element(node) || node.nodeName !== 'A') return undefined;
  const href = node.getAttribute('href') ?? '';
  if (!href.startsWith('#') || !LABEL.test((node.textContent ?? '').trim())) return undefined;
  return notes(node.ownerDocument).get(targetId(href));
}

/** A reference, or a <sup> holding only one. */
function reference(node: Node): string | undefined {
  if (node.nodeName === 'SUP' && element(node)) {
    const links = node.querySelectorAll('a');
    return links.length === 1 && (links[0]!.textContent ?? '').trim() === (node.textContent ?? '').trim() ? referenceLabel(links[0]!) : undefined;
  }
  return referenceLabel(node);
}

const noteLabel = (node: Node): string | undefined =>
  element(node) && node.nodeName === 'LI' && node.id ? notes(node.ownerDocument).get(node.id) : undefined;

export const footnoteReference: Rule = {
  name: 'footnoteReference',
  filter: (node) => reference(node) !== undefined,
  replacement: (_content, node) => `[^${reference(node)}]`,
};

/** A link inside a note back to its reference: the Markdown footnote links back by itself. */
export const footnoteBacklink: Rule = {
  name: 'footnoteBacklink',
  filter: (node) => {
    if (node.nodeName !== 'A' || !(node as Element).getAttribute('href')?.startsWith('#')) return false;
    let note: Node | null = node.parentNode;
    while (note && noteLabel(note) === undefined) note = note.parentNode;
    return !!note && BACK.test((node.textContent ?? '').trim() || '^');
  },
  replacement: () => '',
};

export const footnoteNote: Rule = {
  name: 'footnoteNote',
  filter: (node) => noteLabel(node) !== undefined,
  replacement: (content, node) => `[^${noteLabel(node)}]: ${content.trim().replace(/\n+/g, ' ')}\n\n`,
};

/** The list of notes: its items written as footnotes, not as a list. */
export const footnoteList: Rule = {
  name: 'footnoteList',
  filter: (node) => /^[OU]L$/.test(node.nodeName) && element(node) && Array.from(node.children).length > 0 && Array.from(node.children).every((li) => noteLabel(li) !== undefined),
  replacement: (content) => `\n\n${content.trim()}\n\n`,
};
