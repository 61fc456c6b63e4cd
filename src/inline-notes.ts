// Footnotes written inline, each note beside its mark in the text and shown on a hover, a click
// or in the margin by the page's style or script. Per generator: the mark (the element that
// stands for the note in the text) and the note's text; a note is the first one at or after its
// mark. When the two selectors match the same element, the element is both: its text is the
// note, and it shows no label of its own.
export interface InlineNoteMarkup {
  mark: string;
  note: string;
  /** What the note holds besides its text, dropped: its own copy of its label, a "Continue reading" link. */
  drop?: string;
}

/** A mark holding its note in attributes, for a script to show: the mark is given the note as its content (clean/note-links.ts) and is then both, as Distill's <d-footnote>. */
export interface AttributeNote {
  mark: string;
  /** The attribute holding the note. */
  content: string;
  /** The note is text (entities aside), not HTML. */
  text?: boolean;
  /** The attribute holding the address of the note's source, linked after its text. */
  link?: string;
}

export const ATTRIBUTE_NOTES: readonly AttributeNote[] = [
  // bigfoot's and littlefoot's buttons, TipTap's and other editors' `<sup data-footnote-content="…">`: the note's HTML.
  { mark: '[data-footnote-content]:not([data-footnote-content=""])', content: 'data-footnote-content' },
  // bigfoot's default button: <button class="bigfoot-footnote__button" data-bigfoot-footnote="…">.
  { mark: '[data-bigfoot-footnote]:not([data-bigfoot-footnote=""])', content: 'data-bigfoot-footnote' },
  // Zhihu: <sup data-draft-type="reference" data-text="…" data-url="…" data-numero="1">[1]</sup>, its list of references drawn by a script.
  { mark: 'sup[data-draft-type="reference"][data-text]:not([data-text=""])', content: 'data-text', text: true, link: 'data-url' },
];

export const INLINE_NOTES: readonly InlineNoteMarkup[] = [
  // LaTeXML (arXiv): <span class="ltx_note ltx_role_footnote"><sup class="ltx_note_mark">1</sup>
  // <span class="ltx_note_outer"><span class="ltx_note_content"><sup class="ltx_note_mark">1</sup><span class="ltx_tag_note">1</span>…
  { mark: '.ltx_note.ltx_role_footnote > .ltx_note_mark', note: '.ltx_note_content', drop: '.ltx_note_mark, .ltx_tag_note' },
  // Modern Footnotes (WordPress): <sup class="modern-footnotes-footnote"><a>1</a></sup><span class="modern-footnotes-footnote__note">…
  { mark: 'sup.modern-footnotes-footnote', note: '.modern-footnotes-footnote__note' },
  // CSS sidenotes in a container, the toggle a label without `for`: <span class="footnote-container"><label class="footnote-number"></label><input class="margin-toggle"><span class="footnote">…
  { mark: '.footnote-container > label, .sidenote-container > label', note: '.footnote-container > .footnote, .sidenote-container > .sidenote' },
  // Footnotes (WordPress, footnotes.wp): <span class="footnote_referrer"><a role="button"><sup>[1]</sup></a><span class="footnote_tooltip">…,
  // the mark a <span role="button"> in its later versions.
  { mark: '.footnote_referrer > a, .footnote_referrer > [role="button"]', note: '.footnote_referrer > .footnote_tooltip', drop: '.footnote_tooltip_continue' },
  // Distill: <d-footnote>…</d-footnote>, numbered by its script.
  { mark: 'd-footnote', note: 'd-footnote' },
  ...ATTRIBUTE_NOTES.map(({ mark }) => ({ mark, note: mark })),
];

/** Each inline note's mark and text, in document order, given a document-order comparison. */
export function pairInlineNotes<E>(select: (selector: string) => E[], precedes: (a: E, b: E) => boolean): { mark: E; note: E; markup: InlineNoteMarkup }[] {
  const pairs: { mark: E; note: E; markup: InlineNoteMarkup }[] = [];
  for (const markup of INLINE_NOTES) {
    const notes = select(markup.note);
    let next = 0;
    for (const mark of select(markup.mark)) {
      while (next < notes.length && notes[next] !== mark && precedes(notes[next]!, mark)) next++;
      if (next < notes.length) pairs.push({ mark, note: notes[next++]!, markup });
    }
  }
  return pairs;
}
