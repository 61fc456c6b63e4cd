// React's streamed server rendering (Next.js and others) sends a page's content after its
// shell: each late part arrives as a `<div hidden id="S:n">` at the end of the body, and an
// inline script ($RC, $RR, $RS) moves it into its place, a `<template id="B:n">` (a suspense
// boundary, whose loading fallback it replaces) or `id="P:n"` (a placeholder). Without the
// scripts the content stays hidden after the page's footer: it is put where a browser puts it.
import type { CheerioAPI } from 'cheerio';
import { isComment, isTag, type AnyNode, type Element, type ParentNode } from 'domhandler';
import { queryPage } from './page-index.js';
import { removeNodes, setChildren } from '../clean/tree.js';

/** `$RC("B:0","S:0")`, `$RR("B:0","S:0",[…])`: a boundary completed; `$RS("S:1","P:1")`: a segment placed. */
const MOVES = /\$R([CRS])\(\s*"([^"]+)"\s*,\s*"([^"]+)"/g;

/** Moves the segment's children before `anchor`, in order, and drops the emptied segment. */
function moveChildren(segment: Element, anchor: AnyNode): void {
  const children = segment.children;
  removeNodes([segment]);
  const parent = anchor.parent as ParentNode;
  const at = parent.children.indexOf(anchor);
  setChildren(parent, [...parent.children.slice(0, at), ...children, ...parent.children.slice(at)]);
}

/** The end of a boundary opened by `<!--$?-->`: its `<!--/$-->`, nested boundaries skipped. */
function boundaryEnd(start: AnyNode): AnyNode | null {
  let depth = 0;
  for (let node = start.next; node; node = node.next) {
    if (!isComment(node)) continue;
    if (node.data === '/$') {
      if (depth === 0) return node;
      depth--;
    } else if (node.data === '$' || node.data === '$?' || node.data === '$!') depth++;
  }
  return null;
}

/** A boundary completed: its fallback (what follows `<!--$?-->` up to `<!--/$-->`) replaced by the segment's content. */
function completeBoundary(boundary: Element, segment: Element): void {
  const opening = boundary.prev;
  const end = opening && isComment(opening) ? boundaryEnd(opening) : null;
  if (!opening || !end) {
    moveChildren(segment, boundary);
    removeNodes([boundary]);
    return;
  }
  const fallback: AnyNode[] = [];
  for (let node = opening.next; node && node !== end; node = node.next) fallback.push(node);
  removeNodes(fallback);
  moveChildren(segment, end);
}

/** `html` is the page's source: most pages have no such script, and are not walked for segments. */
export function placeStreamedSegments($: CheerioAPI, html: string): void {
  if (!/\$R[CRS]\(/.test(html)) return;
  const byId = new Map<string, Element>();
  for (const el of queryPage($, 'div[hidden][id^="S:"], template[id^="B:"], [id^="P:"]').toArray()) byId.set(el.attribs.id!, el);
  const segments = [...byId.keys()].filter((id) => id.startsWith('S:'));
  if (!segments.length) return;
  for (const script of queryPage($, 'script:not([src])').toArray()) {
    const code = $(script).text();
    if (!code.includes('$R')) continue;
    for (const [, kind, first, second] of code.matchAll(MOVES)) {
      const [segmentId, targetId] = kind === 'S' ? [first!, second!] : [second!, first!];
      const segment = byId.get(segmentId);
      const target = byId.get(targetId);
      if (!segment?.parent || !target?.parent || !isTag(target)) continue;
      if (kind === 'S') {
        moveChildren(segment, target);
        removeNodes([target]);
      } else completeBoundary(target, segment);
    }
  }
}
