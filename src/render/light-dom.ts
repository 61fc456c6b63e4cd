// The part of the DOM that turndown and our rules use, as small classes: what the Markdown step
// walks instead of a second parse of the article (see article-dom.ts, which builds it from the
// extractor's tree). Behaves as domino does for everything the rules ask.
import { compile, selectAll, selectOne, type Options } from 'css-select';

export type LightNode = LightElement | LightText;

abstract class LightChild {
  parentNode: LightElement | null = null;
  previousSibling: LightNode | null = null;
  nextSibling: LightNode | null = null;

  constructor(readonly ownerDocument: LightDocument) {}

  get parentElement(): LightElement | null {
    return this.parentNode;
  }

  remove(): void {
    this.parentNode?.removeChild(this as unknown as LightNode);
  }

  get nextElementSibling(): LightElement | null {
    let n = this.nextSibling;
    while (n && n.nodeType !== 1) n = n.nextSibling;
    return n;
  }

  /** Where `other` stands from this node, as the DOM's bit mask says it (2 preceding, 4 following, 8 contains, 16 contained by). */
  compareDocumentPosition(other: LightNode): number {
    const path = (node: LightChild): LightChild[] => {
      const chain: LightChild[] = [];
      for (let n: LightChild | null = node; n; n = n.parentNode) chain.unshift(n);
      return chain;
    };
    const mine = path(this);
    const theirs = path(other);
    if (mine.length < theirs.length && theirs[mine.length - 1] === this) return 16 | 4;
    if (theirs.length < mine.length && mine[theirs.length - 1] === other) return 8 | 2;
    let depth = 0;
    while (mine[depth] && mine[depth] === theirs[depth]) depth++;
    const parent = mine[depth - 1] as LightElement | undefined;
    if (!parent) return 1;
    const order = parent.childNodes.indexOf(mine[depth] as LightNode) < parent.childNodes.indexOf(theirs[depth] as LightNode);
    return order ? 4 : 2;
  }
}

export class LightText extends LightChild {
  readonly nodeType = 3;
  readonly nodeName = '#text';

  constructor(
    ownerDocument: LightDocument,
    public data: string,
  ) {
    super(ownerDocument);
  }

  get nodeValue(): string {
    return this.data;
  }

  get textContent(): string {
    return this.data;
  }

  set textContent(value: string) {
    this.data = value;
  }

  cloneNode(): LightText {
    return new LightText(this.ownerDocument, this.data);
  }
}

export interface Attribute {
  name: string;
  value: string;
}

/** ASCII letters upper-cased, as the DOM writes an HTML element's name. */
const upper = (name: string): string => name.replace(/[a-z]+/g, (s) => s.toUpperCase());

export class LightElement extends LightChild {
  readonly nodeType = 1;
  readonly nodeName: string;
  readonly childNodes: LightNode[] = [];

  /** An element of an <svg> (not HTML): its name is written as it is, not upper-cased. */
  constructor(
    ownerDocument: LightDocument,
    readonly localName: string,
    readonly attributes: Attribute[],
    readonly svg = false,
  ) {
    super(ownerDocument);
    this.nodeName = svg ? localName : upper(localName);
  }

  get tagName(): string {
    return this.nodeName;
  }

  get firstChild(): LightNode | null {
    return this.childNodes[0] ?? null;
  }

