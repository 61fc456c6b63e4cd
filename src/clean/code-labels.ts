// A code block whose language only a header bar names ("Python" beside a Copy button, above the
// <pre> or at its top): the name kept as the block's data-lang, since the bar goes as furniture.
// And a title bar naming the block's file: kept as the block's data-title (the fence's title), the
// bar dropped, so that the name stands neither in the code nor as a line of text above it.
import type { AnyNode, Element } from 'domhandler';
import { CODE_LANGUAGE_NAMES, LANGUAGE_ATTRIBUTES } from '../code-language-names.js';
import { decodeText } from '../decode/entities.js';
import { contains, firstElement, rawText, removeNodes, selectBelow, withinCode } from './tree.js';

const MAX_LABEL = 20;
/** How many wrappers up from the block its header may stand before. */
const WRAPPER_LEVELS = 2;
/** A header's tools beside the language's name, written as plain elements (DeepSeek's "复制" and "下载"). */
const TOOLS = /(?:^|\s)(?:copy(?:\s+code)?|copied|download|wrap|复制代码|复制|已复制|下载|複製|下載|コピー)(?=\s|$)/gi;
const COPY = /\s*(?:\bcopy(?:\s+code)?|复制代码|复制|已复制|複製|コピー)\s*$/i;

const isElement = (node: AnyNode | null | undefined): node is Element => node?.type === 'tag';

/** Elements shown as blocks of their own: their text never runs into the text beside them. */
const BLOCKS = new Set(['div', 'p', 'li', 'header', 'section']);

/** Text of the element, its buttons left out ("bash" and "Copy code" in two divs: "bash Copy code"). */
function shownText(el: Element): string {
  let out = '';
  const walk = (node: AnyNode) => {
    if (node.type === 'text') out += (node as unknown as { data: string }).data;
    else if (isElement(node) && node.name !== 'button') {
      if (BLOCKS.has(node.name)) out += ' ';
      for (const child of node.children) walk(child);
      if (BLOCKS.has(node.name)) out += ' ';
    }
  };
  walk(el);
  return decodeText(out).replace(/\s+/g, ' ').trim();
}

function previousElement(node: AnyNode): Element | undefined {
  for (let prev = node.prev; prev; prev = prev.prev) {
    if (isElement(prev)) return prev;
    if (prev.type === 'text' && (prev as unknown as { data: string }).data.trim()) return undefined;
  }
  return undefined;
}

/** Whether the block or its code says its language itself (a class or a data attribute). */
function declaresLanguage(pre: Element): boolean {
  return [pre, firstElement(pre)].some((el) => {
    if (!el) return false;
    if (LANGUAGE_ATTRIBUTES.some((name) => el.attribs[name])) return true;
    return (el.attribs.class ?? '').split(/\s+/).some((token) => /^(?:language|lang)[-:]/i.test(token) || CODE_LANGUAGE_NAMES.has(token.toLowerCase()));
  });
}

/** The header naming the block's language and the name: the element before the block (or before its wrapper), or the first inside it. */
function languageHeader(pre: Element): { header: Element; language: string } | undefined {
  const code = firstElement(pre)?.name === 'code' ? firstElement(pre) : undefined;
  // Before the block, or before the wrappers it is the first of (Gemini's header over two frames around the <pre>).
  const before: (Element | undefined)[] = [];
  for (let node: Element = pre, level = 0; level <= WRAPPER_LEVELS; level++) {
    const previous = previousElement(node);
    if (previous) {
      before.push(previous);
      break;
    }
    if (!isElement(node.parent)) break;
    node = node.parent;
  }
  // At the top of the <pre>: its first element, or the first in the frame it puts around the code (ChatGPT's).
  // Or a label beside the <code>, after it too (图灵社区's `<span class="code-lang">` before the copy button).
  const beside = code ? pre.children.filter((el): el is Element => isElement(el) && el !== code) : [];
  const headers = [...before, firstElement(pre), firstElement(firstElement(pre)), firstElement(code), ...beside];
  for (const header of headers) {
    if (!header || header === code || header.name === 'pre' || header.name === 'code') continue;
    if (contains(pre, header) && !isLabelInside(header, pre)) continue;
    const label = shownText(header).replace(TOOLS, ' ').trim().toLowerCase();
    if (label.length <= MAX_LABEL && CODE_LANGUAGE_NAMES.has(label)) return { header, language: label };
  }
  return undefined;
}

/**
 * A header bar that only names the block's language, dropped once read: before the block
 * (Microsoft Learn's `div.codeHeader`), or a <div> of its own at the top of the <pre>, never a
 * line of the code.
 */
