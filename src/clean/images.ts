// Image URLs: the real one behind lazy-loading placeholders (data attributes, <noscript>
// copies), the largest candidate of a srcset or <picture>, and the user's image proxy (for
// hosts that refuse hotlinked images).
import type { Element } from 'domhandler';

/** Attributes lazy loaders keep the real URL in, most specific first. */
export const LAZY_SRC_ATTRS = ['data-actualsrc', 'data-original', 'data-lazy-src', 'data-src', 'data-url', 'data-original-src', 'data-lazyload', 'data-hi-res-src', 'data-full-src', 'real_src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'srcset'];

/** A src that only stands in until a script swaps the real image in. */
export function isPlaceholder(src: string | undefined): boolean {
  if (!src || !src.trim()) return true;
  const value = src.trim();
  if (/^data:/i.test(value)) return value.length < 400 || /^data:image\/(?:gif|svg)/i.test(value) && value.length < 2000;
  if (/^about:blank/i.test(value)) return true;
  const file = value.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return /^(?:[a-z]+[-_])?(?:blank|spacer|spc|pixel|placeholder|loading|loader|lazy|lazyload|grey|gray|transparent|trans|1x1|empty|none|default-image)(?:[-_.\d][\w.-]*)?\.(?:gif|png|svg|jpe?g|webp)$/i.test(file);
}

/** The widest (or highest-density) candidate of a srcset, with its size for comparing. */
function bestCandidate(srcset: string | undefined): { url: string; size: number } | undefined {
  if (!srcset) return undefined;
  let best: { url: string; size: number } | undefined;
  for (const part of srcset.split(/,\s+(?=\S)|,(?=https?:|\/)/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url || isPlaceholder(url)) continue;
    const number = parseFloat(descriptor);
    const size = Number.isNaN(number) ? 0 : descriptor.endsWith('x') ? number * 1000 : number;
    if (!best || size > best.size) best = { url, size };
  }
  return best;
}

/** The widest (or highest-density) candidate of a srcset. */
export function largestFromSrcset(srcset: string | undefined): string | undefined {
  return bestCandidate(srcset)?.url;
}

const elementChildren = (el: Element | null | undefined): Element[] =>
  (el?.children ?? []).filter((child): child is Element => child.type === 'tag');

/** Every srcset candidate of the image and of its <picture>'s sources; the largest wins. */
function largestCandidate(img: Element): string | undefined {
  const sets = LAZY_SRCSET_ATTRS.map((attr) => img.attribs[attr]);
  const parent = img.parent as Element | null;
  if (parent?.name === 'picture') {
    for (const source of elementChildren(parent).filter((el) => el.name === 'source')) sets.push(...LAZY_SRCSET_ATTRS.map((attr) => source.attribs[attr]));
  }
  let best: { url: string; size: number } | undefined;
  for (const set of sets) {
    const candidate = bestCandidate(set);
    if (candidate && (!best || candidate.size > best.size)) best = candidate;
  }
  return best?.url;
}

/** The src of the image a following <noscript> holds for browsers without scripts. */
function noscriptSrc(img: Element): string | undefined {
  let next = img.next;
  while (next && next.type === 'text' && !('data' in next && String(next.data).trim())) next = next.next;
  if (!next || next.type !== 'tag' || (next as Element).name !== 'noscript') return undefined;
  const inner = (next as Element).children.find((child): child is Element => child.type === 'tag' && (child as Element).name === 'img');
  if (inner) return realImageSrc(inner);
  const html = (next as Element).children.map((child) => ('data' in child ? String(child.data) : '')).join('');
  return /<img[^>]*\ssrc=["']?([^"'\s>]+)/i.exec(html)?.[1];
}

/** For a placeholder followed by a <noscript> copy: the copy's src (read before <noscript> goes). */
export function noscriptFallback(img: Element): string | undefined {
  return isPlaceholder(img.attribs.src) && !largestCandidate(img) && !LAZY_SRC_ATTRS.some((attr) => img.attribs[attr]) ? noscriptSrc(img) : undefined;
}

/** The URL the reader would see, once the page's scripts ran. */
export function realImageSrc(img: Element, siteAttrs: string[] = []): string | undefined {
  for (const attr of siteAttrs) {
    const value = img.attribs[attr]?.trim();
    if (value && !isPlaceholder(value)) return value;
  }
  const largest = largestCandidate(img);
  if (largest) return largest;
  for (const attr of LAZY_SRC_ATTRS) {
    const value = img.attribs[attr]?.trim();
    if (value && !isPlaceholder(value)) return value;
  }
  const src = img.attribs.src;
  if (!isPlaceholder(src)) return src;
  return noscriptSrc(img) ?? imageUrlAttribute(img) ?? src;
}

/** An address of a picture file: a path or URL ending in an image extension (a query may follow). */
const IMAGE_URL = /^(?:https?:)?[^\s"'<>]*\.(?:jpe?g|png|gif|webp|avif|bmp)(?:[?#]\S*)?$/i;
const NOT_SOURCES = new Set(['src', 'alt', 'title', 'class', 'id', 'style', 'width', 'height', 'srcset', 'sizes']);

/**
 * The real URL in an attribute no list names (Discuz's file="…", UEditor's _src, data-echo,
 * data-ks-lazyload…): the first attribute whose value is the address of a picture file.
 */
function imageUrlAttribute(img: Element): string | undefined {
  for (const [name, value] of Object.entries(img.attribs)) {
    if (NOT_SOURCES.has(name)) continue;
    const url = value.trim();
    if (IMAGE_URL.test(url) && !isPlaceholder(url)) return url;
  }
  return undefined;
}

export function proxyUrl(url: string, prefix: string | undefined): string {
  if (!prefix || url.startsWith(prefix) || url.startsWith('data:')) return url;
  return prefix + url;
}

/** A class naming a low-quality preview shown until the picture loads ("progressiveMedia-thumbnail", "lqip", "blur-up"). */
const PREVIEW_CLASS = /(?:^|[-_\s])(?:placeholder|lqip|blur|blur-up|blurred|preview)(?:$|[-_\s])|progressiveMedia-thumbnail/i;

/**
 * A low-quality preview drawn before the picture it stands for (Medium's `img.progressiveMedia-thumbnail`, 60 pixels
 * wide, then the real `img` and its <noscript> copy): named as a preview, with another picture after it in its box.
 */
export function isLowQualityPreview(img: Element): boolean {
  if (!PREVIEW_CLASS.test(img.attribs.class ?? '')) return false;
  for (let next = img.next; next; next = next.next) {
    if (next.type === 'tag' && ((next as Element).name === 'img' || (next as Element).name === 'noscript')) return true;
  }
  return false;
}
