#!/usr/bin/env node
// Scores mdarchive's article extraction over the public corpus in shared/corpus, side by side
// with two peers on the same pages: Mozilla Readability + jsdom, and defuddle + linkedom
// (installed apart: npm install --prefix bench). Each corpus is reported for its seen part and
// its unseen part (bench/lib/split.mjs: a fixed hash of the page id); the floors are about the
// unseen part. Then measures speed on the zyte-dev pages. Needs a fresh build (npx tsc -p .).
//
//   node bench/extract.mjs [--corpus zyte|zh|readability|modern] [--json] [--worst N]
//                          [--no-peer] [--check] [--update-floors [--allow-lower]]
//
//   zyte-dev           body F1 of what users get: the pages (gunzipped to <id>.html in a temp
//                      folder) go through `bin/mdarchive.js archive <folder> --body text`, and
//                      each post's body is scored; the in-process figures (dist/, given the
//                      ground-truth URL) are printed too, labelled. Then the speed section.
//   zh-dev             body F1 with each Han character a token (the floored figure) and with
//                      \w+ runs; author and date matches. In process.
//   readability-pages  title, byline and date matches. In process.
//   modern-dev         in process, given the ground truth's URL; as its README measures: body F1
//                      (\w+ tokens) and its recall ceiling (the truth found anywhere in the page),
//                      `with`/`without` snippets (precision, recall, F1 over all
//                      snippets), title (exact; lenient: case and punctuation ignored; and, as
//                      readability-pages is scored, the issue's rule: a site suffix may go), author
//                      (every listed name), date (the same day, in UTC or, for <html lang> zh, ja
//                      or ko, in Asia/Shanghai, Asia/Tokyo or Asia/Seoul). Reported for all pages,
//                      article pages and other pages (bench/lib/page-kind.mjs, a heuristic).
//
//   --corpus C         one corpus only (no speed section unless C is zyte).
//   --no-peer          mdarchive alone (what tests/quality.test.ts runs).
//   --worst N          the N lowest body-F1 pages of mdarchive's floored column (per group of pages), seen pages only:
//                      the unseen pages are not looked at one by one.
//   --json             the figures alone on stdout (notes go to stderr); floorFigures: the
//                      floored ones, { corpus: { unseen: { figure: value } } }.
//
// As each corpus is scored, a line gives its pages per part and the seconds each tool spent
// extracting (run() alone; the CLI is not timed there). Then a table per corpus (modern-dev: one
// per group of pages): rows = figures, columns = each tool's seen | unseen figures.
//
// Body metric: bench/lib/metric.mjs (4-gram shingles, per-page precision/recall, corpus
// means, F1 of the means). Speed: bench/lib/speed.mjs.
//
// Floors (bench/floors.json): { <corpus>: { unseen: { <figure>: <floor> } } }, mdarchive's
// unseen figures: zyte { f1, precision, recall }, zh { f1, author, date }, readability { title,
// byline, date }, modern { f1, articleF1, otherF1, title, author, date }. The key zhSites is
// bench/zh-sites.mjs's and is left alone here. --check exits 1 when a figure is below its floor
// (or a floor names no figure); --update-floors sets each to the measured figure rounded down to
// 2 decimals, raising only unless --allow-lower.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  allNamesPresent, bodyScores, known, matchRate, sameByline, sameDate, sameDay, sameInstant, sameNames, sameText, sameTitle, sameTitleLoose,
  snippetCounts, snippetScores, tokenizeHanChars, tokenizeWordRuns,
} from './lib/metric.mjs';
import { pageKind, pageTimeZones } from './lib/page-kind.mjs';
import { splitName } from './lib/split.mjs';
import { FAKE_URL, loadDefuddlePeer, loadMdarchive, loadReadabilityPeer, loadZhDev, ROOT, runCliOnFolder, runExtractorYielding } from './lib/tools.mjs';
import { formatSpeed, measureSpeed } from './lib/speed.mjs';

