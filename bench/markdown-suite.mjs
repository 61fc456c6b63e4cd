#!/usr/bin/env node
// How well mdarchive's Markdown keeps code blocks, their languages, formulas, tables and
// footnotes, against the expected Markdown of shared/corpus/defuddle-dev (111 pages of the
// defuddle extractor's tests: expected/<name>.md, its README says what to compare). In
// process, from the built dist/: needs a fresh build (npx tsc -p .).
//
//   node bench/markdown-suite.mjs [--worst N] [--show <id>] [--json]
//
// Each page as the CLI reads a file: decodeHtml(bytes) (the decoder sniffs), extractArticle
// with { sites: {} } and the page URL when the fixture names one (a `<!-- {"url": …} -->` or
// `<!-- saved from url=(…)… -->` comment near its top), renderMarkdown(article.html). The
// expected Markdown loses its leading ```json metadata block. Figures, each kept/expected:
//   text P / R / F1  the body metric (shared/corpus/README.md, bench/lib/metric.mjs) on both
//                    Markdown texts stripped the same way (stripMarkdown below)
//   code blocks      fenced blocks (``` or ~~~, any length): an expected block is kept when
//                    its content equals one of ours, trailing whitespace of each line and
//                    leading/trailing blank lines ignored
//   code languages   expected blocks with an info string whose paired block of ours (the equal
//                    one, else the most alike by lines, at least half alike) has the same
//                    language, case-insensitive, aliases as one (LANGUAGE_ALIASES)
//   formulas         $…$ and $$…$$ outside code (escaped \$ ignored; inline needs no space
//                    after the opening $ or before the closing one, and no digit after it):
//                    kept when its TeX, all whitespace removed, equals one of ours
//   tables           GFM tables (header + delimiter row) and top-level HTML <table>s: kept when
//                    one of our tables holds at least 90% of the expected table's cell words
//   footnote marks   [^x] references and [^x]: definitions, each role counted on its own: as
//                    many are kept as ours has linked ones (a reference with its definition, a
//                    definition with a reference), up to the expected count; the labels need
//                    not be defuddle's (it renumbers them 1, 2…; the README says its way of
//                    writing footnotes need not be copied)
//   footnote texts   expected definitions whose words (\w+ runs, in order) are a run of the
//                    words of our text, however ours writes the footnote
// A page that fails to extract has an empty Markdown: everything on it is lost.
//
// Printed for the seen and unseen parts of the fixed split (bench/lib/split.mjs) and all
// pages, then by family (the name's prefix before "--") over the seen part.
//   --worst N     the N seen pages that lose the most code blocks, formulas and tables
//   --show <id>   what one seen page lost: the expected items not found in ours
//   --json        the figures as JSON alone on stdout
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { decodeHTML } from 'entities';
import { bodyScores, tokenizeWordRuns } from './lib/metric.mjs';
import { isUnseen } from './lib/split.mjs';
import { ROOT } from './lib/tools.mjs';

const CORPUS_DIR = process.env.MDARCHIVE_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const SUITE_DIR = join(CORPUS_DIR, 'defuddle-dev');
const TABLE_WORD_SHARE = 0.9;
const PAIR_SIMILARITY = 0.5;
const SHOWN = 80;

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];
const collapseSpace = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
const clip = (text) => {
  const line = collapseSpace(text);
  return line.length > SHOWN ? `${line.slice(0, SHOWN - 1)}…` : line;
};

// ---------------------------------------------------------------- mdarchive from dist/

async function loadDist() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'extract', 'extract-article.js'))) throw new Error(`mdarchive is not built: run 'npx tsc -p .' in ${ROOT}`);
  const load = (path) => import(pathToFileURL(join(dist, path)).href);
  const [{ decodeHtml }, { extractArticle }, { renderMarkdown }] = await Promise.all([
    load('decode/charset.js'),
    load('extract/extract-article.js'),
    load('render/markdown.js'),
  ]);
  return { decodeHtml, extractArticle, renderMarkdown };
}

