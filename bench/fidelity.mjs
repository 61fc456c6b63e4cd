#!/usr/bin/env node
// Markdown fidelity over ../shared/corpus: `node bench/fidelity.mjs [--pages] [corpus-root]`
// (build first: npx tsc -p .). Prints per corpus the share of article text tokens kept in order
// (mean and worst page) and the element counts of the article HTML against our Markdown.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPages, KINDS, measurePage, REASONS } from './lib/fidelity.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const perPage = args.includes('--pages');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? join(here, '../../shared/corpus'));
const dist = join(here, '../dist');

const pages = await corpusPages(root);
if (!pages.length) {
  console.error(`fidelity: no corpus at ${root}`);
  process.exit(2);
}
const byCorpus = new Map();
for (const page of pages) {
  const figures = await measurePage(page, dist);
  if (!figures) continue;
  const sum = byCorpus.get(page.corpus) ?? { pages: 0, tokens: 0, kept: 0, shares: [], source: {}, markdown: {}, onPurpose: {}, short: {} };
  sum.pages++;
  sum.tokens += figures.tokens;
  sum.kept += figures.tokens * figures.share;
  sum.shares.push({ name: page.name, share: figures.share });
  for (const kind of KINDS) {
    sum.source[kind] = (sum.source[kind] ?? 0) + figures.source[kind];
    sum.markdown[kind] = (sum.markdown[kind] ?? 0) + figures.markdown[kind];
    sum.onPurpose[kind] = (sum.onPurpose[kind] ?? 0) + figures.onPurpose[kind];
    if (figures.markdown[kind] < figures.source[kind]) (sum.short[kind] ??= []).push(`${page.name} ${figures.markdown[kind]}/${figures.source[kind]}`);
  }
  byCorpus.set(page.corpus, sum);
  if (perPage) console.log(`${page.corpus}/${page.name}\t${(figures.share * 100).toFixed(2)}%\t${KINDS.map((k) => `${k} ${figures.markdown[k]}/${figures.source[k]}`).join('  ')}`);
}

const pct = (x) => `${(x * 100).toFixed(2)}%`;
for (const [corpus, sum] of byCorpus) {
  const mean = sum.shares.reduce((a, s) => a + s.share, 0) / sum.shares.length;
  const worst = sum.shares.reduce((a, s) => (s.share < a.share ? s : a));
  console.log(`\n${corpus}: ${sum.pages} pages, ${sum.tokens} tokens`);
  console.log(`  tokens in order: ${pct(sum.kept / sum.tokens)} of all, page mean ${pct(mean)}, worst ${worst.name} ${pct(worst.share)}`);
  console.log(`  elements (markdown/article): ${KINDS.map((k) => `${k} ${sum.markdown[k]}/${sum.source[k]}`).join(', ')}`);
  const left = KINDS.filter((k) => sum.onPurpose[k]).map((k) => `${sum.onPurpose[k]} ${REASONS[k]}`);
  if (left.length) console.log(`  left out on purpose (not in the counts above): ${left.join(', ')}`);
  for (const kind of KINDS) if (sum.short[kind]) console.log(`  fewer ${kind} on ${sum.short[kind].length} pages: ${sum.short[kind].slice(0, 6).join('; ')}`);
  const missing = KINDS.filter((k) => sum.short[k]).length;
  console.log(`  every element accounted for: ${missing ? 'NO' : 'yes'}`);
}
