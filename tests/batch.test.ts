// Folders at scale: the tree mirrored, bad entries reported, resume, --jobs equivalence,
// a page that hangs a worker, Ctrl-C and SIGKILL.
import { copyFile, mkdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonReport } from '../src/cli/report.js';
import { articlePage, listFiles, PROSE, readText, runCli, startCli, tempDir, WOSHIPM_PAGE } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const posts = async (dir: string) => (await listFiles(dir)).filter((f) => f.endsWith('.md'));

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const f of await listFiles(dir)) files[f] = await readText(join(dir, f));
  return files;
}

/** A pathological page: thousands of nested blocks, slow for any extractor. */
function deepPage(depth: number): string {
  return `<html><head><title>Deep</title></head><body>${'<div class="x">'.repeat(depth)}${'<p>Words, words, and more words to read here today.</p></div>'.repeat(depth)}</body></html>`;
}

async function many(dir: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `part-${i % 4}`);
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `page-${String(i).padStart(3, '0')}.html`), articlePage({ title: `Page ${i % 7}`, body: `${PROSE}<p>Number ${i}.</p>` }));
  }
}

describe('batch conversion of folders', () => {
  it('mirrors the tree, reports the bad entries, then resumes and rewrites with --force', async () => {
    const dir = await tempDir();
    const src = join(dir, 'site');
    await mkdir(join(src, 'a', 'b'), { recursive: true });
    await copyFile(WOSHIPM_PAGE, join(src, 'a', 'b', 'article.html'));
    await writeFile(join(src, 'index.html'), articlePage({ title: 'Home', body: PROSE }));
    await writeFile(join(src, 'a', 'same.html'), articlePage({ title: 'One', body: PROSE }));
    await writeFile(join(src, 'a', 'same.htm'), articlePage({ title: 'Two', body: PROSE }));
    await writeFile(join(src, 'a', 'packed.html.gz'), gzipSync(articlePage({ title: 'Packed', body: PROSE })));
    await writeFile(join(src, 'a', 'picture.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await writeFile(join(src, 'notes.txt'), 'not a page');
    await symlink(join(src, 'a'), join(src, 'a', 'b', 'loop'));
    await symlink(join(src, 'nowhere.html'), join(src, 'broken.html'));
    const out = join(dir, 'out');

    const first = await runCli(['archive', src, '-o', out, '--json']);
    expect(first.code).toBe(1);
    expect(first.stderr.trimEnd().split('\n').sort()).toEqual([
      `mdarchive: ${join(src, 'a', 'b', 'loop')}: symlink loop: leads back to ${join(src, 'a')}, not followed`,
      `mdarchive: ${join(src, 'a', 'picture.html')}: not an HTML page: binary data`,
      `mdarchive: ${join(src, 'broken.html')}: no such file`,
    ]);
    expect(await posts(out)).toEqual(['a/b/article.md', 'a/packed.md', 'a/same-2.md', 'a/same.md', 'index.md']);
    expect(await readText(join(out, 'a', 'same.md'))).toContain("title: 'Two'");
    expect(await readText(join(out, 'a', 'same-2.md'))).toContain("title: 'One'");
    const firstReport = JSON.parse(first.stdout);
    expect([firstReport.written, firstReport.skipped, firstReport.failed]).toEqual([5, 0, 3]);

    const second = await runCli(['archive', src, '-o', out, '--json']);
    const secondReport = JSON.parse(second.stdout);
    expect([secondReport.written, secondReport.skipped]).toEqual([0, 5]);
    expect(second.stderr.split('\n').filter((l) => l.includes('skipped'))).toEqual([]);

    // A page saved again after its post was written is converted again.
    const later = new Date(Date.now() + 5_000);
    await utimes(join(src, 'index.html'), later, later);
    expect(JSON.parse((await runCli(['archive', src, '-o', out, '--json'])).stdout).written).toBe(1);
    expect(JSON.parse((await runCli(['archive', src, '-o', out, '--json', '--force'])).stdout).written).toBe(5);
  });

  it('writes byte-identical posts with --jobs 1 and --jobs 2', async () => {
    const dir = await tempDir();
    await many(join(dir, 'src'), 60);
    await copyFile(WOSHIPM_PAGE, join(dir, 'src', 'woshipm.html'));
    for (const jobs of ['1', '2']) {
      for (const template of [[], ['--filename', '{slug}.md']]) {
        const result = await runCli(['archive', join(dir, 'src'), '-o', join(dir, `out-${jobs}-${template.length}`), '--jobs', jobs, ...template]);
        expect(result.code).toBe(0);
      }
    }
    for (const flat of [0, 2]) {
      const one = await snapshot(join(dir, `out-1-${flat}`));
      expect(Object.keys(one)).toHaveLength(61);
      expect(await snapshot(join(dir, `out-2-${flat}`))).toEqual(one);
    }
    expect(await posts(join(dir, 'out-1-2'))).toContain('page-0-9.md');
  });

  it('cuts off a page that takes longer than --page-timeout and goes on', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a-deep.html'), deepPage(6000));
    await writeFile(join(dir, 'b-fine.html'), articlePage({ title: 'Fine', body: PROSE }));
    const out = join(dir, 'out');
    const started = Date.now();
    const result = await runCli(['archive', join(dir, 'a-deep.html'), join(dir, 'b-fine.html'), '-o', out, '--page-timeout', '700', '--jobs', '1', '--max-depth', '10000']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`mdarchive: ${join(dir, 'a-deep.html')}: took longer than 700 ms (--page-timeout), stopped\n`);
    expect(await posts(out)).toEqual(['fine.md']);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops cleanly on Ctrl-C: summary, exit 130, no partial file; a rerun completes it', async () => {
    const dir = await tempDir();
    await many(join(dir, 'src'), 200);
    const out = join(dir, 'out');
    const run = startCli(['archive', join(dir, 'src'), '-o', out, '--jobs', '1']);
    while ((await listFiles(out).catch(() => [])).length < 10) await sleep(10);
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/^mdarchive: \d+ written, 0 skipped, 0 failed in [\d.]+ s \(interrupted\)\n$/);
    const files = await listFiles(out);
    expect(files.filter((f) => !f.endsWith('.md'))).toEqual([]);
    expect(files.length).toBeLessThan(200);
    const rerun = await runCli(['archive', join(dir, 'src'), '-o', out]);
    expect(rerun.code).toBe(0);
    expect(await posts(out)).toHaveLength(200);
  });

  it('gives the same folder as one clean run after a SIGKILL at any moment', async () => {
    const dir = await tempDir();
    await many(join(dir, 'src'), 150);
    const clean = join(dir, 'clean');
    expect((await runCli(['archive', join(dir, 'src'), '-o', clean, '--filename', '{slug}.md'])).code).toBe(0);
    const out = join(dir, 'out');
    const run = startCli(['archive', join(dir, 'src'), '-o', out, '--filename', '{slug}.md', '--jobs', '1']);
    while ((await listFiles(out).catch(() => [])).length < 20) await sleep(5);
    run.child.kill('SIGKILL');
    await run.done;
    await runCli(['archive', join(dir, 'src'), '-o', out, '--filename', '{slug}.md']);
    const after = await snapshot(out);
    expect(Object.keys(after).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(after).toEqual(await snapshot(clean));
    expect(await readFile(join(out, 'page-3.md'), 'utf8')).toContain("title: 'Page 3'");
  });
});

describe('the --json report, written entry by entry', () => {
  const entry = (n: number) => ({ source: `a${n}.html`, output: `/out/a${n}.md`, status: 'written' as const, title: `A "${n}"`, error: null });
  it.each([0, 1, 3])('is the bytes of JSON.stringify(report, null, 2) with %i results', (count) => {
    let text = '';
    const json = jsonReport((chunk) => (text += chunk));
    const results = Array.from({ length: count }, (_, i) => entry(i));
    for (const result of results) json.add(result);
    json.end({ written: count, skipped: 0, failed: 0 });
    expect(text).toBe(`${JSON.stringify({ results, written: count, skipped: 0, failed: 0 }, null, 2)}\n`);
  });
});
