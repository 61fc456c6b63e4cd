#!/usr/bin/env node
// Scores mdarchive on the saved pages of Chinese sites (shared/corpus/zh-sites-dev: WeChat, 163,
// Sina, Toutiao, QQ, Zhihu, CSDN, Sohu, cnblogs), then author and date on zh-dev. In process,
// from the built dist/: needs a fresh build (npx tsc -p .).
//
//   node bench/zh-sites.mjs [--verbose] [--json] [--check] [--no-site-rules] [--pages <dir>]
//
//   --no-site-rules  the built-in site pack left out: how the generic extractor alone does on
//                    these sites (a stand-in for sites nobody wrote a rule for).
//   --pages <dir>    another folder of the same shape (html/<id>.html + truth.json), e.g. pages
//                    of these sites kept apart from development; reported as all unseen.
//
//   zh-sites-dev   each page: decodeHtml(bytes) (no charset given: the decoder sniffs), then
//                  extractArticle with the truth's URL when it has one (site rules are the
//                  extractor's own), the body rendered to Markdown (renderMarkdown) and to text
//                  (renderText). Figures, each "pages right / pages scored":
//                    title          the headline, whitespace collapsed
//                    titleLoose     the same after NFKC, quote styles (“”"「」‘’'『』) made one
//                    author         article.byline (article.author when the byline is undefined)
//                                   equals truth.author
//                    authorOrAlt    ... or one of truth.author_alt
//                    date           article.date shown in Asia/Shanghai is truth.date: the same
//                                   minute, or the same day when the truth shows only a day
//                    dateOrAlt      ... or one of truth.date_alt
//                    first, last    truth.first_sentence / last_sentence in the text
//                    firstMd,lastMd the same in the Markdown, Markdown escapes removed
//                    images         images kept: Markdown images >= truth.images
//                    noJunkImages   Markdown images <= truth.images + 2
//                    codeBlocks     fenced code blocks == truth.code_blocks
//                    codeLanguages  the fences' languages, in order, == truth.code_languages
//                  In all text comparisons but the titles', both sides are NFKC with all
//                  whitespace removed. A page that fails to extract is wrong on every figure.
//                  Printed per site, overall, and for the seen and unseen parts
//                  (bench/lib/split.mjs).
//   zh-dev         author and date, matched as bench/extract.mjs matches them (sameNames on
//                  article.byline, sameDate on the UTC digits), over pages whose truth has one;
//                  overall, seen and unseen. Named zhDevAuthor and zhDevDate below.
//
//   --verbose      every mismatch of every seen page: expected vs got (first 80 characters).
//                  The unseen pages are the check on tuning: --verbose-unseen shows them too,
//                  for when an unseen floor fails, not while changing code.
//   --json         the figures as JSON alone on stdout (notes go to stderr).
//   --check        bench/floors.json key "zhSites" = { <figure>: <minimum fraction> } for the
//                  unseen part (figure names as above); exit 1 when one is below its floor or
//                  names no figure. Without the key, nothing is checked. floors.json is never
//                  written here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { known, matchRate, sameDate, sameNames, sameText } from './lib/metric.mjs';
import { isUnseen, splitName } from './lib/split.mjs';
import { loadMdarchive, loadZhDev, ROOT, runExtractor } from './lib/tools.mjs';

const CORPUS_DIR = process.env.MDARCHIVE_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const FLOORS_PATH = join(ROOT, 'bench', 'floors.json');
const FLOORS_KEY = 'zhSites';
const SHOWN = 80;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

// ---------------------------------------------------------------- mdarchive from dist/

/** decodeHtml, extractArticle, renderMarkdown and renderText from the built dist/. */
async function loadDist() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'extract', 'extract-article.js'))) throw new Error(`mdarchive is not built: run 'npx tsc -p .' in ${ROOT}`);
  const load = (path) => import(pathToFileURL(join(dist, path)).href);
  const [{ decodeHtml }, { extractArticle }, { renderMarkdown }, { renderText }] = await Promise.all([
    load('decode/charset.js'),
    load('extract/extract-article.js'),
    load('render/markdown.js'),
    load('render/text.js'),
  ]);
  return { decodeHtml, extractArticle, renderMarkdown, renderText };
}

