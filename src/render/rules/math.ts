// Rendered formulas back to their TeX: KaTeX and MathML with an `application/x-tex` annotation
// (MathJax, Wikipedia), a `data-tex`/`data-latex` attribute, the MathML of a `data-mathml`
// attribute, an element whose text is the TeX for a script (Pandoc's, GitLab's), or a formula
// image (a TeX-drawing service, Wikipedia's fallback) whose alt is the TeX; `$…$` inline,
// `$$…$$` as a block.
// MathJax 2's `<script type="math/tex">` arrives as `data-tex` (clean/math-scripts.ts). Where the
// page kept no TeX, the MathML (or MathJax 3's drawing of it) is converted to TeX; MathML that
// cannot be converted stays MathML (browsers draw it).
import { decodeText } from '../../decode/entities.js';
import { imageTex } from '../math/image-tex.js';
import { mathjaxDrawnMathml } from '../math/mathjax-output.js';
import { mathmlToTex, mathmlXml } from '../math/mathml-tex.js';
import { aloneInParent, classOf } from './dom.js';
import { tableKind } from './table.js';
import type { Rule } from './types.js';

/** Attributes holding a formula's TeX; Feishu's documents keep it in data-equation beside KaTeX's drawing without MathML. */
const TEX_ATTRIBUTES = ['data-tex', 'data-latex', 'data-formula', 'data-math', 'data-equation'];
/** An attribute holding the formula's MathML (MathJax 2's CommonHTML output, publishers' spans). */
const MATHML_ATTRIBUTE = 'data-mathml';

/** Elements whose text is the TeX, for a script to typeset, and the selector a displayed one matches. */
const TEX_TEXTS: readonly { selector: string; display: string }[] = [
  // Distill: <d-math block>…</d-math>
  { selector: 'd-math', display: 'd-math[block]' },
  // Pandoc's --katex (and --mathjax, its delimiters kept): <span class="math inline">…</span>, <span class="math display">…</span>
  { selector: 'span.math.inline, span.math.display', display: '.display' },
  // remark-math (v5 and before) without rehype-katex: <span class="math math-inline">…</span>, <div class="math math-display">…</div>
  { selector: '.math.math-inline, .math.math-display', display: '.math-display' },
  // GitLab: <code class="code math js-render-math" data-math-style="inline">, <pre class="code math js-render-math" data-math-style="display"><code>
  { selector: '.js-render-math', display: '[data-math-style="display"]' },
  // Gitea, Forgejo: <code class="language-math is-loading">…</code> (a displayed one, a ```math block, is a <pre>: the code rule's)
  { selector: 'code.language-math', display: 'pre > code' },
  // WordPress's KaTeX plugin: <span class="katex-eq" data-katex-display="false">…</span>; its block, <div class="wp-block-katex-display-block katex-eq" data-katex-display="true"><pre>…</pre></div>
  { selector: '.katex-eq', display: '[data-katex-display="true"]' },
];
/** What a script leaves of a formula it typeset: then the drawing, not the text, is read. */
const TYPESET = 'math, svg, img, mjx-container, .katex, .MathJax, [data-tex]';
const is = (el: Element, selector: string) => el.closest(selector) === el;
/** What every TeX text's element shows, checked first: the selectors walk up the tree, and MathML nests deep. */
const MAY_HOLD_TEX_TEXT = /^D-MATH\b|\s(?:\S+-)?math(?:\s|$)|\skatex-eq(?:\s|$)/;

function texText(el: Element) {
  if (!MAY_HOLD_TEX_TEXT.test(`${el.nodeName.toUpperCase()} ${classOf(el)}`)) return undefined;
  const found = TEX_TEXTS.find(({ selector }) => is(el, selector));
  return found && !el.querySelector(TYPESET) ? found : undefined;
}
/** The delimiters a TeX text may keep around the formula: `\(…\)`, `\[…\]`, `$…$`, `$$…$$`. */
const DELIMITED = /^(?:\\\(([\s\S]*)\\\)|\\\[([\s\S]*)\\\]|\$\$([\s\S]*)\$\$|\$([\s\S]*)\$)$/;

