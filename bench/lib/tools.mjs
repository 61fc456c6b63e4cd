// The tools bench/extract.mjs compares: mdarchive in process (from dist/), the mdarchive CLI
// run as a user runs it, and two peers installed in bench/node_modules: Mozilla Readability +
// jsdom, and defuddle + linkedom.
// An extractor maps a page { id, path, bytes, charset, url } to { ok, text, title, author,
// date, reason }; prepare() is untimed, run() is what runExtractor (and runExtractorYielding) times.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { statedOffset } from './metric.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI_PATH = join(ROOT, 'bin', 'mdarchive.js');
export const FAKE_URL = 'http://fakehost/test/page.html';

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

// ---------------------------------------------------------------- in process

/** The author figure of an article; the one place to change if the field it is scored on changes. */
const authorOf = (article) => article.byline;

/** mdarchive's decode → extract → renderText, from the built dist/. */
export async function loadMdarchive() {
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
      const article = result.value;
      return { ok: true, text: renderText(article.html), title: article.title, author: authorOf(article), date: article.date, dateZone: article.dateZone };
    },
  };
}

/** An ISO date-time without a zone ("2005-07-10T00:57:00", "2005-07-10 00:57"): read as UTC, the day it shows. */
const ZONELESS_DATE_TIME = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)$/;

