// MathJax 3's drawn output read back as MathML, for a formula whose page kept neither its TeX
// nor the assistive MathML. Both outputs keep the MathML tree's shape: CommonHTML as `mjx-mi`,
// `mjx-mfrac`… elements (with layout boxes such as `mjx-num`, `mjx-script` between them and
// each character in an `mjx-c` whose class names its code point), SVG as `<g data-mml-node="mi">`
// groups (each character a `data-c` code point).
const MATHML = new Set(('math mi mn mo mtext ms mspace mrow mfrac msqrt mroot mstyle merror mpadded mphantom mfenced menclose ' +
  'msub msup msubsup munder mover munderover mmultiscripts mprescripts none mtable mtr mlabeledtr mtd maction semantics').split(' '));
const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
/** Characters MathJax draws that are not part of the formula: the radical sign of a root. */
const SURD = '\u221A';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const tagOf = (el: Element) => (el.localName || el.nodeName).toLowerCase();
const elements = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);

/** A glyph's character: its text, else the code point its class (`mjx-c1D467`) or `data-c` names. */
function glyph(el: Element): string {
  const text = el.textContent ?? '';
  if (text.trim()) return text;
  const hex = el.getAttribute('data-c') ?? /(?:^|\s)mjx-c([0-9A-F]+)(?:\s|$)/i.exec(el.getAttribute('class') ?? '')?.[1];
  const code = hex ? Number.parseInt(hex, 16) : NaN;
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Mathematical italic, bold… letters and digits (and the italic h, U+210E, outside their block). */
const MATH_ALPHANUMERIC = /[\u{1D400}-\u{1D7FF}\u210E]/gu;

/** A token's text: styled mathematical letters as the plain letters MathML means by them. */
const tokenText = (name: string, text: string) => (name === 'mtext' ? text : text.replace(MATH_ALPHANUMERIC, (c) => c.normalize('NFKC'))).trim();

interface Output {
  /** The MathML element name of a node of the drawing, or undefined for a layout box. */
  nodeName(el: Element): string | undefined;
  /** A token's characters. */
  text(el: Element): string;
  /** A node's MathML children, in MathML's order. */
  children(el: Element, name: string): Element[];
}

/** The MathML nodes below el, looking through layout boxes (and not into the nodes found). */
function below(output: Output, el: Element, skip: (box: Element) => boolean = () => false): Element[] {
  const found: Element[] = [];
  for (const child of elements(el)) {
    if (output.nodeName(child)) found.push(child);
    else if (!skip(child)) found.push(...below(output, child, skip));
  }
  return found;
}

/** The first layout box of the tag below el (not inside a MathML node). */
function box(output: Output, el: Element, tag: string): Element | undefined {
  for (const child of elements(el)) {
    if (output.nodeName(child)) continue;
    if (tagOf(child) === tag) return child;
    const inner = box(output, child, tag);
    if (inner) return inner;
  }
  return undefined;
}

const CHTML: Output = {
  nodeName(el) {
    const tag = tagOf(el);
    if (!tag.startsWith('mjx-')) return undefined;
    const name = tag.slice(4);
    if (name === 'texatom') return 'mrow';
    // <mjx-munderover> lays its base and under-script out in an <mjx-munder> box of its own.
    if (name === 'munder' && tagOf(el.parentNode as Element) === 'mjx-box' && tagOf(el.parentNode!.parentNode as Element) === 'mjx-munderover') return undefined;
    return MATHML.has(name) ? name : undefined;
  },
  text: (el) => Array.from(el.querySelectorAll('mjx-c')).map(glyph).join(''),
  children(el, name) {
    const inBox = (tag: string) => {
      const found = box(CHTML, el, tag);
      return found ? below(CHTML, found) : [];
    };
    const base = () => (box(CHTML, el, 'mjx-base') ? inBox('mjx-base') : below(CHTML, el).slice(0, 1));
    switch (name) {
      case 'mfrac':
        return [...inBox('mjx-num'), ...inBox('mjx-den')];
      case 'msqrt':
        return inBox('mjx-box');
      case 'mroot':
        return [...below(CHTML, box(CHTML, el, 'mjx-sqrt') ?? el, (b) => tagOf(b) === 'mjx-surd'), ...inBox('mjx-root')];
      case 'msubsup': {
        // The script box holds the superscript first, then a spacer, then the subscript.
        const [first, ...scripts] = below(CHTML, el);
        return [first!, ...scripts.reverse()].filter(Boolean);
      }
      case 'munder':
      case 'mover':
      case 'munderover':
        if (!box(CHTML, el, 'mjx-under') && !box(CHTML, el, 'mjx-over')) {
          const [first, ...scripts] = below(CHTML, el);
          return [first!, ...scripts.reverse()].filter(Boolean);
        }
        return [...base(), ...(name !== 'mover' ? inBox('mjx-under') : []), ...(name !== 'munder' ? inBox('mjx-over') : [])];
      default:
        return below(CHTML, el, (b) => ['mjx-surd', 'mjx-labels'].includes(tagOf(b)));
    }
  },
};

const SVG: Output = {
  nodeName(el) {
    const name = el.getAttribute('data-mml-node');
    if (!name) return undefined;
    return name === 'TeXAtom' ? 'mrow' : name.toLowerCase();
  },
  text(el) {
    const glyphs = Array.from(el.querySelectorAll('[data-c]')).map(glyph).join('');
    return glyphs || (el.textContent ?? '');
  },
  children(el, name) {
    const nodes = below(SVG, el);
    // The radical sign is drawn as an <mo> of its own.
    const drawn = name === 'msqrt' || name === 'mroot' ? nodes.filter((n) => !(SVG.nodeName(n) === 'mo' && SVG.text(n).trim() === SURD)) : nodes;
    // Drawn superscript before subscript.
    if (name === 'msubsup' || name === 'munderover') return [drawn[0]!, drawn[2]!, drawn[1]!].filter(Boolean);
    return drawn;
  },
};

function toMathml(output: Output, el: Element): string {
  const name = output.nodeName(el)!;
  if (TOKENS.has(name)) return `<${name}>${escapeXml(tokenText(name, output.text(el)))}</${name}>`;
  return `<${name}>${output.children(el, name).map((child) => toMathml(output, child)).join('')}</${name}>`;
}

/**
 * Deeper than any formula's drawing (a formula's MathML nests at most 64 levels, see
 * mathml-tex.ts, and MathJax puts a layout box or two around each): not read back, since the
 * reading recurses.
 */
const MAX_DRAWN_DEPTH = 256;

/** Whether no element below el nests deeper than the limit (a walk, not recursion). */
function withinDepth(el: Element, limit: number): boolean {
  const stack: [Element, number][] = [[el, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return false;
    for (const child of elements(node)) stack.push([child, depth + 1]);
  }
  return true;
}

/** The MathML of a MathJax 3 container's drawn output, or '' when it has none or nests too deep. */
export function mathjaxDrawnMathml(container: Element): string {
  if (!withinDepth(container, MAX_DRAWN_DEPTH)) return '';
  const chtml = container.querySelector('mjx-math');
  if (chtml) return `<math>${below(CHTML, chtml).map((node) => toMathml(CHTML, node)).join('')}</math>`;
  const svg = container.querySelector('[data-mml-node="math"]');
  if (svg) return toMathml(SVG, svg);
  return '';
}
