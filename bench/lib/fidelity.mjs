// Markdown fidelity: our Markdown rendered back to HTML (markdown-it) against the extracted
// article HTML: the share of the article's text tokens found in the same order, and counts of
// images, links, tables, lists and code blocks on both sides.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: false });

/**
 * What Markdown leaves out on purpose: furniture, the drawn copy of formulas and code gutters,
 * and the links of notes back to their references (a Markdown footnote links back by itself).
 */
const DROPPED = 'script, style, template, iframe, svg, button, form, input, select, textarea, canvas, object, embed, noscript, .katex-html, .katex-mathml, math, mjx-container, .gutter, .rouge-gutter, .linenos, .hljs-ln-numbers, .line-numbers-rows, [data-md-fnback]';
const TOKEN = /\p{Script=Han}|[\p{L}\p{N}\p{M}_]+/gu;

export const tokens = (text) => text.match(TOKEN) ?? [];

/** Edit distance (insertions + deletions) of two sequences, Myers' O((N+M)D) forward pass. */
function editDistance(a, b, max) {
  const n = a.length;
  const m = b.length;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return undefined;
}

/** Share of `source` tokens found in `target` in the same order: LCS length / source length. */
export function inOrderShare(source, target) {
  if (!source.length) return 1;
  const ids = new Map();
  const id = (t) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1);
  const a = source.map(id);
  const b = target.map(id);
  const d = editDistance(a, b, Math.min(a.length + b.length, 30000));
  if (d === undefined) return 0;
  return (a.length + b.length - d) / 2 / a.length;
}

/** A fragment as the page means it (`#fn%201` → "fn 1"), or as written when it is no valid escape. */
const safeDecode = (text) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * Elements left out of the Markdown on purpose, each with its reason; they are not expected in it.
 * `placeholder` is the converter's own test for spacer and loading images (dist/clean/images.js).
 */
function onPurpose($, placeholder) {
  const ownRows = (t) => $(t).find('tr').filter((_, tr) => $(tr).closest('table')[0] === t).toArray();
  const layout = (t) => {
    const rows = ownRows(t);
    const cells = rows.reduce((n, tr) => n + $(tr).children('td, th').length, 0);
    if ($(t).attr('role') === 'presentation' || cells <= 1) return true;
    if ($(t).find('th').filter((_, th) => $(th).closest('table')[0] === t).length) return false;
    const columns = Math.max(...rows.map((tr) => $(tr).children('td, th').length));
    return columns === 1 || (rows.length === 1 && $(t).find('img, p, div, h1, h2, h3, h4, ul, ol, blockquote, pre, table').length > 0);
  };
  // Footnotes, written as Markdown footnotes (`[^1]`, `[^1]: …`), which markdown-it without its
  // footnote plugin shows as text: references are not links there, notes not a list (back-links
  // are DROPPED). The renderer's own marks say which they are (markedFootnotes below).
  const references = $('[data-md-fnref]').find('a').addBack('a').toArray();
  const noteLists = $('ul, ol').filter((_, l) => $(l).children('li').length > 0 && $(l).children('li').toArray().every((li) => $(li).is('[data-md-fn]'))).toArray();
  return {
    images: [
      ...$('img').filter((_, img) => placeholder($(img).attr('src'))).toArray(),
      // Formulas drawn as images, written as their TeX.
      ...$('img').filter((_, img) => /mwe-math-fallback-image|(?:^|\s)(?:latex|tex|wp-latex)(?:\s|$)/.test($(img).attr('class') ?? '') || /\/math\/render\/|latex\.codecogs\.com|i\.upmath\.me/.test($(img).attr('src') ?? '')).toArray(),
    ],
    links: [
      ...$('a').filter((_, a) => ['', '#'].includes(($(a).attr('href') ?? '').trim())).toArray(),
      ...references,
      // A link around nothing but a spacer image shows nothing.
      ...$('a').filter((_, a) => !$(a).text().trim() && $(a).find('img').length > 0 && $(a).find('img').toArray().every((img) => placeholder($(img).attr('src')))).toArray(),
      // A heading's permalink (a link to the heading itself): the heading is written as its text.
      ...$('h1, h2, h3, h4, h5, h6').find('a[href^="#"]').filter((_, a) => {
        const heading = $(a).closest('h1, h2, h3, h4, h5, h6');
        const target = safeDecode(($(a).attr('href') ?? '').slice(1));
        return !!target && [heading.attr('id'), heading.parent().attr('id'), $(a).attr('id'), $(a).attr('name')].includes(target);
      }).toArray(),
      // Code's links (a generator's cross-references): the code is written fenced, as text.
      ...$('pre').filter((_, pre) => $(pre).find('code').length > 0).find('a').toArray(),
    ],
    tables: $('table').filter((_, t) => layout(t)).toArray(),
    lists: [...$('h1, h2, h3, h4, h5, h6').find('ul, ol').toArray(), ...noteLists],
    code: [],
  };
}

