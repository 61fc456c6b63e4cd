// Walking and pruning the domhandler tree without cheerio's `.find()`, which costs O(n²) in
// the children of a wide block (cheerio-select's removeSubsets), and without removing nodes
// one splice at a time: a page may hold a hundred thousand of them.
import { compile } from 'css-select';
import { hasChildren, isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';

/** The elements below the roots, in document order, each once (the roots themselves left out). */
export function descendants(roots: readonly ParentNode[]): Element[] {
  if (roots.length > 1) {
    // Blocks may nest: an element below two of them is listed once, as cheerio's find() does.
    const seen = new Set<Element>();
    return roots.flatMap((root) => descendants([root])).filter((el) => !seen.has(el) && seen.add(el));
  }
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  for (let r = roots.length - 1; r >= 0; r--) for (let i = roots[r]!.children.length - 1; i >= 0; i--) stack.push(roots[r]!.children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (isTag(node)) out.push(node);
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** Whether `inner` is `outer` or inside it. */
export function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let node: AnyNode | null = inner; node; node = node.parent) if (node === outer) return true;
  return false;
}

/** True when the element, or one above it, passes the test. */
export function isWithin(el: Element, test: (up: Element) => boolean): boolean {
  for (let up: Element | null = el; up && isTag(up); up = up.parent as Element | null) if (test(up)) return true;
  return false;
}

/** True when the element is, or is inside, a <pre> or a <code>. */
export const withinCode = (el: Element): boolean => isWithin(el, (up) => up.name === 'pre' || up.name === 'code');

/** The element's class names, as a list. */
export const classesOf = (el: Element): string[] => (el.attribs.class ?? '').split(/\s+/).filter(Boolean);

/** What an element is written as: its tag and its class names ("div.post entry"), however the class list is spaced. */
export const kindOf = (el: Element): string => `${el.name}.${classesOf(el).join(' ')}`;

/** The element after this one among its siblings, text between them skipped. */
/** True when the element's own style hides it (`display: none`), as a script's source, a fold or a copy is hidden. */
export const hiddenByStyle = (el: Element): boolean => /display\s*:\s*none/i.test(el.attribs.style ?? '');

export function nextElement(el: Element): Element | undefined {
  for (let next = el.next; next; next = next.next) if (isTag(next)) return next;
  return undefined;
}

/** The first element among its children, text before it skipped. */
export const firstElement = (el: Element | undefined): Element | undefined => el?.children.find((child): child is Element => isTag(child));

/** The first child that shows something: an element, or text that is not blank. */
export const firstShownChild = (el: Element): AnyNode | undefined => el.children.find((child) => isTag(child) || (isText(child) && child.data.trim()));

/** The element before this one among its siblings, text between them skipped. */
export function previousElement(el: Element): Element | undefined {
  for (let prev = el.prev; prev; prev = prev.prev) if (isTag(prev)) return prev;
  return undefined;
}

/** The table a table part (a cell, a row) belongs to: the nearest <table> above it. */
export function tableOf(part: Element): Element | undefined {
  let up = part.parent as Element | null;
  while (up && up.name !== 'table') up = up.parent as Element | null;
  return up ?? undefined;
}

/** The rows of a table, not of the tables nested in it. */
export const ownRows = (table: Element): Element[] => selectBelow([table], 'tr').filter((tr) => tableOf(tr) === table);

/** A row's cells. */
export const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));

/** Gives a parent a new list of children, with their links. */
export function setChildren(parent: ParentNode, nodes: AnyNode[]): void {
  parent.children = nodes;
  nodes.forEach((node, i) => {
    node.parent = parent;
    node.prev = nodes[i - 1] ?? null;
    node.next = nodes[i + 1] ?? null;
  });
}

/** Removes the nodes (and what is inside them), each parent's list of children rebuilt once. */
export function removeNodes(nodes: readonly AnyNode[]): void {
  const byParent = new Map<ParentNode, Set<AnyNode>>();
  for (const node of nodes) {
    if (!node.parent) continue;
    let set = byParent.get(node.parent);
    if (!set) byParent.set(node.parent, (set = new Set()));
    set.add(node);
  }
  for (const [parent, gone] of byParent) {
    setChildren(parent, parent.children.filter((child) => !gone.has(child)));
    for (const node of gone) node.parent = node.prev = node.next = null;
  }
}

const compiled = new Map<string, (el: Element) => boolean>();

/** A CSS selector as a test of one element, compiled once per selector. */
export function selectorTest(selector: string): (el: Element) => boolean {
  let test = compiled.get(selector);
  if (!test) compiled.set(selector, (test = compile<AnyNode, Element>(selector, { xmlMode: false })));
  return test;
}

/** The elements below the roots that match a CSS selector, without cheerio's quadratic find(). */
export function selectBelow(roots: readonly ParentNode[], selector: string): Element[] {
  const test = selectorTest(selector);
  return descendants(roots).filter((el) => test(el));
}

/** An element's text as the page writes it: its text nodes, below elements too, entities not decoded. */
export function rawText(el: Element): string {
  let out = '';
  for (const child of el.children) out += child.type === 'text' ? (child as unknown as { data: string }).data : child.type === 'tag' ? rawText(child as Element) : '';
  return out;
}

/** The element's text up to its first line break (`<br>`), entities as written: a name's line above the affiliation under it. */
export function firstLineText(el: Element): string {
  let out = '';
  let broken = false;
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (broken) return;
      if (child.type === 'text') out += (child as unknown as { data: string }).data;
      else if (child.type === 'tag' && (child as Element).name === 'br') broken = true;
      else if (child.type === 'tag') walk(child as Element);
    }
  };
  walk(el);
  return out;
}
