#!/usr/bin/env node
// Scores mdarchive's article extractor over the public corpus in shared/corpus, side by
// side with Mozilla Readability + jsdom (the peer, installed apart in bench/node_modules).
//
//   node bench/extract.mjs [--corpus zyte|zh|readability] [--json] [--worst N]
//                          [--no-peer] [--check] [--update-floors [--allow-lower]]
//
// Body metric (shared/corpus/README.md, as the Zyte benchmark's evaluate.py): 4-gram
// shingles of \w+ tokens, per-page precision/recall, corpus means, F1 of the means.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH_DIR, '..');
const CORPUS_DIR = process.env.MDARCHIVE_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const FLOORS_PATH = join(BENCH_DIR, 'floors.json');
const FAKE_URL = 'http://fakehost/test/page.html';
const CORPORA = ['zyte', 'zh', 'readability'];
const BODY_CORPORA = ['zyte', 'zh'];

// ---------------------------------------------------------------- body metric

/** Runs of Unicode word characters: letters, digits, marks, underscore. */
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;
const SHINGLE_SIZE = 4;

function tokenize(text) {
  return (text ?? '').match(TOKEN) ?? [];
}

/** Counts of the 4-grams of consecutive tokens (a shorter text gives one shorter tuple, none when empty). */
function shingleCounts(text) {
  const tokens = tokenize(text);
  const counts = new Map();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalized [tp, fp, fn] of one page. */
function shingleMatch(truth, predicted) {
  const truthCounts = shingleCounts(truth);
  const predCounts = shingleCounts(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...truthCounts.keys(), ...predCounts.keys()])) {
    const t = truthCounts.get(key) ?? 0;
    const p = predCounts.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function precisionScore([tp, fp, fn]) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore([tp, fp, fn]) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function f1Score(precision, recall) {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Corpus precision and recall are means over pages (precision where tp+fp > 0, recall where tp+fn > 0). */
function corpusBodyScores(matches) {
  const precision = mean(matches.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(matches.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  return { precision, recall, f1: f1Score(precision, recall) };
}

// ---------------------------------------------------------------- metadata checks

const normalizeSpace = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

function sameText(expected, actual) {
  return normalizeSpace(expected) === normalizeSpace(actual);
}

/** The numbers a ground-truth date shows, in order: year, month, day, hour, minute (as many as it has). */
function dateDigits(text) {
  const parts = /(\d{4})(?:\D+(\d{1,2}))?(?:\D+(\d{1,2}))?(?:\D+(\d{1,2})\D+(\d{1,2}))?/.exec(text ?? '');
  return parts ? parts.slice(1).filter((part) => part !== undefined).map(Number) : [];
}

function utcDigits(date) {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

/** True when the extracted date shows the same Y(-M(-D( H:M))) in UTC as the ground truth's digits. */
function sameDate(expectedText, actual) {
  const expected = dateDigits(expectedText);
  if (!(actual instanceof Date) || Number.isNaN(actual.getTime()) || expected.length === 0) return false;
  const got = utcDigits(actual);
  return expected.every((value, i) => got[i] === value);
}

/** ISO-like truth (Readability's publishedTime): the instant's UTC Y-M-D, and H:M when it has a time. */
function sameInstant(expectedIso, actual) {
  const expected = new Date(expectedIso);
  if (Number.isNaN(expected.getTime())) return false;
  const digits = utcDigits(expected).slice(0, /T\d/.test(expectedIso) ? 5 : 3);
  return sameDate(digits.join('-'), actual);
}

const known = (value) => typeof value === 'string' && value.trim() !== '' && value.trim() !== 'UNKNOWN';

function matchRate(pages, expectedOf, matches) {
  const scored = pages.filter((page) => expectedOf(page) !== undefined);
  const hits = scored.filter((page) => matches(expectedOf(page), page));
  return { rate: scored.length ? hits.length / scored.length : 0, hits: hits.length, of: scored.length };
}

// ---------------------------------------------------------------- corpora

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The page URL from the dataset's `<text id="URL" …>` wrapper, if the file has one. */
function wrapperUrl(bytes) {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<text\s+id="(https?:\/\/[^"]+)"/i.exec(head)?.[1];
}

function loadZyte() {
  const dir = join(CORPUS_DIR, 'zyte-dev');
  const truth = readJson(join(dir, 'ground-truth.json'));
  return Object.entries(truth).map(([id, expected]) => ({
    id,
    path: join(dir, 'html', `${id}.html.gz`),
    bytes: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))),
    charset: 'utf-8',
    url: expected.url,
    expected,
  }));
}

