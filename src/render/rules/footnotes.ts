// Footnotes as Markdown footnotes: a reference is written `[^label]`, each note `[^label]: text`.
// Which elements are references and notes is found before turndown runs (../footnote-notes.ts).
import { isBlockNode } from './dom.js';
import { BREAK } from './text-escape.js';
import type { Rule } from './types.js';

const element = (node: Node | null): node is Element => !!node && node.nodeType === 1;
const labelOf = (node: Node, attribute: string): string | undefined => (element(node) ? (node.getAttribute(attribute) ?? undefined) : undefined);

/** A reference as its mark; a citation showing more than a label ("Knuth 1984") keeps its text before the mark. */
export const footnoteReference: Rule = {
  name: 'footnoteReference',
  filter: (node) => labelOf(node, 'data-md-fnref') !== undefined,
  replacement: (content, node) => `${labelOf(node, 'data-md-fntext') !== undefined ? content : ''}[^${labelOf(node, 'data-md-fnref')}]`,
};

/** A note's link back to its reference, with the marks around it: the Markdown footnote links back by itself. */
export const footnoteBacklink: Rule = {
  name: 'footnoteBacklink',
  filter: (node) => labelOf(node, 'data-md-fnback') !== undefined,
  replacement: () => '',
};

/**
 * The blocks a note is written in: its block children with text, looking through a wrapper that
 * holds blocks (`<div class="footnote-content"><p>…</p><p>…</p></div>`).
 */
function noteBlocks(note: Element): Element[] {
  const blocks = Array.from(note.children).filter((child) => isBlockNode(child) && (child.textContent ?? '').trim());
  return blocks.flatMap((block) => (Array.from(block.children).some(isBlockNode) ? noteBlocks(block) : [block]));
}

/**
 * A note: its line breaks (`<br>`, Wikidot's and the block editor's) as spaces, on one line; a note
 * of several blocks (paragraphs, a list, a code block) keeps them, each line after the first
 * indented four spaces, as footnote syntax continues a note.
 */
export const footnoteNote: Rule = {
  name: 'footnoteNote',
  filter: (node) => labelOf(node, 'data-md-fn') !== undefined,
  replacement: (content, node) => {
    const text = content.replace(new RegExp(`[ \\t]*${BREAK}\\s*`, 'g'), ' ').trim();
    const written = noteBlocks(node as Element).length > 1 ? text.replace(/\n(?=[^\n])/g, '\n    ') : text.replace(/\n+/g, ' ');
    return `\n\n[^${labelOf(node, 'data-md-fn')}]: ${written}\n\n`;
  },
};

/** The list of notes: its items written as footnotes, not as a list. */
export const footnoteList: Rule = {
  name: 'footnoteList',
  filter: (node) => /^[OU]L$/.test(node.nodeName) && element(node) && node.children.length > 0 && Array.from(node.children).every((li) => labelOf(li, 'data-md-fn') !== undefined),
  replacement: (content) => `\n\n${content.trim()}\n\n`,
};