function textTex(el: Element): string {
  const text = (el.textContent ?? '').trim();
  const m = DELIMITED.exec(text);
  return (m ? (m[1] ?? m[2] ?? m[3] ?? m[4]!) : text).trim();
}
const CONTAINER = /(?:^|\s)(?:katex-display|katex|mwe-math-element|MathJax|MathJax_Display|math-tex|math-display|math-inline)(?:\s|$)/;

function texAttribute(node: Element): string {
  for (const name of TEX_ATTRIBUTES) {
    const value = node.getAttribute(name)?.trim();
    if (value) return value;
  }
  return '';
}

function annotation(node: Element): string {
  const found = node.querySelector('annotation[encoding="application/x-tex"], annotation[encoding="TeX"]');
  return (found?.textContent ?? node.querySelector('math[alttext]')?.getAttribute('alttext') ?? (node.nodeName.toUpperCase() === 'MATH' ? node.getAttribute('alttext') : '') ?? '').trim();
}

function findTex(el: Element): string {
  const fromAttribute = texAttribute(el);
  if (fromAttribute) return fromAttribute;
  if (texText(el)) return textTex(el);
  const fromImage = imageTex(el);
  if (fromImage) return fromImage;
  const name = el.nodeName.toUpperCase();
  // MathJax 4 keeps the TeX of the whole formula (and of each part) in data-latex, the outermost first.
  if (name === 'MATH' || name === 'MJX-CONTAINER' || CONTAINER.test(classOf(el))) return el.querySelector('[data-latex]')?.getAttribute('data-latex')?.trim() || annotation(el) || convertedTex(el);
  return el.hasAttribute(MATHML_ATTRIBUTE) ? attributeMathmlTex(el.getAttribute(MATHML_ATTRIBUTE)!) : '';
}

const ANNOTATION_XML = /<annotation\b[^>]*\bencoding="(?:application\/x-tex|TeX)"[^>]*>([\s\S]*?)<\/annotation>|<math\b[^>]*\balttext="([^"]*)"/;

/** The TeX of MathML kept as an attribute's value: its TeX annotation or alttext, else converted. */
function attributeMathmlTex(xml: string): string {
  const m = ANNOTATION_XML.exec(xml);
  const tex = m ? decodeText(m[1] ?? m[2]!).trim() : mathmlToTex(xml);
  return MARKDOWN_ACTIVE.test(tex) ? '' : tex;
}

/** Markdown that would turn a formula's text into a link or HTML where no math plugin reads the `$`. */
const MARKDOWN_ACTIVE = /\]\s*\(|<[A-Za-z/!?]|\[[^\]]*\]\s*:/;

/**
 * The TeX converted from the formula's MathML, else from MathJax 3's drawing. Only the outermost
 * <math> is converted (nested ones are part of it; converting each would be quadratic in the
 * nesting); a result with Markdown link or HTML syntax in it (MathML text is the page's) is not
 * used, and the MathML stays, its text escaped (the mathml rule).
 */
function convertedTex(el: Element): string {
  if (el.parentElement?.closest('math')) return '';
  const math = el.nodeName.toUpperCase() === 'MATH' ? el : el.querySelector('math');
  const xml = math ? mathmlXml(math) : el.nodeName.toUpperCase() === 'MJX-CONTAINER' ? mathjaxDrawnMathml(el) : '';
  const tex = xml ? mathmlToTex(xml) : '';
  return MARKDOWN_ACTIVE.test(tex) ? '' : tex;
}

/** Found once per element: nested formulas would otherwise search each ancestor's subtree again and again. */
const texCache = new WeakMap<Node, string>();

/** The TeX of a formula element, or '' when it is not one. */
export function texOf(node: Node): string {
  if (node.nodeType !== 1) return '';
  let tex = texCache.get(node);
  if (tex === undefined) texCache.set(node, (tex = findTex(node as Element)));
  return tex;
}

