#!/usr/bin/env node
// Scores mdarchive's article extraction over the public corpus in shared/corpus, side by
// side with Mozilla Readability + jsdom (the peer, installed apart: npm install --prefix bench),
// then measures speed on the zyte-dev pages. Needs a fresh build (npx tsc -p .).
//
//   node bench/extract.mjs [--corpus zyte|zh|readability] [--json] [--worst N]
//                          [--no-peer] [--check] [--update-floors [--allow-lower]]
//
//   zyte-dev           body F1 of what users get: the pages (gunzipped to <id>.html in a temp
//                      folder) go through `bin/mdarchive.js archive <folder> --body text`, and
//                      each post's body is scored; the in-process figures (dist/, given the
//                      ground-truth URL) are printed too, labelled. Then the speed section.
//   zh-dev             body F1 with each Han character a token (the floored figure) and with
//                      \w+ runs; author and date matches. In process.
//   readability-pages  title, byline and date matches. In process.
//
// Body metric: bench/lib/metric.mjs (4-gram shingles, per-page precision/recall, corpus
// means, F1 of the means). Speed: bench/lib/speed.mjs.
//
// Floors (bench/floors.json): { zyte: { f1 }, zh: { f1, date, author }, readability: { title,
// byline } }, mdarchive's figures: --check exits 1 when one is below its floor;
// --update-floors sets each to the measured figure rounded down to 2 decimals, raising only
// unless --allow-lower. --json prints the figures alone on stdout (floorFigures: the floored ones).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bodyScores, known, matchRate, sameDate, sameInstant, sameByline, sameText, sameTitle, tokenizeHanChars, tokenizeWordRuns } from './lib/metric.mjs';
import { FAKE_URL, loadMdarchive, loadReadabilityPeer, ROOT, runCliOnFolder, runExtractor } from './lib/tools.mjs';
import { formatSpeed, measureSpeed } from './lib/speed.mjs';

const CORPUS_DIR = process.env.MDARCHIVE_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const FLOORS_PATH = join(ROOT, 'bench', 'floors.json');
const CORPORA = ['zyte', 'zh', 'readability'];
const CORPUS_NAMES = { zyte: 'zyte-dev', zh: 'zh-dev', readability: 'readability-pages' };

// Column labels. The first column of each corpus is mdarchive's floored one.
const CLI = 'mdarchive CLI';
const IN_PROCESS = 'mdarchive in-process';
const MDARCHIVE = 'mdarchive';
const PEER = 'Readability';

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
  return Object.entries(truth).map(([id, expected]) => {
    const path = join(dir, 'html', `${id}.html.gz`);
    return { id, path, bytes: gunzipSync(readFileSync(path)), charset: 'utf-8', url: expected.url, expected };
  });
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

/** Writes the (gunzipped) pages into a new folder as <id>.html, as a user's saved pages. */
function writePagesFolder(pages, folder) {
  mkdirSync(folder, { recursive: true });
  for (const page of pages) writeFileSync(join(folder, `${page.id}.html`), page.bytes);
  return folder;
}

// ---------------------------------------------------------------- figures of one tool

function bodyFigures(pages, outputs, tokenize) {
  const { perPage, ...scores } = bodyScores(pages.map((p) => p.expected.articleBody), outputs.map((o) => o.text), tokenize);
  return { ...scores, perPage: perPage.map((page, i) => ({ id: pages[i].id, ...page, reason: outputs[i].reason })) };
}

function zhFigures(pages, outputs) {
  const at = (page) => outputs[pages.indexOf(page)];
  return {
    ...bodyFigures(pages, outputs, tokenizeHanChars),
    wordRunsF1: bodyFigures(pages, outputs, tokenizeWordRuns).f1,
    author: matchRate(pages, (p) => (known(p.expected.author) ? p.expected.author : undefined), (e, p) => sameText(e, at(p).author)),
    date: matchRate(pages, (p) => (known(p.expected.date) ? p.expected.date : undefined), (e, p) => sameDate(e, at(p).date, 'Asia/Shanghai')),
  };
}

function readabilityFigures(pages, outputs) {
  const at = (page) => outputs[pages.indexOf(page)];
  const present = (value) => (known(value) ? value : undefined);
  return {
    title: matchRate(pages, (p) => p.expected.title ?? '', (e, p) => sameTitle(e, at(p).title)),
    byline: matchRate(pages, (p) => present(p.expected.byline), (e, p) => sameByline(e, at(p).author)),
    date: matchRate(pages, (p) => present(p.expected.publishedTime), (e, p) => sameInstant(e, at(p).date)),
  };
}

const CORPUS_FIGURES = {
  zyte: (pages, outputs) => bodyFigures(pages, outputs, tokenizeWordRuns),
  zh: zhFigures,
  readability: readabilityFigures,
};

