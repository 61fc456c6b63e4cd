// Front-matter values full of YAML traps must read back as exactly the extracted strings,
// through js-yaml and through Hexo's own front-matter parser.
import { parse as hexoParse } from 'hexo-front-matter';
import yaml from 'js-yaml';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderFrontMatter } from '../src/render/front-matter.js';
import { articlePage, PROSE, readText, runCli, tempDir } from './helpers.js';

const TRAPS = [
  "It's a 'quoted' title", 'He said "hi"', 'Key: value', 'ends with colon:', 'C# # not a comment', 'a #hash',
  '- leading dash', '* star', '& anchor', '! tag', '[bracket', '{brace', '% percent', '@ at', '`tick', '| pipe', '> fold',
  '? question', ', comma', '---', '--- not a separator', '...', 'yes', 'no', 'null', '~', 'true', 'off', '123', '1.5', '0x1F', '1e3',
  '2021-10-29', '.inf', '产业互联网的深逻辑', 'emoji 🎉 title', 'tab\tinside', ' leading space', 'trailing space ', "back\\slash",
  '"double" start', "'single' start", 'a: b: c', 'http://example.com/a?b=c#d', '<<', '=', 'x\u0085y',
];

function readBack(text: string) {
  const end = text.indexOf('\n---\n', 1);
  const js = yaml.load(text.slice(5, end)) as Record<string, unknown>;
  const hexo = hexoParse(text) as Record<string, unknown>;
  return { js, hexo };
}

describe('front-matter', () => {
  it.each(TRAPS)('reads back %j as title, author and category', (value) => {
    const text = renderFrontMatter({ title: value, categories: [value, 'second'], author: value, comments: false });
    const { js, hexo } = readBack(text);
    for (const data of [js, hexo]) {
      expect(data.title).toBe(value.replace(/\u0085/g, ' '));
      expect(data.author).toBe(value.replace(/\u0085/g, ' '));
      expect(data.categories).toEqual([value.replace(/\u0085/g, ' '), 'second']);
    }
  });

  it('writes newlines in a title as spaces', () => {
    const { js, hexo } = readBack(renderFrontMatter({ title: 'one\ntwo\r\n---\nthree', categories: [], comments: false }));
    expect(js.title).toBe('one two --- three');
    expect(hexo.title).toBe('one two --- three');
    expect(js.categories).toEqual([]);
  });

  it('lays fields out in the seed order, leaving unknown ones out', () => {
    const date = new Date(Date.UTC(2021, 9, 29));
    expect(renderFrontMatter({ title: 'T', categories: ['a b'], image: 'http://x/i.jpg', author: 'Ann', comments: true, date })).toBe(
      "\n---\ntitle: 'T'\ncategories: \n - a b\nheadimg: 'http://x/i.jpg'\nauthor: Ann\ncomments: true\ndate: Fri, 29 Oct 2021 00:00:00 GMT\nthumbnail: 'http://x/i.jpg'\n---\n",
    );
    expect(renderFrontMatter({ title: 'T', categories: [], comments: false })).toBe("\n---\ntitle: 'T'\ncategories: []\ncomments: false\n---\n");
  });

  it('survives traps end to end: page title, --author and --category through the CLI', async () => {
    const dir = await tempDir();
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const traps = TRAPS.filter((t) => t.trim() === t && !/\t|\u0085/.test(t) && t !== '---' && t !== '...');
    for (const [i, trap] of traps.entries()) {
      await writeFile(join(dir, `page-${String(i).padStart(2, '0')}.html`), articlePage({ title: escape(trap), body: PROSE }));
    }
    const out = join(dir, 'out');
    const result = await runCli(['archive', dir, '-o', out, '--author', '- Ann: "A" #1', '--category', 'yes', '--category', '[x]', '--filename', '{name}.md', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { results: { output: string; title: string }[]; written: number };
    expect(report.written).toBe(traps.length);
    for (const [i, entry] of report.results.entries()) {
      expect(entry.title).toBe(traps[i]);
      const { js, hexo } = readBack(await readText(entry.output));
      for (const data of [js, hexo]) {
        expect(data.title).toBe(traps[i]);
        expect(data.author).toBe('- Ann: "A" #1');
        expect(data.categories).toEqual(['yes', '[x]']);
      }
    }
  });
});
