// The article's nodes, as the extractor's tree holds them, made into the DOM turndown walks
// (light-dom.ts): the tree the HTML parser would build from their markup, without writing the
// markup and parsing it again. Text and attributes are decoded as a browser decodes them (the
// extractor keeps entities as written). Where the parser would rearrange the markup (a block
// inside a <p>, a cell outside a row, foreign content…), no tree is made: the caller parses.
import type { AnyNode, Element } from 'domhandler';
import { decodeAttribute, decodeText } from '../decode/entities.js';
import { LightDocument, LightElement, LightText } from './light-dom.js';

/** The wrapper turndown puts around an article, as it would be parsed. */
const ROOT_NAME = 'x-turndown';
const ROOT_ID = 'turndown-root';

/** Whose text the parser reads as written, not as markup (scripting on, as in domino). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/** Whose text the parser decodes but does not read as markup. */
const ESCAPABLE_RAW_TEXT = new Set(['textarea', 'title']);
/** Whose first newline the parser drops. */
const LEADING_NEWLINE = new Set(['pre', 'listing', 'textarea']);

/** Elements the parser moves, drops or puts in another namespace: left to the parser. */
const REARRANGED = new Set([
  'html', 'head', 'body', 'frameset', 'frame', 'template', 'image', 'isindex', 'plaintext', 'select', 'option', 'optgroup',
  'datalist', 'keygen', 'rb', 'rt', 'rp', 'rtc', 'math', 'command', 'bgsound',
]);
/** Start tags that close an open <p>. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'listing', 'form', 'li', 'dd', 'dt', 'hr', 'xmp',
]);
/** Where the search for an open <p> stops (button scope). */
const BUTTON_SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button']);
/** Where the search for an open formatting element (<a>, <nobr>) stops. */
const MARKERS = new Set(['applet', 'object', 'marquee', 'template', 'td', 'th', 'caption']);
/** The parser's "special" elements: an open <li> (<dd>, <dt>) is searched for up to the first of them but <address>, <div>, <p>. */
const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption', 'center',
  'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'li', 'link',
  'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param', 'plaintext',
  'pre', 'script', 'section', 'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th',
  'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp',
]);
const HEADING = /^h[1-6]$/;
/** What each table part may hold as the parser reads it (besides whitespace). */
const TABLE_CONTENT: Record<string, Set<string>> = {
  table: new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'script', 'style']),
  thead: new Set(['tr', 'script', 'style']),
  tbody: new Set(['tr', 'script', 'style']),
  tfoot: new Set(['tr', 'script', 'style']),
  tr: new Set(['td', 'th', 'script', 'style']),
  colgroup: new Set(['col']),
};
/** Each table part, with the parents the parser lets it have. */
const TABLE_PARENT: Record<string, Set<string>> = {
  caption: new Set(['table']),
  colgroup: new Set(['table']),
  thead: new Set(['table']),
  tbody: new Set(['table']),
  tfoot: new Set(['table']),
  tr: new Set(['table', 'thead', 'tbody', 'tfoot']),
  td: new Set(['tr']),
  th: new Set(['tr']),
  col: new Set(['colgroup']),
};

/** Where an <svg> holds HTML again. */
const SVG_HTML = new Set(['foreignobject', 'desc', 'title']);
/** HTML start tags that end an <svg> early (and <font> with one of these attributes). */
const SVG_BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike',
  'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);
const FONT_BREAKOUT = ['color', 'face', 'size'];
/** SVG element names as the parser writes them (the markup's are lower-cased). */
const SVG_NAMES = new Map(
  [
    'altGlyph', 'altGlyphDef', 'altGlyphItem', 'animateColor', 'animateMotion', 'animateTransform', 'clipPath', 'feBlend', 'feColorMatrix',
    'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow',
    'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology',
    'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence', 'foreignObject', 'glyphRef',
    'linearGradient', 'radialGradient', 'textPath',
  ].map((name) => [name.toLowerCase(), name]),
);

const WHITESPACE = /^[ \t\n\f\r]*$/;

/** The input stream's newlines, as the parser normalizes them. */
const newlines = (raw: string): string => (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);

class Unstable extends Error {}

/** The open elements above a node, nearest first. */
interface Open {
  name: string;
  up: Open | null;
}

/** Throws Unstable where the parser, meeting this start tag with these elements open, would not nest it as the tree does. */
function check(name: string, open: Open): void {
  if (REARRANGED.has(name)) throw new Unstable();
  const parent = open.name;
  const allowedParents = TABLE_PARENT[name];
  if (allowedParents ? !allowedParents.has(parent) : TABLE_CONTENT[parent] && !TABLE_CONTENT[parent]!.has(name)) throw new Unstable();
  if (CLOSES_P.has(name) && openUpTo(open, ['p'], BUTTON_SCOPE)) throw new Unstable();
  if (HEADING.test(name) && HEADING.test(parent)) throw new Unstable();
  if ((name === 'a' || name === 'nobr') && openUpTo(open, [name], MARKERS)) throw new Unstable();
  if ((name === 'button' || name === 'form') && openUpTo(open, [name], NONE)) throw new Unstable();
  if (name === 'li' && openUpTo(open, ['li'], LIST_ITEM_BOUNDARY)) throw new Unstable();
  if ((name === 'dd' || name === 'dt') && openUpTo(open, ['dd', 'dt'], LIST_ITEM_BOUNDARY)) throw new Unstable();
}

