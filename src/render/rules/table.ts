// Tables: GFM pipe tables with alignment when GFM can say it all; kept as (tidy) HTML when it
// cannot (merged cells, nested tables, block content); unwrapped when only used for layout.
import { attr } from './dom.js';
import { keptHtml } from './kept-html.js';
import { texOf } from './math.js';
import { wrapEmphasis } from './emphasis.js';
import { CAPTION, FOOTER, FORCE } from './text-escape.js';
import type { Rule } from './types.js';

type Kind = 'gfm' | 'html' | 'layout';
const kinds = new WeakMap<Node, Kind>();

const rowsOf = (table: HTMLTableElement) => Array.from(table.rows).filter((row) => closestTable(row) === table);
/** A row's own cells: domino's `cells` also holds those of a table nested in one of them. */
const cellsOf = (row: HTMLTableRowElement) => Array.from(row.cells).filter((cell) => cell.parentNode === row);
export const closestTable = (node: Node): HTMLTableElement | null => {
  for (let n = node.parentNode; n; n = n.parentNode) if (n.nodeName === 'TABLE') return n as HTMLTableElement;
  return null;
};

/** An equation's number beside it: (1), (2.3), [4a]. */
const EQUATION_NUMBER = /^[([]?\s*[\dA-Za-z]{1,3}(?:[.-]\d{1,3})*\s*[)\]]?$/;

/** The text of a node outside the formulas in it. */
function textOutsideFormulas(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || texOf(node)) return '';
  return Array.from(node.childNodes).map(textOutsideFormulas).join('');
}

/** A table that only lays out displayed equations and their numbers (LaTeXML's ltx_equation, journals' disp-formula). */
function isEquationLayout(cells: HTMLTableCellElement[]): boolean {
  let formulas = 0;
  for (const cell of cells) {
    const rest = textOutsideFormulas(cell).trim();
    if (rest && !EQUATION_NUMBER.test(rest)) return false;
    if (cell.querySelector('img:not([alt]), pre, ul, ol, p, table')) return false;
    if (rest !== (cell.textContent ?? '').trim()) formulas++;
  }
  return formulas > 0;
}

function classify(table: HTMLTableElement): Kind {
  const rows = rowsOf(table);
  const cells = rows.flatMap(cellsOf);
  const hasHeader = cells.some((cell) => cell.nodeName === 'TH');
  if (attr(table, 'role') === 'presentation' || cells.length <= 1 || isEquationLayout(cells)) return 'layout';
  const columns = Math.max(...rows.map((row) => cellsOf(row).length));
  if (!hasHeader && (columns === 1 || (rows.length === 1 && table.querySelector('img, p, div, h1, h2, h3, h4, ul, ol, blockquote, pre, table')))) return 'layout';
  // Prose beside code, row after row, no header (Go by Example's and Docco's two columns): the notes and the program read in turn.
  if (!hasHeader && columns === 2 && table.querySelector('td > pre') && rows.every((row) => cellsOf(row).every((cell) => !(cell.textContent ?? '').trim() || cell.querySelector('p, pre')))) return 'layout';
  if (cells.some((cell) => Number(attr(cell, 'rowspan') || 1) > 1 || Number(attr(cell, 'colspan') || 1) > 1)) return 'html';
  if (table.querySelector('table, pre, blockquote, h1, h2, h3, h4, h5, h6, hr, dl')) return 'html';
  return 'gfm';
}

export function tableKind(table: Node | null): Kind {
  if (!table) return 'layout';
  let kind = kinds.get(table);
  if (!kind) kinds.set(table, (kind = classify(table as HTMLTableElement)));
  return kind;
}

function alignment(cell: Element | undefined): string {
  const value = (cell && (attr(cell, 'align') || /text-align:\s*(\w+)/i.exec(attr(cell, 'style'))?.[1])) || '';
  return ({ left: ':---', center: ':---:', right: '---:' } as Record<string, string>)[value.toLowerCase()] ?? '---';
}

/** One cell's Markdown on one line: line breaks as <br>, pipes escaped; a cell of breaks alone is empty (an editor's `<p><br></p>`). */
function cellText(content: string): string {
  const text = content.trim().replace(/\n+/g, '<br>').replace(/\|/g, `${FORCE}|`).replace(/\s+/g, (s) => (s.includes('\u00a0') ? s : ' '));
  return /^(?:\s*<br>)*\s*$/.test(text) ? '' : text;
}

export const tableCell: Rule = {
  name: 'tableCell',
  filter: (node) => /^T[HD]$/.test(node.nodeName) && tableKind(closestTable(node)) === 'gfm',
  replacement: (content) => `${cellText(content)}\u0000`,
};

export const tableRow: Rule = {
  name: 'tableRow',
  filter: (node) => node.nodeName === 'TR' && tableKind(closestTable(node)) === 'gfm',
  replacement: (content) => `\n|${content.replace(/\u0000\s*$/, '').split(/\u0000\s*/).map((cell) => (cell ? ` ${cell} ` : ' ')).join('|')}|\n`,
};

export const table: Rule = {
  name: 'table',
  filter: 'table',
  replacement(content, node) {
    const el = node as HTMLTableElement;
    const kind = tableKind(el);
    if (kind === 'layout') return `\n\n${content}\n\n`;
    const caption = new RegExp(`${CAPTION}([^${CAPTION}]*)${CAPTION}`).exec(content)?.[1];
    const title = caption ? `${caption}\n\n` : '';
    if (kind === 'html') return `\n\n${keptHtml(el)}\n\n`;
    // A footer the source writes before the body (TablePress's <tfoot>) is shown after it, as browsers do.
    const footer = new RegExp(`${FOOTER}([^${FOOTER}]*)${FOOTER}`).exec(content);
    const inOrder = footer ? content.replace(footer[0], '') + footer[1] : content;
    const lines = inOrder.split('\n').filter((line) => line.startsWith('| '));
    const rows = rowsOf(el);
    const columns = Math.max(...rows.map((row) => row.cells.length));
    const pad = (line: string) => line + ' |'.repeat(columns - (line.match(/(?<!\uFDD2)\|/g)!.length - 1));
    const headerCells = Array.from(rows[0]!.cells);
    const divider = `| ${Array.from({ length: columns }, (_, i) => alignment(headerCells[i] ?? rows[1]?.cells[i])).join(' | ')} |`;
    return `\n\n${title}${[pad(lines[0]!), divider, ...lines.slice(1).map(pad)].join('\n')}\n\n`;
  },
};

/** Captions are written above the table by the table rule (in italics); a layout table's caption is plain text. */
export const tableCaption: Rule = {
  name: 'tableCaption',
  filter: (node) => node.nodeName === 'CAPTION' && tableKind(closestTable(node) ?? node.parentNode) !== 'layout',
  replacement: (content, node) => `${CAPTION}${wrapEmphasis(content.replace(/\s+/g, ' ').trim(), node, '*', 'em')}${CAPTION}`,
};

export const tableSection: Rule = {
  name: 'tableSection',
  filter: ['thead', 'tbody', 'tfoot', 'colgroup', 'col'],
  replacement: (content, node) => (/^COL/.test(node.nodeName) ? '' : node.nodeName === 'TFOOT' && tableKind(closestTable(node) ?? node.parentNode) === 'gfm' ? `${FOOTER}\n${content}\n${FOOTER}` : content),
};