const CORPUS_DIR = process.env.MDARCHIVE_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const FLOORS_PATH = join(ROOT, 'bench', 'floors.json');
const CORPORA = ['zyte', 'zh', 'readability', 'modern'];
const CORPUS_NAMES = { zyte: 'zyte-dev', zh: 'zh-dev', readability: 'readability-pages', modern: 'modern-dev' };

/** The parts every figure is given for (bench/lib/split.mjs), and the one the floors are about. */
const PARTS = ['seen', 'unseen'];
const FLOORED_PART = 'unseen';

/** Groups of pages reported apart (each in its own table); a corpus not named here has one, all. */
const GROUPS = {
  modern: { all: () => true, article: (page) => page.kind === 'article', other: (page) => page.kind === 'other' },
};
const ALL_PAGES = { all: () => true };
const GROUP_TITLES = { all: 'all pages', article: 'article pages', other: 'other pages' };
const groupsOf = (corpus) => GROUPS[corpus] ?? ALL_PAGES;

// Column labels. The first column of each corpus is mdarchive's floored one.
const CLI = 'mdarchive CLI';
const IN_PROCESS = 'mdarchive in-process';
const MDARCHIVE = 'mdarchive';
const READABILITY = 'Readability';
const DEFUDDLE = 'defuddle';

/** { key: fn(value, key) } of an object. */
const mapValues = (object, fn) => Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value, key)]));

