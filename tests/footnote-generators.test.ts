// Footnotes as each generator writes them, through the whole conversion of a page: references
// written [^n] in the text (a note referred to twice, twice), each note [^n]: text at the end,
// its back-links and its own copy of its label dropped; a note's lines broken by <br> on one line,
// a note of two paragraphs as two, the second indented as a footnote continues.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/api/convert.js';

const NOTE_1 = 'The gauge was read at every turn of the tide.';
const NOTE_2 = ['The first tide tables were printed in 1851.', 'They were reprinted every year after that.'];
const NOTE_3 = 'See the <a href="https://example.org/office">harbour office</a> for the logs.';
const NOTES_MD = [
  '[^1]: The gauge was read at every turn of the tide.',
  '[^2]: The first tide tables were printed in 1851. They were reprinted every year after that.',
  '[^3]: See the [harbour office](https://example.org/office) for the logs.',
];

/** The Markdown of note 2 written as two paragraphs (<p>s), not as lines of one (<br>s). */
const paragraphs2 = (markdown: string) => markdown.replace(NOTES_MD[1]!, `[^2]: ${NOTE_2[0]}\n\n    ${NOTE_2[1]}`);

/** Four paragraphs with a reference in each (a second one to note 1 in the third), as HTML or as Markdown. */
const paragraphs = ([r1, r2, r1again, r3]: string[]) => [
  `The harbour has had a tide gauge since the old pier was built, and its keepers wrote every reading in a bound log.${r1} The log is kept in the office.`,
  `The readings were first printed as tables for the fishermen, who needed to know when the bar could be crossed.${r2} The tables cost a penny.`,
  `When the new gauge came, the keepers kept reading the old one too,${r1again} so that the two series could be compared.`,
  `Today the readings are sent to the national network every six minutes.${r3} Volunteers are typing up the old logs.`,
];

function page(references: string[], notes: string, { open = '<article>', close = '</article>' } = {}): string {
  return `<!doctype html><html lang="en"><head><title>Tide gauges of the harbour</title></head><body>
<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main>${open}<h1>Tide gauges of the harbour</h1>
${paragraphs(references).map((p) => `<p>${p}</p>`).join('\n')}
${notes}
${close}</main><footer><p>© 2024 Example Harbour Society</p></footer></body></html>`;
}

/** The body expected: the paragraphs with their marks, what stands between them and the notes (a heading), the notes. */
const markdown = (marks: string[], between: string[] = []) => `${[...paragraphs(marks), ...between, ...NOTES_MD].join('\n\n')}\n`;

async function bodyOf(html: string): Promise<string> {
  const result = await convert(html, { url: 'https://example.org/tides' });
  if (!result.ok) throw new Error(result.problem.reason);
  return result.post.body;
}

const twice = ['[^1]', '[^2]', '[^1]', '[^3]'];
const once = ['[^1]', '[^2]', '', '[^3]'];