/** A peer's date string as an instant (undefined when absent or unreadable), the same on any machine's zone. */
export function peerDate(text) {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return undefined;
  const zoneless = ZONELESS_DATE_TIME.exec(trimmed);
  const date = new Date(zoneless ? `${zoneless[1]}T${zoneless[2]}Z` : trimmed);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Readability + jsdom on the same decoded text, or undefined when bench/node_modules lacks them. */
export async function loadReadabilityPeer(decodeHtml) {
  let Readability, JSDOM, VirtualConsole;
  try {
    ({ Readability } = await import('@mozilla/readability'));
    ({ JSDOM, VirtualConsole } = await import('jsdom'));
  } catch {
    return undefined;
  }
  return {
    name: 'Readability',
    // Decoding is not part of the peer's timing: it is given the text mdarchive decoded.
    prepare: (page) => decodeHtml(page.bytes, page.charset),
    run(page, html) {
      let dom;
      try {
        dom = new JSDOM(html, { url: page.url ?? FAKE_URL, virtualConsole: new VirtualConsole() });
        const article = new Readability(dom.window.document).parse();
        if (!article) return { ok: false, text: '', reason: 'no article' };
        return { ok: true, text: article.textContent ?? '', title: article.title, author: article.byline, date: peerDate(article.publishedTime), dateZone: statedOffset(article.publishedTime) };
      } catch (error) {
        return { ok: false, text: '', reason: `crashed: ${firstLine(error)}` };
      } finally {
        dom?.window.close();
      }
    },
  };
}

/** Runs fn with console's output methods silenced (defuddle logs every unreadable JSON-LD block). */
function quietly(fn) {
  const methods = ['log', 'info', 'warn', 'error', 'debug'];
  const saved = methods.map((name) => console[name]);
  for (const name of methods) console[name] = () => {};
  try {
    return fn();
  } finally {
    methods.forEach((name, i) => (console[name] = saved[i]));
  }
}

/**
 * A document as defuddle's own Node CLI makes one: linkedom's parse, with the two DOM pieces
 * linkedom lacks and defuddle reads (styleSheets, getComputedStyle), and the page's URL.
 */
function linkedomDocument(parseHTML, html, url) {
  const { document } = parseHTML(html);
  document.styleSheets ??= [];
  if (document.defaultView && !document.defaultView.getComputedStyle) document.defaultView.getComputedStyle = () => ({ display: '' });
  if (url) document.URL = url;
  return document;
}

/**
 * defuddle (its Node entry, defuddle/node) on the same decoded text as Readability, given the
 * page URL; or undefined when bench/node_modules lacks it. Defuddle's synchronous parse() with
 * useAsync: false, so that no extractor goes to the network. Its content is HTML: the text scored
 * is that HTML's textContent, as Readability's text is its article's textContent.
 */
export async function loadDefuddlePeer(decodeHtml) {
  let DefuddleClass, parseHTML;
  try {
    ({ DefuddleClass } = await import('defuddle/node'));
    ({ parseHTML } = await import('linkedom'));
  } catch {
    return undefined;
  }
  const textOf = (content) => linkedomDocument(parseHTML, `<!DOCTYPE html><html><body>${content}</body></html>`).body.textContent ?? '';
  return {
    name: 'defuddle',
    prepare: (page) => decodeHtml(page.bytes, page.charset),
    run(page, html) {
      const url = page.url ?? FAKE_URL;
      try {
        const result = quietly(() => new DefuddleClass(linkedomDocument(parseHTML, html, url), { url, useAsync: false }).parse());
        const text = textOf(result.content ?? '');
        if (!text.trim()) return { ok: false, text: '', reason: 'no content' };
        return { ok: true, text, title: result.title, author: result.author || undefined, date: peerDate(result.published), dateZone: statedOffset(result.published) };
      } catch (error) {
        return { ok: false, text: '', reason: `crashed: ${firstLine(error)}` };
      }
    },
  };
}

/** One page through an extractor: its output, and the seconds spent in run(). */
function runPage(extractor, page) {
  const input = extractor.prepare(page);
  const start = performance.now();
  let output;
  try {
    output = extractor.run(page, input);
  } catch (error) {
    output = { ok: false, text: '', reason: `threw: ${firstLine(error)}` };
  }
  return { output, seconds: (performance.now() - start) / 1000 };
}

/** Runs one extractor over the pages: per-page outputs, and the seconds spent in run(). */
export function runExtractor(extractor, pages) {
  let seconds = 0;
  const outputs = pages.map((page) => {
    const ran = runPage(extractor, page);
    seconds += ran.seconds;
    return ran.output;
  });
  return { outputs, seconds };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * runExtractor, letting the event loop turn after each page (untimed): jsdom releases a closed
 * window only then, and Readability + jsdom over hundreds of large pages in one synchronous loop
 * runs out of heap (modern-dev's 500 pages: past 4 GB).
 */
export async function runExtractorYielding(extractor, pages) {
  let seconds = 0;
  const outputs = [];
  for (const page of pages) {
    const ran = runPage(extractor, page);
    seconds += ran.seconds;
    outputs.push(ran.output);
    await nextTurn();
  }
  return { outputs, seconds };
}

// ---------------------------------------------------------------- subprocesses

/** Runs a Node script to its end: exit code, output, and wall seconds from spawn to exit. */
export function runNode(script, args) {
  return new Promise((done, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => done({ code, stdout, stderr, seconds: (performance.now() - start) / 1000 }));
  });
}

/** `mdarchive archive <folder> -o <out> --json …`: the JSON report (exit 1 only means some pages failed). */
async function cliArchiveReport(folder, out, extraArgs) {
  const run = await runNode(CLI_PATH, ['archive', folder, '-o', out, '--json', ...extraArgs]);
  if (run.code !== 0 && run.code !== 1) throw new Error(`mdarchive archive exited with ${run.code}: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout);
}

const FENCE = '\n---\n';

/** A post's body: what follows the front-matter, which opens the file with "\n---\n" and ends at the next one. */
export function postBody(content) {
  if (!content.startsWith(FENCE)) throw new Error('the post does not start with front-matter');
  const end = content.indexOf(FENCE, FENCE.length - 1);
  if (end < 0) throw new Error('the post\'s front-matter is not closed');
  return content.slice(end + FENCE.length);
}

function cliOutput(entry) {
  if (!entry) return { ok: false, text: '', reason: 'missing from the CLI report' };
  if (entry.status !== 'written') return { ok: false, text: '', reason: entry.error };
  return { ok: true, text: postBody(readFileSync(entry.output, 'utf8')), title: entry.title };
}

/**
 * What users get: the CLI archives the folder (the pages as <id>.html) with --body text, and
 * each page's predicted text is its post's body. Pages are read as files, with no URL given.
 */
export async function runCliOnFolder(pages, folder, out) {
  const report = await cliArchiveReport(folder, out, ['--body', 'text', '--filename', '{name}.md']);
  const bySource = new Map(report.results.map((entry) => [basename(entry.source), entry]));
  return pages.map((page) => cliOutput(bySource.get(`${page.id}.html`)));
}

/** The page URL from the zh-dev dataset's `<text id="URL" …>` wrapper, if the file has one. */
function wrapperUrl(bytes) {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<text\s+id="(https?:\/\/[^"]+)"/i.exec(head)?.[1];
}

/** zh-dev's pages { id, path, bytes, charset, url, expected }, in the shape the extractors above take. */
export function loadZhDev(corpusDir) {
  const dir = join(corpusDir, 'zh-dev');
  return Object.entries(JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'))).map(([id, expected]) => {
    const path = join(dir, 'html', `${id}.html`);
    const bytes = readFileSync(path);
    return { id, path, bytes, charset: undefined, url: wrapperUrl(bytes), expected };
  });
}
