// Hostile and broken input: every limit, name trap and scheme, with nothing lost.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as hexoParse } from 'hexo-front-matter';
import { renderFrontMatter } from '../src/render/front-matter.js';
import { fileNameFor, slugify } from '../src/write/file-name.js';
import { rss } from './feeds.js';
import { articlePage, listFiles, PROSE, runCli, tempDir, WOSHIPM_PAGE } from './helpers.js';
import { html, serve } from './server.js';

const page = (body: string) => `<html><head><title>Limits</title></head><body>${body}</body></html>`;

describe('limits', () => {
  it('refuses a 100,000-deep document with one line, without overflowing anything', async () => {
    const dir = await tempDir();
    const depth = 100_000;
    await writeFile(join(dir, 'deep.html'), page(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`));
    const result = await runCli(['archive', join(dir, 'deep.html'), WOSHIPM_PAGE, '-o', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`mdarchive: ${join(dir, 'deep.html')}: refused: nested more than 1000 elements deep (--max-depth)\n`);
    expect(await listFiles(join(dir, 'out'))).toEqual(['产业互联网的深逻辑.md']);
  });

  it('refuses 200,000 empty paragraphs by element count, and handles them when allowed', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'many.html'), page('<p></p>'.repeat(200_000)));
    const refused = await runCli(['archive', join(dir, 'many.html'), '-o', dir]);
    expect(refused.stderr).toBe(`mdarchive: ${join(dir, 'many.html')}: refused: more than 150000 elements (--max-elements)\n`);
    const allowed = await runCli(['archive', join(dir, 'many.html'), '-o', dir, '--max-elements', '300000']);
    expect(allowed.stderr).toBe(`mdarchive: ${join(dir, 'many.html')}: no article found: the page has no readable text (try --selector)\n`);
  });

  it('refuses pages with too many images, and files over --max-bytes', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'images.html'), articlePage({ title: 'Pics', body: `${PROSE}${'<img src="a.png">'.repeat(5)}` }));
    await writeFile(join(dir, 'big.html'), articlePage({ title: 'Big', body: PROSE.repeat(50) }));
    const result = await runCli(['archive', join(dir, 'images.html'), join(dir, 'big.html'), '-o', dir, '--max-images', '3', '--max-bytes', '10000']);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `mdarchive: ${join(dir, 'images.html')}: refused: more than 3 images (--max-images)`,
      `mdarchive: ${join(dir, 'big.html')}: larger than the 10000-byte limit (--max-bytes)`,
    ]);
  });

  it('takes at most --max-items new items from a 100,000-item feed per run, the rest next time', async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ title: `Item ${i}`, guid: `urn:${i}`, html: `<p>Body ${i}.</p>` }));
    const feed = rss(items);
    const server = await serve({ '/feed': html(feed, 'application/rss+xml') });
    const out = await tempDir();
    const args = ['mirror', server.url('/feed'), '-o', out, '--full-text', 'feed', '--max-bytes', '50000000', '--max-items', '300', '--json'];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`mdarchive: ${server.url('/feed')}: 99700 more new items are left for the next runs (--max-items 300)\n`);
    expect(JSON.parse(first.stdout).written).toBe(300);
    // Oldest first: the feed lists newest first, so the last 300 items are the first written.
    const files = (await listFiles(out)).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(300);
    expect(files).toContain('item-99999.md');
    const second = await runCli(args);
    expect(JSON.parse(second.stdout).written).toBe(300);
  }, 120_000);
});

describe('schemes and addresses', () => {
  it('fetches only http and https, and refuses redirects to other schemes', async () => {
    const server = await serve({ '/to-file': (_q, r) => r.writeHead(302, { location: 'file:///etc/passwd' }).end() });
    const result = await runCli(['archive', 'file:///etc/passwd', 'data:text/html,<p>x</p>', server.url('/to-file'), '-o', '-']);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'mdarchive: file:///etc/passwd: only http and https URLs can be fetched',
      'mdarchive: data:text/html,<p>x</p>: only http and https URLs can be fetched',
      `mdarchive: ${server.url('/to-file')}: refused: a redirect to a file: URL`,
    ]);
  });

  it('refuses loopback and private addresses with --no-private, literal or after DNS', async () => {
    const server = await serve({ '/a': html(articlePage({ title: 'A', body: PROSE })) });
    const byName = server.url('/a').replace('127.0.0.1', 'localhost');
    const result = await runCli(['archive', server.url('/a'), byName, '--no-private', '-o', '-']);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `mdarchive: ${server.url('/a')}: refused: 127.0.0.1 is a private address (--private allows it)`,
      `mdarchive: ${byName}: refused: localhost resolves to 127.0.0.1, a private address (--private allows it)`,
    ]);
    expect(server.hits).toEqual([]);
  });
});

describe('safe names and values', () => {
  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['/absolute/path', 'absolute-path'],
    ['CON', 'con_'],
    ['aux.md', 'aux-md'],
    ['aux', 'aux_'],
    ['trailing dots...', 'trailing-dots'],
    ['nul\u0000byte', 'nul-byte'],
    ['', 'untitled'],
    ['\u202e\u200bhidden', 'hidden'],
  ])('slug of %j is %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps a 300-byte title under 200 bytes without splitting a character', () => {
    const slug = slugify('产'.repeat(100));
    expect(Buffer.byteLength(slug)).toBe(198);
    expect(slug).toBe('产'.repeat(66));
  });

  it('keeps the extension of a post named by a long title: the name is cut before ".md", never through it', () => {
    const title = 'Fully functional hair follicles have been grown in the lab for the first time, mice study identified a missing essential link, a cell type that supports regeneration and triggers full hair growth and tissue repair';
    const page = { kind: 'url', url: 'http://x/a' } as const;
    expect(fileNameFor(undefined, { title }, page)).toBe(`${slugify(title)}.md`);
    expect(Buffer.byteLength(slugify(title))).toBe(200);
    const tree = { kind: 'file', path: '/x/site/2024/a/post.html', root: '/x/site' } as const;
    expect(fileNameFor(undefined, { title }, tree)).toBe('2024/a/post.md');
    const long = fileNameFor('{slug}-{title}.md', { title }, page);
    expect(long.endsWith('.md')).toBe(true);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
  });

  it('never leaves the output folder, whatever the URL says', () => {
    const name = fileNameFor('{name}-{slug}.md', { title: '..', url: 'http://x/../../.ssh/authorized_keys' }, { kind: 'url', url: 'http://x/a' });
    expect(name).toBe('authorized_keys-untitled.md');
  });

  it('writes front-matter that a BOM, lone surrogates or control characters cannot break', () => {
    const text = renderFrontMatter({ title: '\ufeffTitle\ud800 with \u0007bell\n---\nx: y', categories: ['\udc00cat'], author: 'A\u0000B', comments: false });
    const data = hexoParse(text) as Record<string, unknown>;
    expect(data.title).toBe('Title with bell --- x: y');
    expect(data.categories).toEqual(['cat']);
    expect(data.author).toBe('AB');
  });
});

describe('nothing lost', () => {
  it.skipIf(process.getuid?.() === 0)('reports a read-only output folder and keeps the existing post', async () => {
    const out = await tempDir();
    await runCli(['archive', WOSHIPM_PAGE, '-o', out]);
    const before = await readFile(join(out, '产业互联网的深逻辑.md'));
    await chmod(out, 0o555);
    try {
      const result = await runCli(['archive', WOSHIPM_PAGE, '-o', out, '--force']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/: cannot write .*: EACCES\n$/);
      expect((await readFile(join(out, '产业互联网的深逻辑.md'))).equals(before)).toBe(true);
    } finally {
      await chmod(out, 0o755);
    }
  });

  it('reports an output path it cannot create, and writes nothing elsewhere', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'file'), 'x');
    await mkdir(join(dir, 'sub'));
    const result = await runCli(['archive', WOSHIPM_PAGE, '-o', join(dir, 'file', 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`mdarchive: ${WOSHIPM_PAGE}: cannot write ${join(dir, 'file', 'out', '产业互联网的深逻辑.md')}: ENOTDIR\n`);
    expect(await listFiles(dir)).toEqual(['file']);
  });
});
