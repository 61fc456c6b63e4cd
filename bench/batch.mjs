#!/usr/bin/env node
// Batch benchmark (prints a table; not a test): `mdarchive archive <folder>` over tens of
// thousands of saved pages — the corpus pages hard-linked under varied names into 100 nested
// folders — with --jobs 1 and --jobs <cores>, then 100,000 pages with --jobs <cores>; pages/s
// and peak RSS (GNU time's %M: the whole process, worker threads included). The reference is
// bench/peer-archive.mjs (jsdom + Readability + turndown, sequential) on a smaller subset, and
// the machine's parallel ceiling (the same in-process work by one process, then by two at once)
// puts the --jobs ratio in context.
//
// With --heavy, the pages are modern-dev's of 100 KB-2 MB (news and blog pages as saved today),
// and a third run sets --jobs <n> against its real ceiling: <n> independent --jobs 1 processes
// at once, each on its share of the folders (the same pages, the same outputs).
//
// Targets (issues #6 and #17): --jobs 2 ≥ 1.7× --jobs 1, and ≥ 90% of the independent processes'
// pages/s; peak RSS < 400 MB at 20,000 pages and no higher at 100,000 than at 20,000; pages/s
// ≥ 10× the reference script.
//
//   node bench/batch.mjs [--pages 20000] [--big-pages 100000] [--skip-100k] [--peer-pages 500]
//                        [--jobs <n>] [--ceiling-seconds 20] [--heavy] [--keep]
//
// Needs: dist/ built (npx tsc -p .), /usr/bin/time (GNU), bench deps for the peer
// (npm install --prefix bench). Inputs and outputs live in a temp dir, removed at the end
// unless --keep.
import { spawn } from 'node:child_process';
import {
  createWriteStream, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'mdarchive.js');
const PEER = join(ROOT, 'bench', 'peer-archive.mjs');
const CEILING = join(ROOT, 'bench', 'lib', 'batch-ceiling.mjs');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const TIME = '/usr/bin/time';

const TARGET_JOBS_RATIO = 1.7;
const TARGET_SHARE_OF_PROCESSES = 0.9;
const TARGET_RSS_MB = 400;
const TARGET_PEER_RATIO = 10;
/** Heavy pages (--heavy): modern-dev pages of this many bytes once decompressed. */
const HEAVY_BYTES = [100_000, 2_000_000];
/** "No higher at 100,000 than at 20,000": peak RSS of two runs of the same work varies by a few %. */
const RSS_NOISE = 0.05;
const FOLDERS = 100;

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { pages: 20_000, bigPages: 100_000, skipBig: false, peerPages: 500, jobs: availableParallelism(), ceilingSeconds: 20, heavy: false, keep: false };
  const numeric = { '--pages': 'pages', '--big-pages': 'bigPages', '--peer-pages': 'peerPages', '--jobs': 'jobs', '--ceiling-seconds': 'ceilingSeconds' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--skip-100k') opts.skipBig = true;
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--heavy') opts.heavy = true;
    else if (arg in numeric) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) usage(`${arg} needs a positive whole number`);
      opts[numeric[arg]] = value;
    } else usage(`unknown argument ${arg}`);
  }
  return opts;
}

function usage(problem) {
  console.error(`batch.mjs: ${problem}\nusage: node bench/batch.mjs [--pages N] [--big-pages N] [--skip-100k] [--peer-pages N] [--jobs N] [--ceiling-seconds S] [--heavy] [--keep]`);
  process.exit(2);
}

const log = (line) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);

// ---------------------------------------------------------------- inputs

/** The corpus pages: { path, ext, stem }; .html.gz pages stay compressed (the CLI reads them as they are). */
function corpusPages() {
  const pages = [];
  const add = (path, ext, stem) => pages.push({ path, ext, stem: stem.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 24) });
  const zyte = join(CORPUS, 'zyte-dev', 'html');
  for (const name of readdirSync(zyte).filter((n) => n.endsWith('.html.gz')).sort()) add(join(zyte, name), '.html.gz', name.slice(0, -8));
  const zh = join(CORPUS, 'zh-dev', 'html');
  for (const name of readdirSync(zh).filter((n) => n.endsWith('.html')).sort()) add(join(zh, name), '.html', name.slice(0, -5));
  const rp = join(CORPUS, 'readability-pages');
  for (const dir of readdirSync(rp).sort()) {
    const path = join(rp, dir, 'source.html');
    if (existsSync(path)) add(path, '.html', dir);
  }
  if (!pages.length) throw new Error(`no pages under ${CORPUS}`);
  return pages;
}