function isBar(header: Element, pre: Element): boolean {
  return contains(pre, header) ? isLabelInside(header, pre) : LABEL_ELEMENTS.has(header.name);
}

/**
 * A label inside the <pre>: a bar of its own (a <div> holding no code), or an element beside the
 * <code>. What stands first in the code is its first line, whatever it reads ("make", "python").
 */
const isLabelInside = (header: Element, pre: Element): boolean =>
  (header.name === 'div' && !selectBelow([header], 'code').length) || (header.parent === pre && pre.children.some((el) => isElement(el) && el.name === 'code'));

/**
 * Highlighters that name a block's language in a label of their own, the label dropped once read:
 * Crayon's toolbar and its fork Urvanov's (their block laid out without a <pre>), Shiki Twoslash's
 * `<div class="language-id">` at the top of its <pre> (a block without twoslash's markup, `pre.shiki`, too). The block, and its label.
 */
const LABELLED_BLOCKS = [
  { block: '.crayon-syntax', label: '.crayon-language' },
  { block: '.urvanov-syntax-highlighter-syntax', label: '.urvanov-syntax-highlighter-language, .crayon-language' },
  { block: 'pre.twoslash, pre.shiki', label: '.language-id' },
  // Feishu's documents: the language in the block's header bar, beside its buttons (its lines drawn without a <pre>).
  { block: '.docx-code-block-container', label: '.code-block-header [class*="lang"]' },
  // Notion's public pages: the language in an unselectable control at the block's corner, its lines in a preformatted <div>.
  { block: '.notion-code-block', label: '[style*="user-select: none" i], [style*="user-select:none" i]' },
];

/** A label that names no language ("Plain Text", Notion's and Feishu's for a block without one). */
const PLAIN_TEXT = /^plain\s*text$/i;

/** How far above a language's label the frame holding its block may be. */
const FRAME_LEVELS = 3;
/** Code shown as a block: a <pre>, an editor's lines, a <code> over lines. */
const BLOCK_CODE = 'pre, .CodeMirror, .cm-content, code';
const isBlockShown = (el: Element): boolean => el.name !== 'code' || /\n/.test(decodeText(rawText(el)).trim()) || selectBelow([el], 'br').length > 0;

/**
 * A label named for a language beside the block in the block's frame, its text a language's name (Mattermost's
 * `span.post-code__language` "Bash" over its `div.hljs > code`, DZone's `div.nameLanguage` "Java" over its CodeMirror):
 * the block's language when it names none, the label dropped.
 */
function keepFrameLanguages(roots: Element[]): void {
  for (const label of selectBelow(roots, '[class*="lang" i]')) {
    if (!label.parent || withinCode(label) || selectBelow([label], BLOCK_CODE).length) continue;
    const language = shownText(label).toLowerCase();
    if (language.length > MAX_LABEL || !CODE_LANGUAGE_NAMES.has(language)) continue;
    let block: Element | undefined;
    for (let frame: AnyNode | null = label.parent, level = 0; !block && isElement(frame) && level < FRAME_LEVELS; frame = frame.parent, level++) {
      block = selectBelow([frame], BLOCK_CODE).find(isBlockShown);
    }
    if (!block) continue;
    if (!declaresLanguage(block)) block.attribs['data-lang'] = language;
    removeNodes([label]);
  }
}

export function keepHeaderLanguages(roots: Element[]): void {
  for (const { block, label } of LABELLED_BLOCKS) {
    for (const el of selectBelow(roots, block)) {
      // "Plain Text" names no language: the label goes all the same.
      const labels = selectBelow([el], label)
        .map((found) => ({ found, text: shownText(found) }))
        .filter(({ text }) => CODE_LANGUAGE_NAMES.has(text.toLowerCase()) || PLAIN_TEXT.test(text));
      if (!labels.length) continue;
      const named = labels.find(({ text }) => !PLAIN_TEXT.test(text));
      if (named) el.attribs['data-lang'] = named.text.toLowerCase();
      removeNodes([...labels.map(({ found }) => found), ...selectBelow([el], '[role="button"]').filter((button) => COPY_LABEL.test(shownText(button)))]);
    }
  }
  for (const pre of selectBelow(roots, 'pre')) {
    const label = languageLabel(pre);
    const found = languageHeader(pre);
    // A label beside the block names it when nothing else does (WordPress's Code Block Pro: `<span class="code-block-pro-lang">PHP</span>` after the <pre>).
    const language = found?.language ?? (label ? labelText(label) : undefined);
    if (language && !declaresLanguage(pre)) pre.attribs['data-lang'] = language;
    if (found && isBar(found.header, pre)) removeNodes([found.header]);
    else removeNodes(copyBarBefore(pre));
    if (label) removeNodes([label]);
    removeNodes([...copyLabels(pre), ...barsInside(pre, true)]);
  }
  keepFrameLanguages(roots);
}

