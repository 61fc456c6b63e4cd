// Block structure: list items marked `- `/`1. ` with their content indented under them, lists
// and quotes nested in each other, <br> as a hard break, definition lists as `term` / `: definition`.
import { DEBRIS } from './debris.js';
import { anchorFor } from './link.js';
import { closestTable, tableKind } from './table.js';
import { BREAK } from './text-escape.js';
import type { Rule } from './types.js';

const inGfmCell = (node: Node): boolean => {
  for (let n = node.parentNode; n; n = n.parentNode) if (/^T[HD]$/.test(n.nodeName)) return tableKind(closestTable(n)) === 'gfm';
  return false;
};

const LIST = /^[OU]L$/;
/** Elements that show something without text. */
const MEDIA = new Set(['IMG', 'HR', 'IFRAME', 'VIDEO', 'AUDIO', 'PICTURE', 'MATH', 'TABLE']);
/** Written as nothing (icons, buttons…), whatever they hold. */
const WRITES_NOTHING = new Set(DEBRIS.map((tag) => tag.toUpperCase()));

/** Whether the node writes anything: text, or an element shown without text (a walk, not recursion: pages nest deep). */
function showsSomething(node: Node): boolean {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3 && n.textContent?.trim()) return true;
    if (n.nodeType !== 1) continue;
    const name = n.nodeName.toUpperCase();
    if (MEDIA.has(name)) return true;
    if (!WRITES_NOTHING.has(name)) for (let child = n.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}

/** The list that the Markdown output ends with when this node is written, if any. */
function trailingList(node: Node): Node | undefined {
  for (let n: Node | null = node; n; ) {
    if (LIST.test(n.nodeName)) return n;
    let last: Node | null = n.lastChild;
    while (last && !showsSomething(last)) last = last.previousSibling;
    n = last;
  }
  return undefined;
}

/**
 * The list written right before this one in the Markdown, with nothing shown between them
 * (wrappers and empty elements write nothing): Markdown would merge the two. Only elements that
 * write no block boundary of their own are looked through.
 */
function adjacentList(list: Node): Node | undefined {
  for (let n: Node = list; ; ) {
    let prev = n.previousSibling;
    while (prev && !showsSomething(prev)) prev = prev.previousSibling;
    if (prev) {
      const before = trailingList(prev);
      return before && before.nodeName === list.nodeName ? before : undefined;
    }
    const parent = n.parentNode;
    if (!parent || parent.nodeType !== 1 || /^(LI|OL|UL|BLOCKQUOTE|TD|TH|DD|DT|PRE|TABLE|FIGURE|DETAILS)$/.test(parent.nodeName)) return undefined;
    n = parent;
  }
}

const alternates = new WeakMap<Node, boolean>();

/** Every other list in a run of adjacent lists changes its marker, so that each stays a list of its own. */
function alternateMarker(list: Node): boolean {
  const run: Node[] = [];
  let known: boolean | undefined;
  for (let n: Node | undefined = list; n; n = adjacentList(n)) {
    known = alternates.get(n);
    if (known !== undefined) break;
    run.push(n);
  }
  // Walked back from this list to the first of its run (or to one already known).
  let alternate = known === undefined ? true : known;
  for (let i = run.length - 1; i >= 0; i--) {
    alternate = !alternate;
    alternates.set(run[i], alternate);
  }
  return alternates.get(list)!;
}

export const listItem: Rule = {
  name: 'listItem',
  filter: 'li',
  replacement(content, node, options) {
    if (inGfmCell(node)) return `<li>${content.trim().replace(/\n+/g, ' ')}</li>`;
    const parent = node.parentNode as Element;
    const alternate = alternateMarker(parent);
    let prefix = `${alternate ? '*' : options.bulletListMarker} `;
    if (parent.nodeName === 'OL') {
      const start = Number(parent.getAttribute('start') || 1);
      const index = Array.prototype.filter.call(parent.children, (c: Element) => c.nodeName === 'LI').indexOf(node);
      prefix = `${(Number.isFinite(start) ? start : 1) + index}${alternate ? ')' : '.'} `;
    }
    const body = (anchorFor(node) + content.replace(/^\n+/, '').replace(/\n+$/, '')).replace(/\n/g, `\n${' '.repeat(prefix.length)}`).replace(/\n +\n/g, '\n\n');
    return `${prefix}${body}${node.nextSibling ? '\n' : ''}`;
  },
};

