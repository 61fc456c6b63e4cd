// `<pre>` and line-numbered code tables as fenced blocks: the text exactly as shown (spans of
// highlighted code joined, <br> and per-line elements as line ends, line numbers dropped), the
// language from class names, and a fence longer than any backtick run inside.
import { LANGUAGE_ATTRIBUTES } from '../../code-language-names.js';
import { BR_LINED_LISTINGS, CODE_NAME, LINE_LISTINGS, LISTING_LINES, MONOSPACE, PREFORMATTED, PREFORMATTED_LISTINGS } from '../../code-listings.js';
import { codeLanguage, headerLanguage } from './code-language.js';
import { displayedFormula } from './math.js';
import { aloneInParent, classOf, textsBelow } from './dom.js';
import { serialize } from './kept-html.js';
import type { Rule } from './types.js';

/**
 * Line-number gutters of highlighters (hexo, rouge, hljs-ln, pygments, prism, prettify, chroma,
 * the list of numbers `ul.pre-numbering` some Markdown editors put after the code, Gitea's
 * `lines-num`), and a line's number named after its component (`react-syntax-highlighter-line-number`,
 * Code Hike's `ch-code-line-number`, Gitiles' `FileContents-lineNum`, angular.dev's `shiki-ln-number` and `shiki-ln`, not highlight.js's list `hljs-ln`), or a BEM element of it (Stoplight's `sl-code-highlight__ln`).
 */
const LINE_NUMBERS = /(?:^|\s)(?:gutter|ln|lnt|rouge-gutter|line-?numbers?(?:-rows|-wrapper)?|line-no|linenos?|lineno|linenodiv|linenr|hljs-ln-numbers|hljs-ln-n|ln-num|lines?-num|pre-numbering|[\w-]+[_-](?:line|ln)-?num(?:ber)?s?|[\w-]+__(?:ln|line-?num(?:ber)?s?|lineno)|(?!hljs-)[\w-]+-ln)(?:\s|$)/i;
/** What a gutter shows: line numbers with their stops, bars or placeholders ("1.", "_1"), never a word. */
const GUTTER_TEXT = /^\P{L}*$/u;
/** Elements that hold one line each. */
const LINE_ELEMENTS = /^(?:DIV|P|LI|TR)$/;

/** An inline style keeping text from being selected, so from being copied with the code (Chroma's line numbers without classes, Hugo's default). */
const UNSELECTABLE = /(?:^|;)\s*(?:-webkit-|-moz-|-ms-)?user-select\s*:\s*none/i;

/**
 * A gutter by its class (never the code itself, which Prism's plugin may mark `line-numbers`),
 * or a number marked as one (data-line-number) or kept from the copied text.
 */
function isGutter(el: Element): boolean {
  // No words: a class of that name on the code's own wrapper is some other stylesheet's (Medium's atomic "pj ln gx pg").
  if (el.nodeName !== 'CODE' && el.nodeName !== 'PRE' && LINE_NUMBERS.test(classOf(el)) && GUTTER_TEXT.test(el.textContent ?? '')) return true;
  // SyntaxHighlighter 2.0's number at the start of each line: <div class="line"><code class="number">1.</code>.
  if (el.nodeName === 'CODE' && /(?:^|\s)number(?:\s|$)/.test(classOf(el)) && (el.closest('.line')?.textContent ?? '').startsWith(el.textContent ?? '')) return true;
  // TeX4ht's listings package number: <div class="lstlisting"><span class="label"><a id="…"></a><span class="ecrm-0500">1</span></span>def ….
  if (el.nodeName === 'SPAN' && /(?:^|\s)label(?:\s|$)/.test(classOf(el)) && el.closest('.lstlisting') && /^\s*\d+\s*$/.test(el.textContent ?? '')) return true;
  // unselectable="on": the attribute old browsers read for the same (Ace's static highlighter's `span.ace_gutter-cell`).
  const marked = el.hasAttribute('data-line-number') || el.hasAttribute('data-num') || el.hasAttribute('data-nosnippet') || el.getAttribute('unselectable') === 'on' || UNSELECTABLE.test(el.getAttribute('style') ?? '');
  // Tailwind's `select-none` on a shell's prompt (Expo's `<span class="select-none">$ </span>`): left out of what is copied too.
  const unselectable = marked || SELECT_NONE.test(classOf(el));
  return (marked && !(el.textContent ?? '').trim().replace(/^\d+$/, '')) || (unselectable && SHELL_PROMPT.test(el.textContent ?? ''));
}

const SELECT_NONE = /(?:^|\s)select-none(?:\s|$)/;
/** A shell's prompt alone: "$ ", "> ", "% ", "❯ ", "PS> ". */
const SHELL_PROMPT = /^\s*(?:\$|>|%|❯|PS>)\s*$/;

const CALLOUT = /(?:^|\s)conum(?:\s|$)/;

/**
 * A callout numbered inside the code, not part of it: Asciidoctor's `<i class="conum" data-value="1"></i><b>(1)</b>`
 * (the icon drawn by CSS, the number after it hidden) or `<b class="conum">(1)</b>`; DocBook's `<span class="callout">1</span>`;
 * Material for MkDocs' stripped annotation.
 */