// ---------------------------------------------------------------- corpora

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function loadZyte() {
  const dir = join(CORPUS_DIR, 'zyte-dev');
  const truth = readJson(join(dir, 'ground-truth.json'));
  return Object.entries(truth).map(([id, expected]) => {
    const path = join(dir, 'html', `${id}.html.gz`);
    return { id, path, bytes: gunzipSync(readFileSync(path)), charset: 'utf-8', url: expected.url, expected };
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

/** modern-dev, each page with its kind (article or other) and the zones its dates may show (bench/lib/page-kind.mjs). */
function loadModern() {
  const dir = join(CORPUS_DIR, 'modern-dev');
  const truth = readJson(join(dir, 'ground-truth.json'));
  return Object.entries(truth).map(([id, expected]) => {
    const path = join(dir, 'html', `${id}.html.gz`);
    const bytes = gunzipSync(readFileSync(path));
    const markup = bytes.toString('utf8');
    const pageText = decodeHTML(markup.replace(/<[^>]*>/g, ' '));
    return { id, path, bytes, charset: 'utf-8', url: expected.url || undefined, expected, kind: pageKind(markup), timeZones: pageTimeZones(markup), pageText };
  });
}

const LOADERS = { zyte: loadZyte, zh: () => loadZhDev(CORPUS_DIR), readability: loadReadabilityPages, modern: loadModern };

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

/** The expected value when the truth has one, else undefined (the page is not scored on it). */
const present = (value) => (known(value) ? value : undefined);

function zhFigures(pages, outputs) {
  const at = (page) => outputs[pages.indexOf(page)];
  return {
    ...bodyFigures(pages, outputs, tokenizeHanChars),
    wordRunsF1: bodyFigures(pages, outputs, tokenizeWordRuns).f1,
    author: matchRate(pages, (p) => present(p.expected.author), (e, p) => sameNames(e, at(p).author)),
    date: matchRate(pages, (p) => present(p.expected.date), (e, p) => sameDate(e, at(p).date, 'Asia/Shanghai')),
  };
}

function readabilityFigures(pages, outputs) {
  const at = (page) => outputs[pages.indexOf(page)];
  return {
    title: matchRate(pages, (p) => p.expected.title ?? '', (e, p) => sameTitle(e, at(p).title)),
    byline: matchRate(pages, (p) => present(p.expected.byline), (e, p) => sameByline(e, at(p).author)),
    date: matchRate(pages, (p) => present(p.expected.publishedTime), (e, p) => sameInstant(e, at(p).date)),
  };
}

/** modern-dev's measures (its README's "Measures"). */
function modernFigures(pages, outputs) {
  const at = (page) => outputs[pages.indexOf(page)];
  const snippets = pages.map((p, i) => snippetCounts(p.expected.with ?? [], p.expected.without ?? [], outputs[i].text));
  return {
    ...bodyFigures(pages, outputs, tokenizeWordRuns),
    snippets: snippetScores(snippets),
    recallCeiling: bodyScores(pages.map((p) => p.expected.articleBody), pages.map((p) => p.pageText), tokenizeWordRuns).recall,
    title: matchRate(pages, (p) => present(p.expected.title), (e, p) => sameText(e, at(p).title)),
    titleLoose: matchRate(pages, (p) => present(p.expected.title), (e, p) => sameTitleLoose(e, at(p).title)),
    titleSuffix: matchRate(pages, (p) => present(p.expected.title), (e, p) => sameTitle(e, at(p).title)),
    author: matchRate(pages, (p) => present(p.expected.author), (e, p) => allNamesPresent(e, at(p).author)),
    date: matchRate(pages, (p) => present(p.expected.date), (e, p) => sameDay(e, at(p).date, [...p.timeZones, ...(at(p).dateZone ? [at(p).dateZone] : [])])),
  };
}

const CORPUS_FIGURES = {
  zyte: (pages, outputs) => bodyFigures(pages, outputs, tokenizeWordRuns),
  zh: zhFigures,
  readability: readabilityFigures,
  modern: modernFigures,
};

function figuresOf(corpus, pages, outputs) {
  const failures = outputs.filter((o) => !o.ok).length;
  return { pages: pages.length, failures, ...CORPUS_FIGURES[corpus](pages, outputs) };
}

/** The pages `keep` keeps, and their outputs. */
function selectPages(pages, outputs, keep) {
  const indices = pages.flatMap((page, i) => (keep(page) ? [i] : []));
  return [indices.map((i) => pages[i]), indices.map((i) => outputs[i])];
}

/** One tool's figures on some pages, for each part: { seen, unseen }. */
function partFigures(corpus, pages, outputs) {
  return Object.fromEntries(PARTS.map((part) => [part, figuresOf(corpus, ...selectPages(pages, outputs, (p) => splitName(p.id) === part))]));
}

// ---------------------------------------------------------------- one corpus

/** [label, { outputs, seconds }] per column (the peers' when they are loaded); on zyte-dev the CLI's come first. */
async function corpusOutputs(corpus, pages, tools, zyteFolder) {
  const run = async (extractor) => extractor && (await runExtractorYielding(extractor, pages));
  const columns = [
    ...(corpus === 'zyte' ? [[CLI, { outputs: await runCliOnFolder(pages, zyteFolder.pages, zyteFolder.posts) }]] : []),
    [corpus === 'zyte' ? IN_PROCESS : MDARCHIVE, await run(tools.mdarchive)],
    [READABILITY, await run(tools.peer)],
    [DEFUDDLE, await run(tools.defuddle)],
  ];
  return columns.filter(([, ran]) => ran);
}

function partCounts(pages) {
  const unseen = pages.filter((p) => splitName(p.id) === 'unseen').length;
  return `${pages.length} pages, ${pages.length - unseen} seen, ${unseen} unseen`;
}

/** What the tools spent in extraction (the CLI's run is not timed here). */
function timingNote(columns) {
  const timed = columns.filter(([, ran]) => ran.seconds !== undefined);
  return timed.map(([label, { seconds }]) => `${label} ${seconds.toFixed(1)} s`).join(', ');
}

/** { group: { label: { seen, unseen } } }. */
async function scoreCorpus(corpus, pages, tools, zyteFolder, say) {
  const columns = await corpusOutputs(corpus, pages, tools, zyteFolder);
  say(`${CORPUS_NAMES[corpus]}: ${partCounts(pages)}; extraction: ${timingNote(columns)}`);
  return mapValues(groupsOf(corpus), (inGroup) =>
    Object.fromEntries(columns.map(([label, { outputs }]) => [label, partFigures(corpus, ...selectPages(pages, outputs, inGroup))])),
  );
}

/** The column the floors and --worst are about. */
const primaryOf = (byTool) => Object.values(byTool)[0];

// ---------------------------------------------------------------- output

const fixed3 = (n) => (n === undefined ? undefined : n.toFixed(3));
const rateCell = (figure) => figure && `${fixed3(figure.rate)} (${figure.hits}/${figure.of})`;

const ROWS = [
  ['pages', (f) => String(f.pages)],
  ['body precision', (f) => fixed3(f.precision)],
  ['body recall', (f) => fixed3(f.recall)],
  ['body F1', (f) => fixed3(f.f1)],
  ['body F1, \\w+ runs', (f) => fixed3(f.wordRunsF1)],
  ['body recall ceiling', (f) => fixed3(f.recallCeiling)],
  ['snippet precision', (f) => fixed3(f.snippets?.precision)],
  ['snippet recall', (f) => fixed3(f.snippets?.recall)],
  ['snippet F1', (f) => fixed3(f.snippets?.f1)],
  ['title match', (f) => rateCell(f.title)],
  ['title match, lenient', (f) => rateCell(f.titleLoose)],
  ['title match, suffix dropped', (f) => rateCell(f.titleSuffix)],
  ['author match', (f) => rateCell(f.author)],
  ['byline match', (f) => rateCell(f.byline)],
  ['date match', (f) => rateCell(f.date)],
  ['failures', (f) => String(f.failures)],
];

const PEER_NOTES = [
  `${READABILITY}: Mozilla Readability + jsdom on the decoded text, its article's textContent`,
  `${DEFUDDLE}: defuddle (defuddle/node, parse(), no network) + linkedom on the decoded text, its content's textContent`,
];

const CORPUS_NOTES = {
  zyte: [
    'body: \\w+ tokens, 4-gram shingles',
    `${CLI}: bin/mdarchive.js archive <folder> --body text, post bodies (no URL given)`,
    `${IN_PROCESS}: dist/ decode + extract + renderText, given the ground-truth URL`,
  ],
  zh: ['body: each Han character a token, other \\w+ runs a token, 4-gram shingles', 'body F1, \\w+ runs: the same with \\w+ runs only'],
  readability: [],
  modern: [
    'body: \\w+ tokens, 4-gram shingles; in process, given the ground-truth URL',
    'body recall ceiling: the truth\'s shingles found anywhere in the page (tags stripped, scripts kept), the most any tool can recall; with it, F1 is at most 2c/(1+c)',
    'snippets: a `with` string in the text is a hit, a `without` string in it a false positive (whitespace collapsed); over all snippets',
    'title: equal, whitespace collapsed; lenient: case, punctuation and symbols ignored; suffix dropped: the issue\'s rule, as readability-pages is scored (the truth, or the truth less what follows a separator: the truth keeps "| Site" suffixes the issue says go)',
    'author: every name the truth lists (split at , ; & and) in the byline, case-insensitive, as whole words',
    'date: the truth\'s day is the date\'s day in UTC, in the zone of <html lang> zh/ja/ko, or in the zone the tool says the page shows it (a stated offset)',
    'article pages: JSON-LD @type …Article/BlogPosting/Report or og:type article (a heuristic); other pages: the rest',
  ],
};

const GAP = '   ';

/** A table: rows = figures; columns = each tool's seen and unseen figures, the tool named above its two. */
function formatTable(heading, notes, byTool) {
  const tools = Object.keys(byTool);
  const columns = tools.flatMap((tool) => PARTS.map((part) => byTool[tool][part]));
  const rows = ROWS.map(([label, cell]) => [label, ...columns.map((f) => cell(f) ?? '—')]).filter((row) => row.slice(1).some((c) => c !== '—'));
  const widths = [Math.max(...rows.map((r) => r[0].length)), ...columns.map((_, i) => Math.max(PARTS[i % PARTS.length].length, ...rows.map((r) => r[i + 1].length)))];
  // A tool's name spans its two columns: the second widens when the name is longer than both.
  tools.forEach((tool, t) => (widths[2 + 2 * t] = Math.max(widths[2 + 2 * t], tool.length - widths[1 + 2 * t] - GAP.length)));
  const span = (t) => widths[1 + 2 * t] + GAP.length + widths[2 + 2 * t];
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : c.padStart(widths[i]))).join(GAP);
  const toolHeader = [''.padEnd(widths[0]), ...tools.map((tool, t) => tool.padStart(span(t)))].join(GAP);
  return [heading, ...notes.map((note) => `  ${note}`), toolHeader, line(['', ...tools.flatMap(() => PARTS)]), ...rows.map(line)].join('\n');
}

/** The tables of one corpus: one per group, the notes under the first heading. */
function formatCorpus(corpus, byGroup, withPeers) {
  const notes = [...CORPUS_NOTES[corpus], ...(withPeers ? PEER_NOTES : [])];
  const groups = Object.entries(byGroup);
  return groups
    .map(([group, byTool], i) => {
      const heading = groups.length > 1 ? `${CORPUS_NAMES[corpus]}, ${GROUP_TITLES[group]}` : CORPUS_NAMES[corpus];
      return formatTable(heading, i === 0 ? notes : [], byTool);
    })
    .join('\n\n');
}

/** The lowest-F1 pages of the seen part of a column (the unseen pages are not listed one by one). */
function worstPages(parts, count) {
  return [...parts.seen.perPage].sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id)).slice(0, count);
}

