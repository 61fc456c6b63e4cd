// One walk of a parsed page for the questions every page is asked of its whole document: the
// metadata stages look for <title>, <meta>, <time>, <script> a dozen times, and the site pack
// for thirty-odd class and id markers, each query a walk of its own. The index lists the
// elements by tag name and holds the class and id names the page uses. It is good while the
// tree is as parsed: extractArticle drops it before cleaning changes the tree, and without it
// a query walks the document as before.
import type { Cheerio, CheerioAPI } from 'cheerio';
import { isTraversal, parse, SelectorType, type Selector } from 'css-what';
import type { Element } from 'domhandler';
import { descendants, selectorTest } from '../clean/tree.js';

interface PageIndex {
  /** The elements in document order. */
  elements: Element[];
  /** Positions in `elements`, by tag name. */
  byTag: Map<string, number[]>;
  /** The class names the page's elements have, as a class selector reads them (split at whitespace). */
  classes: Set<string>;
  ids: Set<string>;
}

const indexes = new WeakMap<CheerioAPI, PageIndex>();

export function indexPage($: CheerioAPI): void {
  const elements = descendants([$.root()[0]!]);
  const byTag = new Map<string, number[]>();
  const classValues = new Set<string>();
  const ids = new Set<string>();
  elements.forEach((el, i) => {
    const positions = byTag.get(el.name);
    if (positions) positions.push(i);
    else byTag.set(el.name, [i]);
    const { class: className, id } = el.attribs;
    if (className) classValues.add(className);
    if (id !== undefined) ids.add(id);
  });
  // Split once per distinct value: pages repeat the same class lists on many elements.
  const classes = new Set<string>();
  for (const value of classValues) for (const name of value.split(/\s+/)) classes.add(name);
  indexes.set($, { elements, byTag, classes, ids });
}

/** Before the tree changes: later queries walk the document. */
export function dropPageIndex($: CheerioAPI): void {
  indexes.delete($);
}

const parsed = new Map<string, Selector[][]>();

function parseOnce(selector: string): Selector[][] {
  let alternatives = parsed.get(selector);
  if (!alternatives) parsed.set(selector, (alternatives = parse(selector)));
  return alternatives;
}

/** cheerio's own pseudos (jQuery's positions) and `:scope`, which depends on where a query starts: left to cheerio. */
const CHEERIO_ONLY = new Set(['first', 'last', 'eq', 'gt', 'nth', 'lt', 'even', 'odd', 'scope']);

function cheerioOnly(tokens: Selector[]): boolean {
  return tokens.some((token) => token.type === SelectorType.Pseudo && (CHEERIO_ONLY.has(token.name) || (Array.isArray(token.data) && token.data.some(cheerioOnly))));
}

/** The tag name an alternative's one element must have (`meta[content]`, `script:not([src])`); undefined when it is not one element's tag and tests. */
function tagOf(alternative: Selector[]): string | undefined {
  let tag: string | undefined;
  for (const token of alternative) {
    if (token.type === SelectorType.Tag && token.namespace === null && tag === undefined) tag = token.name.toLowerCase();
    else if (token.type !== SelectorType.Attribute && token.type !== SelectorType.Pseudo) return undefined;
  }
  return tag;
}

/**
 * `$(selector)` over the whole document. With the page's index, the elements of the tags the
 * selector names (every element when it does not name one for each alternative) are tested
 * with the selector compiled once; cheerio's own pseudos go to cheerio.
 */
export function queryPage($: CheerioAPI, selector: string): Cheerio<Element> {
  const index = indexes.get($);
  const alternatives = index && parseOnce(selector);
  if (!index || !alternatives || alternatives.some(cheerioOnly)) return $(selector) as Cheerio<Element>;
  const test = selectorTest(selector);
  const tags = alternatives.map(tagOf);
  if (tags.includes(undefined)) return $(index.elements.filter((el) => test(el)));
  const distinct = [...new Set(tags as string[])];
  const positions = distinct.flatMap((tag) => index.byTag.get(tag) ?? []);
  if (distinct.length > 1) positions.sort((a, b) => a - b);
  return $(positions.map((i) => index.elements[i]!).filter((el) => test(el)));
}

/** True unless the last element of an alternative must have a class name or id the page lacks (`.note-container #link-report`: link-report). */
function subjectMayBeThere(alternative: Selector[], index: PageIndex): boolean {
  let start = alternative.length;
  while (start > 0 && !isTraversal(alternative[start - 1]!)) start--;
  return alternative.slice(start).every((token) => {
    // A case-sensitive `.name` or `#name` (the page is not in quirks mode): compared as written.
    if (token.type !== SelectorType.Attribute || token.ignoreCase === true) return true;
    if (token.name === 'class' && token.action === 'element') return index.classes.has(token.value);
    if (token.name === 'id' && token.action === 'equals') return index.ids.has(token.value);
    return true;
  });
}

/**
 * False when nothing in the page can match the selector: each of its alternatives needs a class
 * name or id the page never uses. True without an index.
 */
export function pageMayMatch($: CheerioAPI, selector: string): boolean {
  const index = indexes.get($);
  return !index || parseOnce(selector).some((alternative) => subjectMayBeThere(alternative, index));
}

/** The page's <body>: not one that a snippet pasted into the <head> opened ("<head>…<html><body><script>…"), nor one inside another. */
export function pageBody($: CheerioAPI): Element | undefined {
  const bodies = queryPage($, 'body').toArray();
  if (bodies.length < 2) return bodies[0];
  const nested = (el: Element) => {
    for (let node = el.parent; node && node.type === 'tag'; node = node.parent) if (node.name === 'head' || node.name === 'body') return true;
    return false;
  };
  return bodies.find((el) => !nested(el)) ?? bodies[0];
}
