#!/usr/bin/env node
// Does a mirror run's cost per item depend on how much the folder already holds? Mirrors a
// feed of 372 new full-text items (served from 127.0.0.1) into an empty folder, then into a
// folder whose state already records 50,000 archived items, with the real CLI; prints both
// wall times and their ratio (the target: within 1.5×). Needs a fresh build (npx tsc -p .).
//
//   node bench/mirror-state.mjs [--items 372] [--known 50000]
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { CLI_PATH } from './lib/tools.mjs';

const { values } = parseArgs({ options: { items: { type: 'string', default: '372' }, known: { type: 'string', default: '50000' } } });
const ITEMS = Number(values.items);
const KNOWN = Number(values.known);

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = 'The committee met on Tuesday to discuss the proposal, which had been circulating for weeks among members of the board. ';

function feed(count) {
  const items = Array.from({ length: count }, (_, i) => [
    '<item>',
    `<title>New story ${i}</title>`,
    `<guid>urn:new:${i}</guid>`,
    '<pubDate>Fri, 29 Oct 2021 08:00:00 GMT</pubDate>',
    `<description>${escapeXml(`<p>${paragraph.repeat(6)}</p><p>Story number ${i}.</p>`)}</description>`,
    '</item>',
  ].join(''));
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Busy column</title><link>https://example.com/</link>${items.join('')}</channel></rss>`;
}

/** A folder whose state says `known` items are archived already (their posts need not exist for the run). */
function folderWithState(known) {
  const dir = mkdtempSync(join(tmpdir(), 'mdarchive-state-'));
  if (known) {
    const items = {};
    const at = new Date().toISOString();
    for (let i = 0; i < known; i++) items[`urn:old:${i}`] = { file: `old-story-${i}.md`, source: 'http://127.0.0.1/feed', at };
    writeFileSync(join(dir, '.mdarchive-state.json'), `${JSON.stringify({ version: 1, feeds: {}, items }, null, 1)}\n`);
  }
  return dir;
}

/** One mirror run by the CLI (a child process: this one serves the feed meanwhile), timed. */
async function timeRun(feedUrl, dir) {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI_PATH, 'mirror', feedUrl, '-o', dir, '--private', '--json', '--max-items', String(ITEMS)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`mirror exited with ${code}: ${stderr.trim().split('\n')[0]}`);
  return { seconds, written: JSON.parse(stdout).written };
}

const body = feed(ITEMS);
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const feedUrl = `http://127.0.0.1:${server.address().port}/feed`;
const dirs = [];
try {
  const empty = folderWithState(0);
  const busy = folderWithState(KNOWN);
  dirs.push(empty, busy);
  const first = await timeRun(feedUrl, empty);
  const second = await timeRun(feedUrl, busy);
  console.log(`mirroring ${ITEMS} new items (feed served from 127.0.0.1, full text in the feed)`);
  console.log(`  into an empty folder                      ${first.seconds.toFixed(2)} s  (${first.written} written)`);
  console.log(`  into a folder with ${KNOWN} items archived  ${second.seconds.toFixed(2)} s  (${second.written} written)`);
  const ratio = second.seconds / first.seconds;
  console.log(`  ratio                                     ${ratio.toFixed(2)}×  (target: within 1.5×) ${ratio <= 1.5 ? 'PASS' : 'FAIL'}`);
} finally {
  server.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
