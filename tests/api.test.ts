// The library API as the package ships it (dist/index.js, built by `npm test`): convert,
// archive and mirror give what the CLI gives, and their failures are values with the CLI's
// one-line reasons.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archive, convert, mirror, type ArchiveEntry } from '../dist/index.js';
import { rss, seedArticleHtml } from './feeds.js';
import { listFiles, ROOT, runCli, SEED_ARGS, SEED_PATH, tempDir, WOSHIPM_PAGE, WOSHIPM_SELECTOR } from './helpers.js';

const SEED_URL = 'https://www.woshipm.com/it/5193068.html';
const SEED_OPTIONS = {
  body: 'html',
  selector: WOSHIPM_SELECTOR,
  categories: ['新媒体', '人人都是产品经理', '最新文章'],
  author: '人人都是产品经理',
  imageProxy: 'https://cors.zfour.workers.dev/?',
} as const;
const PAGES = ['woshipm-article.html', 'cjk-text.html', 'tables.html'].map((page) => join(ROOT, 'fixtures/pages', page));

const collect = async <T>(entries: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const entry of entries) all.push(entry);
  return all;
};

describe('convert', () => {
  it("gives the seed's post: its fields, body and file name, without writing", async () => {
    const result = await convert(await readFile(WOSHIPM_PAGE, 'utf8'), { url: SEED_URL, ...SEED_OPTIONS });
    if (!result.ok) throw new Error(result.problem.reason);
    const seed = await readFile(SEED_PATH, 'utf8');
    expect(result.post.content).toBe(seed);
    expect(result.post.fileName).toBe('产业互联网的深逻辑.md');
    expect(result.post.body).toBe(seed.slice(seed.indexOf('\n---\n', 5) + 6));
    expect(result.post.frontMatter).toEqual({
      title: '产业互联网的深逻辑',
      categories: ['新媒体', '人人都是产品经理', '最新文章'],
      headimg: 'https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2021/10/Kah7yCDlyPW0DcFZxvy5.jpg',
      author: '人人都是产品经理',
      comments: false,
      date: 'Fri, 29 Oct 2021 00:00:00 GMT',
      thumbnail: 'https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2021/10/Kah7yCDlyPW0DcFZxvy5.jpg',
    });
  });

  it('writes the dialect and the blog it is given', async () => {
    const blog = await tempDir();
    await writeFile(join(blog, '_config.yml'), 'timezone: America/New_York\nnew_post_name: :year/:month/:title.md\n');
    const page = await readFile(join(ROOT, 'fixtures/pages/cjk-text.html'), 'utf8');
    const result = await convert(page, { frontMatter: 'jekyll', blog });
    if (!result.ok) throw new Error(result.problem.reason);
    expect(result.post.fileName).toBe('2024/01/中文排版与-Markdown-加粗-标点和列表.md');
    expect(result.post.frontMatter.date).toBe('2024-01-17 19:00:00 -0500');
  });

  it('fails as a value, with the reason the CLI prints', async () => {
    expect(await convert('<p> </p>', { url: 'https://example.com/a' })).toEqual({
      ok: false,
      problem: expect.objectContaining({ source: 'https://example.com/a', stage: 'extract', reason: 'no article found: the page has no readable text (try --selector)' }),
    });
    expect(await convert('<p> </p>', { timezone: 'Mars/Olympus' })).toEqual({
      ok: false,
      problem: expect.objectContaining({ source: 'options', reason: "timezone must be an IANA time zone such as Asia/Shanghai (got 'Mars/Olympus')" }),
    });
    expect(await convert('<p> </p>', { frontMatter: 'wordpress' as never })).toEqual({
      ok: false,
      problem: expect.objectContaining({ source: 'options', reason: "front-matter must be one of hexo, hugo, jekyll, obsidian (got 'wordpress')" }),
    });
  });
});

