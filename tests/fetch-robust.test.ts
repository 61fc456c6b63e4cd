// Fetching that survives the real web, against a real HTTP server on 127.0.0.1.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from './gbk.js';
import { articlePage, PROSE, runCli, tempDir } from './helpers.js';
import { html, serve, startConnectProxy } from './server.js';

const ZH_BODY = ['<p>中国的互联网产业正在经历一场深刻的变革，越来越多的企业开始关注产业互联网的发展。</p>',
  '<p>在这种情况下，传统的平台模式面临新的挑战，企业需要在纵向上与产业深度融合，才能找到新的机会。</p>',
  '<p>可以预见的是，未来的互联网企业将会更多地聚焦在技术研发与产业服务上，这是一个新的时代。</p>'].join('');
const zhPage = (head: string) => articlePage({ title: '产业互联网的新变化', head, body: ZH_BODY }).replace('<meta charset="utf-8">', '');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('character sets', () => {
  it('reads a GBK page declared only in <meta>', async () => {
    const server = await serve({ '/gbk.html': html(encodeGbk(zhPage('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')), 'text/html') });
    const result = await runCli(['archive', server.url('/gbk.html'), '-o', '-']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain("title: '产业互联网的新变化'");
    expect(result.stdout).toContain('中国的互联网产业正在经历一场深刻的变革，越来越多的企业开始关注产业互联网的发展。');
  });

  it('reads a GBK page served with a wrong charset=utf-8 header', async () => {
    const server = await serve({ '/lie.html': html(encodeGbk(zhPage('<meta charset="utf-8">')), 'text/html; charset=utf-8') });
    const result = await runCli(['archive', server.url('/lie.html'), '-o', '-']);
    expect(result.stdout).toContain("title: '产业互联网的新变化'");
    expect(result.stdout).toContain('这是一个新的时代。');
  });

  it("reads a Big5 page's Hong Kong characters (HKSCS) as the browsers do, not as private-use code points", async () => {
    const text = '氹仔的新渡輪碼頭今日啟用，居民話啲船班仲未夠密，冇人想等成個鐘。';
    const bytes = iconv.encode(articlePage({ title: '氹仔碼頭啟用', head: '<meta http-equiv="Content-Type" content="text/html; charset=big5">', body: `<p>${text}</p>`.repeat(3) }).replace('<meta charset="utf-8">', ''), 'big5hkscs');
    // 氹 is 0x9CAE in Big5-HKSCS, where Node's ICU Big5 table gives U+EBF3.
    expect(bytes.includes(Buffer.from([0x9c, 0xae]))).toBe(true);
    const server = await serve({ '/big5.html': html(bytes, 'text/html') });
    const result = await runCli(['archive', server.url('/big5.html'), '-o', '-']);
    expect(result.stdout).toContain("title: '氹仔碼頭啟用'");
    expect(result.stdout).toContain(text);
  });

  it("reads a windows-1252 page's curly quotes, dashes and euro sign (0x80-0x9F), a Word export's and an old Western page's, also when it is labelled ISO-8859-1", async () => {
    const text = 'The University’s plan – “net zero by 2040” – costs €40 million.';
    const page = (charset: string) => iconv.encode(articlePage({ title: 'Heating options', head: `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`, body: `<p>${text}</p>`.repeat(3) }).replace('<meta charset="utf-8">', ''), 'windows-1252');
    expect(page('windows-1252').includes(Buffer.from([0x92]))).toBe(true);
    const server = await serve({ '/word.html': html(page('windows-1252'), 'text/html'), '/latin1.html': html(page('iso-8859-1'), 'text/html') });
    for (const path of ['/word.html', '/latin1.html']) expect((await runCli(['archive', server.url(path), '-o', '-'])).stdout).toContain(text);
  });

  it('reads an undeclared GBK file from disk', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'page.html'), encodeGbk(zhPage('')));
    const result = await runCli(['archive', join(dir, 'page.html'), '-o', '-']);
    expect(result.stdout).toContain('才能找到新的机会。');
  });
});