/** modern-dev's pages of 100 KB-2 MB, decompressed once into the work dir (the CLI reads them as .html). */
function heavyPages(work) {
  const dir = join(CORPUS, 'modern-dev', 'html');
  const out = join(work, 'heavy');
  mkdirSync(out, { recursive: true });
  const pages = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort()) {
    const bytes = gunzipSync(readFileSync(join(dir, name)));
    if (bytes.length < HEAVY_BYTES[0] || bytes.length > HEAVY_BYTES[1]) continue;
    const path = join(out, name.slice(0, -3));
    writeFileSync(path, bytes);
    pages.push({ path, ext: '.html', stem: name.slice(0, -8) });
  }
  if (!pages.length) throw new Error(`no modern-dev page of ${HEAVY_BYTES.join('-')} bytes under ${dir}`);
  return pages;
}

const WORDS = ['notes', 'article', 'post', 'story', 'saved', 'page', 'read', 'clip', 'news', 'essay', 'column'];
let symlinked = 0;

/** Hard link (no disk used), or a symlink when the temp dir is on another device. */
function linkPage(from, to) {
  try {
    linkSync(from, to);
  } catch (error) {
    if (error.code !== 'EXDEV' && error.code !== 'EPERM' && error.code !== 'EMLINK') throw error;
    symlinkSync(from, to);
    symlinked++;
  }
}

/** A folder of `count` pages: page i is corpus page i mod n, in folder (i mod 100)/…, under a name of its own. */
function buildTree(folder, count, pages) {
  for (let f = 0; f < FOLDERS; f++) mkdirSync(join(folder, `batch-${String(f).padStart(2, '0')}`, WORDS[f % WORDS.length]), { recursive: true });
  for (let i = 0; i < count; i++) {
    const page = pages[i % pages.length];
    const f = i % FOLDERS;
    const dir = join(folder, `batch-${String(f).padStart(2, '0')}`, WORDS[f % WORDS.length]);
    const name = `${WORDS[(i * 7) % WORDS.length]}-${i.toString(36)}-${page.stem}${page.ext}`;
    linkPage(page.path, join(dir, name));
  }
}

/**
 * A flat folder of `count` .html pages for the peer (it reads only `*.html` at the top of a
 * folder, and no .gz): the same page order as the big trees, .gz pages decompressed once.
 */
function buildPeerFolder(folder, count, pages, work) {
  const plain = join(work, 'gunzipped');
  mkdirSync(plain, { recursive: true });
  mkdirSync(folder, { recursive: true });
  const plainPath = (page) => {
    if (page.ext !== '.html.gz') return page.path;
    const path = join(plain, `${page.stem}-${basename(page.path, '.html.gz')}.html`);
    if (!existsSync(path)) writeFileSync(path, gunzipSync(readFileSync(page.path)));
    return path;
  };
  for (let i = 0; i < count; i++) {
    const page = pages[i % pages.length];
    linkPage(plainPath(page), join(folder, `${WORDS[(i * 7) % WORDS.length]}-${i.toString(36)}-${page.stem}.html`));
  }
}

// ---------------------------------------------------------------- timed runs

/** `/usr/bin/time -f '%e %M' <command>`: wall seconds, peak RSS (KB), exit code; stdout and stderr to files. */
let current; // the timed child running, killed with us
let workDir;
let keepWork = false;
function timed(command, args, files) {
  const load = loadavg()[0];
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-f', '%e %M %U %S', '-o', files.time, command, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    current = child;
    child.stdout.pipe(createWriteStream(files.stdout));
    child.stderr.pipe(createWriteStream(files.stderr));
    child.on('error', reject);
    child.on('close', (code) => {
      current = undefined;
      const lines = readFileSync(files.time, 'utf8').trim().split('\n');
      const [seconds, rssKb, user, sys] = lines.at(-1).split(' ').map(Number);
      if (!Number.isFinite(seconds) || !Number.isFinite(rssKb)) return reject(new Error(`unreadable ${TIME} output: ${lines.join(' | ')}`));
      resolve({ code, seconds, rssMb: rssKb / 1024, cpu: user + sys, load: [load, loadavg()[0]] });
    });
  });
}