/** Per generator: the page's HTML and the body expected. */
const CASES: Record<string, [html: string, markdown: string]> = {
  // Hatena Blog: marks "*1" linking to a named anchor that shows only the label, the stop after it in a span of its own.
  'Hatena Blog': (() => {
    const ref = (n: number) => `<a href="#f-${n}a" name="fn-${n}a" title="note">*${n}</a>`;
    const note = (n: number, html: string) => `<p class="footnote"><a href="#fn-${n}a" name="f-${n}a" class="footnote-number">*${n}</a><span class="footnote-delimiter">:</span><span class="footnote-text">${html}</span></p>`;
    const notes = `<div class="footnote">${note(1, NOTE_1)}${note(2, NOTE_2.join(' '))}${note(3, NOTE_3)}</div>`;
    return [page([ref(1), ref(2), '', ref(3)], notes, { open: '<div class="entry-content hatenablog-entry">', close: '</div>' }), markdown(once)];
  })(),
  // mdnice (WeChat articles written in Markdown): marks "[1]" in an unlinked <sup>, each note a span.footnote-item of section.footnotes.
  'mdnice': (() => {
    const ref = (n: number) => `<sup class="footnote-ref" style="line-height: 0; color: #1e6bb8;">[${n}]</sup>`;
    const note = (n: number, html: string) => `<span id="fn${n}" class="footnote-item" style="display: flex;"><span class="footnote-num" style="display: inline; width: 10%;">[${n}] </span><p style="display: inline-block; width: 90%;">${html}</p>\n</span>`;
    const notes = `<h3 class="footnotes-sep"><span style="display: block;">参考资料</span></h3><section class="footnotes">${note(1, NOTE_1)}${note(2, NOTE_2.join(' '))}${note(3, NOTE_3)}</section>`;
    return [page([ref(1), ref(2), '', ref(3)], notes, { open: '<section id="nice" data-tool="mdnice编辑器">', close: '</section>' }), markdown(once)];
  })(),
  // remark-gfm behind a sanitizer (掘金's bytemd): ids prefixed user-content-, the notes' heading for screen readers only.
  'remark-gfm, sanitized': (() => {
    const ref = (n: number) => `<sup><a href="#user-content-fn-${n}" id="user-content-fnref-${n}" data-footnote-ref="" aria-describedby="footnote-label">${n}</a></sup>`;
    const note = (n: number, html: string) => `<li id="user-content-fn-${n}"><p>${html} <a href="#user-content-fnref-${n}" data-footnote-backref="" class="data-footnote-backref" aria-label="Back to content">↩</a></p></li>`;
    const notes = `<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2><ol>${note(1, NOTE_1)}${note(2, NOTE_2.join(' '))}${note(3, NOTE_3)}</ol></section>`;
    return [page([ref(1), ref(2), '', ref(3)], notes), markdown(once)];
  })(),
  // Wikidot: references opened by a script, notes as divs after "Footnotes", a line break in a note.
  'Wikidot': (() => {
    const ref = (n: number) => `<sup class="footnoteref"><a id="footnoteref-${n}" href="javascript:;" class="footnoteref" onclick="WIKIDOT.page.utils.scrollToReference('footnote-${n}')">${n}</a></sup>`;
    const note = (n: number, html: string) => `<div class="footnote-footer" id="footnote-${n}"><a href="javascript:;" onclick="WIKIDOT.page.utils.scrollToReference('footnoteref-${n}')">${n}</a>. ${html}</div>`;
    const notes = `<div class="footnotes-footer"><div class="title">Footnotes</div>${note(1, NOTE_1)}${note(2, NOTE_2.join('<br>'))}${note(3, NOTE_3)}</div>`;
    return [page([ref(1), ref(2), '', ref(3)], notes, { open: '<div id="page-content">', close: '</div>' }), markdown(once, ['Footnotes'])];
  })(),
  // docutils ≥ 0.18 (Sphinx): an aside per note, its label a back-link, or the label and a group "(1,2)" of back-links.
  'docutils, asides': (() => {
    const ref = (n: number, id: string) => `<a class="footnote-reference brackets" href="#id${n + 10}" id="${id}" role="doc-noteref"><span class="fn-bracket">[</span>${n}<span class="fn-bracket">]</span></a>`;
    const note = (n: number, label: string, html: string) => `<aside class="footnote brackets" id="id${n + 10}" role="doc-footnote">\n<span class="label"><span class="fn-bracket">[</span>${label}<span class="fn-bracket">]</span></span>\n${html}</aside>\n`;
    const notes = `<aside class="footnote-list brackets">${note(1, '1', `<span class="backrefs">(<a role="doc-backlink" href="#r1">1</a>,<a role="doc-backlink" href="#r1b">2</a>)</span>\n<p>${NOTE_1}</p>`)}${note(2, '<a role="doc-backlink" href="#r2">2</a>', NOTE_2.map((p) => `<p>${p}</p>`).join(''))}${note(3, '<a role="doc-backlink" href="#r3">3</a>', `<p>${NOTE_3}</p>`)}</aside>`;
    return [page([ref(1, 'r1'), ref(2, 'r2'), ref(1, 'r1b'), ref(3, 'r3')], notes, { open: '<div class="body" role="main"><section id="tides">', close: '</section></div>' }), paragraphs2(markdown(twice))];
  })(),
  // docutils < 0.18: a term per note, showing its label and a group of back-links, or its label as the back-link.
  'docutils, terms': (() => {
    const ref = (n: number, id: string) => `<a class="footnote-reference brackets" href="#id${n + 10}" id="${id}">${n}</a>`;
    const note = (n: number, term: string, html: string) => `<dt class="label" id="id${n + 10}">${term}</dt>\n<dd>${html}</dd>\n`;
    const notes = `<dl class="footnote brackets">\n${note(1, '<span class="brackets">1</span><span class="fn-backref">(<a href="#r1">1</a>,<a href="#r1b">2</a>)</span>', `<p>${NOTE_1}</p>`)}${note(2, '<span class="brackets"><a class="fn-backref" href="#r2">2</a></span>', NOTE_2.map((p) => `<p>${p}</p>`).join('\n'))}${note(3, '<span class="brackets"><a class="fn-backref" href="#r3">3</a></span>', `<p>${NOTE_3}</p>`)}</dl>`;
    return [page([ref(1, 'r1'), ref(2, 'r2'), ref(1, 'r1b'), ref(3, 'r3')], notes, { open: '<div class="body" role="main"><div class="section" id="tides">', close: '</div></div>' }), paragraphs2(markdown(twice))];
  })(),
  // docutils' HTML 4 writer: a table of one row per note, the label in a cell of its own, back-links before the note.
  'docutils, tables': (() => {
    const ref = (n: number, id: string) => `<a class="footnote-reference" href="#id${n + 10}" id="${id}">[${n}]</a>`;
    const note = (n: number, label: string, html: string) => `<table class="docutils footnote" frame="void" id="id${n + 10}" rules="none"><colgroup><col class="label" /><col /></colgroup><tbody valign="top"><tr><td class="label">${label}</td><td>${html}</td></tr></tbody></table>\n`;
    const notes = `${note(1, '[1]', `<em>(<a class="fn-backref" href="#r1">1</a>, <a class="fn-backref" href="#r1b">2</a>)</em> ${NOTE_1}`)}${note(2, '<a class="fn-backref" href="#r2">[2]</a>', NOTE_2.map((p) => `<p>${p}</p>`).join(''))}${note(3, '<a class="fn-backref" href="#r3">[3]</a>', NOTE_3)}`;
    return [page([ref(1, 'r1'), ref(2, 'r2'), ref(1, 'r1b'), ref(3, 'r3')], notes, { open: '<div class="body"><div class="section" id="tides">', close: '</div></div>' }), paragraphs2(markdown(twice))];
  })(),
  // Google Docs' export: each note a <div>, its first paragraph starting with a label linking back.
  'Google Docs': (() => {
    const ref = (n: number) => `<sup><a href="#ftnt${n}" id="ftnt_ref${n}">[${n}]</a></sup>`;
    const note = (n: number, [first, ...more]: string[]) => `<div><p class="c2"><a href="#ftnt_ref${n}" id="ftnt${n}">[${n}]</a><span class="c1">&nbsp;${first}</span></p>${more.map((p) => `<p class="c2"><span class="c1">${p}</span></p>`).join('')}</div>`;
    const notes = `<hr class="c3">${note(1, [NOTE_1])}${note(2, NOTE_2)}${note(3, [NOTE_3])}`;
    return [page([ref(1), ref(2), '', ref(3)], notes, { open: '<div class="doc-content">', close: '</div>' }), paragraphs2(markdown(once))];
  })(),
  // Science: citations by their role, the bibliography a section after the article's body, its entries by no name of a note.
  'Science': (() => {
    const ref = (n: number) => `(<a href="#core-R${n}" role="doc-biblioref" data-xml-rid="R${n}">${n}</a>)`;
    const entry = (n: number, html: string) => `<div role="listitem" id="core-R${n}" class="citations"><div class="label">${n}</div><div class="citation"><div class="citation-content">${html}</div></div></div>`;
    const bibliography = `<section id="bibliography" role="doc-bibliography"><h2>References and Notes</h2><div role="list">${entry(1, NOTE_1)}${entry(2, NOTE_2.join(' '))}${entry(3, NOTE_3)}</div></section>`;
    return [page([ref(1), ref(2), ref(1), ref(3)], '', { open: '<article><section id="bodymatter" property="articleBody">', close: `</section>${bibliography}</article>` }), markdown(twice, ['## References and Notes'])];
  })(),
  // A note's HTML in its mark's attribute, two paragraphs: they stay in the note, not in the text's paragraph.
  'data-footnote-content': (() => {
    const attribute = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const ref = (n: number, html: string) => `<span class="footnote-link" data-footnote-id="${n}" data-footnote-content="${attribute(html)}">${n}</span>`;
    return [page([ref(1, NOTE_1), ref(2, NOTE_2.map((p) => `<p>${p}</p>`).join('')), '', ref(3, NOTE_3)], ''), markdown(once)];
  })(),
  // bigfoot's default button after its script ran: the note's HTML in data-bigfoot-footnote, the processed list of notes hidden.
  'bigfoot': (() => {
    const attribute = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const ref = (n: number, html: string) => `<span class="bigfoot-footnote__container"><button class="bigfoot-footnote__button" id="fnref:${n}" data-footnote-number="${n}" data-footnote-identifier="${n}" alt="See Footnote ${n}" rel="footnote" data-bigfoot-footnote="${attribute(`<p>${html}</p>`)}"></button></span>`;
    return [page([ref(1, NOTE_1), ref(2, NOTE_2.join('<br>')), '', ref(3, NOTE_3)], ''), markdown(once)];
  })(),
  // Substack: each note a div of its own, no list around them; one that nobody refers to a note too.
  'Substack': (() => {
    const ref = (n: number) => `<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-${n}-146395186" href="#footnote-${n}-146395186" target="_self">${n}</a>`;
    const note = (n: number, html: string) => `<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-${n}-146395186" href="#footnote-anchor-${n}-146395186" class="footnote-number" contenteditable="false" target="_self">${n}</a><div class="footnote-content">${html}</div></div>`;
    const notes = `${note(1, `<p>${NOTE_1}</p>`)}${note(2, NOTE_2.map((p) => `<p>${p}</p>`).join(''))}${note(3, `<p>${NOTE_3}</p>`)}${note(4, '<p>A note the text no longer refers to.</p>')}`;
    return [page([ref(1), ref(2), '', ref(3)], notes, { open: '<div class="available-content"><div dir="auto" class="body markup">', close: '</div></div>' }), paragraphs2(markdown(once)).replace(/\n$/, '\n\n[^4]: A note the text no longer refers to.\n')];
  })(),
  // LessWrong and the EA Forum: references in spans named by the note's id, notes as list items with a back-link before them; one that nobody refers to a note too.
  'LessWrong': (() => {
    const ids = ['a8kq2x9d1m', 'b7vd3c0zq1', 'c6hs4t2yp9', 'd5ga1u8wr3'];
    const ref = (n: number) => `<span class="footnote-reference" data-footnote-reference="" data-footnote-index="${n}" data-footnote-id="${ids[n - 1]}" role="doc-noteref" id="fnref${ids[n - 1]}"><sup><a href="#fn${ids[n - 1]}">[${n}]</a></sup></span>`;
    const note = (n: number, html: string) => `<li class="footnote-item" data-footnote-item="" data-footnote-index="${n}" data-footnote-id="${ids[n - 1]}" role="doc-endnote" id="fn${ids[n - 1]}"><span class="footnote-back-link" data-footnote-back-link="" data-footnote-id="${ids[n - 1]}"><sup><strong><a href="#fnref${ids[n - 1]}">^</a></strong></sup></span><div class="footnote-content" data-footnote-content="" data-footnote-id="${ids[n - 1]}">${html}</div></li>`;
    const notes = `<ol class="footnotes" role="doc-endnotes">${note(1, `<p>${NOTE_1}</p>`)}${note(2, NOTE_2.map((p) => `<p>${p}</p>`).join(''))}${note(3, `<p>${NOTE_3}</p>`)}${note(4, '<p>A note the text no longer refers to.</p>')}</ol>`;
    return [page([ref(1), ref(2), '', ref(3)], notes, { open: '<div class="PostsPage-postContent"><div id="postContent">', close: '</div></div>' }), paragraphs2(markdown(once)).replace(/\n$/, '\n\n[^4]: A note the text no longer refers to.\n')];
  })(),
  // MediaWiki: brackets written as entities (`&#91;1&#93;`), the list of notes after the block the article is taken from.
  'MediaWiki, notes after the article': (() => {
    const ref = (n: number, k = 0) => `<sup id="cite_ref-n${n}_${k}" class="reference"><a href="#cite_note-n${n}"><span class="cite-bracket">&#91;</span>${n}<span class="cite-bracket">&#93;</span></a></sup>`;
    const note = (n: number, back: string, html: string) => `<li id="cite_note-n${n}"><span class="mw-cite-backlink">${back}</span> <span class="reference-text">${html}</span></li>`;
    const caret = (n: number) => `<b><a href="#cite_ref-n${n}_0">^</a></b>`;
    const notes = `<div class="reflist"><ol class="references">${note(1, '^ <a href="#cite_ref-n1_0"><sup><i><b>a</b></i></sup></a> <a href="#cite_ref-n1_1"><sup><i><b>b</b></i></sup></a>', NOTE_1)}${note(2, caret(2), NOTE_2.join('<br>'))}${note(3, caret(3), NOTE_3)}</ol></div>`;
    return [page([ref(1), ref(2), ref(1, 1), ref(3)], '', { open: '<div id="content"><div id="bodyContent"><div class="mw-parser-output">', close: `</div></div></div><div class="notes-wrap">${notes}</div>` }), markdown(twice)];
  })(),
  // footnotes.wp (WordPress) in its later versions: the mark a span drawn as a button, the note beside it; the table of notes after the text repeats them.
  'footnotes.wp, span buttons': (() => {
    const ref = (n: number, html: string) => `<span class="footnote_referrer relative"><span role="button" tabindex="0" class="footnote_plugin_tooltip_text" onclick="footnote_moveToReference_9_1('footnote_plugin_reference_9_1_${n}');"><sup id="footnote_plugin_tooltip_9_1_${n}" class="footnote_plugin_tooltip_text">[${n}]</sup></span><span id="footnote_plugin_tooltip_text_9_1_${n}" class="footnote_tooltip">${html}</span></span>`;
    const row = (n: number, html: string) => `<tr class="footnotes_plugin_reference_row"><th scope="row" class="footnote_plugin_index_combi pointer"><a id="footnote_plugin_reference_9_1_${n}" class="footnote_backlink"><span class="footnote_index_arrow">&#8593;</span>${n}</a></th><td class="footnote_plugin_text">${html}</td></tr>`;
    const notes = `<div class="speaker-mute footnotes_reference_container"><div class="footnote_container_prepare"><p><span role="button" tabindex="0" class="footnote_reference_container_label pointer">References</span></p></div><div id="footnote_references_container_9_1"><table class="footnotes_table footnote-reference-container"><caption class="accessibility">References</caption><tbody>${row(1, NOTE_1)}${row(2, NOTE_2.join('<br>'))}${row(3, NOTE_3)}</tbody></table></div></div>`;
    return [page([ref(1, NOTE_1), ref(2, NOTE_2.join('<br>')), '', ref(3, NOTE_3)], notes, { open: '<div class="entry-content">', close: '</div>' }), markdown(once)];
  })(),
  // Microsoft Word's "Save as Web Page": the body in div.WordSection1, the notes after it in a list of their own, each note's anchor a name.
  'Word, saved as a web page': (() => {
    const label = (n: number) => `<span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>[${n}]</span><![endif]></span></span>`;
    const ref = (n: number) => `<a style='mso-footnote-id:ftn${n}' href="#_ftn${n}" name="_ftnref${n}" title="">${label(n)}</a>`;
    const note = (n: number, html: string) => `<div style='mso-element:footnote' id=ftn${n}><p class=MsoFootnoteText><a style='mso-footnote-id:ftn${n}' href="#_ftnref${n}" name="_ftn${n}" title="">${label(n)}</a> ${html}<o:p></o:p></p></div>`;
    const notes = `</div><div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>${note(1, NOTE_1)}${note(2, NOTE_2.join(' '))}${note(3, NOTE_3)}`;
    return [page([ref(1), ref(2), '', ref(3)], notes, { open: '<div class=WordSection1>', close: '</div>' }), markdown(once)];
  })(),
  // Pandoc: a note of several blocks (a paragraph, a code block, a list) keeps them, indented under its first line.
  'Pandoc, a note of blocks': (() => {
    const ref = (n: number, k = '') => `<a href="#fn${n}" class="footnote-ref" id="fnref${n}${k}" role="doc-noteref"><sup>${n}</sup></a>`;
    const back = (n: number) => `<a href="#fnref${n}" class="footnote-back" role="doc-backlink">↩︎</a>`;
    const blocks = `<p>${NOTE_2[0]}</p><pre><code>make tide\n\nmake test</code></pre><ul><li>Alpha</li><li>Beta</li></ul><p>${back(2)}</p>`;
    const notes = `<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr><ol><li id="fn1"><p>${NOTE_1}${back(1)}</p></li><li id="fn2">${blocks}</li><li id="fn3"><p>${NOTE_3}${back(3)}</p></li></ol></section>`;
    const note2 = `[^2]: ${NOTE_2[0]}\n\n    \`\`\`\n    make tide\n\n    make test\n    \`\`\`\n\n    - Alpha\n    - Beta`;
    return [page([ref(1), ref(2), ref(1, ':1'), ref(3)], notes), markdown(twice).replace(NOTES_MD[1]!, note2)];
  })(),
  // Zhihu: the note as text in the mark's attribute, the address of its source in another; the list of references is drawn by a script.
  'Zhihu, references': (() => {
    const ref = (n: number, text: string, url = '') => `<sup data-text="${text}" data-url="${url}" data-draft-node="inline" data-draft-type="reference" data-numero="${n}">[${n}]</sup>`;
    const refs = [ref(1, NOTE_1), ref(2, NOTE_2.join(' ')), '', ref(3, 'See the harbour office for the logs.', 'https://example.org/office')];
    const notes = markdown(once).replace(NOTES_MD[2]!, '[^3]: See the harbour office for the logs. [https://example.org/office](https://example.org/office)');
    return [page(refs, '', { open: '<div class="RichText ztext">', close: '</div>' }), notes];
  })(),
  // gwern.net saved after its script moved the notes into the margins: each mark links to its sidenote, the odd ones in the
  // left column and the even ones in the right, each note with a link to itself showing its number.
  'gwern.net, sidenotes in two margin columns': (() => {
    const ref = (n: number) => `<a href="#sn${n}" class="footnote-ref" id="fnref${n}" role="doc-noteref"><sup>${n}</sup></a>`;
    const note = (n: number, html: string) => `<div class="sidenote${n === 1 ? ' cut-off' : ''}" id="sn${n}" style="top: ${n * 300}px;"><div class="sidenote-outer-wrapper"><div class="sidenote-inner-wrapper"><p>${html}</p></div></div><a class="sidenote-self-link" href="#sn${n}">${n}</a></div>`;
    const columns = `<div id="sidenote-column-left" class="footnotes">${note(1, NOTE_1)}${note(3, NOTE_3)}</div><div id="sidenote-column-right" class="footnotes">${note(2, NOTE_2.join(' '))}</div>`;
    return [page([ref(1), ref(2), ref(1), ref(3)], columns), markdown(twice)];
  })(),
  // Zhihu saved after its script drew the list: each mark links to its item (ref_1_0, ref_1_1 for a note referred to twice),
  // an item opens with a caret in a span of its own before its lettered back-links.
  'Zhihu, references with their list drawn': (() => {
    const texts = [NOTE_1, NOTE_2.join(' '), NOTE_3];
    const ref = (n: number, k: number) => `<sup data-text="${texts[n - 1]!.replace(/<[^>]+>/g, '')}" data-url="" data-numero="${n}" data-draft-node="inline" data-draft-type="reference"><a id="ref_${n}_${k}" href="#ref_${n}" data-reference-link="true">[${n}]</a></sup>`;
    const back = (n: number, k: number, label: string) => `<sup class="ReferenceList-backLink"><a href="#ref_${n}_${k}" aria-label="back" data-reference-link="true">${label}</a></sup>`;
    const list = `<h2>参考</h2><ol class="ReferenceList"><li id="ref_1"><span>^</span>${back(1, 0, 'a')}${back(1, 1, 'b')}<span>${texts[0]}</span></li><li id="ref_2"><a class="ReferenceList-backLink" href="#ref_2_0" aria-label="back">^</a><span>${texts[1]}</span></li><li id="ref_3"><a class="ReferenceList-backLink" href="#ref_3_0" aria-label="back">^</a><span>${texts[2]}</span></li></ol>`;
    return [page([ref(1, 0), ref(2, 0), ref(1, 1), ref(3, 0)], list, { open: '<div class="RichText ztext">', close: '</div>' }), markdown(twice, ['## 参考'])];
  })(),
};

