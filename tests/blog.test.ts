// Blog-aware defaults: a Hexo site's _config.yml fills in what no flag and no config gives.
// The acceptance case archives the seed's page from a local server into a real Hexo site
// (timezone, post_asset_folder, new_post_name), runs `hexo generate`, and reads the pages
// back over HTTP: the date shown, the images served, the permalink.
import { load } from 'cheerio';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { articlePage, listFiles, PROSE, readText, runCli, tempDir, WOSHIPM_PAGE } from './helpers.js';
import { makeSite, type HexoSite } from './hexo-site.js';
import { serve } from './server.js';

const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
const COVER = `${createHash('sha256').update(JPEG).digest('hex').slice(0, 16)}.jpg`;
const TITLE = '产业互联网的深逻辑';

const LAYOUT = `<h1 class="title"><%= page.title %></h1>
<ul class="categories"><% page.categories.each(function (category) { %><li><%= category.name %></li><% }) %></ul>
<time><%= date(page.date, 'YYYY-MM-DD HH:mm') %></time>
<a class="permalink" href="<%- page.permalink %>"></a>
<article><%- page.content %></article>
`;

const SITE = `title: mdarchive blog test
url: http://example.com
theme: mini
timezone: Asia/Shanghai
post_asset_folder: true
new_post_name: :year/:title.md
permalink: :year/:month/:day/:title/
default_category: 归档
# Hexo's documented setting for Markdown images in asset folders: a bare name is the post's asset.
marked:
  postAsset: true
`;

const sites: HexoSite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.remove()));
});

async function site(config: string): Promise<HexoSite> {
  const made = await makeSite(config, LAYOUT);
  sites.push(made);
  return made;
}

/** The seed's page and a page dated to the minute, their images on the same local server. */
async function articles() {
  const page = await readFile(WOSHIPM_PAGE, 'utf8');
  const server = await serve({
    '/it/5193068.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.replaceAll('http://image.woshipm.com/', server.url('/'))),
    '/wp-files/2021/10/Kah7yCDlyPW0DcFZxvy5.jpg': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(JPEG),
    '/news/minute.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage({
      title: 'Half Past Eight in London',
      head: '<meta property="article:published_time" content="2023-05-04T08:30:00Z">',
      body: PROSE,
    })),
  });
  return server;
}

/** public/ over HTTP, as a web server would serve the generated site. */
async function servePublic(dir: string): Promise<(path: string) => Promise<{ status: number; body: Buffer }>> {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const body = await readFile(join(dir, 'public', path)).catch(() => undefined);
    res.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  afterEach(() => void server.close());
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async (path) => {
    const res = await fetch(new URL(path, base));
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  };
}

/**
 * `hexo generate` on a machine set to `zone`. Hexo shows dates in the site's timezone wherever it
 * runs, but fills a permalink's :year/:month/:day from the machine's clock (post_permalink.js):
 * the blogger's machine, in the blog's zone, gives the day the post shows.
 */
async function generateIn(zone: string, blog: HexoSite): Promise<void> {
  const machine = process.env.TZ;
  process.env.TZ = zone;
  try {
    await blog.generate();
  } finally {
    if (machine === undefined) delete process.env.TZ;
    else process.env.TZ = machine;
  }
}

const frontMatter = (post: string) => yaml.load(post.slice(post.indexOf('---\n') + 4, post.indexOf('\n---\n', 5))) as Record<string, unknown>;

