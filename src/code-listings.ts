// Code that an editor or a highlighter shows as one element per line, with no <pre> around the
// lines: per family, the element holding the listing and the element of each line. Line numbers
// stand outside the lines, or are gutters the code rules drop.
import { isTag, type Element } from 'domhandler';
import { classesOf, firstElement, selectorTest } from './clean/tree.js';

export interface LineListing {
  block: string;
  line: string;
  /** The language every such listing is in (a forge's diff view). */
  language?: string;
}

export const LINE_LISTINGS: readonly LineListing[] = [
  // GeSHi: <div class="php geshi"><ol><li class="li1"><div class="de1">…</div></li>…
  { block: 'div.geshi', line: 'li' },
  // CodeMirror 5: <div class="CodeMirror"><div class="CodeMirror-code"><div><div class="CodeMirror-gutter-wrapper">1</div><pre class="CodeMirror-line">…
  { block: '.CodeMirror', line: 'pre.CodeMirror-line' },
  // CodeMirror 6: <div class="cm-editor">…<div class="cm-gutters">…</div><div class="cm-content" data-language="javascript"><div class="cm-line">…
  { block: '.cm-editor', line: '.cm-line' },
  // Ace's static highlighter: <div class="ace_static_highlight"><div class="ace_line"><span class="ace_gutter"></span>…
  { block: '.ace_static_highlight', line: '.ace_line' },
  // Monaco: <div class="monaco-editor"><div class="margin">…<div class="line-numbers">1</div>…<div class="view-lines" aria-hidden="true"><div class="view-line"><span><span class="mtk6">const</span>…
  { block: '.monaco-editor', line: '.view-line' },
  // Ace's editor: <div class="ace_editor"><div class="ace_gutter">…</div><div class="ace_scroller">…<div class="ace_text-layer"><div class="ace_line">…
  { block: '.ace_editor', line: '.ace_text-layer .ace_line' },
  // SyntaxHighlighter 2: <div class="syntaxhighlighter java"><div class="lines"><div class="line alt1"><table><tr><td class="number"><code>1</code></td><td class="content"><code class="keyword">…
  { block: '.syntaxhighlighter', line: '.lines > .line' },
  // SyntaxHighlighter 3 (Confluence's code macro without its gutter, Tistory's with it): <div class="syntaxhighlighter java"><table><tr><td class="gutter">…<td class="code"><div class="container"><div class="line number1">…
  { block: '.syntaxhighlighter', line: 'td.code .container > .line' },
  // Doxygen: <div class="fragment"><div class="line"><a id="l00001"></a><span class="lineno">    1</span><span class="keyword">int</span>…
  { block: 'div.fragment', line: 'div.line' },
  // Discuz! (Chinese forums): <div class="blockcode"><div id="code_x"><ol><li>int a = 1;<br /></li>…</ol></div><em onclick="copycode(…)">复制代码</em></div>
  { block: 'div.blockcode', line: 'ol > li' },
  // SyntaxHighlighter 1.5 (old CSDN, cnblogs): <div class="dp-highlighter"><div class="bar">…</div><ol class="dp-j"><li class="alt"><span>…
  { block: 'div.dp-highlighter', line: 'ol > li' },
  // cgit's diff: <table class="diff"><tr><td><div class="head">diff --git …<br/>…</div><div class="hunk">@@ …</div><div class="ctx"> …</div><div class="del">-…</div><div class="add">+…</div>
  { block: 'table.diff', line: 'td > div.head, td > div.hunk, td > div.ctx, td > div.del, td > div.add', language: 'diff' },
  // gitweb's commitdiff: <div class="patch"><div class="diff header">diff --git …</div><div class="diff chunk_header">@@ …</div><div class="diff ctx"> …</div><div class="diff rem">-…</div>
  { block: 'div.patch', line: 'div.diff', language: 'diff' },
  // diff2html's line-by-line table: <td class="d2h-code-linenumber">…</td><td class="d2h-del"><div class="d2h-code-line"><span class="d2h-code-line-prefix">-</span><span class="d2h-code-line-ctn">…
  { block: 'table.d2h-diff-table', line: 'div.d2h-code-line, div.d2h-code-side-line', language: 'diff' },
  // LaTeXML's listing (arXiv's HTML papers): <div class="ltx_listing"><div class="ltx_listing_data"><a download>⬇</a></div><div class="ltx_listingline"><span class="ltx_tag_listingline">1</span>…
  { block: 'div.ltx_listing', line: 'div.ltx_listingline' },
  // Enlighter's drawing of a block, when the block it hid is gone: <div class="enlighter-default enlighter-l-python"><div class="enlighter"><div><div><span class="enlighter-k1">…
  { block: '.enlighter-default', line: '.enlighter > div' },
  // Feishu's documents: <div class="docx-code-block-container"><div class="code-block-header">Python 复制</div>…<div class="code-line-wrapper"><span class="code-line-number">1</span>…
  { block: '.docx-code-block-container', line: '.code-line-wrapper' },
  // Or its zone editor's lines: <div class="block docx-code-block" data-block-type="code"><div class="code-block-header"><div class="code-block-header-lang" data-lang="go">Go</div>…<div class="ace-line"><span class="code-line-number">1</span>…
  { block: '.docx-code-block', line: '.ace-line' },
  // Code Hike 0.x (MDX docs): <code class="ch-code-scroll-parent"><br><div class="ch-code-scroll-content"><div><div style="display:inline-block">…</div><br></div>…
  { block: 'code.ch-code-scroll-parent', line: '.ch-code-scroll-content > div' },
  // Racket's Scribble: <blockquote class="SCodeFlow"><table class="RktBlk"><tr><td><span class="RktPn">(</span>…<span class="hspace">&nbsp;</span>…
  { block: 'table.RktBlk', line: 'tr > td', language: 'racket' },
  // Its verbatim text (a shell command): <table class="SVerbatim"><tr><td><p><span class="stt">raco</span><span class="hspace">&nbsp;</span>…
  { block: 'table.SVerbatim', line: 'tr > td' },
  // Quill 2's code block (石墨 and other online editors): <div class="ql-code-block-container"><select class="ql-ui">…</select><div class="ql-code-block" data-language="json">{</div>…
  { block: 'div.ql-code-block-container', line: 'div.ql-code-block' },
  // GitBook's React Native Web blocks: <div data-testid="block-code">…<div data-testid="code-lines"><div data-key="line-1"><div aria-hidden="true">1</div><div dir="auto"><span>const</span>…
  { block: '[data-testid="block-code"]', line: '[data-testid="code-lines"] > [data-key]' },
];