function formatWorst(name, label, worst) {
  const lines = worst.map((p) => `  ${p.id}  P=${fixed3(p.precision)}  R=${fixed3(p.recall)}  F1=${fixed3(p.f1)}${p.reason ? `  (${p.reason})` : ''}`);
  return [`${name}: ${worst.length} lowest-F1 seen pages of ${label}`, ...lines].join('\n');
}

/** Tables per corpus, the speed section, then (with worstOf) the lowest-F1 seen pages per body corpus. */
function printReport(results, speed, worstOf) {
  for (const [corpus, byGroup] of Object.entries(results)) {
    const withPeers = Object.keys(byGroup.all).some((label) => label === READABILITY || label === DEFUDDLE);
    console.log(`${formatCorpus(corpus, byGroup, withPeers)}\n`);
  }
  if (speed) console.log(`${formatSpeed(CORPUS_NAMES.zyte, speed)}\n`);
  if (!worstOf) return;
  for (const [corpus, byGroup] of Object.entries(results)) {
    // A corpus split into groups (modern-dev's article and other pages) gets a list per group.
    const groups = Object.keys(byGroup).length > 1 ? Object.keys(byGroup).filter((group) => group !== 'all') : ['all'];
    for (const group of groups) {
      const [label, primary] = Object.entries(byGroup[group])[0];
      const name = group === 'all' ? CORPUS_NAMES[corpus] : `${CORPUS_NAMES[corpus]}, ${GROUP_TITLES[group]}`;
      if (primary.seen.perPage) console.log(`${formatWorst(name, label, worstOf(primary))}\n`);
    }
  }
}

