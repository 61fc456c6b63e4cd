// Inline `<code>`: its text as shown, in a backtick run longer than any inside it.
import type { Rule } from './types.js';

export function codeSpan(text: string): string {
  const code = text.replace(/\r?\n|\r/g, ' ');
  if (!code) return '';
  let delimiter = '`';
  const runs: string[] = code.match(/`+/g) ?? [];
  while (runs.includes(delimiter)) delimiter += '`';
  const pad = /^`|`$|^ .*\S.* $/.test(code) ? ' ' : '';
  return delimiter + pad + code + pad + delimiter;
}

/** The element's text, a <br> in it a line end (a code span writes it as a space, never gluing two lines' words). */
function textWithBreaks(node: Node): string {
  if (node.nodeName === 'BR') return '\n';
  if (node.nodeType !== 1) return node.textContent ?? '';
  return Array.from(node.childNodes, textWithBreaks).join('');
}

const TYPESET_FORMULA = '.katex, math, mjx-container';

export const inlineCode: Rule = {
  name: 'inlineCode',
  // A <code> around a <pre> (a highlighter's wrapper) holds a block: the <pre> rule writes it.
  filter: (node) => /^(?:CODE|KBD|SAMP|TT)$/.test(node.nodeName) && node.parentNode?.nodeName !== 'PRE' && !(node as Element).querySelector('pre'),
  // One around a formula a script typeset from its text (R's help pages: KaTeX in code.reqn) holds the formula, as the math rule writes it.
  replacement: (content, node) => ((node as Element).querySelector(TYPESET_FORMULA) ? content : codeSpan(textWithBreaks(node))),
};