/** One page through decode → extract → render: { ok, article, markdown, text } or { ok: false, reason }. */
function runPage(dist, page, siteRules) {
  try {
    const html = dist.decodeHtml(page.bytes);
    const result = dist.extractArticle({ source: { kind: 'file', path: page.path }, html, url: page.truth.url ?? undefined }, { sites: {}, siteRules });
    if (!result.ok) return { ok: false, reason: result.problem.reason };
    const article = result.value;
    return { ok: true, article, markdown: dist.renderMarkdown(article.html), text: dist.renderText(article.html) };
  } catch (error) {
    return { ok: false, reason: `threw: ${firstLine(error)}` };
  }
}

// ---------------------------------------------------------------- corpora

function loadZhSites(dir = join(CORPUS_DIR, 'zh-sites-dev')) {
  return Object.entries(readJson(join(dir, 'truth.json'))).map(([id, truth]) => {
    const path = join(dir, 'html', `${id}.html`);
    return { id, path, bytes: readFileSync(path), truth };
  });
}

// ---------------------------------------------------------------- normalizing

const collapseSpace = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
const QUOTES = /[“”"「」‘’'『』]/g;
/** For the loose title: full/half width folded by NFKC, every quote style the same mark. */
const looseTitle = (text) => collapseSpace((text ?? '').normalize('NFKC').replace(QUOTES, '"'));
/** For finding a sentence: NFKC, no whitespace at all (renderers break and join lines differently). */
const squeeze = (text) => (text ?? '').normalize('NFKC').replace(/\s+/g, '');
/**
 * Markdown as text to search: link and image syntax reduced to their text, bold and code marks,
 * backslash escapes (before ASCII punctuation) and hard breaks (a backslash at a line end)
 * dropped, so "1\. [项目](…) **甲**" reads "1. 项目 甲".
 */
const unescapeMarkdown = (markdown) =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\\(?=\n|$)/g, '');

// ---------------------------------------------------------------- dates

const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** An instant as "YYYY-MM-DD HH:MM" in Asia/Shanghai; undefined for no date or an invalid one. */
function shanghaiMinute(date) {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return undefined;
  const part = Object.fromEntries(SHANGHAI.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/**
 * A truth date as "YYYY-MM-DD HH:MM" or "YYYY-MM-DD". A date_alt may be ISO with an offset
 * ("2018-12-28T19:56:29+08:00"): that one is an instant, shown in Asia/Shanghai like ours.
 */
function truthMinute(text) {
  if (/T\d/.test(text)) return shanghaiMinute(new Date(text));
  return text.trim();
}

/** Same minute when the truth shows a time, same day when it shows only a day. */
function sameShownDate(truthText, got) {
  const want = truthMinute(truthText);
  if (!want || !got) return false;
  return want.length > 10 ? want === got : want === got.slice(0, 10);
}

// ---------------------------------------------------------------- Markdown counts

const FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;

/** The fenced code blocks of a Markdown text: { language (the info string's first word, or null), start, end } lines. */
function fencedBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]);
    if (!open) continue;
    const [, fence, info] = open;
    // A block closes at a fence of the same character, at least as long, with no info string.
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end])) end++;
    blocks.push({ language: info.trim().split(/\s+/)[0] || null, start: i, end });
    i = end;
  }
  return blocks;
}

/** The Markdown without its fenced blocks: an image written inside code is no image. */
function withoutCode(markdown, blocks) {
  const lines = markdown.split('\n');
  return lines.filter((_, i) => !blocks.some((b) => i >= b.start && i <= b.end)).join('\n');
}

