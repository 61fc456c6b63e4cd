// Markup Markdown cannot express, written back as tidy HTML: the page's structure and the
// attributes that carry meaning, without its classes, styles and scripts' data.
import { escapeAttribute, escapeText } from 'entities';

const KEEP_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'align', 'scope', 'start', 'type', 'reversed', 'datetime', 'lang', 'dir']);
const VOID = new Set(['AREA', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'SOURCE', 'TRACK', 'WBR']);
const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'svg', 'SVG', 'FORM', 'INPUT']);

export function serialize(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (DROP.has(el.nodeName)) return '';
  const name = el.nodeName.toLowerCase();
  const attributes = Array.from(el.attributes)
    .filter((a) => KEEP_ATTRIBUTES.has(a.name) && !(a.name === 'src' && a.value.startsWith('data:') && a.value.length < 400))
    .map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`)
    .join('');
  if (VOID.has(el.nodeName)) return `<${name}${attributes}>`;
  return `<${name}${attributes}>${Array.from(el.childNodes, serialize).join('')}</${name}>`;
}

/** The element as HTML on lines of its own (whitespace collapsed, so no blank line ends it early). */
export function keptHtml(el: Element): string {
  return serialize(el).replace(/\n\s*\n/g, '\n');
}