function isCallout(el: Element): boolean {
  const before = el.previousElementSibling;
  return CALLOUT.test(classOf(el)) || (el.nodeName === 'B' && !!before && CALLOUT.test(classOf(before))) || (/(?:^|\s)callout(?:\s|$)/.test(classOf(el)) && /^\s*\(?\d+\)?\s*$/.test(el.textContent ?? '')) ||
    (!!classOf(el) && STRIPPED_ANNOTATION.test(el.textContent ?? ''));
}

/** Material for MkDocs' annotation in a comment token, marked to be stripped ("# (1)!"): a button on the page, no part of the code copied. */
const STRIPPED_ANNOTATION = /^\s*(?:#|\/\/|--|;|%|\/\*)\s*\(\d+\)!\s*(?:\*\/)?\s*$/;

/** The number cell of a row of two in a table of lines inside the code (Zola's `<pre><code><table><tr><td>1</td><td>…`). */
function isNumberCell(el: Element): boolean {
  const row = el.parentElement;
  return el.nodeName === 'TD' && row?.nodeName === 'TR' && row.children.length === 2 && row.children[0] === el && /^\s*\d+\s*$/.test(el.textContent ?? '');
}

/**
 * A `<pre>` holding one `<code>` per line (WeChat's editor, some CMSs) or one paragraph span per
 * group of lines (Medium's `span[data-selectable-paragraph]`, drawn as blocks): its lines.
 */
function codeLines(node: Node): Set<Element> {
  // A space between them makes them tokens of one line (SyntaxHighlighter 3's `<code>int</code> <code>range</code>`).
  if (Array.from(node.childNodes).some((c) => c.nodeType === 3 && /[^\n]/.test(c.textContent ?? ''))) return new Set();
  const children = Array.from(node.childNodes).filter((c): c is Element => c.nodeType === 1);
  const isLine = (c: Element) => c.nodeName === 'CODE' || (c.nodeName === 'SPAN' && c.hasAttribute('data-selectable-paragraph'));
  return children.length >= 2 && children.every(isLine) ? new Set(children) : new Set();
}

/**
 * A span holding one line of code: Shiki's and Chroma's `span.line`, Prism's `token-line`, GitBook's `highlight-line`,
 * rehype-pretty-code's `[data-line]`, a span Tailwind displays as a block or a flex box (GitBook's `span.block`, Tailwind's docs' `span.flex`).
 */
const isLineSpan = (el: Element) => el.nodeName === 'SPAN' && !isGutter(el) && (/(?:^|\s)(?:line|token-line|code-line|highlight-line|block|flex)(?:\s|$)/.test(classOf(el)) || el.hasAttribute('data-line'));

/** A line span holding nothing but a line break: an empty line of the code. */
const isBlankLine = (span: Element) => !(span.textContent ?? '').trim();

/**
 * Spans of one line each with no line end between or inside them (Astro's Shiki output): the
 * lines after the first, each to be written after a line end. Empty when the code has its line ends.
 */
function joinedLines(node: Node): Set<Element> {
  const spans = Array.from(node.childNodes).filter((c): c is Element => c.nodeType === 1 && isLineSpan(c as Element));
  const endsLine = (c: Node) => c.nodeName === 'BR' || (c.nodeType === 3 && c.textContent!.includes('\n'));
  if (spans.length < 2 || Array.from(node.childNodes).some(endsLine)) return new Set();
  if (spans.some((span) => (span.textContent ?? '').includes('\n') || (span.getElementsByTagName('br').length && !isBlankLine(span)))) return new Set();
  return new Set(spans.slice(1));
}

/**
 * Line numbers written into the code, each in an element of its own at the start of its line
 * (cnblogs' `<span style="color: #008080;"> 1</span> <span>import</span> os`): the elements, when
 * every line of two or more starts with one and they count up by one. A highlighter's number
 * token has a class (`<span class="mi">1</span>`): a number of the code.
 */
function numberedLines(node: Node): Set<Element> {
  const only = Array.from(node.childNodes).filter((c) => c.nodeType === 1 || (c.textContent ?? '').trim());
  const holder = only.length === 1 && only[0]!.nodeName === 'CODE' ? only[0]! : node;
  const numbers: Element[] = [];
  let lineStart = true;
  let lines = 1;
  for (let child = holder.firstChild; child; child = child.nextSibling) {
    const text = child.textContent ?? '';
    if (child.nodeType === 1 && lineStart && !classOf(child as Element) && !isGutter(child as Element) && /^\s*\d+\s*$/.test(text)) numbers.push(child as Element);
    if (child.nodeName === 'BR') {
      lineStart = true;
      lines++;
      continue;
    }
    const breaks = text.split('\n').length - 1;
    lines += breaks;
    if (breaks) lineStart = !text.slice(text.lastIndexOf('\n') + 1).trim();
    else if (text.trim()) lineStart = false;
  }
  if (/\n\s*$/.test(holder.textContent ?? '')) lines--;
  const first = Number(numbers[0]?.textContent);
  const counted = numbers.every((el, i) => Number(el.textContent) === first + i);
  return numbers.length >= 2 && numbers.length === lines && counted ? new Set(numbers) : new Set();
}

/**
 * Controls set among a listing's lines, no code of it: a folded section's summary ("2 collapsed
 * lines", and Expressive Code's collapse-button), Quarto's annotation markers, shiki-twoslash's copy of a compiler message.
 */
const CODE_CONTROL = /(?:^|\s)(?:collapse-button|code-annotation-anchor|error-behind)(?:\s|$)/;

/**
 * A compiler's message shown under a line, no code of it: shiki-twoslash's `<span class="error"><span>Argument of type…</span>
 * <span class="code">2345</span></span>` (its copy for the layout, `span.error-behind`, is a control above).
 */
const isDiagnostic = (el: Element): boolean => /(?:^|\s)error(?:\s|$)/.test(classOf(el)) && /^\d+$/.test(el.lastElementChild?.textContent ?? '') && /(?:^|\s)code(?:\s|$)/.test(classOf(el.lastElementChild!));

const TABLE_STRUCTURE = /^(?:TABLE|TBODY|THEAD|TFOOT|TR)$/;

const isLineElement = (node: Node | null, lines: Set<Element>): boolean => node?.nodeType === 1 && (LINE_ELEMENTS.test(node.nodeName) || lines.has(node as Element));

/** An item of a list that code text opens (a JSON viewer's brace before its ul), not a listing's line per item (prettify's ol.linenums, alone in its <pre>). */
function inTreeList(li: Element): boolean {
  const list = li.parentNode;
  if (!list || (list.nodeName !== 'UL' && list.nodeName !== 'OL')) return false;
  for (let sibling = list.previousSibling; sibling; sibling = sibling.previousSibling) if (sibling.textContent?.trim()) return true;
  return false;
}

/** The code as the reader sees it. */
export function codeText(node: Node): string {
  const lines = codeLines(node);
  const numbered = numberedLines(node);
  // A space after every written number parts it from the code (cnblogs'); after some only, it is the code's indent (Pygments' inline numbers).
  const spaced = [...numbered].every((el) => el.nextSibling?.nodeType === 3 && el.nextSibling.textContent!.startsWith(' '));
  let out = '';
  const walk = (n: Node) => {
    const joined = joinedLines(n);
    for (let child = n.firstChild; child; child = child.nextSibling) {
      // The space after a written line number goes with it.
      // Text between a table's rows and cells is its markup's indentation (CodeRay's `<tr>\n  <td class="line-numbers">`).
      if (child.nodeType === 3 && TABLE_STRUCTURE.test(n.nodeName)) continue;
      // The source's line break between line elements (GitLab's `<div class="line">…</div>\n<div class="line">`): that line's end, already
      // written. Not one before the code goes on in text (javascript.info's `<div class="block-highlight">…</div>\n  <span>return`).
      if (child.nodeType === 3 && /^[ \t]*\n[ \t]*$/.test(child.textContent!) && isLineElement(child.previousSibling, lines) && (!child.nextSibling || isLineElement(child.nextSibling, lines)) && out.endsWith('\n')) continue;
      if (child.nodeType === 3) out += spaced && child.previousSibling && numbered.has(child.previousSibling as Element) ? child.textContent!.replace(/^ /, '') : child.textContent;
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (joined.has(el)) {
        out += '\n';
        if (isBlankLine(el)) continue;
      }
      // A blank line written as a line break's text before its <br> (prism-react-renderer's, Docusaurus': `<span style="display:inline-block">\n</span><br>`) ends once.
      if (el.nodeName === 'BR') out += el.previousSibling?.textContent === '\n' ? '' : '\n';
      // A callout ends its line: the space before it goes with it.
      else if (isCallout(el)) out = out.replace(/[ \t]+$/, '');
      else if (numbered.has(el) || isGutter(el) || isNumberCell(el) || isDiagnostic(el) || /^(?:BUTTON|SCRIPT|STYLE|SUMMARY|svg|SVG)$/.test(el.nodeName) || CODE_CONTROL.test(el.getAttribute('class') ?? '')) continue;
      else {
        const line = isLineElement(el, lines);
        if (line && out && !out.endsWith('\n')) out += '\n';
        const before = out.length;
        walk(el);
        // A tree viewer's items (Redoc's JSON samples: ul.obj between the braces, nested in li): each level in is an indent of two spaces.
        if (el.nodeName === 'LI' && inTreeList(el)) out = out.slice(0, before) + out.slice(before).replace(/^(?=[^\n])/gm, '  ');
        // A line of spaces alone (prettify's `<li>&nbsp;</li>`) is a blank line.
        if (line && !out.slice(before).trim()) out = out.slice(0, before);
        // An empty line element is a blank line of the code (`<div class="line"></div>`).
        if (line && out && out.length === before) out += '\n';
        if (line && !out.endsWith('\n')) out += '\n';
      }
    }
  };
  walk(node);
  // A zero-width space is a highlighter's or an editor's (a break opportunity), never the code's: copied, it breaks the code.
  return withoutTypedNumbers(out.replace(/\r\n?/g, '\n').replace(/[\u200b\ufeff]/g, '').replace(/^\n|\n+$/g, '')).replace(/\u00a0/g, ' ').replaceAll(KEPT_TAB, '\t');
}

/** A line number typed into the code's text, set apart by no-break spaces (DocBook's `&nbsp;1&nbsp;# Cleanup`, TLDP's guides). */
const TYPED_NUMBER = /^[\u00a0 ]*(\d+)\u00a0/;
const MIN_TYPED_LINES = 3;

/** The code without the line numbers typed before each of its lines, counting up from 1. */
function withoutTypedNumbers(code: string): string {
  const lines = code.split('\n');
  if (lines.length < MIN_TYPED_LINES || !TYPED_NUMBER.test(lines[0]!)) return code;
  const numbers = lines.map((line) => TYPED_NUMBER.exec(line)?.[1] ?? '');
  return numbers[0] === '1' && countsUp(numbers) ? lines.map((line) => line.replace(TYPED_NUMBER, '')).join('\n') : code;
}

/**
 * The block fenced, its language and title (a file name, as Docusaurus and Expressive Code read
 * `title="…"`) in the info string; a title only after a language, which a reader takes the first word for.
 */
export function fence(code: string, declared: string, title = ''): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(Math.max(3, longestRun + 1));
  const shownTitle = title.replace(/["`\s]+/g, ' ').trim();
  // A block no markup names the language of, opening PHP's tag, is PHP (php.net's highlight_string output).
  const language = declared || (PHP_OPENING.test(code) ? 'php' : '');
  const info = language && shownTitle ? `${language} title="${shownTitle}"` : language;
  return `\n\n${marks}${info}\n${code}\n${marks}\n\n`;
}

const PHP_OPENING = /^<\?php\b/;

/** The title the cleaning kept for the block (../../clean/code-labels.ts). */
const titleOf = (pre: Element) => pre.getAttribute('data-title') ?? '';

/**
 * A table of code lines, one row each: a line-number cell and the line (GitHub's file
 * snippets, `td.blob-num[data-line-number]` + `td.blob-code`; Hexo Shoka's). Its lines, or undefined.
 */
function lineRows(node: Node): string[] | undefined {
  if (node.nodeName !== 'TABLE') return undefined;
  // A head row labels the columns ("Line", Trac's): the lines are the body's rows.
  const rows = Array.from((node as HTMLTableElement).rows).filter((row) => row.parentElement?.nodeName !== 'THEAD');
  if (!rows.length || (node as Element).querySelector('table')) return undefined;
  // A table named as code whose rows count up from their first cell (Trac's `table.code`: `<th><a href="#L1">1</a></th><td>…`).
  const numbered = CODE_TABLE.test(classOf(node as Element)) && countsUp(rows.map((row) => (row.cells[0]?.textContent ?? '').trim()));
  if (!numbered && (node as Element).querySelector('th')) return undefined;
  const lines: string[] = [];
  for (const row of rows) {
    // An empty cell between the number and the line is a column for marks (Gitea's `td.lines-escape`).
    const cells = Array.from(row.cells).filter((cell, i, all) => i === 0 || i === all.length - 1 || (cell.textContent ?? '').trim());
    if (cells.length !== 2) return undefined;
    if (!numbered && (!isGutter(cells[0]!) || (cells[0]!.textContent ?? '').trim().replace(/^\d+$/, ''))) return undefined;
    // The line's cell named so, or holding the line in a <pre> of its own (Hexo Shoka's `<td data-num="1"></td><td><pre>…`).
    const onePre = cells[1]!.children.length === 1 && cells[1]!.children[0]!.nodeName === 'PRE';
    if (!numbered && !onePre && !/(?:^|\s|-)(?:code|line)(?:\s|-|$|Contents)/.test(classOf(cells[1]!))) return undefined;
    lines.push(codeText(cells[1]!).replace(/^ (?=\S)/, ''));
  }
  return lines;
}

const CODE_TABLE = /(?:^|\s)code(?:\s|$)/;
/** Line numbers: each one more than the one before. */
const countsUp = (numbers: string[]) => numbers.length > 0 && numbers.every((n, i) => /^\d+$/.test(n) && Number(n) === Number(numbers[0]) + i);

/**
 * Keeps the indentation of a line table's code cells (GitHub's `<td class="blob-code">    <span>return</span>`)
 * from turndown's whitespace collapsing, which spares only <pre>: each cell's content put in one.
 */
export function keepLineTableWhitespace(root: Element): void {
  // A table of one row is written by codeTable, as it was (its cell's padding space collapsed away).
  for (const table of Array.from(root.querySelectorAll('table')).filter((el) => (lineRows(el)?.length ?? 0) > 1)) {
    for (const cell of Array.from((table as HTMLTableElement).rows).map((row) => row.cells[row.cells.length - 1]!)) {
      if (cell.querySelector('pre')) continue;
      const pre = cell.ownerDocument.createElement('pre');
      while (cell.firstChild) pre.appendChild(cell.firstChild);
      cell.appendChild(pre);
    }
  }
}

/**
 * Keeps the indentation of a code table's cell that sets its lines in <div>s without a <pre> (Crayon's
 * `td.crayon-code > div.crayon-pre > div.crayon-line`, an indent a `span.crayon-h` of spaces): each line's spaces as
 * no-break spaces, which codeText reads back. The source's formatting between the lines is left to collapse.
 */
export function keepCodeCellWhitespace(root: Element): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const cell = codeCell(table)?.cell;
    if (!cell || cell.querySelector('pre')) continue;
    for (const line of Array.from(cell.querySelectorAll('div')).filter((div) => !div.querySelector('div'))) {
      for (const text of textsBelow(line)) text.data = text.data.replace(/ /g, '\u00a0');
    }
  }
}

