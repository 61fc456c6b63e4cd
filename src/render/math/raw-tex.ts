// TeX the page left in its text for a script to typeset (MathJax's and KaTeX's auto-render read
// `\(…\)` and `$…$` inline, `\[…\]` and `$$…$$` displayed): each such formula becomes an element
// carrying its TeX in `data-tex`, which the Markdown math rule writes as `$…$` or `$$…$$`,
// instead of text whose `$` and `\` would be escaped.
import { textsBelow } from '../rules/dom.js';

/** Where text is not prose to typeset. */
const NOT_PROSE = new Set(['PRE', 'CODE', 'KBD', 'SAMP', 'TT', 'VAR', 'SCRIPT', 'STYLE', 'TEXTAREA', 'MATH', 'SVG', 'MJX-CONTAINER']);

/**
 * The delimited formulas, in the order the engines try them. An inline `$…$` (the money sign
 * too) is a formula only when it hugs its TeX: no space inside either dollar, no digit right
 * after the closing one ("$5 and $10" is not one).
 */
const FORMULA = /(?<!\\)\$\$([^$]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|(?<![\\$\w])\$(?![\s$])((?:\\.|[^$\\\n])+?)(?<![\s\\])\$(?![\d$\w])/g;

function isProse(text: Text): boolean {
  for (let el = text.parentElement; el; el = el.parentElement) {
    if (NOT_PROSE.has(el.nodeName.toUpperCase())) return false;
    if (el.hasAttribute('data-tex') || /(?:^|\s)(?:katex|MathJax|math-tex|mwe-math-element)(?:\s|$)/.test(el.getAttribute('class') ?? '')) return false;
  }
  return true;
}

/** Replaces the formulas written as delimited TeX in the text below root with formula elements. */
export function markRawTex(root: Element): void {
  const doc = root.ownerDocument;
  const texts = textsBelow(root).filter((text) => /[$\\]/.test(text.data) && isProse(text));
  for (const text of texts) {
    const data = text.data;
    const parts: Node[] = [];
    let last = 0;
    for (const m of data.matchAll(FORMULA)) {
      const tex = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
      if (!tex) continue;
      if (m.index > last) parts.push(doc.createTextNode(data.slice(last, m.index)));
      const display = m[1] !== undefined || m[2] !== undefined;
      // A block element for a displayed formula: turndown then drops the spaces beside it.
      const formula = doc.createElement(display ? 'div' : 'span');
      formula.setAttribute('class', 'math-tex');
      formula.setAttribute('data-tex', tex);
      if (display) formula.setAttribute('data-display', 'block');
      formula.appendChild(doc.createTextNode(tex));
      parts.push(formula);
      last = m.index + m[0].length;
    }
    if (!parts.length) continue;
    if (last < data.length) parts.push(doc.createTextNode(data.slice(last)));
    for (const part of parts) text.parentNode!.insertBefore(part, text);
    text.remove();
  }
}
