// Inline links: brackets in the link text escaped so the text cannot end early, title kept;
// in-page targets of links (footnotes) keep their anchors.
import { fragment } from '../../clean/referenced-notes.js';
import { aloneInParent, attr, classOf, plainText } from './dom.js';
import { destination, titlePart } from './link-target.js';
import { BREAK, FORCE, markText, TEXT_CLOSE, TEXT_OPEN } from './text-escape.js';
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

const isEdge = (ch: string) => ch === BREAK || /\s/.test(ch);

/** Content as its edge (spaces and <br> marks before and after) and its text; found by index, as a regex would backtrack over long runs. */
function edges(content: string): [before: string, text: string, after: string] {
  let start = 0;
  while (start < content.length && isEdge(content[start]!)) start++;
  let end = content.length;
  while (end > start && isEdge(content[end - 1]!)) end--;
  return [content.slice(0, start), content.slice(start, end), content.slice(end)];
}

/** A block a link can hold whole: a paragraph's lines or an image, not a list, a quote, a table or a fence. */
const LINKABLE_BLOCK = /^(?![-*+>|]\s|\d+[.)]\s|```|~~~|\s)/;

/**
 * A link around blocks (a card: `<a><img><h4>Amsterdam</h4></a>`): Markdown's links are inline,
 * so each block is linked on its own, a heading's text inside its marks; a list or a fence stays as it is.
 */
function linkedBlocks(text: string, target: string): string {
  return text
    .split(/\n{2,}/)
    // A <br> at a block's edge ends it: outside the link, nothing is left of it.
    .map((block) => edges(block)[1])
    .map((block) => {
      const heading = /^(#{1,6} )(.+)$/.exec(block);
      if (heading) return `${heading[1]}[${bracketSafe(heading[2]!)}]${target}`;
      return LINKABLE_BLOCK.test(block) ? `[${bracketSafe(block)}]${target}` : block;
    })
    .join('\n\n');
}

const named = (el: Element, name: RegExp) => classOf(el).split(/\s+/).some((token) => name.test(token));

/**
 * A link card, a preview of the page linked (Ghost's kg-bookmark, Zhihu's LinkCard, Substack's embedded post): its
 * title and description, parts named so, beside the site's icon and a picture. Undefined for a link of another kind.
 */
function cardParts(a: Element): { title: string; description?: string } | undefined {
  // Set on its own between the paragraphs (in a <figure> or a box of its own), never an item of a list or grid.
  if (!aloneInParent(a) || a.closest('li') || a.hasAttribute('role')) return undefined;
  const parts = Array.from(a.querySelectorAll('*'));
  const title = parts.find((el) => named(el, /(?:^|[-_])title$/i) && plainText(el));
  if (!title || plainText(title) === plainText(a)) return undefined;
  const description = parts.find((el) => named(el, /(?:^|[-_])(?:desc|description|excerpt|summary)$/i) && plainText(el));
  if (!description && !a.querySelector('img')) return undefined;
  return { title: plainText(title), description: description && plainText(description) };
}

/** A link card: set apart as a quote, its title linked, its description under it; the icon, the picture and the site's name go. */
export const linkCard: Rule = {
  name: 'linkCard',
  filter: (node) => node.nodeName === 'A' && attr(node, 'href') !== '' && !/^(?:#|javascript:)/i.test(attr(node, 'href')) && cardParts(node as Element) !== undefined,
  replacement(_content, node) {
    const card = cardParts(node as Element)!;
    const target = `(${destination(attr(node, 'href'))})`;
    return `\n\n> [${bracketSafe(markText(card.title))}]${target}${card.description ? `\n>\n> ${markText(card.description)}` : ''}\n\n`;
  },
};

export const link: Rule = {
  name: 'link',
  filter: (node) => node.nodeName === 'A' && attr(node, 'href') !== '',
  replacement(content, node) {
    const href = attr(node, 'href');
    if (/^javascript:/i.test(href) || isPermalink(node as Element)) return content;
    // A <br> at the link's edge breaks the line outside it: a link's text holds no line end.
    const [before, text, after] = edges(content);
    if (!text) return /\S/.test(content) ? content : '';
    const target = `(${destination(href)}${titlePart((node as Element).getAttribute('title'))})`;
    const breakOf = (edge: string) => (edge.includes(BREAK) ? `${BREAK}\n` : '');
    return text.includes('\n\n') ? `\n\n${linkedBlocks(text, target)}\n\n` : `${breakOf(before)}[${bracketSafe(text)}]${target}${breakOf(after)}`;
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