/**
 * The source's whitespace of a listing whose lines end with <br> collapsed as HTML shows it: a run of spaces and
 * line breaks is one space (a statement wrapped in the source is one line), none at a line's start or end;
 * the indentation, written as no-break spaces, stays.
 */
function collapseBrLinedSource(listing: Element): void {
  const nodes = textsAndBreaks(listing);
  let atLineStart = true;
  nodes.forEach((node, i) => {
    if (node.nodeName === 'BR') {
      atLineStart = true;
      return;
    }
    const text = node as Text;
    let data = text.data.replace(/[ \t\r\n]+/g, ' ');
    if (atLineStart) data = data.replace(/^ /, '');
    const next = nodes[i + 1];
    if (!next || next.nodeName === 'BR') data = data.replace(/ $/, '');
    text.data = data;
    if (data) atLineStart = false;
  });
}

/** The text nodes and <br>s below the element, in document order. */
function textsAndBreaks(root: Node): Node[] {
  const found: Node[] = [];
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeName === 'BR') found.push(node);
    else if (node.nodeType === 1) found.push(...textsAndBreaks(node));
  }
  return found;
}

/** Keeps the indentation of a listing's lines written without a <pre> (Enlighter's divs), and of preformatted listings, the same way. */
export function keepListingWhitespace(root: Element): void {
  for (const listing of Array.from(root.querySelectorAll(BR_LINED_LISTINGS.join(', '))).filter((found) => !found.closest('pre') && !found.querySelector('pre'))) collapseBrLinedSource(listing);
  const selectors = [LISTING_LINES, ...PREFORMATTED_LISTINGS];
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector)).filter((found) => !found.closest('pre') && !found.querySelector('pre'))) {
      const pre = el.ownerDocument.createElement('pre');
      while (el.firstChild) pre.appendChild(el.firstChild);
      el.appendChild(pre);
    }
  }
}