  get lastChild(): LightNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }

  get children(): LightElement[] {
    return this.childNodes.filter((n): n is LightElement => n.nodeType === 1);
  }

  get lastElementChild(): LightElement | null {
    let n = this.lastChild;
    while (n && n.nodeType !== 1) n = n.previousSibling;
    return n;
  }

  get previousElementSibling(): LightElement | null {
    let n = this.previousSibling;
    while (n && n.nodeType !== 1) n = n.previousSibling;
    return n;
  }

  get textContent(): string {
    let text = '';
    for (const child of this.childNodes) text += child.textContent;
    return text;
  }

  get id(): string {
    return this.getAttribute('id') ?? '';
  }

  /** An <input>'s type as the DOM reflects it (what the task-list rule asks of every node). */
  get type(): string | undefined {
    return this.localName === 'input' ? (this.getAttribute('type') ?? 'text').toLowerCase() : undefined;
  }

  /** As domino: every <tr> below a table or section, every cell below a row. */
  get rows(): LightElement[] {
    return this.getElementsByTagName('tr');
  }

  get cells(): LightElement[] {
    return this.querySelectorAll('td,th');
  }

  getAttribute(name: string): string | null {
    const lower = name.toLowerCase();
    for (const a of this.attributes) if (a.name === lower) return a.value;
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }

  setAttribute(name: string, value: string): void {
    const lower = name.toLowerCase();
    const found = this.attributes.find((a) => a.name === lower);
    if (found) found.value = value;
    else this.attributes.push({ name: lower, value });
  }

  querySelector(selector: string): LightElement | null {
    return selectOne(query(selector), this, SELECT);
  }

  querySelectorAll(selector: string): LightElement[] {
    return selectAll(query(selector), this, SELECT);
  }

  closest(selector: string): LightElement | null {
    const test = query(selector);
    for (let el: LightElement | null = this; el; el = el.parentNode) if (test(el)) return el;
    return null;
  }

  getElementsByTagName(name: string): LightElement[] {
    const lower = name.toLowerCase();
    const found: LightElement[] = [];
    walkElements(this, (el) => {
      if (lower === '*' || el.localName === (el.svg ? name : lower)) found.push(el);
    });
    return found;
  }

  contains(node: LightNode | null): boolean {
    for (let n: LightNode | null = node; n; n = n.parentNode) if (n === this) return true;
    return false;
  }

  appendChild<T extends LightNode>(node: T): T {
    return this.insertBefore(node, null);
  }

  insertBefore<T extends LightNode>(node: T, before: LightNode | null): T {
    node.parentNode?.removeChild(node);
    const index = before ? this.childNodes.indexOf(before) : this.childNodes.length;
    this.childNodes.splice(index, 0, node);
    this.link(index);
    return node;
  }

  removeChild<T extends LightNode>(node: T): T {
    const index = this.childNodes.indexOf(node);
    this.childNodes.splice(index, 1);
    if (node.previousSibling) node.previousSibling.nextSibling = node.nextSibling;
    if (node.nextSibling) node.nextSibling.previousSibling = node.previousSibling;
    node.parentNode = node.previousSibling = node.nextSibling = null;
    return node;
  }

  /** Adds a child at the end while building (no search, no unlinking). */
  append(node: LightNode): void {
    const last = this.lastChild;
    node.parentNode = this;
    node.previousSibling = last;
    if (last) last.nextSibling = node;
    this.childNodes.push(node);
  }

  cloneNode(deep = false): LightElement {
    const copy = new LightElement(this.ownerDocument, this.localName, this.attributes.map((a) => ({ ...a })), this.svg);
    if (deep) for (const child of this.childNodes) copy.append(child.cloneNode(true));
    return copy;
  }

  private link(index: number): void {
    const node = this.childNodes[index]!;
    node.parentNode = this;
    node.previousSibling = this.childNodes[index - 1] ?? null;
    node.nextSibling = this.childNodes[index + 1] ?? null;
    if (node.previousSibling) node.previousSibling.nextSibling = node;
    if (node.nextSibling) node.nextSibling.previousSibling = node;
  }
}

function walkElements(root: LightElement, visit: (el: LightElement) => void): void {
  for (const child of root.childNodes) {
    if (child.nodeType !== 1) continue;
    visit(child);
    walkElements(child, visit);
  }
}

/** The document the rules query (footnotes, link targets): the wrapper element and all below it. */
export class LightDocument {
  root!: LightElement;
  /** Each id's first element, gathered when first asked: during conversion, once the tree is prepared. */
  private ids: Map<string, LightElement> | undefined;

  createElement(name: string): LightElement {
    return new LightElement(this, name.toLowerCase(), []);
  }

  createTextNode(data: string): LightText {
    return new LightText(this, data);
  }

  querySelectorAll(selector: string): LightElement[] {
    return selectAll(query(selector), this.root, SELECT);
  }

  getElementsByTagName(name: string): LightElement[] {
    return this.root.getElementsByTagName(name);
  }

  getElementById(id: string): LightElement | null {
    if (!this.ids) {
      const ids = new Map([[this.root.id, this.root]]);
      walkElements(this.root, (el) => {
        const elId = el.id;
        if (elId && !ids.has(elId)) ids.set(elId, el);
      });
      this.ids = ids;
    }
    return this.ids.get(id) ?? null;
  }
}

const isElement = (node: LightNode): node is LightElement => node.nodeType === 1;

function findAll(test: (el: LightElement) => boolean, nodes: LightNode[]): LightElement[] {
  const found: LightElement[] = [];
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) found.push(node);
    found.push(...findAll(test, node.childNodes));
  }
  return found;
}

function findOne(test: (el: LightElement) => boolean, nodes: LightNode[]): LightElement | null {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const below = findOne(test, node.childNodes);
    if (below) return below;
  }
  return null;
}

const ADAPTER: NonNullable<Options<LightNode, LightElement>['adapter']> = {
  isTag: isElement,
  existsOne: (test, nodes) => findOne(test, nodes) !== null,
  getAttributeValue: (el, name) => el.getAttribute(name) ?? undefined,
  getChildren: (node) => (isElement(node) ? node.childNodes : []),
  getName: (el) => el.localName,
  getParent: (node) => node.parentNode,
  getSiblings: (node) => (node.parentNode ? node.parentNode.childNodes : [node]),
  getText: (node) => node.textContent,
  hasAttrib: (el, name) => el.hasAttribute(name),
  removeSubsets: (nodes) => nodes.filter((node, i) => !nodes.some((other, j) => j !== i && isElement(other) && other !== node && other.contains(node))),
  findAll,
  findOne,
  prevElementSibling: (node) => (isElement(node) ? node.previousElementSibling : null),
};

const SELECT = { adapter: ADAPTER, xmlMode: false, relativeSelector: false };

const compiled = new Map<string, (el: LightElement) => boolean>();

/** A selector compiled once; matched against the whole tree above, as the DOM's selectors are. */
function query(selector: string): (el: LightElement) => boolean {
  let test = compiled.get(selector);
  if (!test) {
    // Some selectors are built from a page's URLs: the cache stays small.
    if (compiled.size >= 256) compiled.clear();
    compiled.set(selector, (test = compile<LightNode, LightElement>(selector, SELECT)));
  }
  return test;
}
