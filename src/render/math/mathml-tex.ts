// MathML to TeX, for formulas a page gives only as MathML (MathJax 3's assistive MathML, bare
// <math> without a TeX annotation): the mathml-to-latex library does the conversion; this
// module hands it clean XML, since it parses strictly and a page's HTML-serialized MathML is not
// (HTML entities such as &nbsp;, whitespace around token text, annotations beside the formula).
import { MathMLToLaTeX } from 'mathml-to-latex';

/** MathML token elements: their text is the symbol, surrounding whitespace is markup. */
const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
/** Alternative encodings of the formula beside it, not part of it. */
const ANNOTATIONS = new Set(['annotation', 'annotation-xml']);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const nameOf = (el: Element) => (el.localName || el.nodeName).toLowerCase().replace(/^m:/, '');

/** Deeper than any real formula: such markup is kept as MathML, not converted (the conversion would be slow). */
const MAX_DEPTH = 64;

/** The element as well-formed MathML XML, or '' when it nests deeper than a formula would. */
export function mathmlXml(el: Element): string {
  try {
    return xmlOf(el, 0);
  } catch (error) {
    if (error instanceof RangeError) return '';
    throw error;
  }
}

/** Functions TeX writes upright with a command of their name (`\\log`), which MathML writes as a word in <mi>. */
const FUNCTIONS = new Set(['arccos', 'arcsin', 'arctan', 'arg', 'cos', 'cosh', 'cot', 'coth', 'csc', 'deg', 'det', 'dim', 'exp', 'gcd', 'hom', 'inf', 'ker', 'lg', 'lim', 'liminf', 'limsup', 'ln', 'log', 'max', 'min', 'Pr', 'sec', 'sin', 'sinh', 'sup', 'tan', 'tanh']);
/** Another word of letters alone in an <mi>: a name MathML shows upright, as TeX's \\operatorname does. */
const OPERATOR_NAME = /^[A-Za-z]{2,}$/;
/** Operators whose limits TeX sets under and over them by itself (`\\sum_{x}`), as MathML does with <munder>. */
const BIG_OPERATORS = new Set(['∑', '∏', '∐', '⋃', '⋂', '⨁', '⨂', '⨀', '⨄', '⋁', '⋀', '∫', '∮', 'lim', 'max', 'min', 'sup', 'inf', 'liminf', 'limsup']);

const firstElement = (el: Element) => Array.from(el.childNodes).find((node): node is Element => node.nodeType === 1);

/** A name the converter reads as TeX does: a function's word as its command, a big operator's limits as its sub- and superscript. */
function texName(el: Element, name: string): string {
  const base = name === 'munder' || name === 'munderover' ? firstElement(el) : undefined;
  if (base && BIG_OPERATORS.has((base.textContent ?? '').trim())) return name === 'munder' ? 'msub' : 'msubsup';
  return name;
}

function xmlOf(el: Element, depth: number): string {
  if (depth > MAX_DEPTH) throw new RangeError('MathML nested too deep');
  const name = texName(el, nameOf(el));
  const attributes = Array.from(el.attributes)
    .filter((a) => /^[a-z][\w-]*$/i.test(a.name) && a.name !== 'xmlns')
    .map((a) => ` ${a.name}="${escapeXml(a.value)}"`)
    .join('');
  let inner = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) inner += escapeXml(child.textContent ?? '');
    else if (child.nodeType === 1 && !ANNOTATIONS.has(nameOf(child as Element))) inner += xmlOf(child as Element, depth + 1);
  }
  // Text keeps its spaces as a browser shows them (collapsed), symbols have none.
  if (name === 'mtext') inner = inner.replace(/\s+/g, ' ');
  else if (TOKENS.has(name)) inner = inner.replace(/\s+/g, ' ').trim();
  else inner = inner.replace(/^\s+|\s+$/g, '').replace(/>\s+</g, '><');
  if ((name === 'mi' || name === 'mo') && FUNCTIONS.has(inner)) inner = `\\${inner}`;
  // Any other word in an <mi> is set upright, as MathML shows a name of several letters (Temml's "tr" of \operatorname{tr}).
  else if (name === 'mi' && OPERATOR_NAME.test(inner) && !el.hasAttribute('mathvariant')) inner = `\\operatorname{${inner}}`;
  return `<${name}${attributes}>${inner}</${name}>`;
}

/**
 * A fence the converter closed at once with an empty one, as it reads a bracket MathJax set apart (`(pc)^2`, whose
 * ")" is the base of the power): `\left(\right.` and `\left.\right)` are the bracket alone.
 */
const LONE_FENCE = /\\left([([{|]|\\\{)\s*\\right\.|\\left\.\s*\\right([)\]}|]|\\\})/g;

/** The TeX of a MathML formula (well-formed XML), or '' when it has no content or cannot be read. */
export function mathmlToTex(xml: string): string {
  try {
    return MathMLToLaTeX.convert(xml).trim().replace(LONE_FENCE, (_, open: string | undefined, close: string | undefined) => open ?? close!);
  } catch {
    return '';
  }
}
