// React's streamed server rendering (Next.js and others) sends a page's content after its
// shell: each late part arrives as a `<div hidden id="S:n">` at the end of the body, and an
// inline script ($RC, $RR, $RS) moves it into its place, a `<template id="B:n">` (a suspense
// boundary, whose loading fallback it replaces) or `id="P:n"` (a placeholder). Without the
// scripts the content stays hidden after the page's footer: it is put where a browser puts it.
import type { CheerioAPI } from 'cheerio';
import { isComment, isTag, type AnyNode, type Element, type ParentNode } from 'domhandler';
import { queryPage } from './page-index.js';

/** `$RC("B:0","S:0")`, `$RR("B:0","S:0",[…])`: a boundary completed; `$RS("S:1","P:1")`: a segment placed. */
const MOVES = /\$R([CRS])\(\s*"([^"]+)"\s*,\s*"([^"]+)"/g;

function removeNode(node: AnyNode): void {
  const parent = node.parent as ParentNode | null;
  if (!parent) return;
  parent.children.splice(parent.children.indexOf(node), 1);
  const { prev, next } = node;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  node.parent = node.prev = node.next = null;
}

/** Moves the segment's children before `anchor`, in order, and drops the emptied segment. */
function moveChildren(segment: Element, anchor: AnyNode): void {
  const parent = anchor.parent as ParentNode;
  const children = [...segment.children];
  for (const child of children) removeNode(child);
  removeNode(segment);
  let at = parent.children.indexOf(anchor);
  for (const child of children) {
    child.parent = parent;
    parent.children.splice(at++, 0, child);
  }
  parent.children.forEach((child, i) => {
    child.prev = parent.children[i - 1] ?? null;
    child.next = parent.children[i + 1] ?? null;
  });
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
    removeNode(boundary);
    return;
  }
  for (let node = opening.next; node && node !== end; ) {
    const next = node.next;
    removeNode(node);
    node = next;
  }
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
        removeNode(target);
      } else completeBoundary(target, segment);
    }
  }
}
