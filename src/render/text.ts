// Article HTML to plain text: one paragraph per block, separated by a blank line; pictures and
// their captions left out.
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { cleanText, loadHtml } from '../extract/dom.js';

const BLOCKS = new Set(['p', 'div', 'section', 'article', 'blockquote', 'pre', 'li', 'ul', 'ol', 'table', 'caption', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'hr', 'header', 'footer', 'main', 'details', 'summary', 'address']);
const CELLS = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'form']);

/** What a figure may show that a text body keeps: its caption is then about text (a listing's, a table's, a quote's source). */
const TEXT_FIGURES = new Set(['table', 'pre', 'code', 'blockquote']);

function holdsText(node: AnyNode): boolean {
  return isTag(node) && node.name !== 'figcaption' && (TEXT_FIGURES.has(node.name) || node.children.some(holdsText));
}

/**
 * A picture's caption (its figure showing no listing, table or quote; its picture may be gone with
 * the cleaning): a text body has no pictures, and a caption without one is a stray line.
 */
const isPictureCaption = (node: Element) => node.name === 'figcaption' && !!node.parent && !holdsText(node.parent);

/** A <br> right after another, only white space between them. */
function afterBreak(br: Element): boolean {
  let prev = br.prev;
  while (prev && isText(prev) && !prev.data.trim()) prev = prev.prev;
  return !!prev && isTag(prev) && prev.name === 'br';
}

export function renderText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = cleanText(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (isText(node)) current += node.data;
      else if (isTag(node) && !SKIP.has(node.name) && !isPictureCaption(node)) {
        // Two line breaks in a row part paragraphs, as pages without <p>s write them (<br><br>).
        if (node.name === 'br') {
          if (afterBreak(node)) flush();
          else current += ' ';
        }
        // A row is one paragraph, its cells apart: "1 | North Dakota | 82.0", never "1North Dakota82.0".
        if (CELLS.has(node.name) && cleanText(current)) current += ' | ';
        const block = BLOCKS.has(node.name);
        if (block) flush();
        walk(node.children);
        if (block) flush();
      }
    }
  };
  walk(loadHtml(html).root().contents().toArray());
  flush();
  return `${paragraphs.join('\n\n')}\n`;
}