function figuresOf(corpus, pages, outputs) {
  const failures = outputs.filter((o) => !o.ok).length;
  return { pages: pages.length, failures, ...CORPUS_FIGURES[corpus](pages, outputs) };
}

// ---------------------------------------------------------------- one corpus

/** Outputs per column (the peer's only when it is loaded); on zyte-dev the CLI's come first. */
async function corpusOutputs(corpus, pages, tools, zyteFolder) {
  const inProcess = runExtractor(tools.mdarchive, pages).outputs;
  const peer = tools.peer && runExtractor(tools.peer, pages).outputs;
  const columns = corpus === 'zyte'
    ? [[CLI, await runCliOnFolder(pages, zyteFolder.pages, zyteFolder.posts)], [PEER, peer], [IN_PROCESS, inProcess]]
    : [[MDARCHIVE, inProcess], [PEER, peer]];
  return Object.fromEntries(columns.filter(([, outputs]) => outputs));
}

async function scoreCorpus(corpus, pages, tools, zyteFolder) {
  const columns = await corpusOutputs(corpus, pages, tools, zyteFolder);
  return Object.fromEntries(Object.entries(columns).map(([label, outputs]) => [label, figuresOf(corpus, pages, outputs)]));
}

/** The column the floors and --worst are about. */
const primaryOf = (byTool) => Object.values(byTool)[0];

// ---------------------------------------------------------------- output

const fixed3 = (n) => (n === undefined ? undefined : n.toFixed(3));
const rateCell = (figure) => figure && `${fixed3(figure.rate)} (${figure.hits}/${figure.of})`;

const ROWS = [
  ['pages', (f) => String(f.pages)],
  ['precision', (f) => fixed3(f.precision)],
  ['recall', (f) => fixed3(f.recall)],
  ['F1', (f) => fixed3(f.f1)],
  ['F1, \\w+ runs', (f) => fixed3(f.wordRunsF1)],
  ['title match', (f) => rateCell(f.title)],
  ['author match', (f) => rateCell(f.author)],
  ['byline match', (f) => rateCell(f.byline)],
  ['date match', (f) => rateCell(f.date)],
  ['failures', (f) => String(f.failures)],
];

const CORPUS_NOTES = {
  zyte: [
    'body: \\w+ tokens, 4-gram shingles',
    `${CLI}: bin/mdarchive.js archive <folder> --body text, post bodies (no URL given)`,
    `${IN_PROCESS}: dist/ decode + extract + renderText, given the ground-truth URL`,
  ],
  zh: ['body: each Han character a token, other \\w+ runs a token, 4-gram shingles', 'F1, \\w+ runs: the same with \\w+ runs only'],
  readability: [],
};

function formatTable(corpus, byTool) {
  const tools = Object.keys(byTool);
  const rows = ROWS.map(([label, cell]) => [label, ...tools.map((t) => cell(byTool[t]))]).filter((row) => row.slice(1).some((c) => c !== undefined));
  const widths = [Math.max(...rows.map((r) => r[0].length)), ...tools.map((t, i) => Math.max(t.length, ...rows.map((r) => (r[i + 1] ?? '—').length)))];
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : (c ?? '—').padStart(widths[i]))).join('   ');
  const notes = CORPUS_NOTES[corpus].map((note) => `  ${note}`);
  return [CORPUS_NAMES[corpus], ...notes, line(['', ...tools]), ...rows.map(line)].join('\n');
}

function worstPages(perPage, count) {
  return [...perPage].sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id)).slice(0, count);
}

function formatWorst(corpus, label, worst) {
  const lines = worst.map((p) => `  ${p.id}  P=${fixed3(p.precision)}  R=${fixed3(p.recall)}  F1=${fixed3(p.f1)}${p.reason ? `  (${p.reason})` : ''}`);
  return [`${CORPUS_NAMES[corpus]}: ${worst.length} lowest-F1 pages of ${label}`, ...lines].join('\n');
}

/** Tables per corpus, the speed section, then (with worstOf) the lowest-F1 pages per body corpus. */
function printReport(results, speed, worstOf) {
  for (const [corpus, byTool] of Object.entries(results)) console.log(`${formatTable(corpus, byTool)}\n`);
  if (speed) console.log(`${formatSpeed(CORPUS_NAMES.zyte, speed)}\n`);
  if (!worstOf) return;
  for (const [corpus, byTool] of Object.entries(results)) {
    const [label, primary] = Object.entries(byTool)[0];
    if (primary.perPage) console.log(`${formatWorst(corpus, label, worstOf(primary))}\n`);
  }
}

