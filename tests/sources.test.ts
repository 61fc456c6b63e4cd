// Sources other than one file: folders, standard input, a config file with site rules, and
// file-name templates.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readText, runCli, SEED_ARGS, SEED_PATH, tempDir, WOSHIPM_PAGE, WOSHIPM_SELECTOR } from './helpers.js';

describe('sources', () => {
  it('converts a folder of 200 pages and reports 200 results in input order', async () => {
    const dir = await tempDir();
    for (let i = 0; i < 200; i++) {
      const sub = join(dir, 'pages', `group-${Math.floor(i / 50)}`);
      await mkdir(sub, { recursive: true });
      await copyFile(WOSHIPM_PAGE, join(sub, `page-${String(i).padStart(3, '0')}.html`));
    }
    const out = join(dir, 'out');
    const result = await runCli(['archive', join(dir, 'pages'), '-o', out, '--json', '--filename', '{name}.md']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { results: { source: string; status: string }[]; written: number };
    expect(report.written).toBe(200);
    expect(report.results.map((r) => r.source)).toEqual(
      Array.from({ length: 200 }, (_, i) => join(dir, 'pages', `group-${Math.floor(i / 50)}`, `page-${String(i).padStart(3, '0')}.html`)),
    );
    expect((await listFiles(out)).length).toBe(200);
  });

  it("names a folder's posts after its tree by default: the same paths, .md for .html", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'site', '2024', 'a'), { recursive: true });
    await copyFile(WOSHIPM_PAGE, join(dir, 'site', 'index.html'));
    await copyFile(WOSHIPM_PAGE, join(dir, 'site', '2024', 'a', 'post.htm'));
    const out = join(dir, 'out');
    const result = await runCli(['archive', join(dir, 'site'), '-o', out]);
    expect(result.code).toBe(0);
    expect(await listFiles(out)).toEqual([join('2024', 'a', 'post.md'), 'index.md']);
  });

  it('reads a page from standard input', async () => {
    const result = await runCli(['archive', '-', ...SEED_ARGS, '--selector', WOSHIPM_SELECTOR, '-o', '-'], { input: await readFile(WOSHIPM_PAGE) });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await readText(SEED_PATH));
  });

  it('applies a config file: settings and the site rule for the page host', async () => {
    const dir = await tempDir();
    const config = join(dir, 'columns.yml');
    await writeFile(config, [
      'body: html',
      "image-proxy: 'https://cors.zfour.workers.dev/?'",
      'sites:',
      '  woshipm.com:',
      `    selector: '${WOSHIPM_SELECTOR}'`,
      '    remove: [.support-author, h3]',
      '    author: 人人都是产品经理',
      '    categories: [新媒体, 人人都是产品经理, 最新文章]',
      '',
    ].join('\n'));
    const result = await runCli(['archive', WOSHIPM_PAGE, '--config', config, '-o', '-']);
    expect(result.code).toBe(0);
    const seed = await readText(SEED_PATH);
    // A site rule's cleaning also takes the site's closing notice (its reprint terms); --selector alone keeps every byte.
    const expected = seed.replace('<h3>#专栏作家#</h3>', '').replace(/<div class="support-author">[\s\S]*?赞赏<\/button><\/div>/, '').replace('<p>本文原创发布于人人都是产品经理，未经许可，禁止转载</p>', '');
    expect(result.stdout).toBe(expected);
  });

  it('rejects an unknown config setting as a usage error', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.yml'), 'bodyy: html\n');
    const result = await runCli(['archive', WOSHIPM_PAGE, '--config', join(dir, 'bad.yml')]);
    expect(result.stderr).toBe(`mdarchive: ${join(dir, 'bad.yml')}: unknown setting 'bodyy'\n`);
    expect(result.code).toBe(2);
  });

  it('names files from the template', async () => {
    const out = await tempDir();
    const result = await runCli(['archive', WOSHIPM_PAGE, '-o', out, '--filename', '{date}/{name}-{id}.md']);
    expect(result.code).toBe(0);
    const [file] = await listFiles(out);
    expect(file).toMatch(/^2021-10-29\/woshipm-article-[0-9a-f]{8}\.md$/);
  });
});
