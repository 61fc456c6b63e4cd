// Bad input: a clear one-line error per source, the right exit code, the good sources
// still written, and nothing half-written or outside the output folder.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePage, listFiles, PROSE, ROOT, runCli, tempDir, WOSHIPM_PAGE } from './helpers.js';

describe('bad input', () => {
  it('reports each bad source on one line and still writes the good ones', async () => {
    const dir = await tempDir();
    const out = join(dir, 'out');
    await writeFile(join(dir, 'empty.html'), '');
    await writeFile(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await writeFile(join(dir, 'no-article.html'), '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav><p> </p></body></html>');
    await mkdir(join(dir, 'no-html'));
    await writeFile(join(dir, 'no-html', 'notes.txt'), 'text');
    await writeFile(join(dir, 'traversal.html'), articlePage({ title: '../../x', body: PROSE }));
    await writeFile(join(dir, 'reserved.html'), articlePage({ title: 'CON', body: PROSE }));
    const sources = ['empty.html', 'binary.html', 'missing.html', 'no-html', 'no-article.html', 'traversal.html', 'reserved.html', WOSHIPM_PAGE].map((s) => (s.startsWith('/') ? s : join(dir, s)));
    const result = await runCli(['archive', ...sources, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `mdarchive: ${join(dir, 'empty.html')}: empty input, no HTML to read`,
      `mdarchive: ${join(dir, 'binary.html')}: not an HTML page: binary data`,
      `mdarchive: ${join(dir, 'missing.html')}: no such file or folder`,
      `mdarchive: ${join(dir, 'no-html')}: no .html or .htm files in this folder`,
      `mdarchive: ${join(dir, 'no-article.html')}: no article found: the page has no readable text (try --selector)`,
    ]);
    expect(await listFiles(out)).toEqual(['con_.md', 'x.md', '产业互联网的深逻辑.md']);
    expect(await listFiles(dir)).not.toContain('x.md');
  });

  it('reports in JSON with the contract fields', async () => {
    const dir = await tempDir();
    const result = await runCli(['archive', join(dir, 'nope.html'), WOSHIPM_PAGE, '-o', dir, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      results: [
        { source: join(dir, 'nope.html'), output: null, status: 'failed', title: null, error: 'no such file or folder' },
        { source: WOSHIPM_PAGE, output: join(dir, '产业互联网的深逻辑.md'), status: 'written', title: '产业互联网的深逻辑', error: null },
      ],
      written: 1,
      skipped: 0,
      failed: 1,
    });
  });

  it('skips existing posts unless --force, and numbers same-run collisions', async () => {
    const out = await tempDir();
    const first = await runCli(['archive', WOSHIPM_PAGE, WOSHIPM_PAGE, '-o', out]);
    expect(first.code).toBe(0);
    expect(await listFiles(out)).toEqual(['产业互联网的深逻辑-2.md', '产业互联网的深逻辑.md']);
    const second = await runCli(['archive', WOSHIPM_PAGE, '-o', out]);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe(`mdarchive: ${WOSHIPM_PAGE}: skipped, ${join(out, '产业互联网的深逻辑.md')} exists (use --force to overwrite)\n`);
    const forced = await runCli(['archive', WOSHIPM_PAGE, '-o', out, '--force', '--json']);
    expect(JSON.parse(forced.stdout).written).toBe(1);
    expect(await listFiles(out)).toEqual(['产业互联网的深逻辑-2.md', '产业互联网的深逻辑.md']);
  });

  it('exits 2 with one line for usage errors', async () => {
    for (const [args, message] of [
      [['archive', WOSHIPM_PAGE, '--body', 'pdf'], "mdarchive: option '--body <format>' argument 'pdf' is invalid. Allowed choices are markdown, html, text.\n"],
      [['archive', WOSHIPM_PAGE, '--filename', '../{slug}.md'], 'mdarchive: --filename must be a relative path inside the output folder\n'],
      [['archive', WOSHIPM_PAGE, '--filename', '{author}.md'], 'mdarchive: --filename: unknown placeholder {author} (use {slug}, {title}, {date}, {year}, {month}, {i_month}, {day}, {i_day}, {hour}, {minute}, {second}, {id}, {name}, {path})\n'],
      [['archive', WOSHIPM_PAGE, '--front-matter', 'wordpress'], "mdarchive: option '--front-matter <dialect>' argument 'wordpress' is invalid. Allowed choices are hexo, hugo, jekyll, obsidian.\n"],
      [['archive', WOSHIPM_PAGE, '--config', '/nonexistent.yml'], 'mdarchive: cannot read config /nonexistent.yml: ENOENT\n'],
      [['archive'], 'mdarchive: nothing to archive: give a URL, file or folder, - for standard input, or --input <list>\n'],
      [['unarchive'], "mdarchive: unknown command 'unarchive'\n"],
    ] as const) {
      const result = await runCli([...args]);
      expect(result.stderr).toBe(message);
      expect(result.code).toBe(2);
    }
  });

  it('leaves no temporary file behind', async () => {
    const out = await tempDir();
    await runCli(['archive', WOSHIPM_PAGE, '-o', out]);
    expect((await listFiles(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails a URL that cannot be parsed at once, without retrying it', async () => {
    const started = Date.now();
    const result = await runCli(['archive', 'http://256.1.1.1/x', '-o', '-', '--retries', '3']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('mdarchive: http://256.1.1.1/x: not a valid URL\n');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('ends quietly when a pipe closes its output early (--help | head)', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/mdarchive.js'), 'archive', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