function loadZh() {
  const dir = join(CORPUS_DIR, 'zh-dev');
  const truth = readJson(join(dir, 'ground-truth.json'));
  return Object.entries(truth).map(([id, expected]) => {
    const path = join(dir, 'html', `${id}.html`);
    const bytes = readFileSync(path);
    return { id, path, bytes, charset: undefined, url: wrapperUrl(bytes), expected };
  });
}

function loadReadabilityPages() {
  const dir = join(CORPUS_DIR, 'readability-pages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map(({ name }) => ({
      id: name,
      path: join(dir, name, 'source.html'),
      bytes: readFileSync(join(dir, name, 'source.html')),
      charset: undefined,
      url: FAKE_URL,
      expected: readJson(join(dir, name, 'expected-metadata.json')),
    }));
}

const LOADERS = { zyte: loadZyte, zh: loadZh, readability: loadReadabilityPages };
const CORPUS_NAMES = { zyte: 'zyte-dev', zh: 'zh-dev', readability: 'readability-pages' };

// ---------------------------------------------------------------- extractors

/** Each extractor maps a page to { ok, text, title, author, date, reason }; run() is what is timed. */
async function loadMdarchive() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'extract', 'extract-article.js'))) {
    throw new Error(`mdarchive is not built: run 'npx tsc -p .' in ${ROOT}`);
  }
  const load = (path) => import(pathToFileURL(join(dist, path)).href);
  const [{ decodeHtml }, { extractArticle }, { renderText }] = await Promise.all([
    load('decode/charset.js'),
    load('extract/extract-article.js'),
    load('render/text.js'),
  ]);
  return {
    name: 'mdarchive',
    decodeHtml,
    prepare: (page) => page.bytes,
    run(page, bytes) {
      const html = decodeHtml(bytes, page.charset);
      const result = extractArticle({ source: { kind: 'file', path: page.path }, html, url: page.url }, { sites: {} });
      if (!result.ok) return { ok: false, text: '', reason: result.problem.reason };
      const { title, author, date, html: body } = result.value;
      return { ok: true, text: renderText(body), title, author, date };
    },
  };
}

/** Readability + jsdom, or undefined when bench/node_modules lacks them. */
async function loadReadabilityPeer(decodeHtml) {
  let Readability, JSDOM, VirtualConsole;
  try {
    ({ Readability } = await import('@mozilla/readability'));
    ({ JSDOM, VirtualConsole } = await import('jsdom'));
  } catch {
    return undefined;
  }
  return {
    name: 'Readability',
    // The peer reads the same decoded text (decoding is not part of its timing).
    prepare: (page) => decodeHtml(page.bytes, page.charset),
    run(page, html) {
      let dom;
      try {
        dom = new JSDOM(html, { url: page.url ?? FAKE_URL, virtualConsole: new VirtualConsole() });
        const article = new Readability(dom.window.document).parse();
        if (!article) return { ok: false, text: '', reason: 'no article' };
        const date = article.publishedTime ? new Date(article.publishedTime) : undefined;
        return { ok: true, text: article.textContent ?? '', title: article.title, author: article.byline, date };
      } catch (error) {
        return { ok: false, text: '', reason: `crashed: ${String(error?.message ?? error).split('\n')[0]}` };
      } finally {
        dom?.window.close();
      }
    },
  };
}

/** Runs one extractor over the pages: per-page outputs, and the seconds spent extracting. */
function runExtractor(extractor, pages) {
  let seconds = 0;
  const outputs = pages.map((page) => {
    const input = extractor.prepare(page);
    const start = performance.now();
    let output;
    try {
      output = extractor.run(page, input);
    } catch (error) {
      output = { ok: false, text: '', reason: `threw: ${String(error?.message ?? error).split('\n')[0]}` };
    }
    seconds += (performance.now() - start) / 1000;
    return output;
  });
  return { outputs, seconds };
}

// ---------------------------------------------------------------- scoring per corpus