describe('archive', () => {
  it("yields the CLI's --json entries, in input order, failures included", async () => {
    const [viaApi, viaCli] = [await tempDir(), await tempDir()];
    const sources = [...PAGES, join(viaApi, 'missing.html')];
    const entries = await collect(archive(sources, { out: viaApi, frontMatter: 'hugo', jobs: 1 }));
    const cli = await runCli(['archive', ...sources, '--front-matter', 'hugo', '--jobs', '1', '--json', '-o', viaCli]);
    expect(cli.code).toBe(1);
    const report = JSON.parse(cli.stdout) as { results: ArchiveEntry[] };
    expect(entries).toEqual(report.results.map((e) => ({ ...e, output: e.output?.replace(viaCli, viaApi) ?? null })));
    expect(entries.at(-1)).toEqual({ source: join(viaApi, 'missing.html'), output: null, status: 'failed', title: null, error: 'no such file or folder' });
    expect(await listFiles(viaApi)).toEqual(await listFiles(viaCli));
  });

  it("with out: '-', each entry carries the post the CLI prints", async () => {
    const [entry] = await collect(archive(WOSHIPM_PAGE, { out: '-', ...SEED_OPTIONS }));
    expect(entry).toMatchObject({ source: WOSHIPM_PAGE, output: '-', status: 'written', error: null });
    expect(entry!.content).toBe(await readFile(SEED_PATH, 'utf8'));
    expect((await runCli(['archive', WOSHIPM_PAGE, ...SEED_ARGS, '--selector', WOSHIPM_SELECTOR, '-o', '-'])).stdout).toBe(entry!.content);
  });

  it('stops when its signal aborts: no post is written after it', async () => {
    const dir = await tempDir();
    const pages = await Promise.all(Array.from({ length: 40 }, async (_, i) => {
      const path = join(dir, `page-${String(i).padStart(2, '0')}.html`);
      await writeFile(path, await readFile(PAGES[1]!, 'utf8'));
      return path;
    }));
    const stop = new AbortController();
    const entries: ArchiveEntry[] = [];
    for await (const entry of archive(pages, { out: join(dir, 'out'), filename: '{name}.md', jobs: 1, signal: stop.signal })) {
      entries.push(entry);
      stop.abort();
    }
    expect(entries.map((e) => e.status)).toEqual(['written']);
    expect(await listFiles(join(dir, 'out'))).toEqual(['page-00.md']);
  });

  it('options it cannot use are one failed entry', async () => {
    expect(await collect(archive(PAGES, { filename: '{nope}.md' }))).toEqual([
      { source: 'options', output: null, status: 'failed', title: null, error: '--filename: unknown placeholder {nope} (use {slug}, {title}, {date}, {year}, {month}, {i_month}, {day}, {i_day}, {hour}, {minute}, {second}, {id}, {name}, {path})' },
    ]);
  });
});

describe('mirror', () => {
  it("mirrors a config's columns into their folder, as the CLI does", async () => {
    const dir = await tempDir();
    const item = { title: '产业互联网的深逻辑', link: SEED_URL, guid: 'p5193068', date: 'Fri, 29 Oct 2021 00:00:00 GMT', html: await seedArticleHtml() };
    await writeFile(join(dir, 'feed.xml'), rss([item], '人人都是产品经理'));
    const out = join(dir, 'posts');
    const result = await mirror({ out, body: 'html', author: '人人都是产品经理', imageProxy: SEED_OPTIONS.imageProxy, columns: [{ categories: ['新媒体', '人人都是产品经理'], columns: [{ source: join(dir, 'feed.xml'), categories: ['最新文章'] }] }] });
    if (!result.ok) throw new Error(result.problem.reason);
    expect(result.report).toMatchObject({ written: 1, skipped: 0, failed: 0, results: [{ source: SEED_URL, output: join(out, '产业互联网的深逻辑.md'), status: 'written' }] });
    expect(await readFile(join(out, '产业互联网的深逻辑.md'))).toEqual(await readFile(SEED_PATH));
    const again = await mirror({ out, columns: [{ source: join(dir, 'feed.xml') }] });
    expect(again.ok && again.report.columns[0]).toMatchObject({ known: 1, written: 0 });
  });

  it('fails as a value when the config cannot be used', async () => {
    expect(await mirror(join(ROOT, 'missing.yml'))).toEqual({ ok: false, problem: expect.objectContaining({ source: 'config', reason: `cannot read config ${join(ROOT, 'missing.yml')}: ENOENT` }) });
    expect(await mirror({ columns: [{ source: 'x', linkSelector: 3 as never }] })).toEqual({ ok: false, problem: expect.objectContaining({ reason: "columns[0]: 'link-selector' must be a CSS selector" }) });
  });
});
