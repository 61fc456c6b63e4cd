// --explain: for one page, why the body block won (the best candidates with their scores)
// and where each metadata field came from, with a selector to pin the block down.
import type { CheerioAPI } from 'cheerio';
import { isTag, type Element } from 'domhandler';
import { extractArticle, readPage, type ExtractOptions } from './extract-article.js';
import { cleanText, loadPage } from './dom.js';
import { findContent } from './generic.js';
import { ruleBlock } from './metadata/rule-fields.js';
import { sourceLabel, type Page } from '../types.js';

const SHOWN_CANDIDATES = 8;

/** A short CSS selector for an element: its id, else its tag and classes under its parents'. */
export function selectorFor($: CheerioAPI, el: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node && isTag(node) && node.name !== 'html'; node = node.parent as Element | null) {
    const id = node.attribs.id;
    if (id && /^[A-Za-z][\w-]*$/.test(id)) {
      parts.unshift(`#${id}`);
      break;
    }
    const classes = (node.attribs.class ?? '').split(/\s+/).filter((c) => /^[A-Za-z_-][\w-]*$/.test(c));
    parts.unshift(`${node.name}${classes.map((c) => `.${c}`).join('')}`);
    const selector = parts.join(' > ');
    if ($(selector).length === 1) return selector;
  }
  return parts.join(' > ');
}

const percent = (part: number, whole: number) => `${whole ? Math.round((100 * part) / whole) : 0}%`;

export function explainPage(page: Page, options: ExtractOptions): string {
  const $ = loadPage(page.html);
  const { url, rule, meta } = readPage($, page, options);
  const lines = [`${sourceLabel(page.source)}${url ? ` (${url})` : ''}`, ''];
  lines.push(rule ? `site rule: ${rule.name} (${rule.hosts?.join(', ') ?? 'matched by markup'})` : 'site rule: none applies', '');
  const ruled = !options.selector && rule ? ruleBlock($, rule, url) : undefined;
  if (options.selector) {
    lines.push(`body: the selector ${options.selector} (--selector) chooses it; ${$(options.selector).length} element(s) match`);
  } else if (ruled) {
    lines.push(`body: the site rule's selector chooses ${selectorFor($, ruled)}`);
  } else {
    if (rule?.selector) lines.push(`body: no selector of the site rule matches (${rule.selector.join(', ')}); the generic extractor decides`);
    const found = findContent($);
    const chosen = new Set(found?.elements ?? []);
    lines.push(found ? `body: the generic extractor chose ${found.elements.length} block(s)` : "body: no block of prose found: the post line below says what the post holds instead");
    lines.push('  score   text  links  block');
    for (const { element, score, units, linkUnits } of found?.candidates.slice(0, SHOWN_CANDIDATES) ?? []) {
      const mark = chosen.has(element) ? '  <- chosen' : '';
      lines.push(`${score.toFixed(1).padStart(7)} ${String(units).padStart(6)} ${percent(linkUnits, units).padStart(6)}  ${selectorFor($, element)}${mark}`);
    }
    const first = found?.elements[0];
    if (first) lines.push('', `to keep this block whatever the scores say: --selector '${selectorFor($, first)}'`);
  }
  lines.push('', 'metadata:');
  const fields: [string, { value: unknown; from: string } | undefined][] = [
    // Where the page names no author, the post writes the site's name (extract-article.ts): said so.
    ['title', meta.title], ['author', meta.author ?? (meta.siteName && { value: meta.siteName.value, from: "the site's name: the page names no author" })], ['date', meta.date], ['image', meta.image], ['site', meta.siteName],
    // The zone the date is shown in: its own (a stated offset, the page's language for its text), else the page's.
    ['zone', meta.date?.zone && meta.date.zone !== meta.zone?.value ? { value: meta.date.zone, from: `the date's own (${meta.date.from})` } : meta.zone],
  ];
  for (const [name, found] of fields) {
    const value = found ? (found.value instanceof Date ? found.value.toUTCString() : cleanText(String(found.value))) : '(none)';
    lines.push(`  ${name.padEnd(7)} ${value}${found ? `   <- ${found.from}` : ''}`);
  }
  // What the post comes to after cleaning: a short block may have given way to the page's main text (a listing).
  const post = extractArticle(page, options);
  lines.push('', ...(post.ok ? (post.value.warnings ?? []).map((w) => `post: ${w}`) : [`post: refused: ${post.problem.reason}`]));
  if (post.ok && !post.value.warnings?.length) lines.push('post: no warnings');
  return `${lines.join('\n')}\n`;
}
