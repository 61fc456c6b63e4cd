// URLs fetched from a real HTTP server on 127.0.0.1: redirects, relative URLs, errors.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { articlePage, PROSE, readText, runCli, SEED_ARGS, SEED_PATH, WOSHIPM_PAGE, WOSHIPM_SELECTOR } from './helpers.js';
import { html, serve } from './server.js';

describe('fetching URLs', () => {
  it('archives the seed page served over HTTP', async () => {
    const server = await serve({ '/it/5193068.html': html(await readFile(WOSHIPM_PAGE)) });
    const result = await runCli(['archive', server.url('/it/5193068.html'), ...SEED_ARGS, '--selector', WOSHIPM_SELECTOR, '-o', '-']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(await readText(SEED_PATH));
  });

  it('follows redirects and resolves relative links and lazy images against the final URL', async () => {
    const body = `${PROSE}<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="../img/cover.jpg" alt="cover"></p><p><a href="next.html">Next part</a> of the story continues here.</p>`;
    const server = await serve({
      '/old': (_req, res) => res.writeHead(301, { location: '/news/2021/story.html' }).end(),
      '/news/2021/story.html': html(articlePage({ title: 'A Story', body })),
    });
    const result = await runCli(['archive', server.url('/old'), '-o', '-']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`headimg: '${server.url('/news/img/cover.jpg')}'`);
    expect(result.stdout).toContain(`![cover](${server.url('/news/img/cover.jpg')})`);
    expect(result.stdout).toContain(`[Next part](${server.url('/news/2021/next.html')})`);
    expect(result.stdout).toContain('author: 127.0.0.1');
  });

  it('fails clearly on HTTP errors and non-HTML answers, and goes on with the others', async () => {
    const server = await serve({
      '/image.png': html(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
      '/ok.html': html(articlePage({ title: 'Fine', body: PROSE })),
      '/loop': (_req, res) => res.writeHead(302, { location: '/loop2' }).end(),
      '/loop2': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    });
    const result = await runCli(['archive', server.url('/missing'), server.url('/image.png'), server.url('/loop'), server.url('/ok.html'), '-o', '-']);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `mdarchive: ${server.url('/missing')}: HTTP 404 Not Found`,
      `mdarchive: ${server.url('/image.png')}: not an HTML page: image/png`,
      `mdarchive: ${server.url('/loop')}: redirect loop at ${server.url('/loop')}`,
    ]);
    expect(result.stdout).toContain("title: 'Fine'");
  });
});
