// One parse per page, and the small DOM helpers every extractor shares.
import { load, type CheerioAPI } from 'cheerio';
import { Element, isTag, type ParentNode } from 'domhandler';
import { setChildren } from '../clean/tree.js';
import { decodeText } from '../decode/entities.js';

/**
 * htmlparser2 mode without entity decoding: ten times faster than parse5, and it keeps
 * the page's own markup (entities, `alt` without a value) byte for byte on output.
 */
export function loadHtml(html: string): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: false } });
}

/**
 * A page as the extractors read it: a fragment saved or piped in without <body> (`<p>A note.</p>`)
 * gets one around what it shows, so that its content is in an element like any page's.
 */
export function loadPage(html: string): CheerioAPI {
  const $ = loadHtml(html);
  const root = $.root().get(0) as unknown as ParentNode;
  const found = $('body').get(0);
  if (found) {
    // A stray </html> before the page's content (a template's include closing it early) leaves the rest outside: it goes back in the body.
    const html = root.children.find((node): node is Element => isTag(node) && node.name === 'html');
    const stray = html ? root.children.slice(root.children.indexOf(html) + 1) : [];
    if (stray.some(isTag)) {
      setChildren(root, root.children.slice(0, root.children.indexOf(html!) + 1));
      setChildren(found, [...found.children, ...stray]);
    }
    return $;
  }
  const holder = root.children.find((node): node is Element => isTag(node) && node.name === 'html') ?? root;
  const head = holder.children.filter((node) => isTag(node) && node.name === 'head');
  const body = new Element('body', {});
  setChildren(body, holder.children.filter((node) => !head.includes(node) && node.type !== 'directive'));
  setChildren(holder, [...holder.children.filter((node) => head.includes(node) || node.type === 'directive'), body]);
  return $;
}

/** Text as a reader sees it: entities decoded, whitespace collapsed. */
export function cleanText(raw: string | undefined): string {
  if (!raw) return '';
  // Zero-width spaces and word joiners show nothing (VitePress puts one in each heading's anchor).
  return decodeText(raw).replace(/[\u200b\u2060\ufeff]/g, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Resolves a possibly relative URL; undefined for what cannot be a link. */
export function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  const raw = cleanText(href);
  if (!raw) return undefined;
  try {
    return new URL(raw, base).href;
  } catch {
    return undefined;
  }
}