/** The first lines of a run's stderr, for a run that went wrong. */
const stderrHead = (path, n = 5) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, n).join('\n  ') : '');

/** Failure reasons of a JSON report, most common first: "reason ×count". */
function failureReasons(report) {
  const counts = new Map();
  for (const r of report.results ?? []) {
    if (r.status !== 'failed') continue;
    const reason = String(r.error ?? 'unknown').replace(/^.*?: (?=no |page |timed )/, '');
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ×${n}`);
}

async function runMdarchive(name, input, pages, jobs, work, outName = 'out') {
  const out = join(work, outName);
  rmSync(out, { recursive: true, force: true });
  const files = { time: join(work, `${name}.time`), stdout: join(work, `${name}.json`), stderr: join(work, `${name}.stderr`) };
  log(`${name}: mdarchive archive ${pages} pages --jobs ${jobs}`);
  const run = await timed(process.execPath, [CLI, 'archive', ...[input].flat(), '-o', out, '--quiet', '--json', '--jobs', String(jobs)], files);
  let report;
  try {
    report = JSON.parse(readFileSync(files.stdout, 'utf8'));
  } catch {
    throw new Error(`${name}: exit ${run.code}, no JSON report on stdout:\n  ${stderrHead(files.stderr)}`);
  }
  if (run.code !== 0 && run.code !== 1) throw new Error(`${name}: exit ${run.code}:\n  ${stderrHead(files.stderr)}`);
  const row = {
    run: name, tool: 'mdarchive', pages, jobs, seconds: run.seconds, cpu: run.cpu, load: run.load, rate: pages / run.seconds, rssMb: run.rssMb,
    written: report.written, skipped: report.skipped, failed: report.failed, reasons: failureReasons(report),
    accounted: (report.written ?? 0) + (report.skipped ?? 0) + (report.failed ?? 0) === pages,
  };
  if (outName === 'out') rmSync(out, { recursive: true, force: true });
  log(`${name}: ${fmt(row.seconds, 1)} s, ${fmt(row.rate, 1)} pages/s, ${fmt(row.rssMb, 0)} MB, written ${row.written}, failed ${row.failed}`);
  return row;
}

async function runPeer(input, pages, work) {
  const out = join(work, 'peer-out');
  rmSync(out, { recursive: true, force: true });
  const files = { time: join(work, 'peer.time'), stdout: join(work, 'peer.json'), stderr: join(work, 'peer.stderr') };
  log(`peer: peer-archive.mjs (jsdom + Readability + turndown) on ${pages} pages`);
  const run = await timed(process.execPath, [PEER, input, out], files);
  if (run.code !== 0) throw new Error(`peer-archive.mjs exited with ${run.code} (bench deps installed? npm install --prefix bench):\n  ${stderrHead(files.stderr)}`);
  const counts = JSON.parse(readFileSync(files.stdout, 'utf8').trim().split('\n').at(-1));
  rmSync(out, { recursive: true, force: true });
  const row = { run: 'peer (subset)', tool: 'peer', pages, jobs: 1, seconds: run.seconds, cpu: run.cpu, load: run.load, rate: pages / run.seconds, rssMb: run.rssMb, written: counts.written, skipped: 0, failed: counts.failed, reasons: [] };
  log(`peer: ${fmt(row.seconds, 1)} s, ${fmt(row.rate, 1)} pages/s, ${fmt(row.rssMb, 0)} MB, written ${row.written}, failed ${row.failed}`);
  return row;
}

/** The contents of the posts below a folder (their paths depend on the folders given the CLI). */
function postsUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? postsUnder(path) : [readFileSync(path, 'utf8')];
  });
}

/**
 * `jobs` independent --jobs 1 processes at once, each on its share of the folders: the most
 * `--jobs <jobs>` can reach on this machine. Its row: the wall time of the slowest, the sum of
 * the peak RSS, and whether the posts are those of the --jobs run (kept in `out-jobs`), path aside.
 */
async function runIndependent(input, pages, jobs, work) {
  const folders = readdirSync(input).sort().map((name) => join(input, name));
  const shares = Array.from({ length: jobs }, (_, i) => folders.filter((_, f) => f % jobs === i));
  const counts = shares.map((share) => share.reduce((n, folder) => n + countFiles(folder), 0));
  const runs = await Promise.all(shares.map((share, i) => runMdarchive(`independent ${i + 1} of ${jobs}`, share, counts[i], 1, work, `out-share-${i}`)));
  const expected = postsUnder(join(work, 'out-jobs')).sort();
  const got = runs.flatMap((_, i) => postsUnder(join(work, `out-share-${i}`))).sort();
  const same = expected.length === got.length && expected.every((post, i) => got[i] === post);
  for (let i = 0; i < jobs; i++) rmSync(join(work, `out-share-${i}`), { recursive: true, force: true });
  const seconds = Math.max(...runs.map((r) => r.seconds));
  const sum = (key) => runs.reduce((n, r) => n + r[key], 0);
  const row = {
    ...runs[0], run: `${pages} pages, ${jobs} × jobs 1 at once`, pages, jobs: 1, seconds, rate: pages / seconds, rssMb: sum('rssMb'), cpu: sum('cpu'),
    written: sum('written'), skipped: sum('skipped'), failed: sum('failed'), accounted: runs.every((r) => r.accounted), samePosts: same,
  };
  log(`independent: ${fmt(row.seconds, 1)} s, ${fmt(row.rate, 1)} pages/s; posts ${same ? 'identical to' : 'DIFFERENT from'} the --jobs ${jobs} run's`);
  return row;
}

function countFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(folder, e.name)) : 1), 0);
}

