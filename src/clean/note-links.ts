// Footnote references that open their note by a script instead of a link into the page
// (Wikidot: `<a id="footnoteref-1" href="javascript:;">1</a>` for `<div id="footnote-1">`): given
// the in-page link their id implies, the id without "ref", so that the note is found as any other.
import type { Element } from 'domhandler';
import { FOOTNOTE_LABEL } from '../extract/hints.js';
import { descendants } from './tree.js';

/** A reference's id: footnoteref-1, fnref:2, fnref3, noteref-4. */
const REFERENCE_ID = /^(.*?)(?:-?ref)([-:_]?\d+)$/i;
const textOf = (el: Element): string => {
  let out = '';
  for (const child of el.children) out += child.type === 'text' ? (child as unknown as { data: string }).data : child.type === 'tag' ? textOf(child as Element) : '';
  return out.trim();
};

export function linkScriptedReferences(roots: Element[]): void {
  const all = descendants(roots);
  const ids = new Set(all.map((el) => el.attribs.id).filter(Boolean));
  for (const a of all) {
    if (a.name !== 'a' || a.attribs.href?.includes('#') || !/^(?:javascript:|$)/i.test(a.attribs.href ?? '')) continue;
    const m = REFERENCE_ID.exec(a.attribs.id ?? '');
    const target = m && `${m[1]}${m[2]}`;
    if (target && ids.has(target) && FOOTNOTE_LABEL.test(textOf(a))) a.attribs.href = `#${target}`;
  }
}
