// The headline inside a <title>, the way Readability reads it (its expected titles are the
// reference): cut at the last " | " / " - " unless that leaves too few words, a colon's
// tail unless a heading shows the whole, a lone <h1> when the <title> is odd-sized.
import { TITLE_HIERARCHICAL_SEPARATOR, TITLE_SPACED_SEPARATOR } from './constants.js';

const words = (text: string) => text.split(/\s+/).length;

function cutAtSeparators(original: string): string {
  const all = [...original.matchAll(new RegExp(TITLE_SPACED_SEPARATOR.source, 'g'))];
  const cut = original.slice(0, all[all.length - 1]!.index);
  // A question after the dash is the headline's own ("Cheap UPS for a small NAS — line-interactive or online?"): no site's name asks one.
  if (/\?\s*$/.test(original)) return original;
  return words(cut) < 3 ? original.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '') : cut;
}

function cutAtColon(original: string, headings: string[]): string {
  if (headings.includes(original.trim())) return original;
  const last = original.slice(original.lastIndexOf(':') + 1);
  if (words(last) < 3) return original.slice(original.indexOf(':') + 1);
  return words(original.slice(0, original.indexOf(':'))) > 5 ? original : last;
}

/** `headings`: the texts of the page's h1 and h2 elements; `h1s`: of its h1 elements. */
export function documentTitle(original: string, headings: string[], h1s: string[]): string {
  let title = original;
  const hierarchical = TITLE_HIERARCHICAL_SEPARATOR.test(original);
  if (TITLE_SPACED_SEPARATOR.test(original)) title = cutAtSeparators(original);
  else if (original.includes(': ')) title = cutAtColon(original, headings);
  else if ((original.length > 150 || original.length < 15) && h1s.length === 1) title = h1s[0]!;
  title = title.trim().replace(/\s{2,}/g, ' ');
  // Four words or fewer: keep the whole, unless a hierarchical cut removed exactly one part.
  const count = words(title);
  if (count <= 4 && (!hierarchical || count !== words(original.replace(/[|\-–—\\/>»]+/g, '')) - 1)) return original;
  return title;
}