/** One probe process converting `paths` for `seconds`: { pages, seconds, rate }. */
function ceilingProbe(seconds, paths) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CEILING, String(seconds), ...paths], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`ceiling probe exited with ${code}`))));
  });
}

async function parallelCeiling(seconds, paths) {
  log(`ceiling: one process converting the ${paths.length} pages in a loop for ${seconds} s, then two at once`);
  const single = await ceilingProbe(seconds, paths);
  const pair = await Promise.all([ceilingProbe(seconds, paths), ceilingProbe(seconds, paths)]);
  const combined = pair[0].rate + pair[1].rate;
  const result = { single: single.rate, pair: pair.map((p) => p.rate), combined, ratio: combined / single.rate };
  log(`ceiling: single ${fmt(result.single, 1)} pages/s; two at once ${result.pair.map((r) => fmt(r, 1)).join(' + ')} = ${fmt(combined, 1)}; ratio ${fmt(result.ratio, 2)}`);
  return result;
}

// ---------------------------------------------------------------- report

const fmt = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

function table(rows) {
  const head = ['run', 'pages', 'jobs', 'seconds', 'pages/s', 'peak RSS MB', 'written', 'failed', 'CPU s', 'load before→after'];
  const body = rows.map((r) => [
    r.run, String(r.pages), String(r.jobs), fmt(r.seconds, 1), fmt(r.rate, 1), fmt(r.rssMb, 0), String(r.written), String(r.failed),
    fmt(r.cpu, 1), `${fmt(r.load[0], 1)}→${fmt(r.load[1], 1)}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const verdict = (pass) => (pass === undefined ? 'n/a ' : pass ? 'PASS' : 'FAIL');

// ---------------------------------------------------------------- main

function summarize({ opts, rows, ceiling, one, many, independent, peer, subset, big, cores }) {
  console.log('');
  console.log(table(rows));
  console.log(`CPU s = user + system seconds of the process (all its threads); load = 1-minute load average before and after the run, on ${cores} cores: other work on the machine competes with the runs when it is above ${cores}.`);
  if (symlinked) console.log(`(${symlinked} inputs are symlinks: hard links failed across devices)`);
  console.log(`peer = bench/peer-archive.mjs (jsdom + Readability + turndown, sequential, one process) on a ${opts.peerPages}-page SUBSET with the same page mix (20,000 would take about an hour); its .html.gz pages were decompressed for it.`);
  for (const r of rows) {
    if (r.tool === 'mdarchive' && !r.accounted) console.log(`WARNING: ${r.run}: written + skipped + failed ≠ ${r.pages}`);
    if (r.tool === 'mdarchive' && r.skipped) console.log(`WARNING: ${r.run}: ${r.skipped} skipped`);
  }
  const reasons = many.reasons.length ? many.reasons : one.reasons;
  if (reasons.length) console.log(`failed pages (${many.run}): ${reasons.join('; ')}`);

  const jobsRatio = many.rate / one.rate;
  const peerRatio = many.rate / peer.rate;
  const peerRatioOne = one.rate / peer.rate;
  const subsetRatio = subset.rate / peer.rate;
  const rss20 = Math.max(one.rssMb, many.rssMb);
  const rssRatio = big ? big.rssMb / many.rssMb : undefined;
  const notYet = opts.skipBig ? 'skipped (--skip-100k)' : 'not run yet';
  console.log('');
  console.log('ratios');
  console.log(`  jobs ${opts.jobs} / jobs 1 (pages/s, ${opts.pages} pages):        ${fmt(jobsRatio, 2)}×`);
  console.log(`  parallel ceiling (2 processes / 1, in-process work):  ${fmt(ceiling.ratio, 2)}×  (one ${fmt(ceiling.single, 1)} pages/s; two at once ${ceiling.pair.map((r) => fmt(r, 1)).join(' + ')} = ${fmt(ceiling.combined, 1)})`);
  if (ceiling.ratio > 1.1) console.log(`  jobs ratio as a share of the ceiling:                  ${fmt(((jobsRatio - 1) / (ceiling.ratio - 1)) * 100, 0)}% of the ceiling's gain over one core`);
  console.log(`  mdarchive jobs ${opts.jobs} (${opts.pages}) / peer (subset):          ${fmt(peerRatio, 2)}×`);
  console.log(`  mdarchive jobs 1 (${opts.pages}) / peer (subset):          ${fmt(peerRatioOne, 2)}×`);
  console.log(`  mdarchive jobs 1 / peer, same ${opts.peerPages}-page subset:        ${fmt(subsetRatio, 2)}×  (short run: start-up weighs more)`);
  console.log(`  peak RSS ${opts.bigPages} / ${opts.pages} (jobs ${opts.jobs}):               ${big ? `${fmt(rssRatio, 2)}×  (${fmt(big.rssMb, 0)} MB vs ${fmt(many.rssMb, 0)} MB)` : notYet}`);

  const share = independent ? many.rate / independent.rate : undefined;
  if (independent) console.log(`  jobs ${opts.jobs} / ${opts.jobs} independent jobs-1 processes (pages/s):  ${fmt(share * 100, 0)}%  (${fmt(many.rate, 1)} vs ${fmt(independent.rate, 1)} pages/s; posts ${independent.samePosts ? 'identical' : 'DIFFERENT'})`);

  const jobs2 = opts.jobs >= 2 ? jobsRatio >= TARGET_JOBS_RATIO : undefined;
  console.log('');
  console.log('targets');
  console.log(`  ${verdict(jobs2)}  --jobs ${opts.jobs} ≥ ${TARGET_JOBS_RATIO}× --jobs 1: ${fmt(jobsRatio, 2)}×${jobs2 === false && ceiling.ratio < TARGET_JOBS_RATIO ? ` (this machine's ceiling is ${fmt(ceiling.ratio, 2)}×: the target cannot be met here)` : ''}`);
  if (independent) console.log(`  ${verdict(share >= TARGET_SHARE_OF_PROCESSES && independent.samePosts)}  --jobs ${opts.jobs} ≥ ${TARGET_SHARE_OF_PROCESSES * 100}% of ${opts.jobs} independent --jobs 1 processes, identical posts: ${fmt(share * 100, 0)}%`);
  console.log(`  ${verdict(rss20 < TARGET_RSS_MB)}  peak RSS < ${TARGET_RSS_MB} MB at ${opts.pages} pages: ${fmt(rss20, 0)} MB (highest of jobs 1 and jobs ${opts.jobs})`);
  console.log(`  ${verdict(big ? rssRatio <= 1 + RSS_NOISE : undefined)}  peak RSS at ${opts.bigPages} no higher than at ${opts.pages} (jobs ${opts.jobs}, ${RSS_NOISE * 100}% noise allowed): ${big ? `${fmt(big.rssMb, 0)} vs ${fmt(many.rssMb, 0)} MB` : notYet}`);
  console.log(`  ${verdict(peerRatio >= TARGET_PEER_RATIO)}  pages/s ≥ ${TARGET_PEER_RATIO}× the reference (jobs ${opts.jobs}, the CLI's default): ${fmt(peerRatio, 2)}× (jobs 1: ${fmt(peerRatioOne, 2)}×, ${verdict(peerRatioOne >= TARGET_PEER_RATIO).trim()})`);
}


async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed for peak RSS`);
  if (!existsSync(join(ROOT, 'dist', 'convert.js'))) throw new Error(`mdarchive is not built: run 'npx tsc -p .' in ${ROOT}`);
  const work = mkdtempSync(join(tmpdir(), 'mdarchive-batch-'));
  const pages = opts.heavy ? heavyPages(work) : corpusPages();
  workDir = work;
  keepWork = opts.keep;
  const cores = availableParallelism();
  console.log('mdarchive batch benchmark');
  console.log(`node ${process.version}; ${cores} cores available (${cpus()[0]?.model ?? '?'}); ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM`);
  console.log(`input: ${pages.length} ${opts.heavy ? `heavy pages (modern-dev, ${HEAVY_BYTES.map((b) => `${b / 1000} KB`).join('-')} decompressed)` : 'corpus pages (zyte-dev .html.gz as they are, zh-dev, readability-pages)'}, linked round-robin into ${FOLDERS} nested folders under varied names; temp dir ${work}`);
  const rows = [];
  try {
    const ceiling = await parallelCeiling(opts.ceilingSeconds, (opts.heavy ? pages : pages.filter((p) => p.ext === '.html.gz')).map((p) => p.path));

    const peerInput = join(work, `peer-${opts.peerPages}`);
    buildPeerFolder(peerInput, opts.peerPages, pages, work);
    const peer = await runPeer(peerInput, opts.peerPages, work);
    // mdarchive on the very same subset, one job, for a like-for-like line under the peer's.
    const subset = await runMdarchive('mdarchive (peer subset)', peerInput, opts.peerPages, 1, work);
    rows.push(peer, subset);

    const input = join(work, `in-${opts.pages}`);
    log(`building ${opts.pages} inputs`);
    buildTree(input, opts.pages, pages);
    const one = await runMdarchive(`${opts.pages} pages, jobs 1`, input, opts.pages, 1, work);
    const many = await runMdarchive(`${opts.pages} pages, jobs ${opts.jobs}`, input, opts.pages, opts.jobs, work, opts.heavy ? 'out-jobs' : 'out');
    rows.push(one, many);
    let independent;
    if (opts.heavy && opts.jobs > 1) {
      independent = await runIndependent(input, opts.pages, opts.jobs, work);
      rows.push(independent);
      rmSync(join(work, 'out-jobs'), { recursive: true, force: true });
    }
    rmSync(input, { recursive: true, force: true });

    let big;
    if (!opts.skipBig) {
      console.log(`\n===== summary so far (the ${opts.bigPages}-page run follows) =====`);
      summarize({ opts, rows, ceiling, one, many, independent, peer, subset, big, cores });
      const bigInput = join(work, `in-${opts.bigPages}`);
      log(`building ${opts.bigPages} inputs`);
      buildTree(bigInput, opts.bigPages, pages);
      big = await runMdarchive(`${opts.bigPages} pages, jobs ${opts.jobs}`, bigInput, opts.bigPages, opts.jobs, work);
      rows.push(big);
      rmSync(bigInput, { recursive: true, force: true });
      console.log(`\n===== final summary =====`);
    }

    summarize({ opts, rows, ceiling, one, many, independent, peer, subset, big, cores });
  } finally {
    if (opts.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // The timed run is its own process group (time + node): end the group, and our temp dir.
    if (current) {
      try {
        process.kill(-current.pid, 'SIGTERM');
      } catch {}
    }
    if (workDir && !keepWork) rmSync(workDir, { recursive: true, force: true });
    process.exit(130);
  });
}

main().catch((error) => {
  console.error(`batch.mjs: ${error.message}`);
  process.exitCode = 1;
});
