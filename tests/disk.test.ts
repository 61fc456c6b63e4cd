// A full disk and a read-only output folder: a clear error, exit 1, nothing lost. These need a
// small file system of their own (tmpfs, mounted by root); where mounting is not allowed they
// are skipped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rss } from './feeds.js';
import { listFiles, PROSE, runCli, WOSHIPM_PAGE } from './helpers.js';
import { html, serve } from './server.js';

const mounted: string[] = [];

function mountTmpfs(size: string): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'mdarchive-fs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    mounted.push(dir);
    return dir;
  } catch {
    return undefined;
  }
}

afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', [dir], { stdio: 'ignore' });
});

const canMount = (() => {
  const dir = mountTmpfs('16k');
  if (dir) execFileSync('umount', [mounted.pop()!], { stdio: 'ignore' });
  return dir !== undefined;
})();

describe.skipIf(!canMount)('disk trouble', () => {
  it('reports a full disk, keeps the mirror state true to what is written, leaves no temp file', async () => {
    const out = mountTmpfs('96k')!;
    const big = `${PROSE.repeat(40)}`;
    const items = Array.from({ length: 12 }, (_, i) => ({ title: `Long ${i}`, guid: `urn:${i}`, html: big }));
    const server = await serve({ '/feed': html(rss(items), 'application/rss+xml') });
    const result = await runCli(['mirror', server.url('/feed'), '-o', out, '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.failed).toBeGreaterThan(0);
    for (const line of result.stderr.trimEnd().split('\n')) expect(line).toMatch(new RegExp(`^mdarchive: urn:\\d+: cannot write ${out}/long-\\d+\\.md: ENOSPC$`));
    const files = await listFiles(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const state = JSON.parse(readFileSync(join(out, '.mdarchive-state.json'), 'utf8'));
    const recorded = Object.values(state.items as Record<string, { file: string; pending?: boolean }>);
    expect(recorded.every((r) => !r.pending && files.includes(r.file))).toBe(true);
    expect(recorded.length).toBe(report.written);
  });

  it('reports a read-only output folder and keeps the existing post', async () => {
    const out = mountTmpfs('1m')!;
    await runCli(['archive', WOSHIPM_PAGE, '-o', out]);
    const before = readFileSync(join(out, '产业互联网的深逻辑.md'));
    execFileSync('mount', ['-o', 'remount,ro', out]);
    const result = await runCli(['archive', WOSHIPM_PAGE, '-o', out, '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`mdarchive: ${WOSHIPM_PAGE}: cannot write ${join(out, '产业互联网的深逻辑.md')}: EROFS\n`);
    expect(readFileSync(join(out, '产业互联网的深逻辑.md')).equals(before)).toBe(true);
  });
});