/**
 * A formula image shown as a block: marked so (Pandoc's `math display`, QuickLaTeX's
 * `ql-img-displayed-equation`, Doxygen's `formulaDsp`), or not marked inline and either its alt
 * delimited as a displayed formula (`\[…\]`, `$$…$$`) or a display environment (AoPS's `\begin{align*}`), or in Sphinx's `div.math`.
 */
const DISPLAY_IMAGE = /(?:^|\s)(?:[\w-]*display(?:ed)?(?:-[\w-]*)?|formulaDsp)(?:\s|$)/i;
const INLINE_IMAGE = /inline|formulaInl/i;
/** An environment TeX sets only as a displayed formula (`\begin{align*}`): written inline it would not typeset. */
const DISPLAY_ENVIRONMENT = /^\s*\\begin\{(?:align|alignat|equation|eqnarray|flalign|gather|multline)\*?\}/;
const isDisplayImage = (img: Element) =>
  DISPLAY_IMAGE.test(classOf(img)) || (!INLINE_IMAGE.test(classOf(img)) && (/^\s*(?:\\\[|\$\$)/.test(img.getAttribute('alt') ?? '') || DISPLAY_ENVIRONMENT.test(img.getAttribute('alt') ?? '') || !!img.parentElement?.closest('div.math') || /[?&]mode=display\b/.test(img.getAttribute('src') ?? '') || centredAlone(img)));

/** A block a document editor names for a formula (腾讯文档's `div.formula-block`), holding its image alone: a displayed one. */
const FORMULA_BLOCK = /(?:^|[\s_-])(?:formula|equation)-block(?:$|[\s_-])/i;

/** A formula's element styled as a block of its own (mdnice's `section.block-equation`, Yuque's `span.ne-math`). */
const DISPLAY_BLOCK = /(?:^|;)\s*display\s*:\s*block/i;

/**
 * An image alone in a centred block: how a blog sets a displayed formula drawn by a TeX service (WordPress.com's
 * `<p style="text-align:center">`, Upmath's `<p align="center">`); or alone in an element styled as a block (Yuque's), or named for a formula's block.
 */
/** Whether `el` is all `block` holds besides blank text (and line breaks, with `breaks`). */
const aloneIn = (block: Element, el: Element, breaks = false) =>
  Array.from(block.childNodes).every((node) => node === el || (breaks && node.nodeName === 'BR') || (node.nodeType === 3 && !(node.textContent ?? '').trim()));

function centredAlone(img: Element): boolean {
  const block = img.parentElement;
  if (!block) return false;
  const alone = aloneIn(block, img, true);
  if (alone && /^(?:SPAN|SECTION)$/.test(block.nodeName) && DISPLAY_BLOCK.test(block.getAttribute('style') ?? '')) return true;
  if (alone && FORMULA_BLOCK.test(classOf(block))) return true;
  if (!/^(?:P|DIV|CENTER)$/.test(block.nodeName)) return false;
  return alone && (block.nodeName === 'CENTER' || /text-align\s*:\s*center/i.test(block.getAttribute('style') ?? '') || /^center$/i.test(block.getAttribute('align') ?? ''));
}

/** The outermost inline element holding only this one (the <code> around KaTeX's span). */
function soleWrapper(el: Element): Element {
  let wrapped = el;
  for (let up = el.parentElement; up && /^(?:CODE|SPAN)$/.test(up.nodeName) && aloneIn(up, wrapped); up = up.parentElement) wrapped = up;
  return wrapped;
}

function isDisplay(el: Element): boolean {
  const name = el.nodeName.toUpperCase();
  // WeChat's formula editor (and mdnice pasted into it) types its formulas: data-formula-type="block-equation".
  if (/katex-display|MathJax_Display|math-display|math-block|block-equation|mwe-math-display|mwe-math-fallback-image-display/.test(classOf(el)) || DISPLAY_BLOCK.test(el.getAttribute('style') ?? '') || el.getAttribute('data-formula-type') === 'block-equation' || el.querySelector('.katex-display, .mwe-math-mathml-display, [data-formula-type="block-equation"]')) return true;
  if (name === 'IMG') return isDisplayImage(el);
  if (name === 'MJX-CONTAINER') return el.getAttribute('display') === 'true';
  // A formula typeset inline, alone in a centred paragraph (R's help pages: its \deqn as KaTeX in code.reqn in <p style="text-align: center">).
  if (centredAlone(soleWrapper(el))) return true;
  const text = texText(el);
  if (text) return is(el, text.display);
  if (el.hasAttribute(MATHML_ATTRIBUTE)) return /\bdisplay="block"/.test(el.getAttribute(MATHML_ATTRIBUTE)!);
  const math = name === 'MATH' ? el : el.querySelector('math');
  return math?.getAttribute('display') === 'block' || el.getAttribute('data-display') === 'block';
}

/** Inside a formula already being written (KaTeX nests .katex in .katex-display). */
const insideFormula = (node: Node): boolean => {
  for (let n = node.parentNode; n && n.nodeType === 1; n = n.parentNode) if (texOf(n)) return true;
  return false;
};

/** A formula on lines of its own. */
export const displayedFormula = (tex: string): string => `\n\n$$\n${tex}\n$$\n\n`;

export const math: Rule = {
  name: 'math',
  filter: (node) => texOf(node) !== '' && !insideFormula(node),
  replacement(_content, node) {
    let tex = texOf(node).replace(/^\{\\displaystyle\s*([\s\S]*)\}$/, '$1').replace(/^\{\\textstyle\s*([\s\S]*)\}$/, '$1').trim();
    // A line break closing a formula alone in its paragraph asks for it on a line of its own (Zhihu's editor writes display formulas so).
    const breaksAfter = /(?<!\\)(?:\\\\)+$/.test(tex) && aloneInParent(node as Element);
    if (breaksAfter) tex = tex.replace(/(?:\\\\)+$/, '').trim();
    // A table's cell holds one line: a displayed formula there is written inline. A table laying
    // out formulas and their numbers (LaTeXML's ltx_equation, JATS' disp-formula) is no table to keep.
    const inCell = !!(node as Element).closest('td, th') && tableKind((node as Element).closest('table')) !== 'layout';
    if ((breaksAfter || isDisplay(node as Element)) && !inCell) return displayedFormula(tex);
    return `$${tex.replace(/\s*\n\s*/g, ' ')}$`;
  },
};

/**
 * Formulas that may show no text: MathJax 3's drawing (its glyphs drawn with CSS or SVG), an
 * element holding its TeX in an attribute (KaTeX's drawing beside it gone, hidden from readers).
 */
const DRAWN_FORMULAS = ['mjx-container', ...[...TEX_ATTRIBUTES, MATHML_ATTRIBUTE].map((name) => `[${name}]:not(img)`)].join(', ');

/**
 * Gives a formula drawn without any text its TeX as text: turndown drops an element without
 * text as blank, and collapses the spaces around it.
 */
export function markDrawnFormulas(root: Element): void {
  for (const container of Array.from(root.querySelectorAll(DRAWN_FORMULAS))) {
    if ((container.textContent ?? '').trim() || insideFormula(container)) continue;
    const tex = texOf(container);
    if (tex) container.appendChild(container.ownerDocument.createTextNode(tex));
  }
}

/** Characters Markdown would read as syntax in the text of inline HTML. */
const MARKDOWN_SYNTAX = /[\\`*_[\]()!<>#|~$]/g;

/**
 * MathML without TeX: kept as MathML (browsers draw it). Its text stands inside inline HTML,
 * where Markdown still applies, so the syntax characters in it are written as entities.
 */
export const mathml: Rule = {
  name: 'mathml',
  filter: (node) => node.nodeName.toUpperCase() === 'MATH' && !texOf(node) && !insideFormula(node),
  replacement: (_content, node) =>
    (node as Element).outerHTML
      .replace(/\n\s*\n/g, '\n')
      .replace(/>([^<]+)</g, (_m, text: string) => `>${text.replace(MARKDOWN_SYNTAX, (c) => `&#${c.charCodeAt(0)};`)}<`),
};
