#!/usr/bin/env node
// Writes the post of every fixture page and every corpus page, as the built CLI would make it
// (dist/convert.js convertSource, the default options), into <out-folder>/<set>/<page path>.md —
// or <page path>.failed holding the problem — so that two builds can be compared with
// `diff -r <before> <after>`. Prints the pages read, posts written, pages failed, and the
// process CPU seconds. Needs a fresh build (npx tsc -p .). The pages are read where they are.
//
//   node bench/posts-identity.mjs <out-folder>
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = process.env.MDARCHIVE_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const load = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
const [{ convertSource }, { DEFAULTS }] = await Promise.all([load('convert.js'), load('config.js')]);

const out = process.argv[2];
if (!out) {
  console.error('usage: node bench/posts-identity.mjs <out-folder>');
  process.exit(2);
}

/** Every .html / .html.gz file below a folder. */
function pagesBelow(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesBelow(path);
    return /\.html?(?:\.gz)?$/.test(name) ? [path] : [];
  });
}

const sets = [
  ['fixtures', join(ROOT, 'fixtures')],
  ...readdirSync(CORPUS).filter((name) => statSync(join(CORPUS, name)).isDirectory()).sort().map((name) => [name, join(CORPUS, name)]),
];

const options = { ...DEFAULTS, quiet: true };
const cpu0 = process.cpuUsage();
const totals = { pages: 0, written: 0, failed: 0 };
for (const [name, dir] of sets) {
  for (const path of pagesBelow(dir)) {
    const result = await convertSource({ kind: 'file', path }, options);
    const target = join(out, name, relative(dir, path));
    mkdirSync(dirname(target), { recursive: true });
    totals.pages++;
    if (result.ok) {
      writeFileSync(`${target}.md`, result.value.content);
      totals.written++;
    } else {
      const { stage, code, reason } = result.problem;
      writeFileSync(`${target}.failed`, `${stage} ${code}: ${reason}\n`);
      totals.failed++;
    }
  }
}
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ ...totals, cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)) }));