function bodyFigures(pages, outputs) {
  const matches = pages.map((page, i) => shingleMatch(page.expected.articleBody, outputs[i].text));
  const perPage = pages.map((page, i) => {
    const precision = matches[i][0] + matches[i][1] > 0 ? precisionScore(matches[i]) : 0;
    const recall = recallScore(matches[i]);
    return { id: page.id, precision, recall, f1: f1Score(precision, recall), reason: outputs[i].reason };
  });
  return { ...corpusBodyScores(matches), perPage };
}

function zhMetadataFigures(pages, outputs) {
  const at = (page) => outputs[pages.indexOf(page)];
  return {
    author: matchRate(pages, (p) => (known(p.expected.author) ? p.expected.author : undefined), (e, p) => sameText(e, at(p).author)),
    date: matchRate(pages, (p) => (known(p.expected.date) ? p.expected.date : undefined), (e, p) => sameDate(e, at(p).date)),
  };
}

function readabilityMetadataFigures(pages, outputs) {
  const at = (page) => outputs[pages.indexOf(page)];
  const present = (value) => (known(value) ? value : undefined);
  return {
    title: matchRate(pages, (p) => p.expected.title ?? '', (e, p) => sameText(e, at(p).title)),
    byline: matchRate(pages, (p) => present(p.expected.byline), (e, p) => sameText(e, at(p).author)),
    date: matchRate(pages, (p) => present(p.expected.publishedTime), (e, p) => sameInstant(e, at(p).date)),
  };
}

function scoreExtractor(corpus, extractor, pages) {
  const { outputs, seconds } = runExtractor(extractor, pages);
  const figures = {
    pages: pages.length,
    failures: outputs.filter((o) => !o.ok).length,
    pagesPerSecond: seconds > 0 ? pages.length / seconds : 0,
  };
  if (BODY_CORPORA.includes(corpus)) Object.assign(figures, bodyFigures(pages, outputs));
  if (corpus === 'zh') Object.assign(figures, zhMetadataFigures(pages, outputs));
  if (corpus === 'readability') Object.assign(figures, readabilityMetadataFigures(pages, outputs));
  return figures;
}

// ---------------------------------------------------------------- output

const fixed3 = (n) => n.toFixed(3);
const rateCell = ({ rate, hits, of }) => `${fixed3(rate)} (${hits}/${of})`;

const ROWS = [
  ['pages', (f) => String(f.pages)],
  ['precision', (f) => (f.precision === undefined ? undefined : fixed3(f.precision))],
  ['recall', (f) => (f.recall === undefined ? undefined : fixed3(f.recall))],
  ['F1', (f) => (f.f1 === undefined ? undefined : fixed3(f.f1))],
  ['title match', (f) => f.title && rateCell(f.title)],
  ['author match', (f) => f.author && rateCell(f.author)],
  ['byline match', (f) => f.byline && rateCell(f.byline)],
  ['date match', (f) => f.date && rateCell(f.date)],
  ['failures', (f) => String(f.failures)],
  ['pages/s', (f) => f.pagesPerSecond.toFixed(1)],
];

function formatTable(corpus, byTool) {
  const tools = Object.keys(byTool);
  const rows = ROWS.map(([label, cell]) => [label, ...tools.map((t) => cell(byTool[t]))]).filter((row) => row.slice(1).some((c) => c !== undefined));
  const widths = [Math.max(...rows.map((r) => r[0].length)), ...tools.map((t, i) => Math.max(t.length, ...rows.map((r) => (r[i + 1] ?? '—').length)))];
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : (c ?? '—').padStart(widths[i]))).join('   ');
  return [`${CORPUS_NAMES[corpus]}`, line(['', ...tools]), ...rows.map(line)].join('\n');
}

function worstPages(perPage, count) {
  return [...perPage].sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id)).slice(0, count);
}

function formatWorst(corpus, worst) {
  const lines = worst.map((p) => `  ${p.id}  P=${fixed3(p.precision)}  R=${fixed3(p.recall)}  F1=${fixed3(p.f1)}${p.reason ? `  (${p.reason})` : ''}`);
  return [`${CORPUS_NAMES[corpus]}: ${worst.length} lowest-F1 pages of mdarchive`, ...lines].join('\n');
}

/** Tables per corpus, then (with worstOf) mdarchive's lowest-F1 pages per body corpus. */
function printReport(results, worstOf) {
  for (const [corpus, byTool] of Object.entries(results)) console.log(`${formatTable(corpus, byTool)}\n`);
  if (!worstOf) return;
  for (const [corpus, byTool] of Object.entries(results)) {
    if (byTool.mdarchive.perPage) console.log(`${formatWorst(corpus, worstOf(byTool.mdarchive))}\n`);
  }
}