export const lineTable: Rule = {
  name: 'lineTable',
  filter: (node) => lineRows(node) !== undefined,
  replacement: (_content, node) => fence(lineRows(node)!.join('\n').replace(/\s+$/, ''), codeLanguage(node as Element)),
};

/** The lines of an editor's or a highlighter's listing without a <pre> (GeSHi's, CodeMirror's: ../../code-listings.ts), or undefined. */
function listingLines(node: Node): { lines: Element[]; language?: string } | undefined {
  if (node.nodeType !== 1) return undefined;
  // A block may be drawn more than one way (SyntaxHighlighter 2's lines, 3's table): the way its lines are found.
  for (const listing of LINE_LISTINGS) {
    if ((node as Element).closest(listing.block) !== node) continue;
    const lines = Array.from((node as Element).querySelectorAll(listing.line));
    if (lines.length) return { lines, language: listing.language };
  }
  return undefined;
}

/** A listing's lines as code: a line's trailing spaces are the drawing's padding (SyntaxHighlighter 1.5 ends each with &nbsp;s). */
const listingCode = (lines: Element[]) => lines.map((line) => codeText(line).trimEnd()).join('\n').replace(/\s+$/, '');

export const lineListing: Rule = {
  name: 'lineListing',
  filter: (node) => listingLines(node) !== undefined,
  replacement(_content, node) {
    const { lines, language: listingLanguage } = listingLines(node)!;
    // CodeMirror 6 names the language on the element holding the lines; Quill on each line.
    const language = listingLanguage ?? (codeLanguage(node as Element) || (lines[0]!.parentElement ? codeLanguage(lines[0]!.parentElement) : '') || codeLanguage(lines[0]!) || headerLanguage(node as Element, lines));
    return fence(listingCode(lines), language);
  },
};