const withoutPerPage = ({ perPage, ...figures }) => figures;

/** The figures without per-page lists: { corpus: { group: { tool: { seen, unseen } } } } (with worstOf, `worst`). */
function jsonReport(results, speed, worstOf) {
  const report = {};
  for (const [corpus, byGroup] of Object.entries(results)) {
    const entry = mapValues(byGroup, (byTool) => mapValues(byTool, (parts) => mapValues(parts, withoutPerPage)));
    if (worstOf && primaryOf(byGroup.all).seen.perPage) entry.worst = worstOf(primaryOf(byGroup.all));
    report[CORPUS_NAMES[corpus]] = entry;
  }
  if (speed) report.speed = speed;
  report.floorFigures = floorFigures(results);
  return report;
}

// ---------------------------------------------------------------- floors

/** The floored figures of each corpus: [group, figure] read from the primary column's unseen part. */
const FLOORED = {
  zyte: { f1: ['all', (f) => f.f1], precision: ['all', (f) => f.precision], recall: ['all', (f) => f.recall] },
  zh: { f1: ['all', (f) => f.f1], author: ['all', (f) => f.author.rate], date: ['all', (f) => f.date.rate] },
  readability: { title: ['all', (f) => f.title.rate], byline: ['all', (f) => f.byline.rate], date: ['all', (f) => f.date.rate] },
  modern: {
    f1: ['all', (f) => f.f1],
    articleF1: ['article', (f) => f.f1],
    otherF1: ['other', (f) => f.f1],
    title: ['all', (f) => f.title.rate],
    author: ['all', (f) => f.author.rate],
    date: ['all', (f) => f.date.rate],
  },
};

