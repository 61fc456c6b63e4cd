// Lists that hold the page's notes, by their names (Markdown renderers', CMSs', Wikipedia's) or
// by the heading right before them: a bare `<sup>2</sup>` in the text, linking nowhere, refers
// to the list's second item.
export const NOTE_LISTS = [
  'ol.footnotes', 'ol.footnotes-list', 'ol.endnotes', 'ol.notes', 'ol.references',
  '.footnotes > ol', '.endnotes > ol', '.footnote > ol', '[role="doc-endnotes"] > ol', '#footnotes > ol', '#notes > ol',
].join(', ');

/** A heading that introduces the notes, the ordered list right after it being theirs. */
export const NOTES_HEADING = /^(?:(?:foot|end)?notes?|references)[:.]?$/i;
/** Headings a notes list may follow. */
export const HEADINGS = /^h[2-6]$/i;