/** `![alt](destination)`, brackets and parentheses inside escaped with a backslash. */
const MARKDOWN_IMAGE = /!\[(?:\\.|[^\\\]])*\]\((?:\\.|[^\\)])*\)/g;
const countImages = (markdown) => (markdown.match(MARKDOWN_IMAGE) ?? []).length;

// ---------------------------------------------------------------- one zh-sites page

const FIGURES = ['title', 'titleLoose', 'author', 'authorOrAlt', 'date', 'dateOrAlt', 'first', 'last', 'firstMd', 'lastMd', 'images', 'noJunkImages', 'codeBlocks', 'codeLanguages'];
const META_FIGURES = FIGURES.slice(0, 6);
const BODY_FIGURES = FIGURES.slice(6);

const check = (ok, expected, got) => ({ ok, expected, got });

/** What the page's article gives for each scored field, in the units the truth uses. */
function observed(output) {
  const { article, markdown, text } = output;
  const blocks = fencedBlocks(markdown);
  const bylineMissing = article.byline === undefined;
  return {
    title: article.title,
    author: bylineMissing ? article.author : article.byline,
    authorIsFallback: bylineMissing,
    date: shanghaiMinute(article.date),
    text: squeeze(text),
    markdown: squeeze(unescapeMarkdown(markdown)),
    // What --verbose shows of each: whitespace collapsed, not removed, so that it reads.
    shownText: collapseSpace(text),
    shownMarkdown: collapseSpace(markdown),
    images: countImages(withoutCode(markdown, blocks)),
    languages: blocks.map((b) => b.language),
  };
}

/** Each figure of one extracted page: { ok, expected, got }. */
function pageChecks(truth, got) {
  const authors = [truth.author, ...(truth.author_alt ?? [])];
  const dates = [truth.date, ...(truth.date_alt ?? [])];
  const first = squeeze(truth.first_sentence);
  const last = squeeze(truth.last_sentence);
  const authorShown = got.authorIsFallback && got.author !== undefined ? `${got.author} (article.author: no byline)` : got.author;
  const languages = truth.code_languages ?? [];
  const sameLanguages = got.languages.length === languages.length && got.languages.every((l, i) => l === languages[i]);
  return {
    title: check(sameText(truth.title, got.title), truth.title, got.title),
    titleLoose: check(looseTitle(truth.title) === looseTitle(got.title), truth.title, got.title),
    author: check(sameText(truth.author, got.author), truth.author, authorShown),
    authorOrAlt: check(authors.some((a) => sameText(a, got.author)), authors.join(' | '), authorShown),
    date: check(sameShownDate(truth.date, got.date), truth.date, got.date),
    dateOrAlt: check(dates.some((d) => sameShownDate(d, got.date)), dates.join(' | '), got.date),
    first: check(got.text.includes(first), truth.first_sentence, got.shownText),
    last: check(got.text.includes(last), truth.last_sentence, got.shownText.slice(-SHOWN)),
    firstMd: check(got.markdown.includes(first), truth.first_sentence, got.shownMarkdown),
    lastMd: check(got.markdown.includes(last), truth.last_sentence, got.shownMarkdown.slice(-SHOWN)),
    images: check(got.images >= truth.images, `>= ${truth.images} images`, `${got.images} images`),
    noJunkImages: check(got.images <= truth.images + 2, `<= ${truth.images + 2} images (junk above)`, `${got.images} images`),
    codeBlocks: check(got.languages.length === (truth.code_blocks ?? 0), `${truth.code_blocks ?? 0} code blocks`, `${got.languages.length} code blocks`),
    codeLanguages: check(sameLanguages, JSON.stringify(languages), JSON.stringify(got.languages)),
  };
}

/** Every figure wrong, for a page that did not extract. */
function failedChecks(reason) {
  return Object.fromEntries(FIGURES.map((name) => [name, check(false, '(a page)', `failed: ${reason}`)]));
}

