// Article HTML to CommonMark + GFM: turndown with our rules (src/render/rules/), GFM
// strikethrough and task lists, and text escaped only where Markdown would misread it.
import TurndownService from 'turndown';
import { strikethrough, taskListItems } from '@joplin/turndown-plugin-gfm';
import { RULES } from './rules/index.js';
import { createDocument } from '@mixmark-io/domino';
import type { AnyNode } from 'domhandler';
import { articleDom } from './article-dom.js';
import { markFootnotes } from './footnote-notes.js';
import { markdownLines } from './markdown-lines.js';
import { markRawTex } from './math/raw-tex.js';
import { keepBlockCodeWhitespace, keepCodeCellWhitespace, keepLineTableWhitespace, keepListingWhitespace, mergeCodeFragments } from './rules/code-block.js';
import { markDrawnFormulas } from './rules/math.js';
import { finalizeText, markText, resolveBreaks } from './rules/text-escape.js';

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    hr: '---',
  });
  service.use([strikethrough, taskListItems]);
  // addRule puts a rule before those added earlier: install in reverse to keep RULES' order.
  for (const { name, ...rule } of [...RULES].reverse()) service.addRule(name, rule);
  service.escape = markText;
  return service;
}

/** The article in turndown's wrapper element, as parsing its HTML would give it. */
function articleRoot(html: string, nodes: readonly AnyNode[] | undefined): HTMLElement {
  const fromNodes = nodes && articleDom(nodes);
  if (fromNodes) return fromNodes as unknown as HTMLElement;
  return createDocument(`<x-turndown id="turndown-root">${html}</x-turndown>`).getElementById('turndown-root')! as HTMLElement;
}

/**
 * The article's HTML as Markdown. Given the extractor's nodes of that HTML, turndown walks them
 * (article-dom.ts) rather than a parse of the HTML, unless the parser would rearrange them.
 */
export function renderMarkdown(html: string, nodes?: readonly AnyNode[]): string {
  // Prepared before turndown's whitespace collapsing, blank-node dropping and text escaping.
  const root = articleRoot(html, nodes);
  markFootnotes(root);
  markDrawnFormulas(root);
  markRawTex(root);
  mergeCodeFragments(root);
  keepBlockCodeWhitespace(root);
  keepLineTableWhitespace(root);
  keepCodeCellWhitespace(root);
  keepListingWhitespace(root);
  const marked = turndown().turndown(root);
  return `${trimParagraphEdges(finalizeText(resolveBreaks(marked))).trim()}\n`;
}

/**
 * Spaces ending a line before a blank line, outside code: nothing in Markdown (a displayed
 * formula inside a paragraph leaves the space before it at the end of the line above). And a
 * paragraph's indent of ideographic or no-break spaces ("　　", Chinese typesetting's first-line
 * indent): presentation, gone from the first paragraph with the body's trim, so from every one.
 */
function trimParagraphEdges(markdown: string): string {
  const lines = markdownLines(markdown);
  return lines
    .map(({ text, fenced }, i) => {
      if (fenced) return text;
      const ended = lines[i + 1]?.text === '' ? text.replace(/[ \t]+$/, '') : text;
      return i === 0 || lines[i - 1]!.text === '' ? ended.replace(/^[\u3000\u00a0]+/, '') : ended;
    })
    .join('\n');
}
