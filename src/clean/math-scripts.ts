// MathJax 2 keeps a formula's TeX in `<script type="math/tex">` (`; mode=display` for a block),
// next to the glyphs it drew. Scripts are removed before output, so each such script becomes
// an element carrying its TeX in `data-tex` (and as its text), which the Markdown math rule writes as `$…$`;
// the drawn copy and its preview before it go, as the typeset glyphs of other engines do. An
// AsciiMath script that no engine drew stays as code. A TeX source hidden in a span beside its
// drawing (Discourse's) is kept the same way: the drawing after it goes.
import { isTag, Text, type AnyNode, type Element } from 'domhandler';
import { escapeMarkup } from '../decode/entities.js';
import { descendants, isWithin, removeNodes, setChildren } from './tree.js';

const TEX_SCRIPT = /^\s*math\/tex\s*(;\s*mode\s*=\s*display\s*)?$/i;
const ASCIIMATH_SCRIPT = /^\s*math\/asciimath\s*(?:;|$)/i;
const DRAWN = /(?:^|\s)(?:MathJax|MathJax_Display|MathJax_Preview|MathJax_SVG|MathJax_SVG_Display|MathJax_CHTML|MathJax_MathML|MJXc-display)(?:\s|$)/;

/** What a script holds, trimmed. */
const scriptText = (script: Element) => script.children.map((child) => ('data' in child ? child.data : '')).join('').trim();

/** kramdown wraps a formula holding `&` or `<` in a commented CDATA section for XHTML: `% <![CDATA[` … `%]]>`. */
const COMMENTED_CDATA = /^%\s*<!\[CDATA\[\s*([\s\S]*?)\s*%\s*\]\]>$/;

/** The elements MathJax drew for this script: its previous siblings, up to other content. */
function drawnCopies(script: Element): AnyNode[] {
  const drawn: AnyNode[] = [];
  for (let prev = script.prev; prev; prev = prev.prev) {
    if (prev.type === 'text' && !('data' in prev && prev.data.trim())) continue;
    if (!isTag(prev) || !DRAWN.test(prev.attribs.class ?? '')) break;
    drawn.push(prev);
  }
  return drawn;
}

/** A formula's TeX a page hides beside its drawing (Discourse's `<span class="math" style="display: none">` before its `span.math-container`). */
const HIDDEN = /(?:^|;)\s*display\s*:\s*none/i;
const DRAWING = /(?:^|\s)(?:math-container|MathJax\w*|katex(?:-display)?)(?:\s|$)/;

/** The drawing right after a hidden TeX source: a second copy of the formula, the source being the exact one. */
function drawingAfterSource(el: Element): Element | undefined {
  if (!/(?:^|\s)math(?:\s|$)/.test(el.attribs.class ?? '') || !HIDDEN.test(el.attribs.style ?? '')) return undefined;
  let next = el.next;
  while (next && next.type === 'text' && !next.data.trim()) next = next.next;
  return next && isTag(next) && (DRAWING.test(next.attribs.class ?? '') || next.children.some((child) => isTag(child) && child.name === 'mjx-container')) ? next : undefined;
}

/**
 * Within a paragraph or a phrase (Zhihu's `<p><span class="ztext-math">…<script type="math/tex; mode=display">`):
 * a <div> there would end the paragraph when the page is read again, set apart from the formula holding it as a second copy.
 */
const PHRASE = /^(?:p|span|a|em|strong|b|i|h[1-6])$/;
const inPhrase = (script: Element): boolean => isWithin(script, (up) => PHRASE.test(up.name));

export function texFromScripts(roots: Element[]): void {
  const drawn: AnyNode[] = [];
  for (const script of descendants(roots)) {
    const drawing = drawingAfterSource(script);
    if (drawing) drawn.push(drawing);
    if (script.name === 'script' && ASCIIMATH_SCRIPT.test(script.attribs.type ?? '')) keepAsciiMath(script);
    const type = script.name === 'script' ? TEX_SCRIPT.exec(script.attribs.type ?? '') : null;
    if (!type) continue;
    const text = scriptText(script);
    const tex = COMMENTED_CDATA.exec(text)?.[1] ?? text;
    drawn.push(...drawnCopies(script));
    const display = type[1] !== undefined;
    // Now a plain element: serialized with its attributes, sanitized like any other.
    (script as { type: string }).type = 'tag';
    script.name = display && !inPhrase(script) ? 'div' : 'span';
    script.attribs = { class: 'math-tex', 'data-tex': escapeMarkup(tex), ...(display && { 'data-display': 'block' }) };
    // The TeX as text too: an element without text is dropped as blank before any rule sees it.
    setChildren(script, [new Text(escapeMarkup(tex))]);
  }
  removeNodes(drawn);
}

/**
 * An AsciiMath formula no engine drew (its drawn copy, with its MathML, is read as any MathJax
 * output): kept as code, its text as written, since it is no TeX.
 */
function keepAsciiMath(script: Element): void {
  if (drawnCopies(script).length) return;
  const text = scriptText(script);
  (script as { type: string }).type = 'tag';
  script.name = 'code';
  script.attribs = { class: 'asciimath' };
  setChildren(script, [new Text(escapeMarkup(text))]);
}