/** An editor's listing drawn inside a <pre> (Typora's exports: CodeMirror in `pre.md-fences`): its lines, not its measuring and cursor layers. */
function listingInside(pre: Element): Element[] | undefined {
  for (const { block } of LINE_LISTINGS) {
    const found = pre.querySelector(block);
    const lines = found ? listingLines(found)?.lines : undefined;
    if (lines) return lines;
  }
  return undefined;
}

/**
 * A table whose one row holds a line-number gutter and a cell of code, and may have a row of one
 * cell before it naming the file (Pygments' `filename`, MkDocs Material's title).
 */
function codeCell(node: Node): { cell: Element; title: string } | undefined {
  if (node.nodeName !== 'TABLE') return undefined;
  const table = node as HTMLTableElement;
  const rows = Array.from(table.rows);
  const named = rows.length === 2 && rows[0]!.cells.length === 1 ? rows.shift()!.cells[0]! : undefined;
  if (rows.length !== 1 || table.querySelector('table')) return undefined;
  const cells = Array.from(rows[0]!.cells);
  if (cells.length !== 2 || !(cells[1]!.querySelector('pre, code') || CODE_NAME.test(classOf(cells[1]!)))) return undefined;
  const gutter = cells[0]!;
  // Numbers alone, or each with a colon (fsdocs' "1: ").
  return isGutter(gutter) || /^(?:\s*\d+:?)+\s*$/.test(gutter.textContent ?? '') ? { cell: cells[1]!, title: named?.textContent?.trim() ?? '' } : undefined;
}

export const codeTable: Rule = {
  name: 'codeTable',
  filter: (node) => codeCell(node) !== undefined,
  replacement(_content, node) {
    const { cell, title } = codeCell(node)!;
    const pre = cell.querySelector('pre') ?? cell;
    const figure = (node as Element).closest('figure, div[class*="highlight"], div[class*="code"]');
    return fence(codeText(pre), codeLanguage(pre as Element) || (figure ? codeLanguage(figure) : ''), titleOf(pre as Element) || title);
  },
};

/** Blocks a listing written as a <div> never holds: a <div> holding one is a page's box. */
const BLOCKS_INSIDE = 'div, p, pre, table, ul, ol';