/** Every line of the listings above, as one selector. */
export const LISTING_LINES = LINE_LISTINGS.map(({ block, line }) => `${block} ${line}`).join(', ');

/**
 * Code a stylesheet lays out as preformatted text, its line breaks and indents in the text itself, with no
 * <pre> around it: PEAR Text_Highlighter's `<div class="hl-main"><span class="hl-code">…\n</span>` (Runoob's examples),
 * Naver SmartEditor ONE's code component (`<div class="se-code-source"><div class="__se_code_view language-javascript">`),
 * WordPress' CodeColorer (`<div class="ruby codecolorer">…<br />&nbsp; …`, its line numbers in the cell before),
 * W3Schools' examples (`<div class="w3-code notranslate jsHigh">let x = 5;<br>…`), TeX4ht's listings (`<div class="lstlisting">`, a span per
 * token, non-breaking spaces, `<br />` after each line).
 */
export const PREFORMATTED_LISTINGS = ['div.hl-main', 'div.__se_code_view', 'div.codecolorer', 'div.w3-code', 'div.lstlisting'] as const;
/** Those of them whose lines end with <br>: a line break in their source is HTML's collapsible space, no line of the code. */
export const BR_LINED_LISTINGS = ['div.codecolorer', 'div.w3-code', 'div.lstlisting'] as const;

/** A class naming an element as code, its lines in <div>s without a <pre> (Crayon's `td.crayon-code`). */
export const CODE_NAME = /(?:^|[\s_-])code(?:\s|$)/;

/** Inline styles of code set without a <pre>: its lines and spaces kept, in a monospace font (an editor's pasted code, a CMS's listing). */
export const PREFORMATTED = /(?:^|;)\s*white-space\s*:\s*pre(?:-wrap)?\s*(?:!important\s*)?(?:;|$)/i;
export const MONOSPACE = /(?:^|;)\s*font-family\s*:[^;]*monospace/i;
/** A block so styled: code, whatever else its style says. */
export const isStyledListing = (el: Element): boolean => PREFORMATTED.test(el.attribs.style ?? '') && MONOSPACE.test(el.attribs.style ?? '');

const hasClass = (el: Element, name: string) => classesOf(el).includes(name);

/**
 * GeSHi's listing without its own class (Pastebin's `div.source.nginx > ol.nginx > li.li1 > div.de1`), known by its
 * first line's classes. Read from the children only: tested on every ancestor of every element, it must not search below.
 */
function isUnnamedGeshi(el: Element): boolean {
  if (el.name !== 'div' || hasClass(el, 'geshi')) return false;
  const list = el.children.find((child): child is Element => isTag(child) && child.name === 'ol');
  const line = list && firstElement(list);
  const code = line?.name === 'li' && hasClass(line, 'li1') ? firstElement(line) : undefined;
  return code?.name === 'div' && hasClass(code, 'de1');
}

/** A GeSHi listing without its class named for GeSHi, as the rules that draw listings know it. */
export function nameUnnamedListing(el: Element): void {
  if (isUnnamedGeshi(el)) el.attribs.class = `${el.attribs.class ?? ''} geshi`.trim();
}

const isListingBlock = selectorTest([...LINE_LISTINGS.map(({ block }) => block), ...PREFORMATTED_LISTINGS].join(', '));

/** The listing an element is inside: one walk up its ancestors, each tested against all the listings' blocks at once. */
export function listingOf(el: Element): Element | undefined {
  for (let up = el.parent; up && isTag(up); up = up.parent) if (isListingBlock(up) || isUnnamedGeshi(up)) return up;
  return undefined;
}

/** How far above a line of code the block setting its monospace font may be (Color Scripter's: the line's <div>, its cell's <div>, the cell, the row, the table). */
const MONOSPACE_LEVELS = 6;

/**
 * The outermost block within a few levels above an element that an inline style sets in a monospace font: code a
 * highlighter drew without a <pre> (Color Scripter's table of line <div>s, an editor's pasted code), or undefined.
 */
export function monospaceBlockOf(el: Element): Element | undefined {
  let found: Element | undefined;
  let level = 0;
  for (let up = el.parent; up && isTag(up) && level < MONOSPACE_LEVELS; up = up.parent, level++) if (MONOSPACE.test(up.attribs.style ?? '')) found = up;
  return found;
}
