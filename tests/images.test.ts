// --download-images against a server that refuses images without the article as Referer.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePage, listFiles, PROSE, readText, runCli, tempDir } from './helpers.js';
import { serve } from './server.js';
import type { IncomingMessage, ServerResponse } from 'node:http';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
const hashName = (bytes: Buffer, ext: string) => `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${ext}`;
const A = hashName(PNG, '.png');
const B = hashName(JPEG, '.jpg');

function imageServer() {
  const refused: string[] = [];
  const image = (bytes: Buffer, type: string) => (req: IncomingMessage, res: ServerResponse) => {
    if (!req.headers.referer?.endsWith('/news/post.html')) {
      refused.push(req.url ?? '');
      res.writeHead(403).end();
      return;
    }
    res.writeHead(200, { 'content-type': type }).end(bytes);
  };
  const body = `${PROSE}<p><img src="/img/a.png" alt="A"></p><p><img data-src="/img/b" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="B"></p><p><img src="/img/a.png" alt="A again"></p><p><img src="/img/missing.png" alt="M"></p>`;
  return serve({
    '/news/post.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage({ title: 'Pictures', head: '<meta property="og:image" content="/img/a.png">', body })),
    '/img/a.png': image(PNG, 'image/png'),
    '/img/b': image(JPEG, 'image/jpeg'),
  }).then((server) => ({ server, refused }));
}

describe('--download-images', () => {
  it('stores each image once under its content hash, links to it, and keeps a failed one remote', async () => {
    const { server, refused } = await imageServer();
    const out = await tempDir();
    const result = await runCli(['archive', server.url('/news/post.html'), '-o', out, '--download-images']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`mdarchive: ${server.url('/news/post.html')}: image ${server.url('/img/missing.png')}: HTTP 404 Not Found (kept remote)\n`);
    expect(refused).toEqual([]);
    const files = await listFiles(out);
    expect(files).toEqual([`images/${A}`, `images/${B}`, 'pictures.md'].sort());
    const post = await readText(join(out, 'pictures.md'));
    expect(post).toContain(`headimg: 'images/${A}'`);
    expect(post).toContain(`![A](images/${A})`);
    expect(post).toContain(`![B](images/${B})`);
    expect(post).toContain(`![A again](images/${A})`);
    expect(post).toContain(`![M](${server.url('/img/missing.png')})`);
    expect(await readFile(join(out, `images/${A}`))).toEqual(PNG);
    expect(server.hits.filter((h) => h === '/img/a.png')).toHaveLength(1);
  });

  it("puts them in Hexo's asset folder with {post}, in html bodies too", async () => {
    const { server } = await imageServer();
    const out = await tempDir();
    await runCli(['archive', server.url('/news/post.html'), '-o', out, '--download-images', '{post}', '--body', 'html', '--image-proxy', 'https://proxy.example/?']);
    const post = await readText(join(out, 'pictures.md'));
    expect(post).toContain(`<img src="${A}" alt="A" referrerpolicy="no-referrer">`);
    expect(post).toContain(`<img src="https://proxy.example/?${server.url('/img/missing.png')}" alt="M" referrerpolicy="no-referrer">`);
    expect(await listFiles(out)).toContain(`pictures/${B}`);
  });

  it('links an image whose URL has a query to its file, and leaves the query-less one its own', async () => {
    const server = await serve({
      '/post.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage({ title: 'Queries', body: `${PROSE}<p><img src="/1.png?again=1" alt="Q"></p><p><img src="/1.png" alt="P"></p>` })),
      '/1.png': (req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(req.url?.includes('again') ? PNG : JPEG),
    });
    const out = await tempDir();
    const result = await runCli(['archive', server.url('/post.html'), '-o', out, '--download-images', '--private']);
    expect(result.code).toBe(0);
    const post = await readText(join(out, 'queries.md'));
    expect(post).toContain(`![Q](images/${A})`);
    expect(post).toContain(`![P](images/${B})`);
    expect(post).not.toContain('?again=1');
  });
});