describe('archiving into a Hexo site', () => {
  it("takes its timezone, post_asset_folder, new_post_name and default_category; hexo generate shows the local time, the images and the permalink", async () => {
    const blog = await site(SITE);
    const server = await articles();
    const result = await runCli(['archive', server.url('/it/5193068.html'), server.url('/news/minute.html'), '-o', blog.posts]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await listFiles(blog.posts)).toEqual([`2021/${TITLE}.md`, `2021/${TITLE}/${COVER}`, '2023/Half-Past-Eight-in-London.md']);
    const post = await readText(join(blog.posts, `2021/${TITLE}.md`));
    expect(post).toContain(`\ndate: 2021-10-29 00:00:00\n`);
    expect(frontMatter(post)).toMatchObject({ title: TITLE, categories: ['归档'], headimg: COVER, thumbnail: COVER, author: '孟永辉' });
    expect(post).toContain(`![](${COVER})`);
    expect(await readText(join(blog.posts, '2023/Half-Past-Eight-in-London.md'))).toContain('\ndate: 2023-05-04 16:30:00\n');

    await generateIn('Asia/Shanghai', blog);
    const get = await servePublic(blog.dir);
    const page = await get(`/2021/10/29/${encodeURIComponent(TITLE)}/`);
    expect(page.status).toBe(200);
    const $ = load(page.body.toString('utf8'));
    expect($('h1.title').text()).toBe(TITLE);
    expect($('time').text()).toBe('2021-10-29 00:00');
    expect($('.categories li').toArray().map((li) => $(li).text())).toEqual(['归档']);
    expect(decodeURI($('a.permalink').attr('href')!)).toBe(`http://example.com/2021/10/29/${TITLE}/`);
    const src = $('article img').attr('src')!;
    expect(decodeURI(src)).toBe(`/2021/10/29/${TITLE}/${COVER}`);
    const image = await get(src);
    expect(image.status).toBe(200);
    expect(image.body.equals(JPEG)).toBe(true);
    const minute = load((await get('/2023/05/04/Half-Past-Eight-in-London/')).body.toString('utf8'));
    expect(minute('time').text()).toBe('2023-05-04 16:30');
  }, 60_000);

  it('lets flags and the config beat the blog, and says so with --verbose', async () => {
    const blog = await site(SITE);
    const config = join(blog.dir, 'mdarchive.yml');
    await writeFile(config, 'categories: [读书]\n');
    const result = await runCli(['archive', WOSHIPM_PAGE, '--config', config, '--filename', '{slug}.md', '--download-images', 'images', '--verbose', '-o', blog.posts]);
    expect(result.code).toBe(0);
    const at = `mdarchive: ${join(blog.dir, '_config.yml')}: `;
    expect(result.stderr.split('\n').filter((line) => line.startsWith(at))).toEqual([
      `${at}timezone Asia/Shanghai: dates are written as its wall-clock time, as Hexo shows them`,
      `${at}post_asset_folder: not used, --download-images says where images go`,
      `${at}new_post_name :year/:title.md: not used, --filename names the posts`,
      `${at}default_category 归档: the category of posts that get none from a flag, the config or a site rule`,
    ]);
    const post = await readText(join(blog.posts, `${TITLE}.md`));
    expect(frontMatter(post).categories).toEqual(['读书']);
    expect(post).toContain('\ndate: 2021-10-29 00:00:00\n');
  });

  it('--explain lists the settings taken from the blog before the page', async () => {
    const blog = await site(SITE);
    const result = await runCli(['archive', WOSHIPM_PAGE, '--explain', '-o', join(blog.posts, 'deep/inside')]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith([
      `blog: ${join(blog.dir, '_config.yml')}`,
      '  timezone Asia/Shanghai: dates are written as its wall-clock time, as Hexo shows them',
      '  post_asset_folder: images are stored beside each post, in its asset folder (--download-images {post})',
      '  new_post_name :year/:title.md: posts are named {year}/{title}.md',
      '  default_category 归档: the category of posts that get none from a flag, the config or a site rule',
      '',
      `${WOSHIPM_PAGE} (https://www.woshipm.com/it/5193068.html)`,
    ].join('\n'))).toBe(true);
  });

  it('--blog names the site: its source_dir gives the posts folder, filename_case the case', async () => {
    const blog = await site('title: t\nsource_dir: src\nfilename_case: 2\nnew_post_name: :year-:month-:day-:title.md\n');
    const page = join(await tempDir(), 'page.html');
    await writeFile(page, articlePage({ title: 'Mixed Case Title', head: '<meta property="article:published_time" content="2023-05-04T23:30:00-07:00">', body: PROSE }));
    const result = await runCli(['archive', page, '--blog', blog.dir]);
    expect(result.code).toBe(0);
    expect(await listFiles(join(blog.dir, 'src/_posts'))).toEqual(['2023-05-05-MIXED-CASE-TITLE.md']);
  });

  it('--no-blog leaves the site out', async () => {
    const blog = await site(SITE);
    const result = await runCli(['archive', WOSHIPM_PAGE, '--no-blog', '-o', blog.posts]);
    expect(result.code).toBe(0);
    expect(await listFiles(blog.posts)).toEqual([`${TITLE}.md`]);
    expect(await readText(join(blog.posts, `${TITLE}.md`))).toContain('\ndate: Fri, 29 Oct 2021 00:00:00 GMT\n');
  });

  it('a folder with a _config.yml that is not Hexo’s is no blog', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '_config.yml'), 'title: A Jekyll site\ntimezone: Asia/Tokyo\npermalink: pretty\n');
    const result = await runCli(['archive', WOSHIPM_PAGE, '-o', join(dir, '_posts')]);
    expect(result.code).toBe(0);
    expect(await listFiles(join(dir, '_posts'))).toEqual([`${TITLE}.md`]);
  });

  it.each([
    ['new_post_name: :hash/:title.md\n', "_config.yml: new_post_name ':hash/:title.md' uses :hash, which mdarchive cannot fill (it fills :title :year :month :i_month :day :i_day :hour :minute :second); give --filename"],
    ['new_post_name: :title.md\ntimezone: Mars/Olympus\n', "_config.yml: 'timezone' must be an IANA time zone such as Asia/Shanghai, or empty (got 'Mars/Olympus')"],
    ['new_post_name: :title.md\nfilename_case: 3\n', "_config.yml: 'filename_case' must be 0, 1 or 2 (got '3')"],
    ['new_post_name: [unclosed\n', '_config.yml: unexpected end of the stream within a flow collection (--no-blog leaves the site\'s settings out)'],
  ])('a site setting it cannot use is one line and exit 2: %j', async (config, reason) => {
    const dir = await tempDir();
    await writeFile(join(dir, '_config.yml'), config);
    await mkdir(join(dir, 'source/_posts'), { recursive: true });
    const result = await runCli(['archive', WOSHIPM_PAGE, '-o', join(dir, 'source/_posts')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`mdarchive: ${join(dir, reason)}\n`);
    expect(await listFiles(dir)).toEqual(['_config.yml']);
  });

  it('--blog on a folder that is not a Hexo site is a usage error', async () => {
    const dir = await tempDir();
    const result = await runCli(['archive', WOSHIPM_PAGE, '--blog', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`mdarchive: --blog ${dir}: not a Hexo site (no _config.yml with Hexo's settings there)\n`);
  });
});
