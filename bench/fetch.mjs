#!/usr/bin/env node
// Fetch throughput: archive 500 article URLs from a local server that answers each after
// 50 ms, at --concurrency 1, 4 and 16 (per-host limit raised to match).
// Usage: npm run build && node bench/fetch.mjs [--urls 500] [--latency 50]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { urls: { type: 'string', default: '500' }, latency: { type: 'string', default: '50' } } });
const URLS = Number(values.urls);
const LATENCY = Number(values.latency);
const CLI = new URL('../bin/mdarchive.js', import.meta.url).pathname;

const paragraph = (i) => `<p>Paragraph ${i} of the article: the committee met on Tuesday to discuss the proposal, which had been circulating for weeks, and several members raised concerns about the budget.</p>`;
const page = (n) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Article ${n} | Bench</title></head><body><nav><a href="/">Home</a></nav><article><h1>Article ${n}</h1>${Array.from({ length: 12 }, (_, i) => paragraph(i)).join('')}</article></body></html>`;

function startServer() {
  const stats = { requests: 0, active: 0, peak: 0 };
  const server = createServer((req, res) => {
    stats.requests++;
    stats.peak = Math.max(stats.peak, ++stats.active);
    setTimeout(() => {
      stats.active--;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(req.url));
    }, LATENCY);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, stats, port: server.address().port })));
}

function run(args, input) {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => done({ code, stdout }));
    child.stdin.end(input);
  });
}

const { server, stats, port } = await startServer();
const list = Array.from({ length: URLS }, (_, i) => `http://127.0.0.1:${port}/article/${i}`).join('\n');
console.log(`${URLS} URLs, ${LATENCY} ms server latency, node ${process.version}`);
console.log('concurrency  seconds  pages/s  requests  peak in flight  written  failed');
for (const concurrency of [1, 4, 16]) {
  const out = await mkdtemp(join(tmpdir(), 'mdarchive-bench-'));
  Object.assign(stats, { requests: 0, peak: 0 });
  const started = performance.now();
  const { stdout } = await run(['archive', '--input', '-', '-o', out, '--json', '--concurrency', String(concurrency), '--per-host', String(concurrency)], list);
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(stdout);
  console.log(
    [String(concurrency).padStart(11), seconds.toFixed(2).padStart(8), (URLS / seconds).toFixed(1).padStart(8), String(stats.requests).padStart(9), String(stats.peak).padStart(15), String(report.written).padStart(8), String(report.failed).padStart(7)].join('  '),
  );
  await rm(out, { recursive: true, force: true });
}
console.log(`floor for comparison: 1 × ${URLS} × ${LATENCY} ms = ${((URLS * LATENCY) / 1000).toFixed(1)} s sequential`);
server.close();