describe('footnotes from each generator, as Markdown footnotes', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    const [html, expected] = CASES[name]!;
    expect(await bodyOf(html)).toBe(expected);
  });
});

describe('a single note', () => {
  it("is kept when its label reads '1)' (DokuWiki's fn_top and fn_bot)", async () => {
    const html = page(['<sup><a href="#fn__1" id="fnt__1" class="fn_top">1)</a></sup>', '', '', ''], `<div class="footnotes"><div class="fn"><sup><a href="#fnt__1" id="fn__1" class="fn_bot">1)</a></sup> <div class="content">${NOTE_1}</div></div></div>`);
    expect(await bodyOf(html)).toBe(`${[...paragraphs(['[^1]', '', '', '']), NOTES_MD[0]].join('\n\n')}\n`);
  });

  it("is kept when the reference points at the note's own link back, at its end (Typora's)", async () => {
    const html = page(['<sup class="md-footnote"><a href="#dfref-footnote-1" name="ref-footnote-1">1</a></sup>', '', '', ''], `<div class="footnotes-area"><hr><div class="footnote-line"><span class="md-fn-count">1</span> ${NOTE_1}<a name="dfref-footnote-1" href="#ref-footnote-1" title="back to document" class="reversefootnote">↩</a></div></div>`);
    expect(await bodyOf(html)).toBe(`${[...paragraphs(['[^1]', '', '', '']), NOTES_MD[0]].join('\n\n')}\n`);
  });

  it("is kept when the reference points at the note's own link back opening the item its number numbers (HighWire's bioRxiv '↵')", async () => {
    const html = page(['(<a id="xref-ref-1-1" class="xref-bibr" href="#ref-1">1</a>)', '', '', ''], `<div class="section ref-list"><ol class="cit-list"><li><span class="ref-label ref-label-empty"></span><a class="rev-xref-ref" href="#xref-ref-1-1" title="View reference 1 in text" id="ref-1">↵</a><div class="cit"><cite>${NOTE_1}</cite></div></li></ol></div>`);
    expect(await bodyOf(html)).toContain('[^1]');
    expect(await bodyOf(html)).toContain(`[^1]: ${NOTES_MD[0]!.replace(/^\[\^1\]: /, '')}`);
  });

  it("is kept when docutils' term shows only its label, the note its definition", async () => {
    const html = page(['<a class="footnote-reference brackets" href="#id2" id="id1">1</a>', '', '', ''], `<dl class="footnote brackets"><dt class="label" id="id2"><span class="brackets"><a class="fn-backref" href="#id1">1</a></span></dt><dd><p>${NOTE_1}</p></dd></dl>`);
    expect(await bodyOf(html)).toBe(`${[...paragraphs(['[^1]', '', '', '']), NOTES_MD[0]].join('\n\n')}\n`);
  });
});

