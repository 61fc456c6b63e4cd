// Markdown fidelity on a fixed subset of ../shared/corpus (bench/fidelity.mjs runs all of it):
// the article's text tokens survive in order, and no image, table, code block or list is lost.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
// @ts-expect-error: a plain .mjs bench helper, without types
import { corpusPages, measurePage } from '../bench/lib/fidelity.mjs';

const CORPUS = resolve(ROOT, '../shared/corpus');
const SUBSET = [
  'zyte-dev/3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2',
  'zyte-dev/51374560f40088e227f0053ff1bb0b8525d10a8d7bfbff1cd6033f42347fd85b',
  'zh-dev/59562291-5657-476d-9902-ad76b53ef82b',
  'zh-dev/05e98007-d810-4036-b154-2ef2fe68c2af',
  'readability-pages/001',
  'readability-pages/ars-1',
  'readability-pages/ietf-1',
  'readability-pages/lwn-1',
  'readability-pages/medium-1',
  'readability-pages/mozilla-1',
  'readability-pages/qq',
];

interface Figures {
  tokens: number;
  share: number;
  source: Record<string, number>;
  markdown: Record<string, number>;
}

const available = existsSync(CORPUS) && existsSync(join(ROOT, 'bench/node_modules/markdown-it'));

describe.skipIf(!available)('markdown fidelity on corpus pages', async () => {
  const pages = available ? ((await corpusPages(CORPUS)) as { corpus: string; name: string }[]) : [];
  const chosen = pages.filter((page) => SUBSET.includes(`${page.corpus}/${page.name}`));

  it('finds the subset', () => expect(chosen.map((p) => `${p.corpus}/${p.name}`).sort()).toEqual([...SUBSET].sort()));

  it.each(chosen.map((page) => [`${page.corpus}/${page.name}`, page] as const))('%s', async (_label, page) => {
    const figures = (await measurePage(page, join(ROOT, 'dist'))) as Figures | undefined;
    expect(figures).toBeDefined();
    expect(figures!.share).toBeGreaterThanOrEqual(0.99);
    for (const kind of ['images', 'tables', 'code', 'lists']) expect(figures!.markdown[kind], kind).toBeGreaterThanOrEqual(figures!.source[kind]!);
    expect(figures!.markdown.links).toBeGreaterThanOrEqual(Math.floor(figures!.source.links! * 0.99));
  });
});