const COPY_LABEL = /^(?:copy(?:\s+code)?|copied!?|复制代码|复制|已复制|コピー)$/i;

/**
 * A block's header bar before it, a short label beside a copy button (Microsoft Learn's `div.codeHeader`:
 * "Azure CLI", "Output"), or a copy control alone written as text (AtCoder's `<div class="div-btn-copy"><span>Copy</span>`):
 * the block's, whatever the label names, never a line of text.
 */
function copyBarBefore(pre: Element): Element[] {
  const bar = previousElement(pre);
  if (!bar || !LABEL_ELEMENTS.has(bar.name) || shownText(bar).length > MAX_BAR_LABEL) return [];
  if (COPY_LABEL.test(shownText(bar))) return [bar];
  const copies = selectBelow([bar], 'button').some((button) => COPY_LABEL.test(shownText(button)) || COPY_LABEL.test(button.attribs['aria-label'] ?? ''));
  return copies ? [bar] : [];
}

const MAX_BAR_LABEL = 40;

/**
 * A theme's copy button written as a plain element inside the <pre>, beside its <code>
 * (`<span class="copy-code">Copy</span>`): never a line of the code, which the <code> holds.
 * Or written as the <code>'s last element, on a line of its own (Juejin's
 * `<span class="copy-code-btn">复制代码</span>`): a line of code is never a button's label.
 */
function copyLabels(pre: Element): Element[] {
  const children = pre.children.filter(isElement);
  const code = children.find((el) => el.name === 'code');
  if (!code) return [];
  const last = code.children.filter((node) => isElement(node) || (node.type === 'text' && node.data.trim())).at(-1);
  const inCode = isElement(last) && last.name !== 'br' && COPY_LABEL.test(shownText(last)) && /\n\s*$/.test(textBefore(last)) ? [last] : [];
  return [...children.filter((el) => el.name !== 'code' && COPY_LABEL.test(shownText(el))), ...inCode];
}

/** The text node right before an element, or ''. */
const textBefore = (el: Element) => (el.prev?.type === 'text' ? el.prev.data : '');

/** Title bars naming a block's file: Docusaurus, Expressive Code, rehype-pretty-code, MkDocs Material, Quarto, Hexo's Prism caption. */
const CODE_TITLES = '[class*="codeBlockTitle_"], .expressive-code figcaption .title, [data-rehype-pretty-code-title], .highlight > .filename, .code-with-filename-file, pre > div.caption';
/** How far above a title bar the frame holding it and its block may be. */
const TITLE_LEVELS = 3;
const MAX_TITLE = 120;

/**
 * Bars a highlighter writes inside the <pre> beside its <code>, never the code's lines: before it, a title
 * (DigitalOcean's `div.code-label` "Output", its file's name); after it, tools (Argon's `div.hljs-control`).
 */
function barsInside(pre: Element, after = false): Element[] {
  const children = pre.children.filter(isElement);
  const code = children.findIndex((el) => el.name === 'code');
  const beside = after ? children.slice(code + 1) : children.slice(0, code);
  const bars = code < 0 ? [] : beside.filter((el) => el.name === 'div' && !selectBelow([el], 'code').length);
  const opening = code < 0 || after ? undefined : labelOpeningCode(children[code]!);
  return opening ? [...bars, opening] : bars;
}

/** A label a block's code opens with, a <div> named as one (DigitalOcean's `<code><div class="secondary-code-label" title="Output">Output</div>…`). */
const LABEL_CLASS = /(?:^|[\s_-])(?:label|title|caption|filename)(?:$|[\s_-])/i;
function labelOpeningCode(code: Element): Element | undefined {
  const first = code.children.find((node) => isElement(node) || (node.type === 'text' && (node as unknown as { data: string }).data.trim()));
  return isElement(first) && first.name === 'div' && LABEL_CLASS.test(first.attribs.class ?? '') && shownText(first).length <= MAX_TITLE ? first : undefined;
}

export function keepCodeTitles(roots: Element[]): void {
  const bars = new Set([...selectBelow(roots, CODE_TITLES), ...selectBelow(roots, 'pre').flatMap((pre) => barsInside(pre))]);
  for (const bar of bars) {
    const title = shownText(bar);
    // Hexo's Prism mode sets the caption inside the <pre>, before the <code>; DigitalOcean its label, there or opening the <code>.
    const inCode = isElement(bar.parent) && bar.parent.name === 'code' ? bar.parent.parent : bar.parent;
    if (isElement(inCode) && inCode.name === 'pre') {
      if (title && title.length <= MAX_TITLE && !inCode.attribs['data-title']) inCode.attribs['data-title'] = title;
      removeNodes([bar]);
      continue;
    }
    let frame = bar.parent;
    for (let level = 1; level <= TITLE_LEVELS && isElement(frame) && !roots.includes(frame); level++, frame = frame.parent) {
      const pre = selectBelow([frame], 'pre').find((el) => !selectBelow([bar], 'pre').includes(el));
      if (!pre) continue;
      if (title && title.length <= MAX_TITLE && !pre.attribs['data-title']) pre.attribs['data-title'] = title;
      removeNodes([bar]);
      break;
    }
  }
}

