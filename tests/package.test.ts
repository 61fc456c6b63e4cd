// The package as a consumer gets it: `npm pack`, installed into a fresh project from the
// tarball, imported by name from an .mjs script, and type-checked from a .ts file.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED_PATH, WOSHIPM_PAGE } from './helpers.js';

const run = promisify(execFile);
const npm = (args: string[], cwd: string) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 16 * 1024 * 1024 });

const CONSUMER = `import { archive, convert } from 'mdarchive';
import { readFile } from 'node:fs/promises';

const [page, out] = process.argv.slice(2);
const html = await readFile(page, 'utf8');
const converted = await convert(html, {
  url: 'https://www.woshipm.com/it/5193068.html',
  body: 'html',
  selector: 'div.article--content.grap',
  categories: ['新媒体', '人人都是产品经理', '最新文章'],
  author: '人人都是产品经理',
  imageProxy: 'https://cors.zfour.workers.dev/?',
});
const failed = await convert(html, { timezone: 'Mars/Olympus' });
const entries = [];
for await (const entry of archive([page, page + '.missing'], { out, frontMatter: 'obsidian' })) entries.push(entry);
process.stdout.write(JSON.stringify({ converted, failed, entries }));
`;

const TYPED = `import { archive, convert, mirror, type ArchiveEntry, type ConvertResult, type MirrorResult, type Options } from 'mdarchive';

const options: Options = { out: 'posts', frontMatter: 'hugo', categories: ['a'], downloadImages: '{post}', headers: { cookie: 'x=1' } };
const result: ConvertResult = await convert('<p>x</p>', { url: 'https://example.com/', ...options });
if (result.ok) {
  const name: string = result.post.fileName;
  const body: string = result.post.body;
  void [name, body, result.post.frontMatter.title];
} else {
  const line: string = \`mdarchive: \${result.problem.source}: \${result.problem.reason}\`;
  void line;
}
for await (const entry of archive(['a.html'], { signal: AbortSignal.timeout(1000) })) {
  const e: ArchiveEntry = entry;
  const status: 'written' | 'skipped' | 'failed' = e.status;
  void status;
}
const mirrored: MirrorResult = await mirror({ columns: [{ source: 'feed.xml', fullText: 'page' }] }, { dryRun: true });
if (mirrored.ok) void mirrored.report.written.toFixed();
// @ts-expect-error: not a dialect
await convert('', { frontMatter: 'wordpress' });
// @ts-expect-error: not an option
await convert('', { colour: 'red' });
`;

/** The tarball's folder and the consumer project, kept for the whole file. */
let packed: string;
let project: string;

beforeAll(async () => {
  packed = await mkdtemp(join(tmpdir(), 'mdarchive-pack-'));
  project = await mkdtemp(join(tmpdir(), 'mdarchive-consumer-'));
  // --ignore-scripts: dist is built already (npm test builds first); rebuilding here would rewrite it under the other tests.
  await npm(['pack', '--ignore-scripts', '--pack-destination', packed], ROOT);
  const [tarball] = (await readdir(packed)).filter((f) => f.endsWith('.tgz'));
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await npm(['install', '--prefer-offline', join(packed, tarball!)], project);
}, 240_000);

afterAll(async () => {
  await Promise.all([packed, project].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the packed package', () => {
  it('is imported by name: convert and archive from a plain .mjs', async () => {
    await writeFile(join(project, 'consumer.mjs'), CONSUMER);
    const out = join(project, 'posts');
    const { stdout } = await run(process.execPath, ['consumer.mjs', WOSHIPM_PAGE, out], { cwd: project });
    const { converted, failed, entries } = JSON.parse(stdout);
    expect(converted.ok).toBe(true);
    expect(converted.post.content).toBe(await readFile(SEED_PATH, 'utf8'));
    expect(converted.post.fileName).toBe('产业互联网的深逻辑.md');
    expect(failed).toEqual({ ok: false, problem: { source: 'options', stage: 'config', code: 'options', reason: "timezone must be an IANA time zone such as Asia/Shanghai (got 'Mars/Olympus')" } });
    expect(entries).toEqual([
      { source: WOSHIPM_PAGE, output: join(out, '产业互联网的深逻辑.md'), status: 'written', title: '产业互联网的深逻辑', error: null },
      { source: `${WOSHIPM_PAGE}.missing`, output: null, status: 'failed', title: null, error: 'no such file or folder' },
    ]);
    expect(await readFile(join(out, '产业互联网的深逻辑.md'), 'utf8')).toMatch(/^---\ntitle: 产业互联网的深逻辑\nsource: https:\/\/www\.woshipm\.com\/it\/5193068\.html\n/);
  }, 60_000);

  it('type-checks a TypeScript consumer against the exported types', async () => {
    await writeFile(join(project, 'consumer.ts'), TYPED);
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM'], types: [] },
      files: ['consumer.ts'],
    }));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const checked = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).then(() => '', (err: { stdout: string }) => err.stdout);
    expect(checked).toBe('');
  }, 60_000);
});