function hasItemBefore(node: Node): boolean {
  for (let prev = (node as Element).previousElementSibling; prev; prev = prev.previousElementSibling) if (prev.nodeName === 'LI') return true;
  return false;
}

export const list: Rule = {
  name: 'list',
  filter: ['ul', 'ol'],
  replacement(content, node) {
    if (inGfmCell(node)) return `<${node.nodeName.toLowerCase()}>${content.replace(/\n+/g, '')}</${node.nodeName.toLowerCase()}>`;
    const parent = node.parentNode!;
    if (parent.nodeName === 'LI' && (parent as Element).lastElementChild === node) return `\n${content}`;
    // A list written straight inside a list (no <li> around it): browsers nest it under the
    // item before it, and so does Markdown when it is indented.
    if (LIST.test(parent.nodeName) && hasItemBefore(node)) return `\n\n${content.replace(/^(?=.)/gm, '    ')}\n\n`;
    return `\n\n${content}\n\n`;
  },
};

/** A blockquote named for code around a listing alone: a generator's indent (Racket Scribble's blockquote.SCodeFlow), no quotation. */
const CODE_INDENT = /code/i;
const indentsCode = (node: Element) => CODE_INDENT.test(node.getAttribute('class') ?? '') && node.children.length === 1 && /^(?:PRE|TABLE)$/.test(node.children[0]!.nodeName);

export const blockquote: Rule = {
  name: 'blockquote',
  filter: 'blockquote',
  replacement(content, node) {
    const text = content.replace(/^\n+|\n+$/g, '');
    if (indentsCode(node as Element)) return `\n\n${text}\n\n`;
    return `\n\n${text.replace(/^/gm, '> ').replace(/^> $/gm, '>')}\n\n`;
  },
};

export const lineBreak: Rule = {
  name: 'lineBreak',
  filter: 'br',
  replacement(_content, node) {
    if (inGfmCell(node)) return '<br>';
    return `${BREAK}\n`;
  },
};

export const heading: Rule = {
  name: 'heading',
  filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  replacement(content, node) {
    const text = content.replace(new RegExp(`${BREAK}\\n?`, 'g'), ' ').replace(/\s*\n\s*/g, ' ').trim();
    return text ? `\n\n${'#'.repeat(Number(node.nodeName[1]))} ${anchorFor(node)}${text}\n\n` : '';
  },
};

export const definitionTerm: Rule = {
  name: 'definitionTerm',
  filter: 'dt',
  replacement: (content, node) => `\n\n${anchorFor(node)}${content.trim()}\n`,
};

/** A list of definitions without terms only indents (Wikipedia's `:` lines, where its displayed formulas stand). */
const indentsOnly = (dl: Node | null) => dl?.nodeName === 'DL' && !Array.from((dl as Element).children).some((child) => child.nodeName === 'DT');

/**
 * A definition opening with a fenced block: after a definition's ": ", no reader of GFM sees the fence (DokuWiki's and phpBB's
 * code boxes, a <dd> under a file name or "Code: Select all"). One further down, on a line of its own, is still read as one.
 */
const OPENING_FENCE = /^\s*(?:`{3,}|~{3,})/;

export const definition: Rule = {
  name: 'definition',
  filter: 'dd',
  replacement: (content, node) => (indentsOnly(node.parentNode) || OPENING_FENCE.test(content) ? `\n\n${content.trim()}\n\n` : `\n: ${content.trim().replace(/\n/g, '\n  ')}\n`),
};

export const superSubscript: Rule = {
  name: 'superSubscript',
  filter: ['sup', 'sub'],
  replacement(content, node) {
    const tag = node.nodeName.toLowerCase();
    return content.trim() ? `${anchorFor(node)}<${tag}>${content.trim()}</${tag}>` : '';
  },
};

/**
 * An inline element holding a code block (a <pre> inside a <span>): written as a block.
 * Turndown trims an inline element's content, which would glue the fence to the text before
 * it ("!```" is no fence, and the code would be read as Markdown and HTML).
 */
export const blockInInline: Rule = {
  name: 'blockInInline',
  filter: (node) => node.nodeType === 1 && !(node as unknown as { isBlock?: boolean }).isBlock && (node as Element).getElementsByTagName('pre').length > 0,
  replacement: (content) => `\n\n${content}\n\n`,
};
