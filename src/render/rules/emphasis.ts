// Bold and italic that CommonMark still reads as such. `**` only opens before punctuation when a
// space or punctuation stands before it, which CJK text never has (`中文**“引文”**中文` stays
// literal): edge punctuation then moves outside the delimiters, as CJK writers do by hand, and
// if that is not enough the HTML tag is written instead.
import { classOf, isBlockNode } from './dom.js';
import { TEXT_CLOSE, TEXT_OPEN, unmark } from './text-escape.js';
import type { Rule } from './types.js';

const isSpace = (c: string) => c === '' || /\s/u.test(c);
const isPunct = (c: string) => /[\p{P}\p{S}]/u.test(c);

/** The first and last characters inline elements render as. */
const RENDERED_EDGE: Record<string, [string, string]> = {
  A: ['[', ')'], IMG: ['!', ')'], CODE: ['`', '`'], STRONG: ['*', '*'], B: ['*', '*'], EM: ['*', '*'], I: ['*', '*'], SUP: ['<', '>'], SUB: ['<', '>'],
};

/** The character rendered just outside `node` on one side (' ' at a block edge). */
function outside(node: Node, side: 'before' | 'after'): string {
  const sibling = side === 'before' ? node.previousSibling : node.nextSibling;
  if (!sibling) {
    const parent = node.parentNode;
    if (!parent || isBlockNode(parent)) return ' ';
    if (parent.nodeName === 'A') return side === 'before' ? '[' : ']';
    if (/^(?:STRONG|B|EM|I)$/.test(parent.nodeName)) return '*';
    return outside(parent, side);
  }
  if (sibling.nodeType === 3) {
    const text = sibling.textContent ?? '';
    return (side === 'before' ? text.at(-1) : text[0]) ?? outside(sibling, side);
  }
  if (isBlockNode(sibling) || sibling.nodeName === 'BR') return ' ';
  const edge = RENDERED_EDGE[sibling.nodeName];
  if (edge) return side === 'before' ? edge[1] : edge[0];
  const text = sibling.textContent ?? '';
  return (side === 'before' ? text.at(-1) : text[0]) ?? outside(sibling, side);
}

const opens = (before: string, first: string) => !isSpace(first) && (!isPunct(first) || isSpace(before) || isPunct(before));
const closes = (last: string, after: string) => !isSpace(last) && (!isPunct(last) || isSpace(after) || isPunct(after));

/** `content` wrapped in `delimiter`, with edge punctuation moved out when flanking needs it. */
export function wrapEmphasis(content: string, node: Node, delimiter: string, tag: string): string {
  if (!unmark(content).trim()) return '';
  const before = outside(node, 'before');
  const after = outside(node, 'after');
  let lead = '';
  let trail = '';
  let inner = content;
  const plain = () => unmark(inner);
  // When either side fails, edge punctuation leaves from both sides, so quotes stay paired.
  if (!opens(before, plain()[0]!) || before === '*' || !closes(plain().at(-1)!, after) || after === '*') {
    const head = new RegExp(`^${TEXT_OPEN}(\\p{P}+)`, 'u').exec(inner);
    if (head) [lead, inner] = [head[1]!, TEXT_OPEN + inner.slice(head[0].length)];
    const tail = new RegExp(`(\\p{P}+)${TEXT_CLOSE}$`, 'u').exec(inner);
    if (tail) [trail, inner] = [tail[1]!, inner.slice(0, tail.index) + TEXT_CLOSE];
  }
  const text = plain();
  const ok = text.trim() === text && text !== '' &&
    opens(lead ? lead.at(-1)! : before, text[0]!) && closes(text.at(-1)!, trail ? trail[0]! : after) &&
    (lead !== '' || before !== '*') && (trail !== '' || after !== '*');
  const wrap = (s: string) => (s ? TEXT_OPEN + s + TEXT_CLOSE : '');
  if (ok) return wrap(lead) + delimiter + inner + delimiter + wrap(trail);
  return `<${tag}>${content}</${tag}>`;
}

const STRONG = /^(?:STRONG|B)$/;
const EMPHASIS = /^(?:EM|I)$/;

/** Inside an element of the same kind, up to the block it is in ("<b><strong>Key points:</strong></b>"): already bold. */
function insideSame(node: Node, kind: RegExp): boolean {
  for (let up = node.parentNode; up && !isBlockNode(up); up = up.parentNode) if (kind.test(up.nodeName)) return true;
  return false;
}

export const strong: Rule = {
  name: 'strong',
  filter: (node) => STRONG.test(node.nodeName) && !/\bfont-weight:\s*(?:normal|[1-4]00)\b/.test(node.getAttribute('style') ?? ''),
  replacement: (content, node) => (insideSame(node, STRONG) ? content : wrapEmphasis(content, node, '**', 'strong')),
};

export const emphasis: Rule = {
  name: 'emphasis',
  filter: (node) => EMPHASIS.test(node.nodeName) && !/\b(?:icon|fa|iconfont)\b/.test(classOf(node)),
  replacement: (content, node) => (insideSame(node, EMPHASIS) ? content : wrapEmphasis(content, node, '*', 'em')),
};
