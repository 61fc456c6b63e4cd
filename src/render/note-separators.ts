// The rule a generator draws right before its notes (Pandoc's, markdown-it's `hr.footnotes-sep`,
// Goldmark's, Python-Markdown's, MultiMarkdown's, Asciidoctor's, Pressbooks', Word's): dropped once
// the notes are marked (footnote-notes.ts), since Markdown footnotes stand apart by themselves. With
// it go the line breaks right before it (Word's `<br clear="all">`, which clears floats).
const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** How deep below a rule the notes may start: Pressbooks' `<hr><div class="footnotes"><ol><li>`. */
const SEPARATOR_DEPTH = 3;

const isNotes = (el: Element) =>
  el.hasAttribute('data-md-fn') || (/^[OU]L$/.test(el.nodeName) && el.children.length > 0 && Array.from(el.children).every((li) => li.hasAttribute('data-md-fn')));

const isBreak = (node: Node | null): node is Node => !!node && (node.nodeName === 'BR' || (node.nodeType === 3 && !text(node)));

/** Drops the line breaks right before the node, and the blank text between them. */
function dropBreaksBefore(node: Node): void {
  while (isBreak(node.previousSibling)) node.parentNode!.removeChild(node.previousSibling);
}

/** Named for screen readers only: hidden on the page. */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text)(?:\s|$)/;

/**
 * Drops each rule whose next element is a note, a list of notes, or starts with one, and a
 * heading only screen readers hear before them (remark-gfm's `h2.sr-only` "Footnotes").
 */
export function dropNoteSeparators(root: Element): void {
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4'))) {
    const next = heading.nextElementSibling;
    if (next && SCREEN_READER_ONLY.test(heading.getAttribute('class') ?? '') && (isNotes(next) || (next.children[0] && isNotes(next.children[0])))) heading.remove();
  }
  for (const hr of Array.from(root.querySelectorAll('hr'))) {
    let next = hr.nextElementSibling;
    for (let depth = 0; next && depth < SEPARATOR_DEPTH && !isNotes(next); depth++) {
      const first: Element | undefined = next.children[0];
      next = first && text(next).startsWith(text(first)) ? first : null;
    }
    const between = hr.nextSibling && hr.nextSibling !== hr.nextElementSibling && text(hr.nextSibling);
    if (!next || !isNotes(next) || between) continue;
    dropBreaksBefore(hr);
    hr.remove();
  }
}