/** One page through decode → extract → renderMarkdown: { ok, markdown } or { ok: false, reason }. */
function runPage(dist, page) {
  try {
    const html = dist.decodeHtml(page.bytes);
    const result = dist.extractArticle({ source: { kind: 'file', path: page.path }, html, url: page.url }, { sites: {} });
    if (!result.ok) return { ok: false, markdown: '', reason: result.problem.reason };
    return { ok: true, markdown: dist.renderMarkdown(result.value.html) };
  } catch (error) {
    return { ok: false, markdown: '', reason: `threw: ${firstLine(error)}` };
  }
}

// ---------------------------------------------------------------- corpus

/** The page URL a fixture names near its top: `<!-- {"url":"…"} -->` or a browser's `saved from url=(n)…`. */
function fixtureUrl(bytes) {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  const json = /<!--\s*(\{[^>]*?"url"[^>]*?\})\s*-->/.exec(head);
  if (json) {
    try {
      return JSON.parse(json[1]).url || undefined;
    } catch {
      /* not JSON after all: try the other form */
    }
  }
  return /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/.exec(head)?.[1];
}

/** The expected article: the file minus the leading ```json metadata block. */
const expectedBody = (markdown) => markdown.replace(/^\s*```json\n[\s\S]*?\n```[ \t]*(?:\n|$)/, '');

/** A family of pages: the name's prefix before "--" ("codeblocks", "math", …), "other" without one. */
function familyOf(id) {
  const prefix = id.includes('--') ? id.slice(0, id.indexOf('--')) : 'other';
  return prefix === 'code-blocks' ? 'codeblocks' : prefix;
}

function loadPages() {
  return readdirSync(join(SUITE_DIR, 'fixtures'))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.html'.length);
      const path = join(SUITE_DIR, 'fixtures', name);
      const bytes = readFileSync(path);
      const expected = expectedBody(readFileSync(join(SUITE_DIR, 'expected', `${id}.md`), 'utf8'));
      return { id, path, bytes, url: fixtureUrl(bytes), expected, family: familyOf(id), unseen: isUnseen(id) };
    });
}

// ---------------------------------------------------------------- Markdown: code fences

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;

/** The fence's language: the info string's first word, lower case, without `{.…}` or `language-`. */
function languageOf(info) {
  const word = info.trim().split(/\s+/)[0] ?? '';
  return word.replace(/^\{?\.?/, '').replace(/\}$/, '').replace(/^language-/, '').toLowerCase();
}

const unindent = (line, indent) => line.replace(new RegExp(`^ {0,${indent}}`), '');

/**
 * The Markdown cut into prose and fenced code: [{ kind: 'text', text } | { kind: 'code', language, code }].
 * A fence may be indented (in a list); an unclosed one runs to the end, as in CommonMark.
 */
function segments(markdown) {
  const lines = markdown.split('\n');
  const out = [];
  let prose = [];
  const flushProse = () => {
    if (prose.length) out.push({ kind: 'text', text: prose.join('\n') });
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]);
    if (!open || (open[2][0] === '`' && open[3].includes('`'))) {
      prose.push(lines[i]);
      continue;
    }
    const [, indent, fence, info] = open;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const code = [];
    for (i++; i < lines.length && !close.test(lines[i]); i++) code.push(unindent(lines[i], indent.length));
    flushProse();
    out.push({ kind: 'code', language: languageOf(info), code: code.join('\n') });
  }
  flushProse();
  return out;
}

/** A block's content for comparing: trailing whitespace of each line and blank lines at the ends dropped. */
const normalizeCode = (code) => code.split('\n').map((line) => line.trimEnd()).join('\n').replace(/^\n+|\n+$/g, '');

const codeBlocks = (parts) => parts.filter((part) => part.kind === 'code').map((part) => ({ language: part.language, code: normalizeCode(part.code) }));
const proseOf = (parts) => parts.filter((part) => part.kind === 'text').map((part) => part.text).join('\n\n');

// ---------------------------------------------------------------- Markdown: to text