/** A <div> naming a language in an attribute (Writerside's `<div class="code-block" data-lang="kotlin">`, its text the code), or plain text (`data-lang="text"`, a program's output). */
const namesLanguage = (el: Element) => {
  const named = LANGUAGE_ATTRIBUTES.filter((name) => el.hasAttribute(name));
  if (!named.length) return false;
  // A tab naming the language it shows, its text the name (Gradle's `<div class="language-option" data-lang="kotlin">Kotlin</div>`), is no code.
  const text = (el.textContent ?? '').trim().toLowerCase();
  if (named.some((name) => el.getAttribute(name)!.toLowerCase() === text)) return false;
  return named.some((name) => PLAIN_TEXT.test(el.getAttribute(name)!)) || (named.length > 0 && !!codeLanguage(el));
};
const PLAIN_TEXT = /^(?:text|plain|plaintext|txt)$/i;

/**
 * Block code without a <pre>: a <code> its class calls a block (Lean's Verso:
 * `code.hl.lean.block`), that holds its lines in <div>s, or whose style preformats over lines
 * (CMSs' `<code style="white-space: pre">`), or a <div> in a preformatted monospace style or
 * naming a language. A block of code, not a code span or a paragraph.
 */
function isBlockCode(node: Node): boolean {
  if ((node.nodeName !== 'CODE' && node.nodeName !== 'TT' && node.nodeName !== 'DIV') || (node as Element).closest('pre')) return false;
  const style = (node as Element).getAttribute('style') ?? '';
  // A monospace <div> breaking its lines with <br>s is an old editor's listing (Blogger's, a CMS's); so is one its class names
  // code (coqdoc's div.code).
  const brokenMonospace = (MONOSPACE.test(style) || CODE_CLASS.test(classOf(node as Element))) && (PREFORMATTED.test(style) || brokenIntoLines(node as Element));
  // Not a line of an editor's listing naming its language on every line (Quill's div.ql-code-block): a line of that listing.
  if (node.nodeName === 'DIV') return (((namesLanguage(node as Element) || brokenMonospace) && !(node as Element).querySelector(BLOCKS_INSIDE)) || (MONOSPACE.test(style) && isDivPerLine(node as Element))) && !(node as Element).closest(LISTING_LINES);
  // Code broken into three lines or more by <br>s, which a code span never is (a forum's `code.bbc_code`, PerlMonks' `tt.codetext`).
  if (overLines(node as Element)) return true;
  const multiline = (node.textContent ?? '').trim().includes('\n');
  // Over several lines, its line ends maybe <br>s once keepBlockCodeWhitespace has kept them.
  const lined = multiline || !!(node as Element).querySelector('br');
  // A preformatted code span on one line stays a span (a command kept from wrapping).
  const shownAsBlock = /(?:^|;)\s*display\s*:\s*block/i.test(style) || multiline;
  // A <code> holding a <div> per line (Code Hike's `code.ch-code-scroll-parent`) is never a span of text.
  const holdsLines = !!(node as Element).querySelector('div');
  // Or one its class calls preformatted, over several lines (DiscordChatExporter's `code.chatlog__markdown-pre--multiline`).
  const preClassed = PRE_CLASS.test(classOf(node as Element)) && lined;
  // Or one over lines a highlighter coloured (Mattermost's `div.hljs > code` holding hljs-* spans), no <pre> around it.
  const highlighted = lined && (HIGHLIGHTED.test(classOf(node as Element)) || HIGHLIGHTED.test(classOf(node.parentNode as Element)) || !!(node as Element).querySelector(HIGHLIGHT_TOKEN));
  return /(?:^|\s)(?:code-)?block(?:\s|$)/.test(classOf(node as Element)) || holdsLines || preClassed || highlighted || (PREFORMATTED.test(style) && shownAsBlock) || isListingAlone(node as Element);
}

const PRE_CLASS = /(?:^|[\s_-])pre(?:$|[\s_-])/;
/** highlight.js' class on the block it coloured, Google Code Prettify's. */
const HIGHLIGHTED = /(?:^|\s)(?:hljs|prettyprint|prettyprinted)(?:\s|$)/;
const HIGHLIGHT_TOKEN = '[class^="hljs-"], [class*=" hljs-"]';
const CODE_CLASS = /^code$/;
const MIN_BROKEN_LINES = 3;
const overLines = (el: Element) => el.getElementsByTagName('br').length >= MIN_BROKEN_LINES - 1 && codeText(el).trim().split('\n').length >= MIN_BROKEN_LINES;

/**
 * A <div> per line and nothing else (a <br> for a blank one), two lines or more, each holding text and breaks only: what an
 * editor's "copy with syntax highlighting" pastes (VS Code's monospace <div> of <div>s of colored spans).
 */
function isDivPerLine(el: Element): boolean {
  const lines = Array.from(el.childNodes).filter((node) => node.nodeType === 1 || (node.textContent ?? '').trim());
  const divs = lines.filter((line) => line.nodeName === 'DIV');
  return divs.length >= 2 && lines.every((line) => line.nodeName === 'BR' || (line.nodeName === 'DIV' && !(line as Element).querySelector(`${BLOCKS_INSIDE}, img`)));
}

/** Lines of text with <br>s between them, as an editor without a <pre> writes a listing. */
const brokenIntoLines = (el: Element) => el.getElementsByTagName('br').length > 0 && codeText(el).trim().includes('\n');

