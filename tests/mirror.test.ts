// mdarchive mirror against a real HTTP server on 127.0.0.1: the seed from a feed,
// conditional requests, summaries fetched from pages, listing pages, bad feeds.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atom, jsonFeed, rss, seedArticleHtml, type TestItem } from './feeds.js';
import { articlePage, listFiles, PROSE, readText, runCli, SEED_ARGS, SEED_PATH, tempDir } from './helpers.js';
import { html, serve } from './server.js';

type Routes = Parameters<typeof serve>[0];

/** A feed route that honours If-None-Match, counting 304 answers. */
function feedRoute(body: () => string, type: string, seen: { conditional: number; notModified: number }): Routes[string] {
  return (req, res) => {
    const text = body();
    const etag = `"${Buffer.from(text).length}-${text.length}"`;
    if (req.headers['if-none-match']) seen.conditional++;
    if (req.headers['if-none-match'] === etag) {
      seen.notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag }).end(text);
  };
}

const posts = async (dir: string) => (await listFiles(dir)).filter((f) => f.endsWith('.md'));

describe('mirror', () => {
  it('writes the seed from an RSS item, then answers 304 and writes nothing', async () => {
    const seen = { conditional: 0, notModified: 0 };
    const item: TestItem = { title: '产业互联网的深逻辑', link: 'https://www.woshipm.com/it/5193068.html', guid: 'https://www.woshipm.com/?p=5193068', date: 'Fri, 29 Oct 2021 00:00:00 GMT', html: await seedArticleHtml() };
    const server = await serve({ '/feed.xml': feedRoute(() => rss([item], '人人都是产品经理'), 'application/rss+xml; charset=utf-8', seen) });
    const out = await tempDir();
    const args = ['mirror', server.url('/feed.xml'), ...SEED_ARGS, '-o', out];
    const first = await runCli(args);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('');
    expect(first.code).toBe(0);
    expect(await posts(out)).toEqual(['产业互联网的深逻辑.md']);
    const written = await readFile(join(out, '产业互联网的深逻辑.md'));
    expect(written.equals(await readFile(SEED_PATH))).toBe(true);
    const before = (await stat(join(out, '产业互联网的深逻辑.md'))).mtimeMs;

    const second = await runCli([...args, '--json']);
    expect(second.code).toBe(0);
    expect(seen).toEqual({ conditional: 1, notModified: 1 });
    expect(JSON.parse(second.stdout).columns[0]).toMatchObject({ notModified: true, written: 0, failed: 0 });
    expect((await stat(join(out, '产业互联网的深逻辑.md'))).mtimeMs).toBe(before);
    expect(await posts(out)).toEqual(['产业互联网的深逻辑.md']);
  });

  it.each([
    ['Atom', atom, 'application/atom+xml'],
    ['JSON Feed', jsonFeed, 'application/feed+json'],
  ] as const)('mirrors 300 %s items, fetching the 100 summaries from their pages, then only the 5 new ones', async (_name, format, type) => {
    const items: TestItem[] = [];
    const routes: Routes = {};
    for (let i = 0; i < 305; i++) {
      const link = `/a/${i}.html`;
      const summaryOnly = i % 3 === 0;
      items.push({ title: `Article ${i}`, link: `LINK${link}`, date: `2021-10-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z`, html: summaryOnly ? '<p>A short summary… Read more</p>' : `${PROSE}${PROSE}<p>Item ${i}.</p>` });
      routes[link] = html(articlePage({ title: `Article ${i} | Site`, body: `${PROSE}<p>Full page of article ${i}.</p>` }));
    }
    let count = 300;
    const seen = { conditional: 0, notModified: 0 };
    const server = await serve({ ...routes, '/feed': feedRoute(() => format(items.slice(0, count).map((it) => ({ ...it, link: server.url(it.link!.slice(4)) })).reverse()), type, seen) });
    const out = await tempDir();
    const first = await runCli(['mirror', '--private', server.url('/feed'), '-o', out, '--json', '--concurrency', '8', '--per-host', '8']);
    expect(first.stderr).toBe('');
    const report = JSON.parse(first.stdout);
    expect(report.written).toBe(300);
    expect(await posts(out)).toHaveLength(300);
    const pageHits = server.hits.filter((h) => h.startsWith('/a/'));
    expect(pageHits).toHaveLength(100);
    expect(await readText(join(out, 'article-3.md'))).toContain('Full page of article 3.');
    expect(await readText(join(out, 'article-4.md'))).toContain('Item 4.');

    count = 305;
    const second = await runCli(['mirror', '--private', server.url('/feed'), '-o', out, '--json']);
    expect(JSON.parse(second.stdout).written).toBe(5);
    expect(await posts(out)).toHaveLength(305);
  });

  it('mirrors a listing page without a feed through --link-selector', async () => {
    const listing = `<html><head><title>News</title></head><body><nav><a href="/about">About</a></nav><ul class="list">
      <li><h2 class="entry-title"><a href="/n/1.html">One</a></h2></li><li><h2 class="entry-title"><a href="n/2.html">Two</a></h2></li></ul></body></html>`;
    const server = await serve({
      '/news/': html(listing),
      '/n/1.html': html(articlePage({ title: 'One', body: PROSE })),
      '/news/n/2.html': html(articlePage({ title: 'Two', body: PROSE })),
    });
    const out = await tempDir();
    const result = await runCli(['mirror', '--private', server.url('/news/'), '--link-selector', 'h2.entry-title a', '-o', out]);
    expect(result.stderr).toBe('');
    expect(await posts(out)).toEqual(['one.md', 'two.md']);
  });

  it('finds the feed a listing page links to', async () => {
    const server = await serve({
      '/': html('<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>Home</body></html>'),
      '/rss': html(rss([{ title: 'Linked', link: 'http://127.0.0.1/x', html: `${PROSE}${PROSE}` }]), 'application/rss+xml'),
    });
    const out = await tempDir();
    const result = await runCli(['mirror', '--private', server.url('/'), '-o', out]);
    expect(result.stderr).toBe('');
    expect(await posts(out)).toEqual(['linked.md']);
  });

  it('reports bad feeds and bad items on one line each, and mirrors the rest', async () => {
    const good = rss([
      { title: 'No link', guid: 'urn:1', html: `${PROSE}${PROSE}` },
      { title: 'No date', link: 'http://127.0.0.1:1/nodate', html: `${PROSE}${PROSE}` },
      { title: 'Missing page', link: 'PAGE404', html: '<p>Summary…</p>' },
      { title: 'Nothing at all' },
    ]);
    const server = await serve({
      '/broken.xml': html('<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>', 'application/rss+xml'),
      '/error.html': html('<html><body><h1>500 Internal error</h1></body></html>'),
      '/good.xml': (req, res) => html(good.replace('PAGE404', server.url('/gone.html')), 'application/rss+xml')(req, res),
    });
    const out = await tempDir();
    const result = await runCli(['mirror', '--private', server.url('/broken.xml'), server.url('/error.html'), server.url('/good.xml'), '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `mdarchive: ${server.url('/broken.xml')}: malformed XML: Expected closing tag 'item' (opened in line 1, col 36) instead of closing tag 'channel'. (line 1)`,
      `mdarchive: ${server.url('/error.html')}: an HTML page with no feed link: give --link-selector to pick its article links`,
      `mdarchive: ${server.url('/good.xml')}: item 4 ('Nothing at all') has no link and no id`,
      `mdarchive: ${server.url('/gone.html')}: HTTP 404 Not Found`,
    ]);
    expect(await posts(out)).toEqual(['no-date.md', 'no-link.md']);
    expect(await readText(join(out, 'no-date.md'))).not.toContain('date:');
  });
});

describe('mirror and private addresses', () => {
  it('refuses item links that lead to private addresses unless --private', async () => {
    const server = await serve({
      '/feed': (req, res) => html(rss([{ title: 'Inside', link: server.url('/intranet.html'), html: '<p>Summary…</p>' }]), 'application/rss+xml')(req, res),
      '/intranet.html': html(articlePage({ title: 'Secret', body: PROSE })),
    });
    const out = await tempDir();
    const refused = await runCli(['mirror', server.url('/feed'), '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`mdarchive: ${server.url('/intranet.html')}: refused: 127.0.0.1 is a private address (--private allows it)\n`);
    expect(server.hits).toEqual(['/feed']);
    const allowed = await runCli(['mirror', server.url('/feed'), '-o', out, '--private']);
    expect(allowed.code).toBe(0);
    expect(await posts(out)).toEqual(['inside.md']);
  });
});
