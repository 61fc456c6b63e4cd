// TeX the page left in its text for a script to typeset (MathJax's and KaTeX's auto-render read
// `\(…\)` and `$…$` inline, `\[…\]` and `$$…$$` displayed): each such formula becomes an element
// carrying its TeX in `data-tex`, which the Markdown math rule writes as `$…$` or `$$…$$`,
// instead of text whose `$` and `\` would be escaped.
import { textsBelow } from '../rules/dom.js';
import { CODE_NAME, LINE_LISTINGS, PREFORMATTED_LISTINGS } from '../../code-listings.js';

/** WordPress's Jetpack shortcode left unrendered, `$latex e^{i\pi}&s=1$`: the TeX after the word, without its size and colour parameters. */
const JETPACK = /^latex\s+([\s\S]+?)(?:&(?:s|bg|fg)=[\w-]*)*$/;

/** Where text is not prose to typeset. */
const NOT_PROSE = new Set(['PRE', 'CODE', 'KBD', 'SAMP', 'TT', 'VAR', 'SCRIPT', 'STYLE', 'TEXTAREA', 'MATH', 'SVG', 'MJX-CONTAINER']);

/**
 * The delimited formulas, in the order the engines try them. An inline `$…$` (the money sign
 * too) is a formula only when it hugs its TeX: no space inside either dollar, no digit right
 * after the closing one ("$5 and $10" is not one), a letter only as hugsWord allows. A math
 * environment outside delimiters (`\begin{align}…\end{align}`, tex4ht's `\begin {equation}`, which MathJax typesets as it
 * stands) is a displayed formula, the environment its TeX. WordPress's LaTeX plugins' shortcode left
 * unrendered (`[latex]…[/latex]`) is an inline one.
 */
const FORMULA = /(?<!\\)\$\$([^$]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|(?<![\\$\w])\$(?![\s$])((?:\\.|[^$\\\n])+?)(?<![\s\\])\$(?![\d$])|(\\begin\s*\{(equation|align|gather|multline|eqnarray|displaymath|math)(\*?)\}[^$]{1,5000}?\\end\s*\{\6\7\})|\[latex\]([\s\S]+?)\[\/latex\]/g;

/**
 * Whether an inline formula may have a letter right after it: one letter ("the $n$th") or TeX
 * markup; not "$HOME/$USER", a shell's variables.
 */
const hugsWord = (tex: string, after: string | undefined) => !after || !/\w/.test(after) || /^\p{L}$/u.test(tex) || /[\\_^{}]/.test(tex);

/** Editors' and highlighters' listings drawn without a <pre> (CodeMirror 6's div.cm-line): a shell's "$BACKUP_DIR/db-$STAMP" is code. */
const LISTINGS = [...LINE_LISTINGS.map(({ block }) => block), ...PREFORMATTED_LISTINGS].join(', ');

function isProse(text: Text): boolean {
  if (text.parentElement?.closest(LISTINGS)) return false;
  for (let el = text.parentElement; el; el = el.parentElement) {
    // Nor code named so without a <pre> (Crayon's td.crayon-code: a regex's "\[(?P<time>[^\]]+)\]" is no formula).
    if (NOT_PROSE.has(el.nodeName.toUpperCase()) || CODE_NAME.test(el.getAttribute('class') ?? '')) return false;
    if (el.hasAttribute('data-tex') || /(?:^|\s)(?:katex|MathJax|mwe-math-element)(?:\s|$)/.test(el.getAttribute('class') ?? '')) return false;
  }
  return true;
}

/** Lines a displayed formula may run over, as text between <br>s. */
const MAX_FORMULA_LINES = 50;

/** Whether the text opens a displayed formula it does not close: an odd `$$`, a `\[` or `\begin{…}` left open. */
function opensDisplay(text: string): boolean {
  if ((text.match(/(?<!\\)\$\$/g)?.length ?? 0) % 2 === 1) return true;
  if (text.lastIndexOf('\\[') > text.lastIndexOf('\\]')) return true;
  const env = /\\begin\s*\{(\w+\*?)\}(?![\s\S]*\\end\s*\{\1\})/.exec(text);
  return !!env;
}

/**
 * A displayed formula written over several lines of a paragraph (its lines split by <br>): the
 * lines joined into one text, so that the formula is found whole. Nothing changes unless the
 * formula closes within the lines that follow.
 */
function joinFormulaLines(root: Element): void {
  const doc = root.ownerDocument;
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const first = br.previousSibling;
    if (!br.parentNode || first?.nodeType !== 3 || !isProse(first as Text) || !opensDisplay(first.textContent!)) continue;
    const run: Node[] = [first];
    let joined = first.textContent!;
    for (let n: Node | null = br, lines = 0; n && lines < MAX_FORMULA_LINES; n = n.nextSibling) {
      if (n.nodeName === 'BR') {
        joined += '\n';
        lines++;
      } else if (n.nodeType === 3) joined += n.textContent;
      else break;
      run.push(n);
      if (n.nodeType === 3 && !opensDisplay(joined)) {
        first.parentNode!.insertBefore(doc.createTextNode(joined), first);
        for (const node of run) node.parentNode!.removeChild(node);
        break;
      }
    }
  }
}

/** Replaces the formulas written as delimited TeX in the text below root with formula elements. */
export function markRawTex(root: Element): void {
  joinFormulaLines(root);
  const doc = root.ownerDocument;
  const texts = textsBelow(root).filter((text) => /[$\\]|\[latex\]/.test(text.data) && isProse(text));
  for (const text of texts) {
    const data = text.data;
    const parts: Node[] = [];
    let last = 0;
    for (const m of data.matchAll(FORMULA)) {
      const delimited = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[8] ?? '').trim();
      const tex = (m[4] !== undefined && JETPACK.exec(delimited)?.[1]) || delimited;
      if (!tex || (m[4] !== undefined && !hugsWord(tex, data[m.index + m[0].length]))) continue;
      if (m.index > last) parts.push(doc.createTextNode(data.slice(last, m.index)));
      const display = m[1] !== undefined || m[2] !== undefined || m[5] !== undefined;
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
