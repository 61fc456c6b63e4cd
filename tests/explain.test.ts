// --explain: the reasons behind an extraction, for users writing a selector.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, WOSHIPM_PAGE, WOSHIPM_SELECTOR, listFiles } from './helpers.js';

/** The seed's page on a host no site rule knows: the generic extractor decides. */
async function pageOnAnotherHost(): Promise<string> {
  const path = join(await tempDir(), 'page.html');
  await writeFile(path, (await readFile(WOSHIPM_PAGE, 'utf8')).replaceAll('www.woshipm.com', 'www.example.org'));
  return path;
}

describe('--explain', () => {
  it('shows the winning block, its rivals, a selector and where each field came from, writing nothing', async () => {
    const out = await tempDir();
    const page = await pageOnAnotherHost();
    const result = await runCli(['archive', page, '--explain', '-o', out]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`${page} (https://www.example.org/it/5193068.html)`);
    expect(lines[2]).toBe('site rule: none applies');
    expect(lines[4]).toBe('body: the generic extractor chose 1 block(s)');
    expect(lines[6]).toMatch(/^ +\d+\.\d +5817 +0% {2}div\.article--content\.grap {2}<- chosen$/);
    expect(lines[7]).toMatch(/#post-5193068$/);
    expect(result.stdout).toContain(`to keep this block whatever the scores say: --selector '${WOSHIPM_SELECTOR}'\n`);
    expect(result.stdout).toContain([
      'metadata:',
      '  title   产业互联网的深逻辑   <- meta og:title',
      '  author  孟永辉   <- meta article:author',
      '  date    Fri, 29 Oct 2021 00:00:00 GMT   <- meta article:published_time',
      '  image   http://image.woshipm.com/wp-files/2021/10/Kah7yCDlyPW0DcFZxvy5.jpg   <- meta og:image',
      '  site    人人都是产品经理   <- meta og:site_name',
      '  zone    Asia/Shanghai   <- the page\'s language',
      '',
      'post: no warnings',
    ].join('\n'));
    expect(await listFiles(out)).toEqual([]);
  });

  it('names the site rule that applied and the rule selector behind each field', async () => {
    const result = await runCli(['archive', WOSHIPM_PAGE, '--explain']);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toBe('site rule: woshipm (woshipm.com)');
    expect(lines[4]).toBe(`body: the site rule's selector chooses ${WOSHIPM_SELECTOR}`);
    expect(result.stdout).toContain([
      '  title   产业互联网的深逻辑   <- site rule h1.article--title',
      '  author  孟永辉   <- site rule .article--meta a[rel="author"]',
      '  date    Fri, 29 Oct 2021 00:00:00 GMT   <- site rule .post-date time@datetime',
    ].join('\n'));
  });

  it("says the post writes the site's name where the page names no author", async () => {
    const page = join(await tempDir(), 'no-author.html');
    await writeFile(page, `<html><head><title>Tides</title><meta property="og:site_name" content="Harbour News"></head><body><article><h1>Tides</h1><p>${'The harbour has had a tide gauge since the old pier was built, and its keepers wrote every reading in a bound log. '.repeat(4)}</p></article></body></html>`);
    const result = await runCli(['archive', page, '--explain']);
    expect(result.stdout).toContain("  author  Harbour News   <- the site's name: the page names no author\n");
  });

  it('names the selector when one decides', async () => {
    const result = await runCli(['archive', WOSHIPM_PAGE, '--explain', '--selector', WOSHIPM_SELECTOR]);
    expect(result.stdout.split('\n')[4]).toBe(`body: the selector ${WOSHIPM_SELECTOR} (--selector) chooses it; 1 element(s) match`);
  });

  it('says what the post came to: a listing written from the main text, a page refused', async () => {
    const dir = await tempDir();
    const cards = Array.from({ length: 30 }, (_, i) => `<div class="card"><a href="/news/${i}"><h3>Story number ${i + 1} about the city budget</h3><p>A teaser of story ${i + 1}, with a few words about the council.</p></a></div>`).join('');
    const trending = `<ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/t/${i}">Trending topic number ${i}</a></li>`).join('')}</ul>`;
    const intro = `<div class="intro"><p>Here is the latest news from the city, gathered by our newsroom, and updated every hour.</p><p>Tell us what you think, and send us your tips, photos, and videos.</p>${trending}</div>`;
    await writeFile(join(dir, 'listing.html'), `<html><head><title>Latest news</title></head><body><div id="app"><div class="feed">${cards}</div><div class="a"><div class="b"><div class="c"><div class="d">${intro}</div></div></div></div></div></body></html>`);
    await writeFile(join(dir, 'empty.html'), '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    const listing = await runCli(['archive', join(dir, 'listing.html'), '--explain']);
    expect(listing.stdout.trimEnd().split('\n').at(-1)).toBe("post: a listing: the post holds the page's main text, its links included; check it (or use --selector)");
    const empty = await runCli(['archive', join(dir, 'empty.html'), '--explain']);
    expect(empty.stdout.trimEnd().split('\n').at(-1)).toBe('post: refused: no article found: the page has no readable text (try --selector)');
  });

  it("shows the zone a date is written in when it is the date's own: a zone named after its time, the page's language for its dateline", async () => {
    const dir = await tempDir();
    const prose = `<p>${'Der Ausschuss traf sich am Dienstag, um den Vorschlag zu besprechen, der seit Wochen kursierte. '.repeat(6)}</p>`;
    await writeFile(join(dir, 'de.html'), `<html lang="de-DE"><head><title>Ein Titel</title></head><body><article><h1>Ein Titel</h1><p class="meta">5. März 2024, 23:30</p>${prose}</article></body></html>`);
    await writeFile(join(dir, 'est.html'), `<html lang="en"><head><title>A Title</title></head><body><article><h1>A Title</h1><p class="meta">Mar 5, 2024, 10:00 PM EST</p>${prose}</article></body></html>`);
    const zoneLine = async (name: string) => (await runCli(['archive', join(dir, name), '--explain'])).stdout.split('\n').filter((l) => /^ {2}(?:date|zone) /.test(l));
    expect(await zoneLine('de.html')).toEqual(['  date    Tue, 05 Mar 2024 22:30:00 GMT   <- text beside the headline', "  zone    Europe/Berlin   <- the date's own (text beside the headline)"]);
    expect(await zoneLine('est.html')).toEqual(['  date    Wed, 06 Mar 2024 03:00:00 GMT   <- text beside the headline', "  zone    -05:00   <- the date's own (text beside the headline)"]);
  });

  it("says that a page showing no article is written from the article its JSON-LD declares", async () => {

    const dir = await tempDir();
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Budget', articleBody: `${'The committee met on Tuesday to discuss the proposal at length. '.repeat(5)}` });
    await writeFile(join(dir, 'shell.html'), `<html><head><title>Budget</title><script type="application/ld+json">${ld}</script></head><body><div id="root"></div></body></html>`);
    const result = await runCli(['archive', join(dir, 'shell.html'), '--explain']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[4]).toBe('body: no block of prose found: the post line below says what the post holds instead');
    expect(lines.at(-1)).toBe('post: the page shows little of its article: the post holds the text its JSON-LD articleBody declares');
  });
});
