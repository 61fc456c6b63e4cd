// The speed section of bench/extract.mjs, on one folder of pages, everything in one process
// per tool: (a) extraction with the pages already in memory, mdarchive vs Readability+jsdom;
// (b) htmlparser2's parse alone (cheerio's load, as mdarchive calls it), the floor under any
// extractor built on it; (c) the whole archive of the folder (read, extract, convert, write):
// the mdarchive CLI vs bench/peer-archive.mjs (jsdom + Readability + turndown), wall time.
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLI_PATH, ROOT, runExtractor, runNode } from './tools.mjs';

const PEER_ARCHIVE = join(ROOT, 'bench', 'peer-archive.mjs');

/** Pages per second of a timed pass of run() (the caller has warmed the extractor up). */
function extractionRate(extractor, pages) {
  const { seconds } = runExtractor(extractor, pages);
  return pages.length / seconds;
}

/** Pages per second of cheerio's load (htmlparser2) from the root node_modules, on the decoded pages. */
function parseOnlyRate(pages, decodeHtml) {
  const { load } = createRequire(join(ROOT, 'package.json'))('cheerio');
  const texts = pages.map((page) => decodeHtml(page.bytes, page.charset));
  const parseAll = () => {
    const start = performance.now();
    for (const html of texts) load(html, { xml: { xmlMode: false, decodeEntities: false } });
    return (performance.now() - start) / 1000;
  };
  parseAll(); // warm-up
  return texts.length / parseAll();
}

function markdownFiles(folder) {
  return readdirSync(folder).filter((name) => name.endsWith('.md')).length;
}

/** Wall seconds of `mdarchive archive <folder> -o <out>` (Markdown body), and the posts written. */
async function cliArchiveSeconds(folder, out) {
  const run = await runNode(CLI_PATH, ['archive', folder, '-o', out]);
  if (run.code !== 0 && run.code !== 1) throw new Error(`mdarchive archive exited with ${run.code}: ${run.stderr.trim()}`);
  return { seconds: run.seconds, written: markdownFiles(out) };
}

/** Wall seconds of bench/peer-archive.mjs on the folder, and the posts written. */
async function peerArchiveSeconds(folder, out) {
  const run = await runNode(PEER_ARCHIVE, [folder, out]);
  if (run.code !== 0) throw new Error(`peer-archive exited with ${run.code}: ${run.stderr.trim()}`);
  return { seconds: run.seconds, written: markdownFiles(out) };
}

/**
 * All three measures. pages are in memory; folder holds the same pages as files; scratch is an
 * empty folder for the posts. peer is undefined under --no-peer (its figures are then null).
 */
export async function measureSpeed({ pages, mdarchive, peer, folder, scratch }) {
  const inMemory = {
    mdarchive: extractionRate(mdarchive, pages),
    peer: peer ? extractionRate(peer, pages) : null,
  };
  const parseOnly = parseOnlyRate(pages, mdarchive.decodeHtml);
  const archive = {
    mdarchive: await cliArchiveSeconds(folder, join(scratch, 'mdarchive-posts')),
    peer: peer ? await peerArchiveSeconds(folder, join(scratch, 'peer-posts')) : null,
  };
  return {
    pages: pages.length,
    inMemory: { ...inMemory, ratio: inMemory.peer ? inMemory.mdarchive / inMemory.peer : null },
    parseOnly: { pagesPerSecond: parseOnly, mdarchiveShare: inMemory.mdarchive / parseOnly },
    archive: { ...archive, ratio: archive.peer ? archive.peer.seconds / archive.mdarchive.seconds : null },
  };
}

const rate = (pagesPerSecond) => `${pagesPerSecond.toFixed(1)} pages/s`;
const wall = ({ seconds, written }, of) => `${seconds.toFixed(2)} s  (${written}/${of} posts written)`;
const faster = (ratio) => `mdarchive is ${ratio.toFixed(1)}× faster`;
const row = (label, value) => `    ${label.padEnd(52)}${value}`;

/** The section as printed lines. */
export function formatSpeed(corpusName, speed) {
  const { pages, inMemory, parseOnly, archive } = speed;
  const lines = [`speed on ${corpusName} (${pages} pages, one process per tool)`];
  lines.push('(a) extraction, pages already in memory');
  lines.push(row('mdarchive (decode + extract + renderText)', rate(inMemory.mdarchive)));
  if (inMemory.peer) {
    lines.push(row('Readability + jsdom (on the decoded text)', rate(inMemory.peer)));
    lines.push(row('ratio mdarchive / Readability', faster(inMemory.ratio)));
  }
  lines.push('(b) parse only: htmlparser2 via cheerio load(), the floor');
  lines.push(row('htmlparser2 parse', rate(parseOnly.pagesPerSecond)));
  lines.push(row('mdarchive extraction / parse only', `${(parseOnly.mdarchiveShare * 100).toFixed(0)}%`));
  lines.push('(c) whole archive of the folder: read, extract, convert to Markdown, write (wall time)');
  lines.push(row('mdarchive archive <folder> -o <tmp>', wall(archive.mdarchive, pages)));
  if (archive.peer) {
    lines.push(row('peer-archive.mjs (jsdom + Readability + turndown)', wall(archive.peer, pages)));
    lines.push(row('ratio peer time / mdarchive time', faster(archive.ratio)));
  }
  return lines.join('\n');
}
