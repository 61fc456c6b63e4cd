// Footnote references that open their note by a script instead of a link into the page
// (Wikidot: `<a id="footnoteref-1" href="javascript:;">1</a>` for `<div id="footnote-1">`; publishers'
// `<a data-rid="EN0001" href="#">`, `<a anchor="ref1">`): given the in-page link their id or
// another attribute implies, so that the note is found as any other.
// And marks that carry their note's HTML in an attribute for a script to show: given it as content.
import type { CheerioAPI } from 'cheerio';
import { isTag, isText, type Element } from 'domhandler';
import { decodeAttribute, decodeText, escapeMarkup } from '../decode/entities.js';
import { loadHtml } from '../extract/dom.js';
import { FOOTNOTE_LABEL } from '../extract/hints.js';
import { ATTRIBUTE_NOTES } from '../inline-notes.js';
import { descendants, rawText, removeNodes, selectorTest, setChildren } from './tree.js';

/** A reference's id: footnoteref-1, fnref:2, fnref3, noteref-4. */
const REFERENCE_ID = /^(.*?)(?:-?ref)([-:_]?\d+)$/i;
/** What an element shows, its entities decoded (`&#91;1&#93;` is [1]). */
const textOf = (el: Element): string => decodeText(rawText(el)).trim();

/** Attributes of a reference that name its note's id for a script (Taylor & Francis's data-rid, IEEE's anchor, a showRef('ref1') handler). */
const TARGET_ATTRIBUTES = ['data-rid', 'data-target', 'data-ref', 'rid', 'anchor', 'onclick'];

/** The ids the reference's attributes name, a handler's quoted arguments among them. */
function namedTargets(a: Element): string[] {
  return TARGET_ATTRIBUTES.flatMap((name) => {
    const value = a.attribs[name];
    if (!value) return [];
    return name === 'onclick' ? [...value.matchAll(/['"]#?([\w:.-]+)['"]/g)].map((m) => m[1]!) : [value.replace(/^#/, '')];
  });
}

export function linkScriptedReferences(roots: Element[]): void {
  const all = descendants(roots);
  const ids = new Set(all.map((el) => el.attribs.id).filter(Boolean));
  for (const a of all) {
    if (a.name !== 'a' || /#./.test(a.attribs.href ?? '') || !/^(?:javascript:.*|#|$)/i.test(a.attribs.href ?? '') || !FOOTNOTE_LABEL.test(textOf(a))) continue;
    const m = REFERENCE_ID.exec(a.attribs.id ?? '');
    const target = [...(m ? [`${m[1]}${m[2]}`] : []), ...namedTargets(a)].find((id) => ids.has(id));
    if (target) a.attribs.href = `#${target}`;
  }
}

const ATTRIBUTE_NOTE_TESTS = ATTRIBUTE_NOTES.map((markup) => ({ ...markup, test: selectorTest(markup.mark) }));

/** The note's markup as its mark's attributes hold it: HTML as written, or text (and the address of its source) made markup. */
function attributeNote(mark: Element): string | undefined {
  const markup = ATTRIBUTE_NOTE_TESTS.find(({ test }) => test(mark));
  const value = markup && mark.attribs[markup.content]?.trim();
  if (!markup || !value) return undefined;
  if (!markup.text) return decodeAttribute(value);
  const link = markup.link && decodeAttribute(mark.attribs[markup.link] ?? '').trim();
  const source = link && /^https?:\/\//i.test(link) ? ` <a href="${escapeMarkup(link)}">${escapeMarkup(link)}</a>` : '';
  return escapeMarkup(decodeAttribute(value)) + source;
}

/** Marks holding their note in an attribute (`<sup data-footnote-content="A &lt;em&gt;note&lt;/em&gt;">1</sup>`): the note becomes their content. */
export function unfoldAttributeNotes(roots: Element[]): void {
  const copies: Element[] = [];
  const all = descendants(roots);
  const ids = new Set(all.map((el) => el.attribs.id).filter(Boolean));
  for (const mark of all) {
    const html = attributeNote(mark);
    if (!html) continue;
    // A mark linking to its note in the list the page holds (Zhihu's ol.ReferenceList, saved after its script drew it): the list's
    // note, the attribute's copy of it dropped (an inline note no more).
    if (linksListedNote(mark, ids)) {
      for (const { content } of ATTRIBUTE_NOTES) delete mark.attribs[content];
      continue;
    }
    // bigfoot's button drawn after the page's own linked reference: a copy of a note the page lists.
    const copy = afterLinkedReference(mark);
    if (copy) {
      copies.push(copy);
      continue;
    }
    const $ = loadHtml(html);
    keepInline($);
    setChildren(mark, [...$.root().contents()]);
  }
  removeNodes(copies);
}

const linksListedNote = (mark: Element, ids: Set<string | undefined>): boolean =>
  descendants([mark]).some((a) => a.name === 'a' && /^#./.test(a.attribs.href ?? '') && ids.has(a.attribs.href!.slice(1)));

/** How far up from a mark its box (bigfoot's `div.bigfoot-footnote__container`) may be. */
const MARK_BOX_LEVELS = 2;

/**
 * The mark, or the box holding it alone, when it comes right after an in-page reference
 * (`<sup><a href="#fn1">[1]</a></sup>`); else undefined.
 */
function afterLinkedReference(mark: Element): Element | undefined {
  let box = mark;
  for (let level = 0; level <= MARK_BOX_LEVELS; level++) {
    const prev = previousElement(box);
    // The parser may have closed the paragraph before the box (a <div> inside a <p>): the reference ends it.
    if (prev) return isInPageReference(prev) || isInPageReference(lastElement(prev)) ? box : undefined;
    const up = box.parent;
    if (!up || !isTag(up) || textOf(up) !== textOf(box)) return undefined;
    box = up;
  }
  return undefined;
}

/** The element that ends `el`'s text: its last child element, when no text follows it. */
function lastElement(el: Element): Element {
  const last = [...el.children].reverse().find((node) => isTag(node) || (isText(node) && node.data.trim()));
  return last && isTag(last) ? last : el;
}

/** The element right before `el`, blank text between them skipped; none when text stands between. */
function previousElement(el: Element): Element | undefined {
  for (let node = el.prev; node; node = node.prev) {
    if (isTag(node)) return node;
    if (isText(node) && node.data.trim()) return undefined;
  }
  return undefined;
}

const isInPageReference = (el: Element): boolean => {
  const link = el.name === 'a' ? el : el.children.find((child): child is Element => isTag(child) && child.name === 'a');
  return !!link && (link.attribs.href ?? '').startsWith('#') && FOOTNOTE_LABEL.test(textOf(link));
};

/**
 * A note's paragraphs as runs of text with line breaks between them: inside its mark, in a
 * paragraph of the text, a <p> would close that paragraph and leave the note in the text.
 */
function keepInline($: CheerioAPI): void {
  const paragraphs = $('p, div').toArray();
  for (const [i, block] of paragraphs.entries()) {
    if (i > 0) $(block).before('<br>');
    $(block).replaceWith($('<span>').append($(block).contents()));
  }
}