/** `heldOut`: a folder kept apart from development, all of it unseen. */
function scorePage(dist, page, siteRules, heldOut) {
  const output = runPage(dist, page, siteRules);
  const checks = output.ok ? pageChecks(page.truth, observed(output)) : failedChecks(output.reason);
  const site = page.truth.site ?? page.id.replace(/-\d+$/, '');
  return { id: page.id, site, part: heldOut ? 'unseen' : splitName(page.id), reason: output.reason, checks };
}

// ---------------------------------------------------------------- tallies

/** { figure: { hits, of, rate } } over the scored pages. */
function tally(scored) {
  return Object.fromEntries(
    FIGURES.map((name) => {
      const hits = scored.filter((page) => page.checks[name].ok).length;
      return [name, { hits, of: scored.length, rate: scored.length ? hits / scored.length : undefined }];
    }),
  );
}

/** Rows of the table: each site, then all pages, the seen part and the unseen part. */
function zhSitesFigures(scored) {
  const sites = [...new Set(scored.map((p) => p.site))];
  const bySite = Object.fromEntries(sites.map((site) => [site, tally(scored.filter((p) => p.site === site))]));
  return {
    bySite,
    overall: tally(scored),
    seen: tally(scored.filter((p) => p.part === 'seen')),
    unseen: tally(scored.filter((p) => p.part === 'unseen')),
    failures: scored.filter((p) => p.reason).map(({ id, reason }) => ({ id, reason })),
  };
}

/** zh-dev author and date as bench/extract.mjs scores them (its zhFigures), for some pages. */
function zhDevTally(pages, outputs) {
  const at = (page) => outputs[pages.indexOf(page)];
  return {
    author: matchRate(pages, (p) => (known(p.expected.author) ? p.expected.author : undefined), (e, p) => sameNames(e, at(p).author)),
    date: matchRate(pages, (p) => (known(p.expected.date) ? p.expected.date : undefined), (e, p) => sameDate(e, at(p).date, 'Asia/Shanghai')),
  };
}

async function zhDevFigures() {
  const pages = loadZhDev(CORPUS_DIR);
  const { outputs } = runExtractor(await loadMdarchive(), pages);
  const indices = (keep) => pages.map((_, i) => i).filter((i) => keep(pages[i]));
  const tallyOf = (keep) => {
    const chosen = indices(keep);
    return zhDevTally(chosen.map((i) => pages[i]), chosen.map((i) => outputs[i]));
  };
  return {
    overall: tallyOf(() => true),
    seen: tallyOf((p) => !isUnseen(p.id)),
    unseen: tallyOf((p) => isUnseen(p.id)),
    failures: pages.map((p, i) => ({ id: p.id, reason: outputs[i].reason })).filter((f) => f.reason),
  };
}

// ---------------------------------------------------------------- output

const cell = (figure) => (figure.of ? `${figure.hits}/${figure.of}` : '—');

function formatTable(title, rows, columns) {
  const table = [['', ...columns], ...rows.map(([label, figures]) => [label, ...columns.map((c) => cell(figures[c]))])];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : c.padStart(widths[i]))).join('  ');
  return [title, ...table.map(line)].join('\n');
}

function printZhSites(figures, pageCount) {
  const rows = [...Object.entries(figures.bySite), ['overall', figures.overall], ['seen', figures.seen], ['unseen', figures.unseen]];
  const parts = `${figures.seen.title.of} seen, ${figures.unseen.title.of} unseen`;
  console.log(`zh-sites-dev: ${pageCount} pages (${parts}), pages right / pages\n`);
  console.log(`${formatTable('metadata', rows, META_FIGURES)}\n`);
  console.log(`${formatTable('body (Markdown images; images = kept, noJunkImages = at most 2 more than the truth)', rows, BODY_FIGURES)}\n`);
}

function printZhDev(figures) {
  const rows = ['overall', 'seen', 'unseen'].map((part) => [part, figures[part]]);
  console.log(`${formatTable('zh-dev (pages whose truth has an author / a date)', rows, ['author', 'date'])}\n`);
}

