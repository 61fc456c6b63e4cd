// Tables a page does not write as one <table>: a data grid of <div>s that declares its parts with
// ARIA roles (MUI's DataGrid, AG Grid: role="grid", "row", "columnheader", "gridcell"), and a
// table a component splits in two (Ant Design's, Element's: the header row in one <table>, the
// body rows in the next). Each becomes the one <table> it shows, so that it is kept and written as one.
import { Element, isTag, Text, type AnyNode } from 'domhandler';
import { escapeMarkup } from '../decode/entities.js';
import { cellsOf, descendants, ownRows, rawText, removeNodes, setChildren } from './tree.js';

const GRID_ROLES = new Set(['grid', 'treegrid', 'table']);
const CELL_TAGS = new Map([['columnheader', 'th'], ['rowheader', 'th'], ['gridcell', 'td'], ['cell', 'td']]);

/** The nearest element above `el` whose role is one of `roles`. */
function nearestWithRole(el: Element, roles: Set<string>): Element | undefined {
  for (let up = el.parent; up && isTag(up); up = up.parent) if (roles.has(up.attribs.role ?? '')) return up;
  return undefined;
}

/** A new element holding the nodes given. */
function element(name: string, children: AnyNode[]): Element {
  const el = new Element(name, {});
  setChildren(el, children);
  return el;
}

const ROW_ROLES = new Set(['row']);

function tableFromGrid(grid: Element): Element | undefined {
  // Each row's cells in one walk of the grid: a cell belongs to the nearest row above it.
  const cells = new Map<Element, Element[]>();
  for (const el of descendants([grid])) {
    if (el.attribs.role === 'row' && nearestWithRole(el, GRID_ROLES) === grid) cells.set(el, []);
    else if (CELL_TAGS.has(el.attribs.role ?? '')) cells.get(nearestWithRole(el, ROW_ROLES)!)?.push(el);
  }
  const rows = [...cells.values()].filter((row) => row.length).map((row) => element('tr', row.map((cell) => element(CELL_TAGS.get(cell.attribs.role!)!, [...cell.children]))));
  return rows.length >= 2 ? element('table', rows) : undefined;
}

/** A grid drawn with <div>s and roles: its rows and cells as a <table> in its place (inside it, its own box kept). */
function gridsAsTables(roots: Element[]): void {
  for (const grid of descendants(roots)) {
    if (grid.name === 'table' || !GRID_ROLES.has(grid.attribs.role ?? '') || !grid.parent) continue;
    const table = tableFromGrid(grid);
    if (table) setChildren(grid, [table]);
  }
}

/** How far above a header table the box holding it and its body table may be (Element's wrappers). */
const SPLIT_LEVELS = 4;
const textLength = (el: Element) => rawText(el).replace(/\s+/g, '').length;

/** The table after a header table in the box around both, when that box holds nothing else to read. */
function followingTable(table: Element): Element | undefined {
  let up = table.parent;
  for (let level = 0; up && isTag(up) && level < SPLIT_LEVELS; up = up.parent, level++) {
    const tables = descendants([up]).filter((el) => el.name === 'table');
    const next = tables[tables.indexOf(table) + 1];
    if (next) return textLength(up) === textLength(table) + textLength(next) ? next : undefined;
  }
  return undefined;
}

/** A header table (rows in its <thead> only) and the body table after it with as many columns: one table. */
function joinSplitTables(roots: Element[]): void {
  for (const table of descendants(roots).filter((el) => el.name === 'table')) {
    const rows = ownRows(table);
    if (!rows.length || !rows.every((row) => row.parent && (row.parent as Element).name === 'thead')) continue;
    const body = followingTable(table);
    const bodyRows = body ? ownRows(body) : [];
    // The header may end with an empty cell over the body's scroll bar (Ant Design's th.ant-table-cell-scrollbar).
    const header = cellsOf(rows.at(-1)!);
    const shown = header.length - [...header].reverse().findIndex((cell) => textLength(cell) > 0);
    const width = (row: Element) => cellsOf(row).reduce((sum, cell) => sum + (Number(cell.attribs.colspan) || 1), 0);
    if (!body || !bodyRows.length || !bodyRows.every((row) => width(row) >= shown && width(row) <= header.length)) continue;
    setChildren(table, [...table.children.filter((child) => !(isTag(child) && child.name === 'tbody')), element('tbody', bodyRows)]);
    removeNodes([body]);
  }
}

/** An icon's label: its aria-label, an <svg>'s <title>, or the title it shows on hover. */
function iconLabel(el: Element): string {
  const title = el.name === 'svg' ? el.children.find((child): child is Element => isTag(child) && child.name === 'title') : undefined;
  return (el.attribs['aria-label'] ?? (title ? rawText(title) : el.attribs.title) ?? '').trim();
}

/**
 * A cell's icons that say what the cell holds (a comparison table's ✓ and ✗: `<svg role="img" aria-label="Yes">`,
 * `<i class="fa-xmark" aria-label="No">`): their labels, as a screen reader reads them, in their place.
 */
function iconsAsLabels(roots: Element[]): void {
  for (const cell of descendants(roots).filter((el) => el.name === 'td' || el.name === 'th')) {
    for (const icon of descendants([cell]).filter((el) => (el.name === 'svg' || el.name === 'i' || el.attribs.role === 'img') && el.attribs['aria-hidden'] !== 'true')) {
      // An <svg>'s text is its <title>; another icon with text of its own shows it.
      const label = icon.name === 'svg' || !textLength(icon) ? iconLabel(icon) : '';
      if (!label || !icon.parent) continue;
      const parent = icon.parent;
      setChildren(parent, parent.children.map((child) => (child === icon ? new Text(escapeMarkup(label)) : child)));
    }
  }
}

export function tablesAsWritten(roots: Element[]): void {
  gridsAsTables(roots);
  joinSplitTables(roots);
  iconsAsLabels(roots);
}
