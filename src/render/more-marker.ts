// Hexo's excerpt marker: `<!-- more -->` after the n-th paragraph; what is above it is the
// post's excerpt on index pages (hexo/dist/plugins/filter/after_post_render/excerpt.js).
// Nothing is inserted when the body has no more than n paragraphs: there would be no "more".
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { load } from 'cheerio';
import { markdownLines } from './markdown-lines.js';

export const MORE = '<!-- more -->';


/** Markdown: blank-line-separated blocks; a fenced code block is one block whatever it holds. */
export function insertMoreMarkdown(markdown: string, n: number): string {
  return insertAfterBlock(markdown, n, true);
}

/** Plain text: paragraphs are separated by one blank line. */
export function insertMoreText(text: string, n: number): string {
  return insertAfterBlock(text, n, false);
}

const LIST_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const INDENTED = /^(?: {2,}|\t)/;

function insertAfterBlock(body: string, n: number, markdown: boolean): string {
  if (n < 1) return body;
  const lines = markdown ? markdownLines(body) : body.split('\n').map((text) => ({ text, fenced: false }));
  let blocks = 0;
  let inBlock = false;
  let blockIsList = false;
  let blankSince = -1; // the first blank line after the current block, if any
  for (let i = 0; i < lines.length; i++) {
    const { text, fenced } = lines[i]!;
    const blank = !fenced && text.trim() === '';
    if (blank) {
      if (inBlock && blankSince === -1) blankSince = i;
      continue;
    }
    if (inBlock && blankSince === -1) continue; // the same block goes on
    // A new block starts at line i, unless it continues a list or an indented part of the last one.
    const continues = markdown && inBlock && (INDENTED.test(text) || (blockIsList && LIST_ITEM.test(text)));
    if (continues) {
      blankSince = -1;
      continue;
    }
    if (inBlock && blocks === n) {
      const before = lines.slice(0, blankSince).map((l) => l.text);
      const after = lines.slice(i).map((l) => l.text);
      return [...before, '', MORE, '', ...after].join('\n');
    }
    blocks++;
    inBlock = true;
    blockIsList = LIST_ITEM.test(text);
    blankSince = -1;
  }
  return body;
}

/** Top-level elements that make a paragraph of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
const WRAPPERS = new Set(['article', 'div', 'main', 'section']);

/** The only element among nodes, when all else is white space or comments. */
function alone(nodes: AnyNode[]): Element | undefined {
  const kept = nodes.filter((node) => isTag(node) || (isText(node) && node.data.trim() !== ''));
  const only = kept[0];
  return kept.length === 1 && only && isTag(only) ? only : undefined;
}

/**
 * HTML split after the n-th top-level block element (looking into a lone wrapper such as the
 * generic extractor's container), each half well-formed: the wrappers the split falls inside are
 * closed at the end of the first half and opened again, without their id, at the start of the
 * second, so that the excerpt Hexo cuts at the marker leaves no element open on an index page.
 * Undefined when there are no n blocks or nothing but white space follows the n-th.
 */
export function splitHtmlAfterBlock(html: string, n: number): [string, string] | undefined {
  if (n < 1) return undefined;
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: false, withStartIndices: true, withEndIndices: true } });
  let top = $.root().contents().toArray();
  const wrappers: Element[] = [];
  for (let only = alone(top); only && WRAPPERS.has(only.name); only = alone(top)) {
    wrappers.push(only);
    top = only.children;
  }
  const block = top.filter((node) => isTag(node) && BLOCKS.has(node.name))[n - 1];
  if (!block || block.endIndex == null) return undefined;
  const after = top.slice(top.indexOf(block) + 1);
  if (!after.some((node) => isTag(node) || (isText(node) && node.data.trim() !== ''))) return undefined;
  const end = block.endIndex + 1;
  const rest = html.slice(end);
  const closing = wrappers.map((w) => `</${w.name}>`).reverse().join('');
  const opening = wrappers.map((w) => startTag(html, w).replace(/\s+id\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, '')).join('');
  return [`${html.slice(0, end)}${closing}`, `${opening}${rest.replace(/^\r?\n/, '')}`];
}

/** The start tag of an element, as the page wrote it. */
const startTag = (html: string, el: Element) => /^<[^>]*>/.exec(html.slice(el.startIndex ?? 0))?.[0] ?? `<${el.name}>`;