/**
 * A <code> alone in its block over several lines: naming its language (Notion's
 * `div.notion-code-block > code.language-JavaScript`), or its lines broken with <br>s, which a
 * code span never is (an old editor's listing in a paragraph).
 */
function isListingAlone(code: Element): boolean {
  // Its line ends are <br>s once keepBlockCodeWhitespace has kept them.
  const lines = (code.textContent ?? '').trim().includes('\n') || code.getElementsByTagName('br').length > 0;
  return lines && !!(codeLanguage(code) || brokenIntoLines(code)) && aloneInParent(code);
}

const classTokens = (el: Element) => classOf(el).split(/\s+/).filter(Boolean);

/** A fragment continuing block code: block code, or a <pre>, of the same highlighter and language (its first two classes). */
function continuesCode(first: Element, next: Element): boolean {
  if (!isBlockCode(next) && next.nodeName !== 'PRE') return false;
  const [a, b] = [classTokens(first), classTokens(next)];
  // Two languages are two listings (DiscordChatExporter's toml block over its rust one).
  const [one, other] = [codeLanguage(first), codeLanguage(next)];
  return a.length >= 2 && a[0] === b[0] && a[1] === b[1] && !(one && other && one !== other);
}

/**
 * Adjacent fragments of one listing (Verso writes a Lean example as block code fragments, its
 * output as a <pre> after them), nothing but spaces between them: one block, a fragment ending
 * with a blank line keeping it.
 */
export function mergeCodeFragments(root: Element): void {
  for (const first of Array.from(root.querySelectorAll('code, tt, div')).filter(isBlockCode)) {
    if (!first.parentNode) continue;
    for (let next = first.nextSibling; next; next = first.nextSibling) {
      if (next.nodeType === 3 && !next.textContent!.trim()) {
        next.parentNode!.removeChild(next);
        continue;
      }
      if (next.nodeType !== 1 || !continuesCode(first, next as Element)) break;
      if (!(first.textContent ?? '').endsWith('\n')) first.appendChild(first.ownerDocument.createTextNode('\n'));
      while (next.firstChild) first.appendChild(next.firstChild);
      next.parentNode!.removeChild(next);
    }
  }
}

/**
 * Keeps the spaces and line breaks of block code outside a <pre> (its style shows them) from
 * turndown's whitespace collapsing, which spares only <pre>: spaces as no-break spaces and line
 * ends as <br>, both of which codeText reads back. The blank lines around the code and the
 * indentation all its lines share are the page's source formatting: dropped.
 */
/** A tab of block code outside a <pre>, kept from turndown's collapsing as a mark codeText reads back (three.js' tab-indented code.prettyprint). */
const KEPT_TAB = '\u2409';
const KEPT_INDENT = new RegExp(`^[ ${KEPT_TAB}]*`);

export function keepBlockCodeWhitespace(root: Element): void {
  for (const code of Array.from(root.querySelectorAll('code, tt, div')).filter(isBlockCode)) {
    const doc = code.ownerDocument;
    const texts = textsBelow(code);
    collapseSourceBreaks(code, texts);
    for (const text of texts) text.data = text.data.replace(/\r\n?/g, '\n').replace(/\t/g, KEPT_TAB);
    const all = texts.map((t) => t.data).join('');
    const lines = all.split('\n').filter((line) => line.trim());
    const indent = Math.min(...lines.map((line) => KEPT_INDENT.exec(line)![0].length));
    const end = all.trimEnd().length;
    // Where the code starts: the first non-blank line, past the shared indentation.
    let at = all.lastIndexOf('\n', all.length - all.trimStart().length) + 1;
    at = Number.isFinite(indent) ? at + indent : all.length;
    let position = 0;
    let dropIndent = 0;
    for (const text of texts) {
      const parts: Node[] = [];
      let run = '';
      const flush = () => {
        if (run) parts.push(doc.createTextNode(run.replace(/ /g, '\u00a0')));
        run = '';
      };
      // By UTF-16 unit, as the offsets above count (a surrogate pair is copied in two halves).
      for (const ch of text.data.split('')) {
        const i = position++;
        if (i < at || i >= end) continue;
        if (ch === '\n') {
          flush();
          parts.push(doc.createElement('br'));
          dropIndent = indent;
        } else if (ch === ' ' && dropIndent > 0) {
          dropIndent--;
        } else {
          dropIndent = 0;
          run += ch;
        }
      }
      flush();
      for (const part of parts) text.parentNode!.insertBefore(part, text);
      text.remove();
    }
  }
}

/**
 * Code whose lines <br>s break, its source's line ends after them too ("…<br />\n      next", Apache's docs, coqdoc, PerlMonks):
 * those line ends and the source's indentation after them are formatting, shown as a browser shows them (nothing at a
 * line's start, a space within one); the code's own indentation is no-break spaces.
 */
function collapseSourceBreaks(code: Element, texts: Text[]): void {
  if (!code.getElementsByTagName('br').length) return;
  const opening = new Set(texts.filter((text) => opensLine(code, text) && text !== texts[0]));
  if (![...opening].some((text) => /^[ \t]*\r?\n/.test(text.data)) || PREFORMATTED.test(code.getAttribute('style') ?? '')) return;
  for (const text of texts) {
    const data = opening.has(text) ? text.data.replace(/^[ \t]*\r?\n[ \t\r\n]*/, '') : text.data;
    text.data = data.replace(/[ \t]*\r?\n[ \t\r\n]*/g, ' ');
  }
}

