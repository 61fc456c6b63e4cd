// Footnotes as Markdown footnotes: a reference is written `[^label]`, each note `[^label]: text`.
// Which elements are references and notes is found before turndown runs (../footnote-notes.ts).
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

/** A note on one line: its paragraphs and line breaks (`<br>`, Wikidot's and the block editor's) joined by spaces. */
export const footnoteNote: Rule = {
  name: 'footnoteNote',
  filter: (node) => labelOf(node, 'data-md-fn') !== undefined,
  replacement: (content, node) => `\n\n[^${labelOf(node, 'data-md-fn')}]: ${content.replace(new RegExp(`[ \\t]*${BREAK}\\s*`, 'g'), ' ').trim().replace(/\n+/g, ' ')}\n\n`,
};

/** The list of notes: its items written as footnotes, not as a list. */
export const footnoteList: Rule = {
  name: 'footnoteList',
  filter: (node) => /^[OU]L$/.test(node.nodeName) && element(node) && node.children.length > 0 && Array.from(node.children).every((li) => labelOf(li, 'data-md-fn') !== undefined),
  replacement: (content) => `\n\n${content.trim()}\n\n`,
};