describe('redirects, retries and limits', () => {
  it('follows a chain of relative redirects and resolves images against the final URL', async () => {
    const body = `${PROSE}<p><img src="pics/a.png" alt="A"></p>`;
    const server = await serve({
      '/start': (_q, r) => r.writeHead(302, { location: 'hop/one' }).end(),
      '/hop/one': (_q, r) => r.writeHead(301, { location: '../final/page.html' }).end(),
      '/final/page.html': html(articlePage({ title: 'Moved', body })),
    });
    const result = await runCli(['archive', server.url('/start'), '-o', '-']);
    expect(result.stdout).toContain(`![A](${server.url('/final/pics/a.png')})`);
    expect(server.hits).toEqual(['/start', '/hop/one', '/final/page.html']);
  });

  it('retries 500, 500, then succeeds on the third request', async () => {
    let calls = 0;
    const server = await serve({
      '/flaky': (req, res) => (++calls < 3 ? res.writeHead(500).end('oops') : html(articlePage({ title: 'Third time', body: PROSE }))(req, res)),
    });
    const result = await runCli(['archive', server.url('/flaky'), '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("title: 'Third time'");
    expect(server.hits).toEqual(['/flaky', '/flaky', '/flaky']);
  });

  it('honours Retry-After on 429', async () => {
    let calls = 0;
    const server = await serve({
      '/busy': (req, res) => (++calls === 1 ? res.writeHead(429, { 'retry-after': '1' }).end() : html(articlePage({ title: 'Later', body: PROSE }))(req, res)),
    });
    const started = Date.now();
    const result = await runCli(['archive', server.url('/busy'), '-o', '-']);
    const elapsed = Date.now() - started;
    expect(result.stdout).toContain("title: 'Later'");
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(server.hits.length).toBe(2);
  });

  it('fails at once on 404 and gives up on a lasting 503 with the status', async () => {
    const server = await serve({ '/down': (_q, r) => r.writeHead(503).end() });
    const result = await runCli(['archive', server.url('/gone'), server.url('/down'), '--retries', '1', '-o', '-']);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `mdarchive: ${server.url('/gone')}: HTTP 404 Not Found`,
      `mdarchive: ${server.url('/down')}: HTTP 503 Service Unavailable (after 2 tries)`,
    ]);
    expect(server.hits.filter((h) => h === '/gone').length).toBe(1);
    expect(server.hits.filter((h) => h === '/down').length).toBe(2);
  });

  it('times out a stalled server at --timeout', async () => {
    const server = await serve({ '/stall': () => undefined, '/ok': html(articlePage({ title: 'Fine', body: PROSE })) });
    const result = await runCli(['archive', server.url('/stall'), server.url('/ok'), '--timeout', '500', '-o', '-']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`mdarchive: ${server.url('/stall')}: timed out after 500 ms (--timeout)\n`);
    expect(result.stdout).toContain("title: 'Fine'");
  });

  it('stops reading a 50 MiB body at the size cap', async () => {
    let sent = 0;
    const server = await serve({
      '/huge': async (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        while (sent < 50 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) await new Promise((r) => res.once('drain', r).once('close', r));
        }
        res.end();
      },
    });
    const result = await runCli(['archive', server.url('/huge'), '--max-bytes', '1048576', '-o', '-']);
    expect(result.stderr).toBe(`mdarchive: ${server.url('/huge')}: larger than the 1048576-byte limit (--max-bytes)\n`);
    await sleep(100);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it('applies the cap to the decompressed size of a gzip bomb', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, ' '));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const server = await serve({ '/bomb': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb) });
    const result = await runCli(['archive', server.url('/bomb'), '--max-bytes', '1048576', '-o', '-']);
    expect(result.stderr).toBe(`mdarchive: ${server.url('/bomb')}: larger than the 1048576-byte limit (--max-bytes)\n`);
  });

  it('reports a connection reset mid-body and writes the other URLs', async () => {
    const server = await serve({
      '/reset': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
        res.write('<html><body><p>partial');
        setTimeout(() => res.socket?.destroy(), 20);
      },
      '/ok': html(articlePage({ title: 'Fine', body: PROSE })),
    });
    const result = await runCli(['archive', server.url('/reset'), server.url('/ok'), '--retries', '1', '-o', '-']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^mdarchive: ${server.url('/reset').replace(/[.?]/g, '\\$&')}: connection closed by the server \\(after 2 tries\\)\\n$`));
    expect(server.hits.filter((h) => h === '/reset').length).toBe(2);
    expect(result.stdout).toContain("title: 'Fine'");
  });
});

describe('politeness and input lists', () => {
  it('never has more than 2 requests in flight to one host, and keeps input order', async () => {
    let active = 0;
    let peak = 0;
    const routes: Parameters<typeof serve>[0] = {};
    for (let i = 0; i < 20; i++) {
      routes[`/p${i}`] = async (req, res) => {
        peak = Math.max(peak, ++active);
        await sleep(40);
        active--;
        html(articlePage({ title: `Page ${i}`, body: PROSE }))(req, res);
      };
    }
    const server = await serve(routes);
    const urls = Array.from({ length: 20 }, (_, i) => server.url(`/p${i}`));
    const out = await tempDir();
    const result = await runCli(['archive', ...urls, '--concurrency', '8', '-o', out, '--json']);
    expect(result.code).toBe(0);
    expect(peak).toBe(2);
    expect(JSON.parse(result.stdout).results.map((r: { title: string }) => r.title)).toEqual(urls.map((_, i) => `Page ${i}`));
  });

  it('never has more than --concurrency requests in flight in all, across hosts', async () => {
    let active = 0;
    let peak = 0;
    const page = (i: number): Parameters<typeof serve>[0][string] => async (req, res) => {
      peak = Math.max(peak, ++active);
      await sleep(60);
      active--;
      html(articlePage({ title: `Page ${i}`, body: PROSE }))(req, res);
    };
    // Three servers are three hosts (host:port): two requests each would be six at once.
    const servers = await Promise.all([0, 1, 2].map(() => serve(Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`/p${i}`, page(i)])))));
    const urls = servers.flatMap((server) => [0, 1, 2, 3].map((i) => server.url(`/p${i}`)));
    const result = await runCli(['archive', ...urls, '--concurrency', '3', '-o', await tempDir()]);
    expect(result.code).toBe(0);
    expect(peak).toBe(3);
  });

  it('spaces requests to one host by --delay', async () => {
    const starts: number[] = [];
    const server = await serve({
      '/a': (req, res) => { starts.push(Date.now()); html(articlePage({ title: 'A', body: PROSE }))(req, res); },
      '/b': (req, res) => { starts.push(Date.now()); html(articlePage({ title: 'B', body: PROSE }))(req, res); },
    });
    const result = await runCli(['archive', server.url('/a'), server.url('/b'), '--delay', '400', '-o', '-']);
    expect(result.code).toBe(0);
    // Measured at the server: the first request's connection set-up shortens the gap a little.
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(350);
  });

  it('goes through the --proxy', async () => {
    const target = await serve({ '/p': html(articlePage({ title: 'Proxied', body: PROSE })) });
    const tunnels: string[] = [];
    const proxy = await startConnectProxy(tunnels);
    const result = await runCli(['archive', target.url('/p'), '--proxy', proxy, '-o', '-']);
    expect(result.stdout).toContain("title: 'Proxied'");
    expect(tunnels).toEqual([new URL(target.url('/')).host]);
  });

  it('sends the default User-Agent and extra --header lines', async () => {
    let seen: Record<string, unknown> = {};
    const server = await serve({ '/h': (req, res) => { seen = req.headers; html(articlePage({ title: 'H', body: PROSE }))(req, res); } });
    await runCli(['archive', server.url('/h'), '--header', 'Cookie: session=abc', '--header', 'X-Test: 1', '-o', '-']);
    expect(seen['user-agent']).toMatch(/^mdarchive\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\//);
    expect(seen.cookie).toBe('session=abc');
    expect(seen['x-test']).toBe('1');
  });

  it('reads URLs from an --input file and from standard input', async () => {
    const server = await serve({ '/a': html(articlePage({ title: 'A', body: PROSE })), '/b': html(articlePage({ title: 'B', body: PROSE })) });
    const dir = await tempDir();
    await writeFile(join(dir, 'urls.txt'), `# my reading list\n${server.url('/a')}\n\n${server.url('/b')}\n`);
    const fromFile = await runCli(['archive', '--input', join(dir, 'urls.txt'), '-o', join(dir, 'one'), '--json']);
    expect(JSON.parse(fromFile.stdout).results.map((r: { title: string }) => r.title)).toEqual(['A', 'B']);
    const fromStdin = await runCli(['archive', '-', '-o', join(dir, 'two'), '--json'], { input: `${server.url('/b')}\n${server.url('/a')}\n` });
    expect(JSON.parse(fromStdin.stdout).results.map((r: { title: string }) => r.title)).toEqual(['B', 'A']);
  });
});
