// Formulas an editor keeps as data for its script to draw, the element empty until then, or as bare TeX: each
// gets its TeX in `data-tex` and as its text, as MathJax 2's scripts do (math-scripts.ts).
import { isTag, isText, Text, type Element } from 'domhandler';
import { decodeAttribute, decodeText, escapeMarkup } from '../decode/entities.js';
import { rawText, selectBelow, setChildren } from './tree.js';

interface DataFormula {
  selector: string;
  /** The attribute holding the formula's data as JSON, and the key of its TeX there. */
  attribute: string;
  key: string;
  display: boolean;
}

const DATA_FORMULAS: readonly DataFormula[] = [
  // Substack's LaTeX block: <div class="latex-rendered" data-attrs="{&quot;persistentExpression&quot;:&quot;E=mc^2&quot;,…}" data-component-name="LatexBlockToDOM">
  { selector: '.latex-rendered[data-attrs]', attribute: 'data-attrs', key: 'persistentExpression', display: true },
  // Lake (Yuque, Aliyun): <ne-card data-card-name="math" data-card-type="inline" data-card-value="data:%7B%22code%22%3A%22E%3Dmc%5E2%22…">, its drawing an SVG image.
  { selector: '[data-card-name="math"][data-card-type="inline"]', attribute: 'data-card-value', key: 'code', display: false },
  { selector: '[data-card-name="math"][data-card-type="block"]', attribute: 'data-card-value', key: 'code', display: true },
];

/** A card's value written as a data URI of its JSON (Lake's `data:%7B…`). */
const DATA_URI = /^data:/;

function texIn(json: string, key: string): string {
  try {
    const decoded = decodeAttribute(json);
    const value: unknown = (JSON.parse(DATA_URI.test(decoded) ? decodeURIComponent(decoded.replace(DATA_URI, '')) : decoded) as Record<string, unknown>)[key];
    return typeof value === 'string' ? value.trim() : '';
  } catch {
    return '';
  }
}

/** TeX written as an element's only text, with no delimiters, for a script to typeset (Discourse's stored `span.math`, `div.math`). */
const BARE_TEX = /\\[a-zA-Z]+|[_^{}]/;
/** A formula with no TeX markup at all (`A`, `n + 1`, `42`): symbols, numbers and operators, no word of prose. */
export const PLAIN_FORMULA = /^(?!.*[A-Za-z]{4})[A-Za-z\d\s+\-*/=<>()[\],.|!']{1,40}$/;
const DELIMITED = /^\s*(?:\$|\\[([])/;

function bareTex(roots: Element[]): void {
  for (const el of selectBelow(roots, 'span.math, div.math')) {
    if (!el.children.length || !el.children.every(isText) || Object.keys(el.attribs).some((name) => name.startsWith('data-'))) continue;
    const tex = decodeText(el.children.map((child) => (child as Text).data).join('')).trim();
    if (!tex || DELIMITED.test(tex) || !(BARE_TEX.test(tex) || PLAIN_FORMULA.test(tex))) continue;
    // Pandoc's --katex writes `span.math.display` for a displayed formula.
    const display = el.name === 'div' || /(?:^|\s)display(?:\s|$)/.test(el.attribs.class ?? '');
    el.attribs = { class: 'math-tex', 'data-tex': escapeMarkup(tex), ...(display && { 'data-display': 'block' }) };
    setChildren(el, [new Text(escapeMarkup(tex))]);
  }
}

/** Zenn's formulas, TeX for its KaTeX element to draw: `<embed-katex><eq>a &lt; b</eq></embed-katex>` inline, `<eqn><embed-katex display-mode="1">…` displayed. */
function katexElements(roots: Element[]): void {
  for (const el of selectBelow(roots, 'embed-katex')) {
    const tex = decodeText(rawText(el)).trim();
    if (!tex) continue;
    const display = el.attribs['display-mode'] === '1' || (el.parent as Element | null)?.name === 'eqn';
    el.attribs = { class: 'math-tex', 'data-tex': escapeMarkup(tex), ...(display && { 'data-display': 'block' }) };
    setChildren(el, [new Text(escapeMarkup(tex))]);
  }
}

/**
 * WeChat's formulas (mdnice's and 墨滴's editors): MathJax's SVG drawing with its TeX in `data-formula`, displayed
 * inside a `section.block-equation`, inline in a `span.span-inline-equation`.
 */
function svgFormulas(roots: Element[]): void {
  for (const el of selectBelow(roots, 'svg[data-formula]')) {
    const tex = decodeAttribute(el.attribs['data-formula']!).trim();
    if (!tex) continue;
    const holder = el.parent as Element | null;
    const display = /(?:^|\s)(?:span-)?block-equation(?:\s|$)/.test(holder?.attribs?.class ?? '');
    el.name = display ? 'div' : 'span';
    el.attribs = { class: 'math-tex', 'data-tex': escapeMarkup(tex), ...(display && { 'data-display': 'block' }) };
    setChildren(el, [new Text(escapeMarkup(tex))]);
  }
}

/**
 * mathjax-node-page's CommonHTML (LessWrong's, gwern.net's): the TeX only in the drawing's label, the glyphs hidden from
 * screen readers. `<span class="mjpage"><span class="mjx-chtml"><span class="mjx-math" aria-label="P(H) = 0.01">`, displayed
 * as `span.mjpage__block > span.mjx-chtml.MJXc-display`.
 */
function labelledDrawings(roots: Element[]): void {
  for (const el of selectBelow(roots, '.mjx-chtml')) {
    const math = el.children.find((child): child is Element => isTag(child) && /(?:^|\s)mjx-math(?:\s|$)/.test(child.attribs.class ?? ''));
    const tex = decodeAttribute(math?.attribs['aria-label'] ?? '').trim();
    if (!tex || isSpoken(tex)) continue;
    const display = /(?:^|\s)MJXc-display(?:\s|$)/.test(el.attribs.class ?? '') || /(?:^|\s)mjpage__block(?:\s|$)/.test((el.parent as Element | null)?.attribs?.class ?? '');
    el.name = display ? 'div' : 'span';
    el.attribs = { class: 'math-tex', 'data-tex': escapeMarkup(tex), ...(display && { 'data-display': 'block' }) };
    setChildren(el, [new Text(escapeMarkup(tex))]);
  }
}

/** A label that reads the formula out ("upper P left parenthesis upper H right parenthesis", speech output's), not TeX: words in a row outside a command's text. */
const isSpoken = (label: string): boolean => /(?<![\\\w])[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(label.replace(/\\[a-zA-Z]+\s*\{[^{}]*\}/g, ''));

export function texFromData(roots: Element[]): void {
  bareTex(roots);
  labelledDrawings(roots);
  katexElements(roots);
  svgFormulas(roots);
  for (const { selector, attribute, key, display } of DATA_FORMULAS) {
    for (const el of selectBelow(roots, selector)) {
      const tex = texIn(el.attribs[attribute] ?? '', key);
      if (!tex) continue;
      el.attribs = { class: 'math-tex', 'data-tex': escapeMarkup(tex), ...(display && { 'data-display': 'block' }) };
      setChildren(el, [new Text(escapeMarkup(tex))]);
    }
  }
}