/**
 * The text a copy button beside a block copies (Rails guides' `button.clipboard-button[data-clipboard-text]`, its command
 * without the "$ " prompt), where it is the block's lines without their prompts or their output: kept as the block's
 * data-copy, the code a reader takes, as the button goes as furniture.
 */
export function keepCopiedCode(roots: Element[]): void {
  for (const button of selectBelow(roots, '[data-clipboard-text]')) {
    const pres = isElement(button.parent) ? selectBelow([button.parent], 'pre') : [];
    const copied = button.attribs['data-clipboard-text']!;
    if (pres.length === 1 && !pres[0]!.attribs['data-copy'] && endsLines(decodeText(copied), decodeText(rawText(pres[0]!)))) pres[0]!.attribs['data-copy'] = copied;
  }
}

/** Whether each line of `copied` ends a line of `code`, in order, and it is shorter: the code without its prompts or output. */
function endsLines(copied: string, code: string): boolean {
  const wanted = copied.trimEnd();
  if (!wanted.trim() || wanted.length >= code.trimEnd().length) return false;
  const lines = code.split('\n');
  let at = 0;
  for (const line of wanted.split('\n')) {
    while (at < lines.length && !lines[at]!.trimEnd().endsWith(line.trimEnd())) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}

/** Tabs that show one block of code each (a command per package manager): the group, its tabs, its panels, in the same order. */
const CODE_TABS = [
  // VitePress: <div class="vp-code-group"><div class="tabs"><input><label>npm</label>…</div><div class="blocks"><div class="language-sh">…
  { group: '.vp-code-group', tab: '.tabs > label', panel: '.blocks > div' },
  // Docusaurus (and other ARIA tabs): <ul role="tablist"><li role="tab">npm</li>…</ul>…<div role="tabpanel">…
  { group: '.tabs-container', tab: '[role="tab"]', panel: '[role="tabpanel"]' },
  // Material for MkDocs (pymdownx.tabbed): <div class="tabbed-set"><input>…<div class="tabbed-labels"><label>C</label>…</div><div class="tabbed-content"><div class="tabbed-block">…
  { group: '.tabbed-set', tab: '.tabbed-labels > label', panel: '.tabbed-content > .tabbed-block' },
];

/** Each tab's name as its block's title, the tabs dropped: a line of names above the blocks would say nothing. */
export function keepTabTitles(roots: Element[]): void {
  for (const { group, tab, panel } of CODE_TABS) {
    for (const el of selectBelow(roots, group)) {
      const tabs = selectBelow([el], tab);
      const blocks = selectBelow([el], panel).map((found) => selectBelow([found], 'pre'));
      if (!tabs.length || tabs.length !== blocks.length || blocks.some((pres) => pres.length !== 1)) continue;
      tabs.forEach((name, i) => {
        const pre = blocks[i]![0]!;
        if (!pre.attribs['data-title'] && shownText(name).length <= MAX_TITLE) pre.attribs['data-title'] = shownText(name);
      });
      removeNodes(tabs);
    }
  }
}

/** A wrapper holding more than this beside the block is the article's text, not a code block's frame. */
const MAX_BESIDE = 4;
/** Elements a label beside a block is written in (never a paragraph or a heading, which is the article's text). */
const LABEL_ELEMENTS = new Set(['span', 'div', 'small', 'em', 'b', 'strong']);

/**
 * A label beside the block in its wrapper that only names a language (VitePress's
 * `<span class="lang">ts</span>` after its copy button): the fence's info string says it.
 */
function languageLabel(pre: Element): Element | undefined {
  const siblings = (pre.parent?.children ?? []).filter((node): node is Element => isElement(node) && node !== pre);
  if (siblings.length > MAX_BESIDE || siblings.some((el) => el.name === 'pre' || el.name === 'p')) return undefined;
  return siblings.find((el) => LABEL_ELEMENTS.has(el.name) && CODE_LANGUAGE_NAMES.has(labelText(el)));
}

/** The language a label names: its text without a Copy button's, lower-case. */
const labelText = (el: Element) => shownText(el).replace(COPY, '').toLowerCase();