/** The figures without per-page lists; with worstOf, mdarchive's lowest-F1 pages as `worst`. */
function jsonReport(results, worstOf) {
  const report = {};
  for (const [corpus, byTool] of Object.entries(results)) {
    report[CORPUS_NAMES[corpus]] = Object.fromEntries(Object.entries(byTool).map(([tool, { perPage, ...figures }]) => [tool, figures]));
    if (worstOf && byTool.mdarchive.perPage) report[CORPUS_NAMES[corpus]].worst = worstOf(byTool.mdarchive);
  }
  return report;
}

// ---------------------------------------------------------------- floors

const floorDown = (f1) => Math.floor(f1 * 100 + 1e-9) / 100;

function readFloors() {
  return existsSync(FLOORS_PATH) ? readJson(FLOORS_PATH) : {};
}

function floorViolations(results, floors) {
  return Object.entries(results)
    .filter(([corpus, byTool]) => floors[corpus] !== undefined && byTool.mdarchive.f1 !== undefined)
    .filter(([corpus, byTool]) => byTool.mdarchive.f1 < floors[corpus])
    .map(([corpus, byTool]) => `${CORPUS_NAMES[corpus]}: F1 ${fixed3(byTool.mdarchive.f1)} is below its floor ${floors[corpus]}`);
}

function updatedFloors(results, floors, allowLower) {
  const next = { ...floors };
  for (const [corpus, byTool] of Object.entries(results)) {
    if (byTool.mdarchive.f1 === undefined) continue;
    const measured = floorDown(byTool.mdarchive.f1);
    if (next[corpus] === undefined || measured > next[corpus] || allowLower) next[corpus] = measured;
  }
  return next;
}

// ---------------------------------------------------------------- main

function parseOptions() {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      json: { type: 'boolean', default: false },
      worst: { type: 'string' },
      'no-peer': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'update-floors': { type: 'boolean', default: false },
      'allow-lower': { type: 'boolean', default: false },
    },
  });
  if (values.corpus && !CORPORA.includes(values.corpus)) throw new Error(`--corpus must be one of ${CORPORA.join(', ')}`);
  const worst = values.worst === undefined ? 0 : Number.parseInt(values.worst, 10);
  if (Number.isNaN(worst) || worst < 0) throw new Error('--worst needs a number of pages');
  return { ...values, worst, corpora: values.corpus ? [values.corpus] : CORPORA };
}

/** mdarchive, and the peer unless --no-peer (a note, not an error, when it is not installed). */
async function loadExtractors(options, say) {
  const mdarchive = await loadMdarchive();
  if (options['no-peer']) return [mdarchive];
  const peer = await loadReadabilityPeer(mdarchive.decodeHtml);
  if (!peer) say('peer not installed: npm install --prefix bench');
  return peer ? [mdarchive, peer] : [mdarchive];
}

/** --update-floors and --check; returns the process exit code. */
function applyFloors(results, options, say) {
  const floors = readFloors();
  if (options['update-floors']) {
    const next = updatedFloors(results, floors, options['allow-lower']);
    writeFileSync(FLOORS_PATH, `${JSON.stringify(next, null, 2)}\n`);
    say(`floors: ${JSON.stringify(next)}`);
  }
  if (!options.check) return 0;
  const violations = floorViolations(results, floors);
  for (const violation of violations) say(`below floor: ${violation}`);
  if (violations.length === 0) say('floors: all met');
  return violations.length ? 1 : 0;
}

async function main() {
  const options = parseOptions();
  // With --json, stdout holds the JSON alone; notes go to stderr.
  const say = options.json ? console.error : console.log;
  const extractors = await loadExtractors(options, say);

  const results = {};
  for (const corpus of options.corpora) {
    const pages = LOADERS[corpus]();
    results[corpus] = Object.fromEntries(extractors.map((e) => [e.name, scoreExtractor(corpus, e, pages)]));
  }

  const worstOf = options.worst > 0 ? (figures) => worstPages(figures.perPage, options.worst) : undefined;
  if (options.json) console.log(JSON.stringify(jsonReport(results, worstOf), null, 2));
  else printReport(results, worstOf);
  process.exitCode = applyFloors(results, options, say);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
