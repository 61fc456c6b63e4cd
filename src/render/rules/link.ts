// Inline links: brackets in the link text escaped so the text cannot end early, title kept;
// in-page targets of links (footnotes) keep their anchors.
import { fragment } from '../../clean/referenced-notes.js';
import { attr } from './dom.js';
import { destination, titlePart } from './link-target.js';
import { FORCE, TEXT_CLOSE, TEXT_OPEN } from './text-escape.js';
import type { Rule } from './types.js';

/** Marked text with its brackets escaped whatever their context, unless they pair up (CommonMark allows that). */
export function bracketSafe(content: string): string {
  let depth = 0;
  for (const ch of content.replace(/\\[[\]]/g, '')) {
    depth += ch === '[' ? 1 : ch === ']' ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth === 0) return content;
  let inText = false;
  let out = '';
  for (const ch of content) {
    if (ch === TEXT_OPEN) inText = true;
    if (ch === TEXT_CLOSE) inText = false;
    out += inText && (ch === '[' || ch === ']') ? FORCE + ch : ch;
  }
  return out;
}

/**
 * A heading's permalink: a link to the heading itself or to the section it titles
 * (`<h2 id="usage"><a href="#usage">Usage</a></h2>`), which a Markdown heading needs no link for.
 */
function isPermalink(a: Element): boolean {
  const href = a.getAttribute('href');
  const target = href?.startsWith('#') ? fragment(href) : undefined;
  if (!target) return false;
  if (a.getAttribute('id') === target || a.getAttribute('name') === target) return true;
  for (let node = a.parentElement; node; node = node.parentElement) {
    if (/^H[1-6]$/.test(node.nodeName)) return node.getAttribute('id') === target || node.parentElement?.getAttribute('id') === target;
  }
  return false;
}

export const link: Rule = {
  name: 'link',
  filter: (node) => node.nodeName === 'A' && attr(node, 'href') !== '',
  replacement(content, node) {
    const href = attr(node, 'href');
    if (/^javascript:/i.test(href) || isPermalink(node as Element)) return content;
    const text = content.trim();
    if (!text) return '';
    return `[${bracketSafe(text)}](${destination(href)}${titlePart((node as Element).getAttribute('title'))})`;
  },
};

const targetsOf = new WeakMap<Document, Set<string>>();

/** The ids the document's own links point to (`href="#id"`), gathered once per document. */
function linkTargets(doc: Document): Set<string> {
  let targets = targetsOf.get(doc);
  if (!targets) {
    targets = new Set();
    for (const a of Array.from(doc.getElementsByTagName('a'))) {
      const href = a.getAttribute('href');
      if (href?.startsWith('#') && !isPermalink(a)) targets.add(href.slice(1));
    }
    targetsOf.set(doc, targets);
  }
  return targets;
}

/** `<a id="…"></a>` for an element some link of the document points to (footnotes and their references). */
export function anchorFor(node: Node): string {
  const id = attr(node, 'id');
  if (!id || !/^[\w:.-]+$/.test(id)) return '';
  const doc = node.ownerDocument;
  return doc && linkTargets(doc).has(id) ? `<a id="${id}"></a>` : '';
}
