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

/** Nothing but spaces beside the element in its parent: it stands alone in its block. */
export const aloneInParent = (el: Element): boolean =>
  !!el.parentNode && Array.from(el.parentNode.childNodes).every((child) => child === el || (child.nodeType === 3 && !(child.textContent ?? '').trim()));

export const attr = (node: Node, name: string): string => (node as Element).getAttribute(name)?.trim() ?? '';

/** Text of a node with whitespace collapsed, for labels and alt text. */
export const plainText = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text nodes below a node, in document order (a TreeWalker's SHOW_TEXT walk, on any of our DOMs). */
export function textsBelow(root: Node): Text[] {
  const texts: Text[] = [];
  const stack: Node[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) texts.push(node as Text);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return texts;
}
