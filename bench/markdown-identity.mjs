#!/usr/bin/env node
// Checks that the Markdown step gives the same Markdown whether turndown walks the extractor's
// nodes (src/render/article-dom.ts) or a parse of the article's HTML (domino, the path before
// it): every fixture page and every corpus page, extracted once, rendered both ways, compared
// byte for byte. Prints the pages that differ (the first differing line), how many pages the
// parser would have rearranged (rendered from the HTML on both sides), and each path's time.
// Exits 1 when a page differs. Needs a fresh build (npx tsc -p .).
//
//   node bench/markdown-identity.mjs [--show N]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = process.env.MDARCHIVE_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const load = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
const [{ decodeHtml }, { extractArticle }, { renderMarkdown }, { takeArticleNodes }, { articleDom }] = await Promise.all([
  load('decode/charset.js'), load('extract/extract-article.js'), load('render/markdown.js'), load('article-nodes.js'), load('render/article-dom.js'),
]);
const show = Number(process.argv[process.argv.indexOf('--show') + 1]) || 10;

/** Every .html / .html.gz file below a folder. */
function pagesBelow(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesBelow(path);
    return /\.html(?:\.gz)?$/.test(name) ? [path] : [];
  });
}

const sets = [
  ['fixtures', pagesBelow(join(ROOT, 'fixtures'))],
  ...['zyte-dev', 'modern-dev', 'defuddle-dev', 'readability-pages', 'zh-dev', 'zh-sites-dev'].map((name) => [name, pagesBelow(join(CORPUS, name))]),
];

let differing = 0;
const time = { parsed: 0, walked: 0 };
console.log('set                  pages  articles  rearranged  differ');
for (const [name, paths] of sets) {
  let articles = 0, rearranged = 0, differ = 0;
  for (const path of paths) {
    const raw = readFileSync(path);
    const html = decodeHtml(path.endsWith('.gz') ? gunzipSync(raw) : raw);
    const result = extractArticle({ source: { kind: 'file', path }, html, url: 'https://example.com/dir/page.html' }, { sites: {} });
    if (!result.ok) continue;
    articles++;
    const nodes = takeArticleNodes(result.value);
    if (!articleDom(nodes)) rearranged++;
    let t0 = performance.now();
    const parsed = renderMarkdown(result.value.html);
    let t1 = performance.now();
    const walked = renderMarkdown(result.value.html, nodes);
    time.walked += performance.now() - t1;
    time.parsed += t1 - t0;
    if (parsed === walked) continue;
    differ++;
    if (differing++ < show) {
      const a = parsed.split('\n'), b = walked.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      console.log(`  ${path}\n    line ${i + 1}\n    parsed: ${JSON.stringify(a[i]?.slice(0, 200))}\n    walked: ${JSON.stringify(b[i]?.slice(0, 200))}`);
    }
  }
  console.log(`${name.padEnd(20)} ${String(paths.length).padStart(5)}  ${String(articles).padStart(8)}  ${String(rearranged).padStart(10)}  ${String(differ).padStart(6)}`);
}
console.log(`Markdown step: ${(time.parsed / 1000).toFixed(2)} s parsing the HTML, ${(time.walked / 1000).toFixed(2)} s walking the nodes`);
process.exit(differing ? 1 : 0);