/** Whether nothing but a <br> (or the block's start) stands before the text. */
function opensLine(code: Element, text: Text): boolean {
  let node: Node = text;
  while (!node.previousSibling && node.parentNode && node.parentNode !== code) node = node.parentNode;
  let before = node.previousSibling;
  while (before?.lastChild) before = before.lastChild;
  return !before || before.nodeName === 'BR';
}

/** Lines without the indentation they share, and without blank lines at either end (source formatting, not code). */
function dedent(code: string): string {
  const lines = code.replace(/^\s*\n|\n\s*$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0).trimEnd()).join('\n');
}

/** A gutter drawn as code: line numbers counting up from the first (Color Scripter's monospace cell beside the code's). */
function isNumbersOnly(text: string): boolean {
  const lines = text.trim().split('\n').map((line) => line.trim());
  return lines.length >= 2 && lines.every((line, i) => line === String(Number(lines[0]) + i));
}

/**
 * A gutter of line numbers set beside a <pre> or block code, not in it (VuePress' `div.line-numbers-wrapper` after the code): the
 * numbers of the code's lines, no text of the article.
 */
export const gutterBeside: Rule = {
  name: 'gutterBeside',
  filter: (node) =>
    LINE_NUMBERS.test(classOf(node as Element)) && node.nodeName !== 'PRE' && !(node as Element).closest('pre') && !!node.parentNode && Array.from(node.parentNode.childNodes).some((sibling) => sibling.nodeName === 'PRE' || isBlockCode(sibling)) && countsUp((node.textContent ?? '').trim().split(/\s+/)),
  replacement: () => '',
};

export const blockCode: Rule = {
  name: 'blockCode',
  filter: isBlockCode,
  replacement(_content, node) {
    const code = dedent(codeText(node));
    // Only a <div>'s: a <code> of counting numbers is a program's output.
    return node.nodeName === 'DIV' && isNumbersOnly(code) ? '' : fence(code, codeLanguage(node as Element));
  },
};

/** A fragment naming a line ("#L-10", "#read-10", "#l42"). */
const LINE_FRAGMENT = /^#(?:[\w-]*-)?[Ll]?-?\d+$/;
/** A link to one of the block's own lines: an anchor on its number. */
const isLineAnchor = (a: Element) => LINE_FRAGMENT.test(a.getAttribute('href')!) && (/^\s*\d+\s*$/.test(a.textContent ?? '') || isGutter(a) || Array.from(a.children).some(isGutter));
/** A link on an identifier: a generator's cross-reference to a name's documentation (pkg.go.dev's `<a href="/builtin#string">string</a>`). */
const isCrossReference = (a: Element) => /^[A-Za-z_$][\w$.]*$/.test((a.textContent ?? '').trim());
/**
 * Links that lead away from the block to other texts ("RFC 2119", "ls(1)"), not its lines' own anchors (pdoc's
 * `<a href="#L-10"><span class="linenos">10</span></a>`), cross-references or marks without text.
 */
const hasOutwardLinks = (pre: Element) => Array.from(pre.querySelectorAll('a[href]')).some((a) => !isLineAnchor(a) && !isCrossReference(a) && !isMarkOnly(a));
/** A link with no text of its own (Boost's callout anchors `<a class="co" href="#…c1"></a>` before the numbered image): no reader follows it as a link. */
const isMarkOnly = (a: Element) => !a.firstChild;

/**
 * A gutter set as a <pre> of its own before the code's (rustdoc's `pre.example-line-numbers`): numbers counting up,
 * one per line or per span.
 */
function isGutterBeside(pre: Element): boolean {
  if (pre.nextElementSibling?.nodeName !== 'PRE') return false;
  const spans = Array.from(pre.children);
  const numbers = spans.length >= 2 && spans.every((span) => /^\s*\d+\s*$/.test(span.textContent ?? '')) ? spans.map((span) => span.textContent!.trim()) : (pre.textContent ?? '').trim().split(/\s+/);
  return numbers.length >= 2 && numbers.every((n, i) => n === String(Number(numbers[0]) + i));
}

export const codeBlock: Rule = {
  name: 'codeBlock',
  filter: 'pre',
  replacement(_content, node) {
    if (isGutterBeside(node as Element)) return '';
    const language = codeLanguage(node as Element);
    // Preformatted text with links (an RFC, a man page): HTML keeps the links, a fence would not.
    // Code (a <code> inside, or links on names only) is fenced: its links are a generator's cross-references (rustdoc, pkgdown).
    if (!language && !(node as Element).querySelector('code') && hasOutwardLinks(node as Element)) return `\n\n${serialize(node).replace(/\n(?=\n)/g, '\n ')}\n\n`;
    // A ```math block as GitHub, GitLab and Gitea write it: a displayed formula.
    if (language === 'math') return displayedFormula(codeText(node).trim());
    const listing = listingInside(node as Element);
    return fence(listing ? listingCode(listing) : copiedCode(node as Element, codeText(node)), language, titleOf(node as Element));
  },
};

/** The code the copy button beside a block copies, where the cleaning kept it (its data-copy, ../../clean/code-labels.ts); else the block's text. */
const copiedCode = (pre: Element, code: string): string => pre.getAttribute('data-copy')?.replace(/\s+$/, '') || code;