/** { corpus: { unseen: { figure: value } } } for the corpora measured. */
function floorFigures(results) {
  return mapValues(results, (byGroup, corpus) => ({
    [FLOORED_PART]: mapValues(FLOORED[corpus], ([group, figure]) => figure(primaryOf(byGroup[group])[FLOORED_PART])),
  }));
}

const floorDown = (value) => Math.floor(value * 100 + 1e-9) / 100;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

function readFloors() {
  return existsSync(FLOORS_PATH) ? readJson(FLOORS_PATH) : {};
}

/** What is wrong for the measured corpora: a figure below its floor, a floor naming no figure, an entry of the wrong shape. */
function floorViolations(measured, floors) {
  const violations = [];
  for (const [corpus, parts] of Object.entries(measured)) {
    for (const [part, floorsOfPart] of Object.entries(floors[corpus] ?? {})) {
      const where = `${CORPUS_NAMES[corpus]} ${part}`;
      if (!isObject(floorsOfPart)) violations.push(`floors.json ${corpus}.${part} is not { figure: floor }`);
      for (const [name, floor] of Object.entries(isObject(floorsOfPart) ? floorsOfPart : {})) {
        const value = parts[part]?.[name];
        if (value === undefined) violations.push(`${where} ${name}: no such figure (floored: ${Object.keys(parts[FLOORED_PART]).join(', ')})`);
        else if (value < floor) violations.push(`${where} ${name} ${fixed3(value)} is below its floor ${floor}`);
      }
    }
  }
  return violations;
}

function updatedFloors(measured, floors, allowLower) {
  const next = structuredClone(floors);
  for (const [corpus, parts] of Object.entries(measured)) {
    for (const [part, figures] of Object.entries(parts)) {
      next[corpus] ??= {};
      next[corpus][part] ??= {};
      for (const [name, value] of Object.entries(figures)) {
        const floor = floorDown(value);
        if (next[corpus][part][name] === undefined || floor > next[corpus][part][name] || allowLower) next[corpus][part][name] = floor;
      }
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

/** mdarchive, and the peers unless --no-peer (a note, not an error, when one is not installed). */
async function loadTools(options, say) {
  const mdarchive = await loadMdarchive();
  if (options['no-peer']) return { mdarchive };
  const peer = await loadReadabilityPeer(mdarchive.decodeHtml);
  const defuddle = await loadDefuddlePeer(mdarchive.decodeHtml);
  const missing = [!peer && 'Readability + jsdom', !defuddle && 'defuddle + linkedom'].filter(Boolean);
  if (missing.length) say(`${missing.join(' and ')} not installed: npm install --prefix bench`);
  return { mdarchive, peer, defuddle };
}

/** Scores every chosen corpus; on zyte-dev, also the speed section (mdarchive vs Readability). */
async function runBench(options, tools, scratch, say) {
  const results = {};
  let speed;
  for (const corpus of options.corpora) {
    const pages = LOADERS[corpus]();
    const zyteFolder = corpus === 'zyte' ? { pages: writePagesFolder(pages, join(scratch, 'pages')), posts: join(scratch, 'text-posts') } : undefined;
    results[corpus] = await scoreCorpus(corpus, pages, tools, zyteFolder, say);
    if (zyteFolder) speed = await measureSpeed({ pages, mdarchive: tools.mdarchive, peer: tools.peer, folder: zyteFolder.pages, scratch });
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
    const { results, speed } = await runBench(options, tools, scratch, say);
    const worstOf = options.worst > 0 ? (parts) => worstPages(parts, options.worst) : undefined;
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
