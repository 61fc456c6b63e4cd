// mdarchive mirror as cron runs it: a lock per folder, crash safety, config columns,
// dry runs, refresh, and items the user renamed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rss, type TestItem } from './feeds.js';
import { articlePage, listFiles, PROSE, readText, runCli, startCli, tempDir } from './helpers.js';
import { html, serve } from './server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const posts = async (dir: string) => (await listFiles(dir)).filter((f) => f.endsWith('.md'));

/** A feed of summary-only items (so each needs its page) whose pages answer after `latency` ms. */
async function slowColumn(count: number, latency: number) {
  const routes: Parameters<typeof serve>[0] = {};
  const items: TestItem[] = [];
  for (let i = 0; i < count; i++) {
    // Every third title repeats, so that file names collide and must come out the same.
    items.push({ title: `Story ${i % 3 === 0 ? 'again' : i}`, guid: `urn:story:${i}`, link: `/s/${i}.html`, date: 'Fri, 29 Oct 2021 08:00:00 GMT', html: '<p>Summary…</p>' });
    routes[`/s/${i}.html`] = async (req, res) => {
      await sleep(latency);
      html(articlePage({ title: `Story ${i}`, body: `${PROSE}<p>Story number ${i}.</p>` }))(req, res);
    };
  }
  const server = await serve({ ...routes, '/feed': (req, res) => html(rss(items.map((it) => ({ ...it, link: server.url(it.link!) }))), 'application/rss+xml')(req, res) });
  return server;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const f of await posts(dir)) files[f] = await readText(join(dir, f));
  return files;
}

async function waitFor(check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(20);
  }
}

/** This process's lock identity as a run would write it, with some parts changed. */
function identity(changes: Record<string, unknown>): string {
  const stat = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
  const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  return `${JSON.stringify({ pid: process.pid, start, boot, ...changes })}\n`;
}