function printFailures(label, failures, say) {
  for (const { id, reason } of failures) say(`${label} ${id}: failed to extract: ${reason}`);
}

const clip = (value) => {
  const text = value === undefined ? '(none)' : String(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
};

/** Every mismatch of every page, the page tagged with its part. */
function printMismatches(scored, say, withUnseen) {
  for (const page of scored) {
    if (page.part === 'unseen' && !withUnseen) continue;
    const wrong = Object.entries(page.checks).filter(([, c]) => !c.ok);
    if (!wrong.length) continue;
    say(`${page.id} [${page.part}]${page.reason ? ` failed: ${page.reason}` : ''}`);
    if (page.reason) continue;
    for (const [name, c] of wrong) say(`  ${name.padEnd(13)} expected: ${clip(c.expected)}\n  ${''.padEnd(13)} got:      ${clip(c.got)}`);
  }
  say('');
}

// ---------------------------------------------------------------- floors

/** The unseen figures by the names floors use: the zh-sites figures, zhDevAuthor and zhDevDate. */
function unseenFigures(zhSites, zhDev) {
  const rateOf = (figure) => (figure.of ? figure.rate : undefined);
  const figures = Object.fromEntries(FIGURES.map((name) => [name, rateOf(zhSites.unseen[name])]));
  return { ...figures, zhDevAuthor: rateOf(zhDev.unseen.author), zhDevDate: rateOf(zhDev.unseen.date) };
}

/** --check: 1 when an unseen figure is below its floor (or a floor names no figure), else 0. */
function checkFloors(measured, say) {
  const floors = existsSync(FLOORS_PATH) ? readJson(FLOORS_PATH)[FLOORS_KEY] : undefined;
  if (!floors) {
    say(`floors: no "${FLOORS_KEY}" key in bench/floors.json, nothing checked`);
    return 0;
  }
  const problems = [];
  for (const [name, floor] of Object.entries(floors)) {
    if (!(name in measured)) problems.push(`${name}: no such figure (floors name: ${Object.keys(measured).join(', ')})`);
    else if (measured[name] === undefined) say(`floors: ${name} has no unseen page to score, not checked`);
    else if (measured[name] < floor) problems.push(`unseen ${name} ${measured[name].toFixed(3)} is below its floor ${floor}`);
  }
  for (const problem of problems) say(`below floor: ${problem}`);
  if (!problems.length) say('floors: all met');
  return problems.length ? 1 : 0;
}

// ---------------------------------------------------------------- main

function parseOptions() {
  const { values } = parseArgs({
    options: {
      verbose: { type: 'boolean', default: false },
      'verbose-unseen': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'no-site-rules': { type: 'boolean', default: false },
      pages: { type: 'string' },
    },
  });
  return values;
}

async function main() {
  const options = parseOptions();
  // With --json, stdout holds the JSON alone; everything else goes to stderr.
  const say = options.json ? console.error : console.log;
  const dist = await loadDist();
  const pages = loadZhSites(options.pages);
  const siteRules = !options['no-site-rules'];
  const scored = pages.map((page) => scorePage(dist, page, siteRules, options.pages !== undefined));
  const zhSites = zhSitesFigures(scored);
  const zhDev = await zhDevFigures();

  printFailures('zh-sites-dev', zhSites.failures, say);
  printFailures('zh-dev', zhDev.failures, say);
  if (options.verbose || options['verbose-unseen']) printMismatches(scored, say, options['verbose-unseen']);
  if (options.json) {
    console.log(JSON.stringify({ 'zh-sites-dev': zhSites, 'zh-dev': zhDev }, null, 2));
  } else {
    printZhSites(zhSites, pages.length);
    printZhDev(zhDev);
  }
  if (options.check) process.exitCode = checkFloors(unseenFigures(zhSites, zhDev), say);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exitCode = 2;
});