/** The figures without per-page lists (with worstOf, the primary column's lowest-F1 pages as `worst`). */
function jsonReport(results, speed, worstOf) {
  const report = {};
  for (const [corpus, byTool] of Object.entries(results)) {
    report[CORPUS_NAMES[corpus]] = Object.fromEntries(Object.entries(byTool).map(([tool, { perPage, ...figures }]) => [tool, figures]));
    if (worstOf && primaryOf(byTool).perPage) report[CORPUS_NAMES[corpus]].worst = worstOf(primaryOf(byTool));
  }
  if (speed) report.speed = speed;
  report.floorFigures = floorFigures(results);
  return report;
}

// ---------------------------------------------------------------- floors

/** The floored figures of each corpus, read from its primary column. */
const FLOORED = {
  zyte: { f1: (f) => f.f1 },
  zh: { f1: (f) => f.f1, date: (f) => f.date.rate, author: (f) => f.author.rate },
  readability: { title: (f) => f.title.rate, byline: (f) => f.byline.rate },
};

function floorFigures(results) {
  return Object.fromEntries(
    Object.entries(results).map(([corpus, byTool]) => [
      corpus,
      Object.fromEntries(Object.entries(FLOORED[corpus]).map(([name, figure]) => [name, figure(primaryOf(byTool))])),
    ]),
  );
}

const floorDown = (value) => Math.floor(value * 100 + 1e-9) / 100;

/** floors.json; an older flat { corpus: f1 } entry reads as { f1 }. */
function readFloors() {
  const floors = existsSync(FLOORS_PATH) ? readJson(FLOORS_PATH) : {};
  return Object.fromEntries(Object.entries(floors).map(([corpus, entry]) => [corpus, typeof entry === 'number' ? { f1: entry } : entry]));
}

function floorViolations(measured, floors) {
  const violations = [];
  for (const [corpus, figures] of Object.entries(measured)) {
    for (const [name, floor] of Object.entries(floors[corpus] ?? {})) {
      const value = figures[name];
      if (value !== undefined && value < floor) violations.push(`${CORPUS_NAMES[corpus]} ${name} ${fixed3(value)} is below its floor ${floor}`);
    }
  }
  return violations;
}

function updatedFloors(measured, floors, allowLower) {
  const next = structuredClone(floors);
  for (const [corpus, figures] of Object.entries(measured)) {
    next[corpus] ??= {};
    for (const [name, value] of Object.entries(figures)) {
      const floor = floorDown(value);
      if (next[corpus][name] === undefined || floor > next[corpus][name] || allowLower) next[corpus][name] = floor;
    }
  }
  return next;
}

/** --update-floors and --check; returns the process exit code. */
function applyFloors(results, options, say) {
  const floors = readFloors();
  const measured = floorFigures(results);
  if (options['update-floors']) {
    const next = updatedFloors(measured, floors, options['allow-lower']);
    writeFileSync(FLOORS_PATH, `${JSON.stringify(next, null, 2)}\n`);
    say(`floors: ${JSON.stringify(next)}`);
  }
  if (!options.check) return 0;
  const violations = floorViolations(measured, floors);
  for (const violation of violations) say(`below floor: ${violation}`);
  if (violations.length === 0) say('floors: all met');
  return violations.length ? 1 : 0;
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
async function loadTools(options, say) {
  const mdarchive = await loadMdarchive();
  if (options['no-peer']) return { mdarchive };
  const peer = await loadReadabilityPeer(mdarchive.decodeHtml);
  if (!peer) say('peer not installed: npm install --prefix bench');
  return { mdarchive, peer };
}

/** Scores every chosen corpus; on zyte-dev, also the speed section. */
async function runBench(options, tools, scratch) {
  const results = {};
  let speed;
  for (const corpus of options.corpora) {
    const pages = LOADERS[corpus]();
    const zyteFolder = corpus === 'zyte' ? { pages: writePagesFolder(pages, join(scratch, 'pages')), posts: join(scratch, 'text-posts') } : undefined;
    results[corpus] = await scoreCorpus(corpus, pages, tools, zyteFolder);
    if (zyteFolder) speed = await measureSpeed({ pages, ...tools, folder: zyteFolder.pages, scratch });
  }
  return { results, speed };
}

async function main() {
  const options = parseOptions();
  // With --json, stdout holds the JSON alone; notes go to stderr.
  const say = options.json ? console.error : console.log;
  const tools = await loadTools(options, say);
  const scratch = mkdtempSync(join(tmpdir(), 'mdarchive-bench-'));
  try {
    const { results, speed } = await runBench(options, tools, scratch);
    const worstOf = options.worst > 0 ? (figures) => worstPages(figures.perPage, options.worst) : undefined;
    if (options.json) console.log(JSON.stringify(jsonReport(results, speed, worstOf), null, 2));
    else printReport(results, speed, worstOf);
    process.exitCode = applyFloors(results, options, say);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