const REASONS = {
  images: 'spacer/placeholder images and formula images (written as TeX)',
  links: 'links to nowhere (href "" or "#") or around a spacer alone, footnote references (written [^n]), headings\' permalinks (written as the heading), links inside code (written fenced)',
  tables: 'layout tables unwrapped',
  lists: 'lists inside headings (kept as heading text), lists of notes (written [^n]: …)',
};

function counts($, skip = {}) {
  const cells = (table) => $(table).find('td, th').length;
  const kept = (kind) => (_, el) => !skip[kind]?.includes(el);
  return {
    images: $('img').filter(kept('images')).filter((_, img) => $(img).attr('src') && !$(img).closest('noscript').length).length,
    links: $('a[href]').filter(kept('links')).filter((_, a) => !/^javascript:/i.test($(a).attr('href')) && ($(a).text().trim() || $(a).find('img').length)).length,
    tables: $('table').filter(kept('tables')).filter((_, t) => $(t).find('tr').length >= 2 && cells(t) >= 4 && !$(t).find('pre').length).length,
    lists: $('ul, ol').filter(kept('lists')).filter((_, l) => $(l).children('li').length > 0 && ($(l).text().trim() || $(l).find('img').length)).length,
    code: $('pre').filter((_, p) => !$(p).closest('.gutter, .rouge-gutter, td.linenos').length).length,
  };
}

/** A space at block and cell edges, so that text() does not glue cells' words together. */
const spaced = (html) => html.replace(/<(\/?)(td|th|tr|li|p|div|br|h[1-6]|dt|dd|table|pre|blockquote|figcaption|section)\b/gi, ' <$1$2');

/** One page's figures: the article HTML against its Markdown. */
export function measure(articleHtml, markdown, placeholder) {
  const source = load(spaced(articleHtml));
  source(DROPPED).remove();
  const rendered = load(spaced(md.render(markdown)));
  rendered(DROPPED).remove();
  const sourceTokens = tokens(source.root().text());
  const renderedTokens = tokens(rendered.root().text());
  const dropped = onPurpose(source, placeholder);
  return {
    tokens: sourceTokens.length,
    share: inOrderShare(sourceTokens, renderedTokens),
    source: counts(source, dropped),
    markdown: counts(rendered),
    onPurpose: Object.fromEntries(KINDS.map((kind) => [kind, dropped[kind].length])),
  };
}

/** The corpus pages: { corpus, name, path, bytes, url }. */
export async function corpusPages(root) {
  const pages = [];
  if (!existsSync(root)) return pages;
  const zyte = join(root, 'zyte-dev');
  if (existsSync(zyte)) {
    const truth = JSON.parse(await readFile(join(zyte, 'ground-truth.json'), 'utf8'));
    for (const file of (await readdir(join(zyte, 'html'))).filter((f) => f.endsWith('.html.gz')).sort()) {
      const id = file.replace(/\.html\.gz$/, '');
      pages.push({ corpus: 'zyte-dev', name: id, path: join(zyte, 'html', file), url: truth[id]?.url, gz: true });
    }
  }
  const zh = join(root, 'zh-dev', 'html');
  if (existsSync(zh)) for (const file of (await readdir(zh)).filter((f) => f.endsWith('.html')).sort()) pages.push({ corpus: 'zh-dev', name: file.replace(/\.html$/, ''), path: join(zh, file) });
  const rp = join(root, 'readability-pages');
  if (existsSync(rp)) for (const name of (await readdir(rp)).sort()) if (existsSync(join(rp, name, 'source.html'))) pages.push({ corpus: 'readability-pages', name, path: join(rp, name, 'source.html') });
  return pages;
}

/** The article HTML with the marks the renderer puts on footnotes before writing them (dist/render/footnote-notes.js). */
async function markedFootnotes(html, dist) {
  const { createDocument } = await import('@mixmark-io/domino');
  const { markFootnotes } = await import(join(dist, 'render/footnote-notes.js'));
  const root = createDocument(`<x-turndown id="turndown-root">${html}</x-turndown>`).getElementById('turndown-root');
  markFootnotes(root);
  return root.innerHTML;
}

/** Extracts one corpus page with the built modules (dist/) and measures its Markdown. */
export async function measurePage(page, dist) {
  const { decodeHtml } = await import(join(dist, 'decode/charset.js'));
  const { extractArticle } = await import(join(dist, 'extract/extract-article.js'));
  const { renderMarkdown } = await import(join(dist, 'render/markdown.js'));
  const { isPlaceholder } = await import(join(dist, 'clean/images.js'));
  let bytes = await readFile(page.path);
  if (page.gz) bytes = gunzipSync(bytes);
  const html = decodeHtml(new Uint8Array(bytes));
  const result = extractArticle({ source: { kind: 'file', path: page.path }, html, url: page.url }, { sites: {} });
  if (!result.ok) return undefined;
  return measure(await markedFootnotes(result.value.html, dist), renderMarkdown(result.value.html), isPlaceholder);
}

export const KINDS = ['images', 'links', 'tables', 'lists', 'code'];
export { REASONS };