describe("notes ending a block of lines (Paul Graham's essays)", () => {
  it('reads "[1]" marks linking to anchors that open the lines under "Notes" at the end of one block of <br>-parted paragraphs', async () => {
    const [p1, p2, p3] = paragraphs(['', '', '', '']);
    const ref = (n: number) => ` [<a href="#f${n}n"><font color="#999999">${n}</font></a>]`;
    const note = (n: number, text: string) => `[<a name="f${n}n"><font color="#000000">${n}</font></a>] ${text}<br /><br />`;
    const html = `<html><head><title>Tide gauges of the harbour</title></head><body><table><tr><td><font size="2" face="verdana">${p1}${ref(1)}<br /><br />${p2}${ref(2)}<br /><br />${p3}<br /><br /><b>Notes</b><br /><br />${note(1, NOTE_1)}${note(2, NOTE_2.join(' '))}</font></td></tr></table></body></html>`;
    expect(await bodyOf(html)).toBe(`${p1} [^1]\n\n${p2} [^2]\n\n${p3}\n\n**Notes**\n\n${NOTES_MD[0]}\n\n${NOTES_MD[1]}\n`);
  });
});

describe("numbers in parentheses (the EU's Official Journal)", () => {
  it('reads "(1)" marks as references where their targets link back to them, and leaves an equation\'s number a link', async () => {
    const ref = (n: number) => `<a id="ntc${n}-L" href="#ntr${n}-L">(<span class="oj-super oj-note-tag">${n}</span>)</a>`;
    const note = (n: number, text: string) => `<p class="oj-note"><a id="ntr${n}-L" href="#ntc${n}-L">(<span class="oj-super">${n}</span>)</a> ${text}</p>`;
    const html = page([ref(1), ref(2), '', ''], `<hr class="oj-note">${note(1, NOTE_1)}${note(2, NOTE_2.join(' '))}`);
    expect(await bodyOf(html)).toBe(`${[...paragraphs(['[^1]', '[^2]', '', '']), NOTES_MD[0], NOTES_MD[1]].join('\n\n')}\n`);
    const equation = page(['', '', '', ''], '<p>As <a href="#eq-2">(2)</a> shows, the tide rises.</p><div id="eq-2">x = y (2)</div>');
    expect(await bodyOf(equation)).toContain('As [(2)](#eq-2) shows');
  });
});

describe("bigfoot's buttons beside the page's own references", () => {
  it('drops the button a script drew after a linked reference: a copy of a note the page lists', async () => {
    const button = (n: number, html: string) => `<div class="bigfoot-footnote__container"><button class="bigfoot-footnote__button" data-footnote-identifier="${n}" data-bigfoot-footnote="${html.replace(/</g, '&lt;').replace(/"/g, '&quot;')}"><svg></svg></button></div>`;
    const ref = (n: number, html: string) => `<sup class="footnote-ref"><a href="#fn${n}" id="fnref${n}">[${n}]</a></sup>${button(n, `<p>${html}</p>`)}`;
    const notes = `<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>${NOTE_1} <a href="#fnref1" class="footnote-backref">↩︎</a></p></li></ol></section>`;
    const body = await bodyOf(page([ref(1, NOTE_1), '', '', ''], notes));
    expect(body.match(/\[\^\d+\]:/g)).toEqual(['[^1]:']);
    expect(body).toContain(NOTES_MD[0]);
  });
});
