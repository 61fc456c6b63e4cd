// Front-matter dialects: Hugo, Jekyll and Obsidian beside Hexo's (the default). Each has golden
// posts (fixtures/expected/dialects/<dialect>/), values that read back exactly through js-yaml,
// and the same body as Hexo's post.
import yaml from 'js-yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFrontMatter } from '../src/render/front-matter.js';
import { listFiles, readText, ROOT, runCli, tempDir, WOSHIPM_PAGE } from './helpers.js';

const DIALECTS = ['hugo', 'jekyll', 'obsidian'] as const;
/** A day without a time (the seed's page), and a time with its zone (+08:00). */
const PAGES = ['woshipm-article.html', 'cjk-text.html'];
const FLAGS = ['--category', 'Web Design', '--category', 'yes', '--comments'];

function split(post: string): { data: Record<string, unknown>; body: string } {
  expect(post.startsWith('---\n')).toBe(true);
  const end = post.indexOf('\n---\n', 3);
  return { data: yaml.load(post.slice(4, end)) as Record<string, unknown>, body: post.slice(end + 5) };
}

describe.each(DIALECTS)('--front-matter %s', (dialect) => {
  it.each(PAGES)('golden post of %s', async (page) => {
    const result = await runCli(['archive', join(ROOT, 'fixtures/pages', page), '--front-matter', dialect, ...FLAGS, '-o', '-']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(join(ROOT, 'fixtures/expected/dialects', dialect, page.replace(/\.html$/, '.md')));
  });

  it('keeps the body of the Hexo post', async () => {
    const [hexo, other] = await Promise.all([
      runCli(['archive', WOSHIPM_PAGE, '-o', '-']),
      runCli(['archive', WOSHIPM_PAGE, '--front-matter', dialect, '-o', '-']),
    ]);
    expect(split(other.stdout).body).toBe(hexo.stdout.slice(hexo.stdout.indexOf('\n---\n', 5) + 5));
  });
});

describe('dialect values, read back with js-yaml', () => {
  const run = async (dialect: string, page: string) => split((await runCli(['archive', join(ROOT, 'fixtures/pages', page), '--front-matter', dialect, ...FLAGS, '-o', '-'])).stdout).data;

  it('Hugo: RFC 3339 dates with the offset, draft, categories, params', async () => {
    expect(await run('hugo', 'cjk-text.html')).toEqual({
      title: '中文排版与 Markdown：加粗、标点和列表',
      date: new Date('2024-01-18T08:00:00+08:00'),
      draft: false,
      categories: ['Web Design', 'yes'],
      params: { author: '林晓', comments: true },
    });
    expect((await run('hugo', 'woshipm-article.html')).date).toEqual(new Date('2021-10-29T00:00:00Z'));
  });

  it('Jekyll: layout, "YYYY-MM-DD HH:MM:SS +hhmm", categories, author and image', async () => {
    const data = await run('jekyll', 'cjk-text.html');
    expect(data).toEqual({ layout: 'post', title: '中文排版与 Markdown：加粗、标点和列表', date: '2024-01-18 08:00:00 +0800', categories: ['Web Design', 'yes'], author: '林晓', comments: true });
  });

  it('Obsidian: source, author and tags as lists, published as the page shows it', async () => {
    expect(await run('obsidian', 'woshipm-article.html')).toEqual({
      title: '产业互联网的深逻辑',
      source: 'https://www.woshipm.com/it/5193068.html',
      author: ['孟永辉'],
      published: new Date('2021-10-29T00:00:00Z'),
      tags: ['Web-Design', 'yes'],
    });
  });

  const TRAPS = ["It's 'quoted'", 'Key: value', '- dash', '[x]', '{y}', '# hash', 'yes', 'null', '123', '2021-10-29', '@at', '`tick', '| pipe', '> fold', 'a #b', '---'];
  it.each(DIALECTS)('%s: hostile titles, authors and categories read back unchanged', (dialect) => {
    for (const trap of TRAPS) {
      const text = renderFrontMatter({ title: trap, categories: [trap], author: trap, comments: false, url: trap }, { dialect });
      const { data } = split(`${text}\n`);
      expect(data.title).toBe(trap);
      const author = dialect === 'obsidian' ? (data.author as string[])[0] : dialect === 'hugo' ? (data.params as { author: string }).author : data.author;
      expect(author).toBe(trap);
      const categories = dialect === 'obsidian' ? data.tags : data.categories;
      expect(categories).toEqual([dialect === 'obsidian' ? trap.replace(/\s+/g, '-') : trap]);
    }
  });

  it('dates in a stated zone, and in the zone of a blog', () => {
    const date = new Date('2023-05-04T08:30:00Z');
    const lines = (dialect: 'hexo' | 'hugo' | 'jekyll' | 'obsidian', postTimezone?: string) =>
      renderFrontMatter({ title: 'T', categories: [], comments: false, date, dateZone: '-05:00' }, { dialect, postTimezone }).split('\n').filter((l) => /^(date|published):/.test(l));
    expect(lines('hexo')).toEqual(['date: Thu, 04 May 2023 08:30:00 GMT']);
    expect(lines('hugo')).toEqual(['date: 2023-05-04T03:30:00-05:00']);
    expect(lines('jekyll')).toEqual(['date: 2023-05-04 03:30:00 -0500']);
    expect(lines('obsidian')).toEqual(['published: 2023-05-04T03:30:00']);
    expect(lines('hexo', 'Asia/Shanghai')).toEqual(['date: 2023-05-04 16:30:00']);
    expect(lines('hugo', 'Asia/Kolkata')).toEqual(['date: 2023-05-04T14:00:00+05:30']);
    expect(lines('jekyll', 'America/New_York')).toEqual(['date: 2023-05-04 04:30:00 -0400']);
  });
});

describe('file names', () => {
  it('Jekyll posts are named by their day, as Jekyll publishes only those', async () => {
    const out = await tempDir();
    const result = await runCli(['archive', join(ROOT, 'fixtures/pages/cjk-text.html'), WOSHIPM_PAGE, '--front-matter', 'jekyll', '-o', out]);
    expect(result.code).toBe(0);
    expect(await listFiles(out)).toEqual(['2021-10-29-产业互联网的深逻辑.md', '2024-01-18-中文排版与-markdown-加粗-标点和列表.md']);
    expect(await readText(join(out, '2021-10-29-产业互联网的深逻辑.md'))).toMatch(/^---\nlayout: post\n/);
  });

  it('date parts in the zone the post shows its date in', async () => {
    const out = await tempDir();
    const result = await runCli(['archive', join(ROOT, 'fixtures/pages/lazy-images.html'), '--front-matter', 'hugo', '--filename', '{year}/{month}/{i_day}-{hour}{minute}{second}-{title}.md', '-o', out]);
    expect(result.code).toBe(0);
    expect(await listFiles(out)).toEqual(['2023/11/2-083000-A-gallery-that-loads-lazily.md']);
  });
});
