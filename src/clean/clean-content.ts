// Prepares the chosen article HTML for output: removes active content (and, for generic
// extraction, boilerplate), resolves lazy images and relative URLs, applies the image proxy.
// Everything else of the page's markup is kept as it was.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { loadHtml } from '../extract/dom.js';
import { removeBoilerplate, removeEdges, removeTail } from './boilerplate.js';
import { noscriptFallback, proxyUrl, realImageSrc } from './images.js';

export interface CleanOptions {
  base?: string;
  imageProxy?: string;
  /** The user's or site rule's selectors of things to drop. */
  remove?: string[];
  /** Drop boilerplate inside the block: set when the block was found by the generic extractor. */
  boilerplate: boolean;
  /** The article's title, dropped from the top of a generically found body. */
  title?: string;
}

const URL_ATTRS = ['href', 'src', 'poster', 'action', 'cite', 'data'];
const JS_URL = /^\s*(?:javascript|vbscript|data:text\/html)/i;

function resolve(value: string, base: string | undefined): string {
  if (!base || /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

function stripActiveContent(el: Element): void {
  for (const name of Object.keys(el.attribs)) {
    if (/^on/i.test(name) || (URL_ATTRS.includes(name) && JS_URL.test(el.attribs[name]!))) delete el.attribs[name];
  }
}

function fixImage(img: Element, options: CleanOptions): string | undefined {
  const src = realImageSrc(img);
  if (!src) return undefined;
  const absolute = resolve(src.trim() === src ? src : src.trim(), options.base);
  const srcValue = proxyUrl(absolute, options.imageProxy);
  if (img.attribs.src !== srcValue) img.attribs.src = srcValue;
  if (!('referrerpolicy' in img.attribs)) img.attribs.referrerpolicy = 'no-referrer';
  return absolute;
}

/** Cleans the blocks in place; returns the first image's absolute URL (before the proxy). */
export function cleanContent($: CheerioAPI, blocks: Cheerio<Element>, options: CleanOptions): { firstImage?: string } {
  if (options.remove?.length) blocks.find(options.remove.join(', ')).remove();
  // A placeholder's <noscript> copy is read now: boilerplate removal drops <noscript>.
  blocks.find('img').each((_, img) => {
    const fallback = noscriptFallback(img);
    if (fallback) img.attribs.src = fallback;
  });
  blocks.find('script').remove();
  if (options.boilerplate) {
    removeBoilerplate($, blocks);
    removeEdges($, blocks, options.title);
    removeTail($, blocks);
  }
  let firstImage: string | undefined;
  blocks.find('*').each((_, el) => {
    stripActiveContent(el);
    if (el.name === 'img') {
      const url = fixImage(el, options);
      firstImage ??= url;
    } else {
      for (const attr of ['href', 'src', 'poster']) {
        const value = el.attribs[attr];
        if (value) {
          const absolute = resolve(value, options.base);
          if (absolute !== value) el.attribs[attr] = absolute;
        }
      }
    }
  });
  return { firstImage };
}

/** Cleans an HTML fragment (a feed item's content) as a selected block: markup kept as it was. */
export function cleanFragment(html: string, options: Omit<CleanOptions, 'boilerplate'>): { html: string; firstImage?: string } {
  const $ = loadHtml(`<div>${html}</div>`);
  const block = $.root().children().first() as Cheerio<Element>;
  const { firstImage } = cleanContent($, block, { ...options, boilerplate: false });
  return { html: block.html() ?? '', firstImage };
}