/** Inline code spans (any number of backticks) as their content. */
const INLINE_CODE = /(`+)([\s\S]*?[^`])\1(?!`)/g;

/**
 * Markdown prose to plain text: images and links as their text, reference definitions and
 * footnote marks dropped (a definition keeps its text), HTML tags dropped and entities decoded,
 * code spans, backslash escapes, emphasis marks, heading, quote and table syntax removed.
 */
function stripProse(text) {
  return decodeHTML(
    text
      .replace(INLINE_CODE, (_m, _ticks, code) => code)
      .replace(/!\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
      .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
      .replace(/^\s*\[(?!\^)[^\]]+\]:\s+\S.*$/gm, '')
      .replace(/\[\^[^\]\s]+\]:?/g, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/(^|[^\p{L}\p{N}_])_+(?=[\p{L}\p{N}])/gu, '$1')
      .replace(/([\p{L}\p{N}])_+(?=[^\p{L}\p{N}_]|$)/gu, '$1'),
  );
}

/** The whole Markdown as text: prose stripped, code blocks' content as is, fence lines gone. */
const markdownText = (parts) => parts.map((part) => (part.kind === 'code' ? part.code : stripProse(part.text))).join('\n\n');

// ---------------------------------------------------------------- formulas

const DISPLAY_MATH = /(?<!\\)\$\$([\s\S]+?)(?<!\\)\$\$/g;
/** Inline $…$: no space after the opening $ or before the closing one, no digit right after it (so not "$5 and $10"). */
const INLINE_MATH = /(?<![\\$])\$(?![\s$])((?:\\.|[^$\\\n])+?)(?<![\s\\])\$(?![\d$])/g;

const squeezeTex = (tex) => tex.replace(/\s+/g, '');

/** The TeX of every formula in the prose, whitespace removed, in order. */
function formulas(prose) {
  const found = [];
  const withoutCode = prose.replace(INLINE_CODE, ' ');
  const rest = withoutCode.replace(DISPLAY_MATH, (_m, tex) => {
    found.push(squeezeTex(tex));
    return ' ';
  });
  for (const m of rest.matchAll(INLINE_MATH)) found.push(squeezeTex(m[1]));
  return found.filter((tex) => tex !== '');
}

// ---------------------------------------------------------------- tables

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** The cells of a pipe-table row: split on unescaped pipes, the outer pipes dropped. */
function rowCells(line) {
  const cells = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
  return cells.map((cell) => collapseSpace(stripProse(cell.replace(/\\\|/g, '|'))));
}

/** GFM tables of the prose (a row with pipes, then a delimiter row with pipes): [{ kind: 'gfm', cells: [...] }]. */
function gfmTables(prose) {
  const lines = prose.split('\n');
  const tables = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const isTableStart = lines[i].includes('|') && lines[i + 1].includes('|') && DELIMITER_ROW.test(lines[i + 1]);
    if (!isTableStart) continue;
    const cells = [...rowCells(lines[i])];
    let j = i + 2;
    for (; j < lines.length && lines[j].trim() !== '' && lines[j].includes('|'); j++) cells.push(...rowCells(lines[j]));
    tables.push({ kind: 'gfm', cells });
    i = j - 1;
  }
  return tables;
}

/** The top-level `<table>…</table>` spans of the prose (nested tables stay inside theirs). */
function htmlTableSpans(prose) {
  const spans = [];
  let depth = 0;
  let start = 0;
  for (const m of prose.matchAll(/<(\/?)table\b[^>]*>/gi)) {
    if (!m[1]) {
      if (depth++ === 0) start = m.index;
    } else if (depth > 0 && --depth === 0) {
      spans.push(prose.slice(start, m.index + m[0].length));
    }
  }
  if (depth > 0) spans.push(prose.slice(start));
  return spans;
}

/** HTML tables of the prose: [{ kind: 'html', cells: [...] }], every cell's text (nested tables' too). */
function htmlTables(prose) {
  return htmlTableSpans(prose).map((span) => {
    const $ = cheerio.load(span);
    const cells = $('td, th').toArray().map((cell) => collapseSpace(stripProse($(cell).text())));
    return { kind: 'html', cells };
  });
}

const tables = (prose) => [...gfmTables(prose), ...htmlTables(prose)];

function wordCounts(cells) {
  const counts = new Map();
  for (const word of tokenizeWordRuns(cells.join(' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The share of the expected table's cell words (with their counts) that one of ours holds; 1 for a table without words. */
function wordShare(expected, ours) {
  const want = wordCounts(expected.cells);
  const have = wordCounts(ours.cells);
  let total = 0;
  let held = 0;
  for (const [word, count] of want) {
    total += count;
    held += Math.min(count, have.get(word) ?? 0);
  }
  return total === 0 ? 1 : held / total;
}

// ---------------------------------------------------------------- footnotes

/** Footnote marks: { refs, defs }, the labels of the [^x] references in the text and of the [^x]: definitions. */
function footnoteMarks(prose) {
  const marks = { refs: [], defs: [] };
  for (const m of prose.matchAll(/\[\^([^\]\s]+)\](:?)/g)) {
    const atLineStart = /(^|\n)\s*$/.test(prose.slice(0, m.index));
    marks[m[2] && atLineStart ? 'defs' : 'refs'].push(m[1]);
  }
  return marks;
}

/** The text of each footnote definition ([^x]: … up to the next definition or an unindented line after a blank). */
function footnoteTexts(prose) {
  const texts = [];
  for (const m of prose.matchAll(/^\[\^[^\]\s]+\]:[ \t]*([\s\S]*?)(?=\n\[\^[^\]\s]+\]:|\n\n(?![ \t])|$(?![\s\S]))/gm)) {
    const text = collapseSpace(stripProse(m[1]));
    if (text) texts.push(text);
  }
  return texts;
}

// ---------------------------------------------------------------- languages

/** Names for the same language: each maps to one canonical name. */
const LANGUAGE_ALIASES = {
  js: 'javascript', javascript: 'javascript',
  ts: 'typescript', typescript: 'typescript',
  py: 'python', python: 'python',
  sh: 'shell', bash: 'shell', shell: 'shell',
  yml: 'yaml', yaml: 'yaml',
  'c++': 'cpp', cpp: 'cpp',
  text: 'plaintext', plaintext: 'plaintext', txt: 'plaintext',
};
const canonicalLanguage = (language) => LANGUAGE_ALIASES[language] ?? language;

// ---------------------------------------------------------------- one page

/** The share of lines two blocks have in common (Dice over the sets of their non-blank, trimmed lines). */
function lineSimilarity(a, b) {
  const lines = (code) => new Set(code.split('\n').map((line) => line.trim()).filter(Boolean));
  const [x, y] = [lines(a), lines(b)];
  if (x.size + y.size === 0) return 1;
  let common = 0;
  for (const line of x) if (y.has(line)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Our block for an expected one: the equal block, else the most alike when at least PAIR_SIMILARITY alike. */
function pairBlock(expected, ours) {
  const equal = ours.find((block) => block.code === expected.code);
  if (equal) return { block: equal, exact: true };
  let best;
  let bestScore = PAIR_SIMILARITY;
  for (const block of ours) {
    const score = lineSimilarity(expected.code, block.code);
    if (score >= bestScore) [best, bestScore] = [block, score];
  }
  return best ? { block: best, exact: false } : { exact: false };
}

function compareCode(expectedBlocks, ourBlocks) {
  const lost = [];
  const wrongLanguage = [];
  let kept = 0, withLanguage = 0, rightLanguage = 0;
  for (const expected of expectedBlocks) {
    const pair = pairBlock(expected, ourBlocks);
    if (pair.exact) kept++;
    else lost.push(`${pair.block ? 'differs' : 'missing'}: ${clip(expected.code)}`);
    if (!expected.language) continue;
    withLanguage++;
    if (pair.block && canonicalLanguage(pair.block.language) === canonicalLanguage(expected.language)) rightLanguage++;
    else wrongLanguage.push(`${expected.language} → ${pair.block ? pair.block.language || '(none)' : '(no block)'}`);
  }
  return { kept, expected: expectedBlocks.length, withLanguage, rightLanguage, lost, wrongLanguage };
}

function compareFormulas(expectedTex, ourTex) {
  const ours = new Set(ourTex);
  const lost = expectedTex.filter((tex) => !ours.has(tex));
  return { kept: expectedTex.length - lost.length, expected: expectedTex.length, lost: lost.map(clip) };
}

function compareTables(expectedTables, ourTables) {
  const lost = [];
  for (const table of expectedTables) {
    const best = Math.max(0, ...ourTables.map((ours) => wordShare(table, ours)));
    if (best < TABLE_WORD_SHARE) lost.push(`${table.kind}, ${table.cells.length} cells, best ${Math.round(best * 100)}% of words: ${clip(table.cells.join(' | '))}`);
  }
  return { kept: expectedTables.length - lost.length, expected: expectedTables.length, ours: ourTables.length, lost };
}

/** The text's word tokens as one string, a space on either side: a contiguous run of words is a substring. */
const wordLine = (text) => ` ${tokenizeWordRuns(text).join(' ')} `;

function compareFootnotes(expectedProse, ourProse, ourText) {
  const ours = footnoteMarks(ourProse);
  const [ourRefs, ourDefs] = [new Set(ours.refs), new Set(ours.defs)];
  const linkedRefs = ours.refs.filter((label) => ourDefs.has(label)).length;
  const linkedDefs = ours.defs.filter((label) => ourRefs.has(label)).length;
  const expected = footnoteMarks(expectedProse);
  const texts = footnoteTexts(expectedProse);
  const haystack = wordLine(ourText);
  const lostTexts = texts.filter((text) => !haystack.includes(wordLine(text)));
  return {
    marksKept: Math.min(expected.refs.length, linkedRefs) + Math.min(expected.defs.length, linkedDefs),
    marks: expected.refs.length + expected.defs.length,
    textsKept: texts.length - lostTexts.length,
    texts: texts.length,
    lostTexts: lostTexts.map(clip),
  };
}

/** Everything compared on one page: its texts for the body metric and each figure's counts. */
function scorePage(page, output) {
  const want = segments(page.expected);
  const got = segments(output.markdown);
  const [wantProse, gotProse] = [proseOf(want), proseOf(got)];
  const gotText = markdownText(got);
  return {
    id: page.id,
    family: page.family,
    unseen: page.unseen,
    ok: output.ok,
    reason: output.reason,
    truthText: markdownText(want),
    ourText: gotText,
    code: compareCode(codeBlocks(want), codeBlocks(got)),
    formulas: compareFormulas(formulas(wantProse), formulas(gotProse)),
    tables: compareTables(tables(wantProse), tables(gotProse)),
    footnotes: compareFootnotes(wantProse, gotProse, gotText),
  };
}

// ---------------------------------------------------------------- figures

const sum = (pages, pick) => pages.reduce((total, page) => total + pick(page), 0);

/** The figures of a set of pages: the body metric and each count summed. */
function figures(pages) {
  const body = bodyScores(pages.map((p) => p.truthText), pages.map((p) => p.ourText));
  const pair = (kept, expected) => ({ kept: sum(pages, kept), expected: sum(pages, expected) });
  return {
    pages: pages.length,
    failed: pages.filter((p) => !p.ok).length,
    textPrecision: body.precision,
    textRecall: body.recall,
    textF1: body.f1,
    codeBlocks: pair((p) => p.code.kept, (p) => p.code.expected),
    codeLanguages: pair((p) => p.code.rightLanguage, (p) => p.code.withLanguage),
    formulas: pair((p) => p.formulas.kept, (p) => p.formulas.expected),
    tables: pair((p) => p.tables.kept, (p) => p.tables.expected),
    footnoteMarks: pair((p) => p.footnotes.marksKept, (p) => p.footnotes.marks),
    footnoteTexts: pair((p) => p.footnotes.textsKept, (p) => p.footnotes.texts),
  };
}

const ROWS = [
  ['pages', (f) => String(f.pages)],
  ['failed to extract', (f) => String(f.failed)],
  ['text precision', (f) => f.textPrecision.toFixed(3)],
  ['text recall', (f) => f.textRecall.toFixed(3)],
  ['text F1', (f) => f.textF1.toFixed(3)],
  ['code blocks kept', (f) => ratio(f.codeBlocks)],
  ['code languages right', (f) => ratio(f.codeLanguages)],
  ['formulas kept', (f) => ratio(f.formulas)],
  ['tables kept', (f) => ratio(f.tables)],
  ['footnote marks kept', (f) => ratio(f.footnoteMarks)],
  ['footnote texts kept', (f) => ratio(f.footnoteTexts)],
];

function ratio({ kept, expected }) {
  return expected ? `${kept}/${expected} ${(kept / expected).toFixed(2)}` : '-';
}

function printTable(header, rows) {
  const widths = header.map((_, col) => Math.max(...[header, ...rows].map((row) => row[col].length)));
  const line = (row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function printParts(parts) {
  const names = Object.keys(parts);
  printTable(['', ...names], ROWS.map(([label, show]) => [label, ...names.map((name) => show(parts[name]))]));
}

function printFamilies(families) {
  const short = ({ kept, expected }) => (expected ? `${kept}/${expected}` : '-');
  const header = ['family (seen)', 'pages', 'F1', 'code', 'lang', 'math', 'tables', 'fn marks', 'fn texts'];
  const rows = Object.entries(families).map(([name, f]) => [
    name, String(f.pages), f.textF1.toFixed(3), short(f.codeBlocks), short(f.codeLanguages), short(f.formulas), short(f.tables), short(f.footnoteMarks), short(f.footnoteTexts),
  ]);
  printTable(header, rows);
}

/** Code blocks, formulas and tables an expected page has and ours lost. */
const lostCount = (p) => p.code.expected - p.code.kept + (p.formulas.expected - p.formulas.kept) + (p.tables.expected - p.tables.kept);

function worstPages(pages, n) {
  return pages
    .filter((p) => !p.unseen && lostCount(p) > 0)
    .sort((a, b) => lostCount(b) - lostCount(a) || a.id.localeCompare(b.id))
    .slice(0, n);
}

function pageLine(p) {
  const part = (label, kept, expected) => (expected ? `${label} ${kept}/${expected}` : '');
  return [
    p.id,
    `lost ${lostCount(p)}:`,
    part('code', p.code.kept, p.code.expected),
    part('lang', p.code.rightLanguage, p.code.withLanguage),
    part('math', p.formulas.kept, p.formulas.expected),
    part('tables', p.tables.kept, p.tables.expected),
    p.ok ? '' : `(failed: ${p.reason})`,
  ].filter(Boolean).join('  ');
}

function showPage(p) {
  console.log(pageLine(p));
  const list = (title, items) => {
    if (!items.length) return;
    console.log(`  ${title}:`);
    for (const item of items) console.log(`    ${item}`);
  };
  list('code blocks lost', p.code.lost);
  list('languages wrong', p.code.wrongLanguage);
  list('formulas lost', p.formulas.lost);
  list('tables lost', p.tables.lost);
  list('footnote texts lost', p.footnotes.lostTexts);
}

function groupBy(pages, key) {
  const groups = {};
  for (const page of pages) (groups[key(page)] ??= []).push(page);
  return Object.fromEntries(Object.entries(groups).sort(([a], [b]) => a.localeCompare(b)));
}

// ---------------------------------------------------------------- main

async function main() {
  const { values } = parseArgs({ options: { worst: { type: 'string' }, show: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const dist = await loadDist();
  const scored = loadPages().map((page) => scorePage(page, runPage(dist, page)));
  const seen = scored.filter((p) => !p.unseen);
  const parts = { seen: figures(seen), unseen: figures(scored.filter((p) => p.unseen)), all: figures(scored) };
  const families = Object.fromEntries(Object.entries(groupBy(seen, (p) => p.family)).map(([name, pages]) => [name, figures(pages)]));
  const worst = values.worst ? worstPages(scored, Number(values.worst)) : [];

  if (values.json) {
    const worstJson = worst.map((p) => ({ id: p.id, code: p.code, formulas: p.formulas, tables: p.tables, footnotes: p.footnotes }));
    console.log(JSON.stringify({ ...parts, familiesSeen: families, ...(values.worst ? { worst: worstJson } : {}) }, null, 2));
    return;
  }
  console.log(`defuddle-dev: ${scored.length} pages (${seen.length} seen, ${scored.length - seen.length} unseen)\n`);
  printParts(parts);
  console.log('');
  printFamilies(families);
  if (values.worst) {
    console.log(`\nworst ${worst.length} seen pages (code blocks + formulas + tables lost):`);
    for (const p of worst) console.log(`  ${pageLine(p)}`);
  }
  if (values.show) {
    const page = scored.find((p) => p.id === values.show);
    if (!page) console.log(`\nno page ${values.show}`);
    else if (page.unseen) console.log(`\n${page.id} is in the unseen part: not shown`);
    else {
      console.log('');
      showPage(page);
    }
  }
}

main().catch((error) => {
  console.error(error?.stack ?? String(error));
  process.exit(1);
});