/** A process that has exited and that its parent has not reaped: a zombie, whose pid still answers kill(pid, 0). */
async function zombiePid(): Promise<{ pid: number; stop: () => void }> {
  // The child outlives the shell's own life: a shell still running may reap it before its exec.
  const parent = spawn('sh', ['-c', 'sleep 0.3 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const pid = await new Promise<number>((done) => parent.stdout.once('data', (chunk: Buffer) => done(Number(String(chunk).trim()))));
  await waitFor(async () => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z'));
  return { pid, stop: () => parent.kill('SIGKILL') };
}

describe.skipIf(!existsSync('/proc/sys/kernel/random/boot_id'))('the lock of a run that is gone', () => {
  it.each([
    ['from before a reboot (another boot id)', () => identity({ boot: '00000000-0000-0000-0000-000000000000' })],
    ['whose pid another process now has (another start time)', () => identity({ start: '1' })],
  ])('is taken over: %s', async (_, lock) => {
    const server = await slowColumn(2, 0);
    const out = await tempDir();
    await writeFile(join(out, '.mdarchive.lock'), lock());
    const result = await runCli(['mirror', '--private', server.url('/feed'), '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await posts(out)).toHaveLength(2);
    expect(existsSync(join(out, '.mdarchive.lock'))).toBe(false);
  });

  it('is taken over from a killed process its parent has not reaped', async () => {
    const zombie = await zombiePid();
    try {
      const server = await slowColumn(2, 0);
      const out = await tempDir();
      await writeFile(join(out, '.mdarchive.lock'), `${JSON.stringify({ pid: zombie.pid })}\n`);
      const result = await runCli(['mirror', '--private', server.url('/feed'), '-o', out]);
      expect(result.code).toBe(0);
      expect(await posts(out)).toHaveLength(2);
    } finally {
      zombie.stop();
    }
  });

  it('is kept while its process runs, in the old format (a bare pid) too', async () => {
    const server = await slowColumn(2, 0);
    for (const lock of [identity({}), `${process.pid}\n`]) {
      const out = await tempDir();
      await writeFile(join(out, '.mdarchive.lock'), lock);
      const result = await runCli(['mirror', '--private', server.url('/feed'), '-o', out]);
      expect(result.code).toBe(75);
      expect(result.stderr).toContain(`another mirror run (process ${process.pid}) is writing here`);
    }
  });
});

describe('mirror from cron', () => {
  it('lets one run at a time hold a folder: the second exits 75 and touches nothing', async () => {
    const server = await slowColumn(12, 80);
    const out = await tempDir();
    const first = startCli(['mirror', '--private', server.url('/feed'), '-o', out, '--concurrency', '1']);
    await waitFor(async () => existsSync(join(out, '.mdarchive.lock')));
    const before = await listFiles(out);
    const second = await runCli(['mirror', '--private', server.url('/feed'), '-o', out]);
    expect(second.code).toBe(75);
    expect(second.stderr).toMatch(/^mdarchive: (.+): another mirror run \(process \d+\) is writing here; nothing done\n$/);
    expect(second.stderr).toContain(`mdarchive: ${out}: `);
    // The first run's own files change meanwhile (posts, temp files, the state and its journal): the rest must not.
    const others = (files: string[]) => files.filter((f) => !f.endsWith('.tmp') && !f.endsWith('.md') && !f.startsWith('.mdarchive-state.'));
    expect(others(await listFiles(out))).toEqual(others(before));
    const result = await first.done;
    expect(result.code).toBe(0);
    expect(await posts(out)).toHaveLength(12);
    expect(existsSync(join(out, '.mdarchive.lock'))).toBe(false);
  });

  it('finishes a run killed with SIGKILL: the same files as one clean run, no partial file', async () => {
    const server = await slowColumn(30, 40);
    const clean = await tempDir();
    expect((await runCli(['mirror', '--private', server.url('/feed'), '-o', clean, '--concurrency', '1'])).code).toBe(0);
    const out = await tempDir();
    const doomed = startCli(['mirror', '--private', server.url('/feed'), '-o', out, '--concurrency', '1']);
    await waitFor(async () => (await posts(out)).length >= 8);
    doomed.child.kill('SIGKILL');
    await doomed.done;
    const resumed = await runCli(['mirror', '--private', server.url('/feed'), '-o', out, '--json']);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout).written).toBeLessThan(30);
    expect(await snapshot(out)).toEqual(await snapshot(clean));
    expect(Object.keys(await snapshot(out))).toHaveLength(30);
    expect((await listFiles(out)).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });

  it('never writes an archived item twice, even when the user renamed its post; --refresh rewrites it', async () => {
    const server = await serve({ '/feed': html(rss([{ title: 'Kept', guid: 'urn:kept', link: 'http://127.0.0.1:1/kept', html: `${PROSE}${PROSE}` }]), 'application/rss+xml') });
    const out = await tempDir();
    await runCli(['mirror', '--private', server.url('/feed'), '-o', out]);
    await rename(join(out, 'kept.md'), join(out, 'my-own-name.md'));
    const again = await runCli(['mirror', '--private', server.url('/feed'), '-o', out, '--json']);
    expect(JSON.parse(again.stdout).written).toBe(0);
    expect(await posts(out)).toEqual(['my-own-name.md']);
    const refreshed = await runCli(['mirror', '--private', server.url('/feed'), '-o', out, '--refresh', '--json']);
    expect(JSON.parse(refreshed.stdout).written).toBe(1);
    expect(await posts(out)).toEqual(['kept.md', 'my-own-name.md']);
  });

  it('runs the columns of a config file, with group categories, and lists a dry run without touching anything', async () => {
    const column = (name: string) => rss([{ title: `${name} post`, guid: `urn:${name}`, link: `http://127.0.0.1:1/${name}`, date: '2021-10-29', html: `${PROSE}${PROSE}` }]);
    const server = await serve({ '/latest': html(column('latest'), 'application/rss+xml'), '/ops': html(column('ops'), 'application/rss+xml'), '/down': (_q, r) => r.writeHead(404).end() });
    const dir = await tempDir();
    const out = join(dir, 'posts');
    await writeFile(join(dir, 'columns.yml'), [
      `out: ${out}`,
      'body: html',
      'author: 人人都是产品经理',
      'columns:',
      '  - categories: [新媒体, 人人都是产品经理]',
      '    columns:',
      `      - source: ${server.url('/latest')}`,
      '        categories: [最新文章]',
      `      - source: ${server.url('/down')}`,
      '        categories: [坏掉的]',
      `      - source: ${server.url('/ops')}`,
      '        categories: [运营]',
      '',
    ].join('\n'));
    const dry = await runCli(['mirror', '--private', '--config', join(dir, 'columns.yml'), '--dry-run']);
    expect(dry.stdout).toBe(`would write ${join(out, 'latest-post.md')}  (latest post)\nwould write ${join(out, 'ops-post.md')}  (ops post)\n`);
    expect(existsSync(out)).toBe(false);

    const result = await runCli(['mirror', '--private', '--config', join(dir, 'columns.yml'), '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`mdarchive: ${server.url('/down')}: HTTP 404 Not Found\n`);
    const report = JSON.parse(result.stdout);
    expect(report.columns.map((c: { source: string; written: number; failed: number }) => [c.source, c.written, c.failed])).toEqual([
      [server.url('/latest'), 1, 0], [server.url('/down'), 0, 1], [server.url('/ops'), 1, 0],
    ]);
    expect(await readText(join(out, 'latest-post.md'))).toContain('categories: \n - 新媒体\n - 人人都是产品经理\n - 最新文章\nauthor: 人人都是产品经理\n');
    expect(await readText(join(out, 'ops-post.md'))).toContain('categories: \n - 新媒体\n - 人人都是产品经理\n - 运营\n');
    const state = JSON.parse(await readFile(join(out, '.mdarchive-state.json'), 'utf8'));
    expect(Object.keys(state.items).sort()).toEqual(['urn:latest', 'urn:ops']);
  });
});
