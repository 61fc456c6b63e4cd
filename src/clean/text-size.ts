// How much text an element holds, as `$(el).text()` would give it, counted without building
// the text: boilerplate removal asks it of every nested box of a block, so each subtree is
// counted once and remembered. A count stays right until something inside the element is removed.
import { hasChildren, isTag, type AnyNode, type Element } from 'domhandler';

/** Whether a UTF-16 code unit is whitespace to JavaScript's \s. */
export const isSpaceCode = (c: number): boolean =>
  c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);

/** Characters that are not whitespace: `text.replace(/\s+/g, '').length`. */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

/** An element's text measured by `measure`, each element counted once (domutils' textContent: text nodes, below elements and CDATA). */
export class TextSizes {
  private readonly sizes = new Map<Element, number>();

  constructor(private readonly measure: (text: string) => number) {}

  of(node: AnyNode): number {
    if (node.type === 'text') return this.measure(node.data);
    if (!hasChildren(node)) return 0;
    const known = isTag(node) ? this.sizes.get(node) : undefined;
    if (known !== undefined) return known;
    let size = 0;
    for (const child of node.children) size += this.of(child);
    if (isTag(node)) this.sizes.set(node, size);
    return size;
  }
}
