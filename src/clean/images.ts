// Image URLs: the real one behind lazy-loading placeholders, the largest srcset candidate,
// and the user's image proxy (for hosts that refuse hotlinked images).
import type { Element } from 'domhandler';

/** Attributes lazy loaders keep the real URL in, most specific first. */
export const LAZY_SRC_ATTRS = ['data-actualsrc', 'data-original', 'data-lazy-src', 'data-src', 'data-url', 'data-original-src', 'data-lazyload'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'srcset'];

/** A src that only stands in until a script swaps the real image in. */
export function isPlaceholder(src: string | undefined): boolean {
  if (!src || !src.trim()) return true;
  return /^data:|^about:blank|(?:^|\/)(?:blank|spacer|pixel|placeholder|loading|lazy|grey|gray|transparent)[\w-]*\.(?:gif|png|svg|jpg)/i.test(src.trim());
}

/** The widest (or highest-density) candidate of a srcset. */
export function largestFromSrcset(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  let best: { url: string; size: number } | undefined;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (!best || size > best.size) best = { url, size: Number.isNaN(size) ? 0 : size };
  }
  return best?.url;
}

/** The URL the reader would see, once the page's scripts ran. */
export function realImageSrc(img: Element): string | undefined {
  for (const attr of LAZY_SRC_ATTRS) {
    const value = img.attribs[attr]?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  const src = img.attribs.src;
  if (!isPlaceholder(src)) return src;
  for (const attr of LAZY_SRCSET_ATTRS) {
    const url = largestFromSrcset(img.attribs[attr]);
    if (url) return url;
  }
  return src;
}

export function proxyUrl(url: string, prefix: string | undefined): string {
  if (!prefix || url.startsWith(prefix) || url.startsWith('data:')) return url;
  return prefix + url;
}
