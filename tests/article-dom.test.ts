// The Markdown step walks the extractor's nodes (src/render/article-dom.ts) instead of parsing
// the article's HTML again: the same Markdown as the parse, and the parse where the HTML parser
// would rearrange the markup. bench/markdown-identity.mjs checks the same on every corpus page.
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../src/extract/dom.js';
import { articleDom } from '../src/render/article-dom.js';
import { renderMarkdown } from '../src/render/markdown.js';

/** The fragment as the extractor holds it: its nodes and their HTML. */
function extracted(html: string) {
  const $ = loadHtml(html);
  return { nodes: $.root().contents().toArray(), html: $.root().html() ?? '' };
}

const WALKED: [name: string, html: string][] = [
  ['entities in text and attributes', '<p>a &amp; b &lt;c&gt; &copy 2024 &#x1F600; <a href="/x?a=1&amp;b=2&copy=3" title="&quot;q&quot;">link</a></p>'],
  ['carriage returns', '<p>one\r\ntwo\rthree</p><pre>a\r\nb</pre>'],
  ['a newline after <pre>', '<pre>\nfirst line\n  second</pre><pre><code>\nkept</code></pre>'],
  ['rows without <tbody>', '<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>'],
  ['a table with its sections', '<table><caption>Cap</caption><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>'],
  ['comments between text', '<p>one<!-- c -->two <!-- d --> three</p>'],
  ['raw text', '<p>x</p><style>p > a { color: red }</style><noscript>&lt;img src="a.png"&gt;</noscript><textarea>\na &amp; b</textarea>'],
  ['an inline <svg>', '<p>Icon <svg viewBox="0 0 10 10"><clippath id="c"><path d="M0 0"></path></clippath><title>T &amp; U</title></svg> text</p>'],
  ['nested lists and quotes', '<ul><li>a<ul><li>b</li></ul></li></ul><blockquote><p>q</p><ol start="3"><li>c</li></ol></blockquote>'],
  ['footnotes', '<p>Text<sup><a href="#fn1">1</a></sup>.</p><ol><li id="fn1">Note <a href="#r1">↩</a></li></ol>'],
];

const PARSED: [name: string, html: string][] = [
  ['a block inside a <p>', '<p>before<center>block</center>after</p>'],
  ['a link inside a link', '<a href="/a">one <a href="/b">two</a></a>'],
  ['a heading inside a heading', '<h2>a<h3>b</h3></h2>'],
  ['a cell outside a row', '<table><td>cell</td></table>'],
  ['text directly in a table', '<table>stray<tr><td>1</td></tr></table>'],
  ['MathML', '<p><math><mi>x</mi></math></p>'],
  ['a <div> inside an <svg>', '<svg><div>out</div></svg>'],
  ['a <select>', '<select><option>a</option></select>'],
  ['markup inside <noscript>', '<noscript><img src="a.png"></noscript>'],
];

describe('the Markdown step walks the extractor\'s nodes', () => {
  it.each(WALKED)('%s: walked, the same Markdown as the parse', (_name, source) => {
    const { nodes, html } = extracted(source);
    expect(articleDom(nodes)).toBeDefined();
    expect(renderMarkdown(html, nodes)).toBe(renderMarkdown(html));
  });

  it.each(PARSED)('%s: left to the parser', (_name, source) => {
    const { nodes, html } = extracted(source);
    expect(articleDom(nodes)).toBeUndefined();
    expect(renderMarkdown(html, nodes)).toBe(renderMarkdown(html));
  });
});
