// Block structure: list items marked `- `/`1. ` with their content indented under them, lists
// and quotes nested in each other, <br> as a hard break, definition lists as `term` / `: definition`.
import { anchorFor } from './link.js';
import { closestTable, tableKind } from './table.js';
import { BREAK } from './text-escape.js';
import type { Rule } from './types.js';

const inGfmCell = (node: Node): boolean => {
  for (let n = node.parentNode; n; n = n.parentNode) if (/^T[HD]$/.test(n.nodeName)) return tableKind(closestTable(n)) === 'gfm';
  return false;
};

/** The list right before this one, with only whitespace between (Markdown would merge them). */
function adjacentList(list: Node): Node | undefined {
  let prev = list.previousSibling;
  while (prev && prev.nodeType === 3 && !prev.textContent?.trim()) prev = prev.previousSibling;
  return prev && prev.nodeName === list.nodeName ? prev : undefined;
}

/** Every other list in a run of adjacent lists changes its marker, so that each stays a list of its own. */
function alternateMarker(list: Node): boolean {
  let run = 0;
  for (let prev = adjacentList(list); prev; prev = adjacentList(prev)) run++;
  return run % 2 === 1;
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

export const list: Rule = {
  name: 'list',
  filter: ['ul', 'ol'],
  replacement(content, node) {
    if (inGfmCell(node)) return `<${node.nodeName.toLowerCase()}>${content.replace(/\n+/g, '')}</${node.nodeName.toLowerCase()}>`;
    const parent = node.parentNode!;
    if (parent.nodeName === 'LI' && (parent as Element).lastElementChild === node) return `\n${content}`;
    // A list written straight inside a list (no <li> around it): browsers nest it under the
    // item before it, and so does Markdown when it is indented.
    if (parent.nodeName === 'UL' || parent.nodeName === 'OL') return `\n\n${content.replace(/^(?=.)/gm, '    ')}\n\n`;
    return `\n\n${content}\n\n`;
  },
};

export const blockquote: Rule = {
  name: 'blockquote',
  filter: 'blockquote',
  replacement: (content) => `\n\n${content.replace(/^\n+|\n+$/g, '').replace(/^/gm, '> ').replace(/^> $/gm, '>')}\n\n`,
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
    const text = content.replace(new RegExp(`${BREAK}\\n`, 'g'), ' ').replace(/\s*\n\s*/g, ' ').trim();
    return text ? `\n\n${'#'.repeat(Number(node.nodeName[1]))} ${anchorFor(node)}${text}\n\n` : '';
  },
};

export const definitionTerm: Rule = {
  name: 'definitionTerm',
  filter: 'dt',
  replacement: (content, node) => `\n\n${anchorFor(node)}${content.trim()}\n`,
};

export const definition: Rule = {
  name: 'definition',
  filter: 'dd',
  replacement: (content) => `\n: ${content.trim().replace(/\n/g, '\n  ')}\n`,
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
