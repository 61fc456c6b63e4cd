import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..');
/** A committed copy of ../shared/format/seed.md (seed-copy.test.ts keeps the two equal). */
export const SEED_PATH = join(ROOT, 'fixtures/seed.md');
export const SHARED_SEED_PATH = resolve(ROOT, '../shared/format/seed.md');
export const WOSHIPM_PAGE = join(ROOT, 'fixtures/pages/woshipm-article.html');
export const WOSHIPM_SELECTOR = 'div.article--content.grap';
export const SEED_ARGS = [
  '--body', 'html',
  '--category', '新媒体', '--category', '人人都是产品经理', '--category', '最新文章',
  '--author', '人人都是产品经理',
  '--image-proxy', 'https://cors.zfour.workers.dev/?',
];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Starts the built CLI as a user would, in a subprocess; `done` settles when it exits. */
export function startCli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/mdarchive.js'), ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' } });
  const done = new Promise<CliResult>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : -1), stdout, stderr }));
  });
  child.stdin!.end(options.input ?? '');
  return { child, done };
}

export const runCli = (args: string[], options: { input?: string | Buffer; cwd?: string } = {}): Promise<CliResult> => startCli(args, options).done;

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temporary folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mdarchive-test-'));
  temps.push(dir);
  return dir;
}

/** Every file below a folder, as paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

export const readText = (path: string) => readFile(path, 'utf8');

/** The article paragraphs of the seed: what a correct extraction must contain. */
export async function seedParagraphs(): Promise<string[]> {
  const seed = await readText(SEED_PATH);
  return [...seed.matchAll(/<p>(?:<strong>)?([^<]+)(?:<\/strong>)?<\/p>/g)].map((m) => m[1]!);
}

/** An HTML page with the given head and article body, for tests that need their own pages. */
export function articlePage({ title, head = '', body }: { title: string; head?: string; body: string }): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
<article class="post"><h1>${title}</h1><div class="entry-content">${body}</div></article>
<footer>© Example</footer></body></html>`;
}

export const PROSE = [
  'The committee met on Tuesday to discuss the proposal, which had been circulating for weeks among members of the board.',
  'Several members raised concerns about the budget, noting that the projected costs had doubled since the first draft was presented.',
  'After a long debate, the chair called for a vote, and the proposal passed by a narrow margin of seven votes to five.',
].map((p) => `<p>${p}</p>`).join('\n');
