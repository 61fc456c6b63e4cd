#!/usr/bin/env node
// The machine's parallel ceiling, one probe: in this one process (one thread), convert the given
// pages with dist/convert.js convertSource again and again — one untimed warm-up pass, then
// passes for a fixed time — and print { pages, seconds, rate } as JSON. bench/batch.mjs runs it
// alone, then two at once: combined rate / single rate is what two cores give on this machine
// for the very work `--jobs 2` spreads over two threads.
//
//   node bench/lib/batch-ceiling.mjs <seconds> <page>...
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = new URL('../..', import.meta.url);
const dist = (path) => import(new URL(join('dist', path), ROOT).href);

const [secondsArg, ...paths] = process.argv.slice(2);
const budget = Number(secondsArg) * 1000;
if (!(budget > 0) || !paths.length) {
  console.error('usage: node bench/lib/batch-ceiling.mjs <seconds> <page>...');
  process.exit(2);
}
const [{ convertSource }, { DEFAULTS }] = await Promise.all([dist('convert.js'), dist('config.js')]);
const options = { ...DEFAULTS, quiet: true };
const convertAll = async () => {
  for (const path of paths) await convertSource({ kind: 'file', path }, options);
};

await convertAll(); // warm-up: JIT, caches
const start = performance.now();
let pages = 0;
while (performance.now() - start < budget) {
  for (const path of paths) {
    await convertSource({ kind: 'file', path }, options);
    pages++;
  }
}
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ pages, seconds, rate: pages / seconds }));
