// Small DOM helpers the rules share (turndown hands rules domino nodes).

const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BODY|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL|X-TURNDOWN)$/;

export const isBlockNode = (node: Node): boolean => BLOCK.test(node.nodeName);

export const classOf = (node: Node | null | undefined): string =>
  (node && node.nodeType === 1 ? (node as Element).getAttribute('class') : '') ?? '';

/** The nearest ancestor (or the node itself) with one of the names. */
export function closest(node: Node | null, names: string[]): Element | null {
  for (let n = node; n; n = n.parentNode) if (names.includes(n.nodeName)) return n as Element;
  return null;
}

export const attr = (node: Node, name: string): string => (node as Element).getAttribute(name)?.trim() ?? '';

/** Text of a node with whitespace collapsed, for labels and alt text. */
export const plainText = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
