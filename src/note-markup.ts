// How pages name their notes. Lists that hold the page's notes, by their names (Markdown
// renderers', CMSs', Wikipedia's) or by the heading right before them: a bare `<sup>2</sup>` in
// the text, linking nowhere, refers to the list's second item. And a note's own id, class or role.
export const NOTE_LISTS = [
  'ol.footnotes', 'ol.footnotes-list', 'ol.endnotes', 'ol.notes', 'ol.references',
  '.footnotes > ol', '.endnotes > ol', '.footnote > ol', '[role="doc-endnotes"] > ol', '#footnotes > ol', '#notes > ol',
  // mdnice (WeChat articles written in Markdown): each note a span.footnote-item in section.footnotes (a list only
  // when it holds such items; no :has() here, which the Markdown stage's DOM cannot read).
  'section.footnotes',
].join(', ');

/** Elements that stand for a note by the number they show, linking nowhere: a superscript, or a span named a footnote's reference. */
export const BARE_MARKS = 'sup, span[class*="footnote-ref"], span[class*="footnote_ref"]';
/** The number a bare mark shows, its brackets aside ("[1]": mdnice's). */
export const markNumber = (shown: string): string => shown.replace(/^\[(\d{1,3})\]$/, '$1');
/** A list of notes' item: an <li>, or an element its class names one (mdnice's span.footnote-item). */
export const isNoteItem = (name: string, classes: string): boolean => name.toLowerCase() === 'li' || /(?:^|\s)footnote-item(?:\s|$)/.test(classes);

/** A heading that introduces the notes, the ordered list right after it being theirs. */
export const NOTES_HEADING = /^(?:(?:foot|end)?notes?|references)[:.]?$/i;
/** Headings a notes list may follow. */
export const HEADINGS = /^h[2-6]$/i;

/** Ids and classes naming a note: fn1, footnote-2, sn-3 (a sidenote), note-4, mn37note01, endnote, cite_note-5, ref-6, bib-7, Word's ftn1, edn1 and MsoFootnoteText. */
export const NOTE_NAME = /(?:^|[^a-z])(?:fn|sn|foot|side|end)?notes?(?:[^a-z]|$)|(?:^|[\s_-])(?:fn|ftn|edn|sn|ref|bib|cite)[_:.-]?\d|(?:^|\s)Mso(?:Foot|End)noteText(?:\s|$)/i;
/** What the ARIA roles of digital publishing call a note or an entry of a bibliography. */
export const NOTE_ROLES = /^doc-(?:endnote|footnote|biblioentry)$/;
/** EPUB's attribute naming a note (`<aside epub:type="footnote">`, EPUB exports and readers), and its values for one. */
export const NOTE_TYPE_ATTRIBUTE = 'epub:type';
export const NOTE_TYPES = /^(?:foot|end|rear)?note$/;
/** A citation's key as its entry shows it, in brackets or not: docutils' [Smith2020], Lee2019. */
export const CITATION_KEY = /^\s*\[?\p{Lu}(?=[\p{L}_+-]*(?:\p{N}|\p{Lu}))[\p{L}\p{N}_+-]{1,23}\]?\s*$/u;
/**
 * Links that cite an entry of the bibliography whatever they show ("Vaswani et al., 2017"): the
 * role of digital publishing (Pandoc's and Quarto's citeproc, Science), LaTeXML's (arXiv) citations
 * and jekyll-scholar's (`<a class="citation" href="#pugh1987">(Pugh, 1987)</a>`, academic Jekyll themes).
 */
export const CITATION_LINKS = 'a[role="doc-biblioref"], cite.ltx_cite a.ltx_ref, a.citation[href^="#"]';
/** What an entry's id says before its key: ref-knuth1984 (citeproc), bib.bib5 (LaTeXML). */
export const CITATION_ID_PREFIX = /^(?:ref|bib|cite|core)[-_.:]?(?:bib)?/i;