const NONE = new Set<string>();
const LIST_ITEM_BOUNDARY = new Set([...SPECIAL].filter((n) => n !== 'address' && n !== 'div' && n !== 'p'));

/** Throws Unstable for an HTML start tag that would end the <svg> it stands in, and for what check() leaves to the parser. */
function checkInSvg(el: Element): void {
  if (REARRANGED.has(el.name) || SVG_BREAKOUT.has(el.name) || (el.name === 'font' && FONT_BREAKOUT.some((a) => a in el.attribs))) throw new Unstable();
}

/** Whether one of the names is open below the first of the boundary elements. */
function openUpTo(open: Open | null, names: string[], boundary: Set<string>): boolean {
  for (let o = open; o; o = o.up) {
    if (names.includes(o.name)) return true;
    if (boundary.has(o.name)) return false;
  }
  return false;
}

class Builder {
  constructor(private readonly doc: LightDocument) {}

  children(nodes: readonly AnyNode[], parent: LightElement, open: Open): void {
    const name = parent.localName;
    let section: LightElement | undefined; // the <tbody> the parser opens for rows directly in a table
    let raw = ''; // text as written, decoded once whole: removed elements may have split a reference
    let first = true; // nothing yet since the start tag (whose first newline the parser may drop)
    const flush = () => {
      if (!raw) return;
      if (raw.includes('\0') || (TABLE_CONTENT[name] && !WHITESPACE.test(raw))) throw new Unstable();
      let text = decodeText(newlines(raw));
      if (first && !parent.svg && LEADING_NEWLINE.has(name) && text.startsWith('\n')) text = text.slice(1);
      if (text) (section ?? parent).append(new LightText(this.doc, text));
      raw = '';
      first = false;
    };
    for (const node of nodes) {
      if (node.type === 'text') {
        raw += node.data;
        continue;
      }
      flush();
      first = false;
      if (node.type === 'comment') continue;
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') throw new Unstable();
      const el = node as Element;
      if (name === 'table' && el.name === 'tr') {
        if (!section) parent.append((section = new LightElement(this.doc, 'tbody', [])));
      } else if (section && el.name !== 'script' && el.name !== 'style') {
        section = undefined;
      }
      const inside = section ? { name: 'tbody', up: open } : open;
      const svg = parent.svg ? !SVG_HTML.has(name.toLowerCase()) : el.name === 'svg';
      if (svg && parent.svg) checkInSvg(el);
      else check(el.name, inside);
      (section ?? parent).append(this.element(el, inside, svg));
    }
    flush();
  }

  element(el: Element, open: Open, svg: boolean): LightElement {
    const name = el.name;
    const attributes = Object.entries(el.attribs).map(([n, v]) => {
      if (v.includes('\0')) throw new Unstable();
      return { name: n, value: decodeAttribute(newlines(v)) };
    });
    const light = new LightElement(this.doc, svg ? (SVG_NAMES.get(name) ?? name) : name, attributes, svg);
    if (svg && (name === 'script' || name === 'style')) {
      // Raw text to the extractor's parser, markup to the HTML parser inside an <svg>.
      if (el.children.some((child) => child.type !== 'text' || /[<&\r\0]/.test(child.data))) throw new Unstable();
    } else if (RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name)) {
      let raw = '';
      for (const child of el.children) {
        if (child.type !== 'text') throw new Unstable();
        raw += child.data;
      }
      if (raw.toLowerCase().includes(`</${name}`) || (svg && raw.includes('<'))) throw new Unstable();
      raw = newlines(raw);
      const data = RAW_TEXT.has(name) ? raw : decodeText(raw);
      const kept = name === 'textarea' && data.startsWith('\n') ? data.slice(1) : data;
      if (kept) light.append(new LightText(this.doc, kept));
      return light;
    }
    this.children(el.children, light, { name, up: open });
    return light;
  }
}

/**
 * The article as the Markdown step's DOM: the nodes inside turndown's wrapper element, as
 * parsing their markup would give them; undefined where the parser would rearrange them.
 */
export function articleDom(nodes: readonly AnyNode[]): LightElement | undefined {
  const doc = new LightDocument();
  const root = new LightElement(doc, ROOT_NAME, [{ name: 'id', value: ROOT_ID }]);
  doc.root = root;
  try {
    new Builder(doc).children(nodes, root, { name: ROOT_NAME, up: null });
  } catch (error) {
    if (error instanceof Unstable) return undefined;
    throw error;
  }
  return root;
}
