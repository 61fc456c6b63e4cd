// Pages with readable text are never refused: a short or odd page is written with a warning
// that says why it may be incomplete, on stderr and in --json; and the generic extractor
// reads what readers without scripts get (<noscript>) and passes over consent banners.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROSE, readText, runCli, tempDir } from './helpers.js';

async function writePage(name: string, html: string): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, html);
  return path;
}

const HELP_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>如何修改密码 - 帮助中心</title></head><body>
<nav><a href="/">首页</a> <a href="/help">帮助</a></nav>
<div class="help"><h1>如何修改密码</h1><p>登录后进入“账号设置”。</p><p>点击“修改密码”，输入旧密码和新密码。</p><p>保存后重新登录即可。</p></div>
<footer>© 示例公司</footer></body></html>`;

describe('pages that are short or have no block of prose', () => {
  it('writes a short help page with a warning that it is short, in --json too', async () => {
    const page = await writePage('help.html', HELP_PAGE);
    const out = await tempDir();
    const result = await runCli(['archive', page, '-o', out, '--json']);
    expect(result.code).toBe(0);
    const warnings = [
      "no block of prose found: the post holds the page's main text; check it (or use --selector)",
      'short article (74 characters of text): it may be incomplete',
    ];
    expect(result.stderr).toBe(warnings.map((w) => `mdarchive: ${page}: ${w}\n`).join(''));
    const report = JSON.parse(result.stdout) as { results: { status: string; warnings?: string[]; output: string }[] };
    expect(report.results[0]).toMatchObject({ status: 'written', warnings });
    const post = await readText(report.results[0]!.output);
    expect(post).toContain("title: '如何修改密码'");
    expect(post).toContain('点击“修改密码”，输入旧密码和新密码。');
  });

  it('writes a fragment piped in without <html> or <body> (a short note), with the warnings of a short page', async () => {
    const result = await runCli(['archive', '-', '-o', '-'], { input: '<p>Moved the tide gauge to the north pier today.</p>' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe([
      "mdarchive: -: no block of prose found: the post holds the page's main text; check it (or use --selector)\n",
      'mdarchive: -: short article (37 characters of text): it may be incomplete\n',
    ].join(''));
    expect(result.stdout).toContain('\nMoved the tide gauge to the north pier today.\n');
  });

  it("keeps the main text of a page without a block of prose, and says so", async () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li>Item number ${i + 1} on sale</li>`).join('');
    const page = await writePage('list.html', `<html><head><title>Sale</title></head><body><div class="wrap"><ul>${items}</ul></div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`mdarchive: ${page}: no block of prose found: the post holds the page's main text; check it (or use --selector)\n`);
    expect(result.stdout).toContain('- Item number 12 on sale');
  });

  it('keeps the main text of a page when the best block is a short fragment of it (a product grid and a newsletter blurb)', async () => {
    const cards = Array.from({ length: 30 }, (_, i) => `<div class="card"><a href="/p/${i}">Maker ${i + 1}</a><div><span>Trail shoe, model ${i + 1}</span></div><div><span>Light mesh upper</span></div><div><span>$${90 + i}.00</span></div></div>`).join('');
    const blurb = '<div class="offer"><p>Join our email list, and never miss out on new drops, sales, and events.</p><p>New subscribers get ten percent off, on their first order, with us.</p></div>';
    const page = await writePage('grid.html', `<html><head><title>Running shoes</title></head><body><nav><a href="/">Home</a></nav><div id="app"><div class="grid">${cards}</div><div class="a"><div class="b"><div class="c"><div class="d">${blurb}</div></div></div></div></div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`mdarchive: ${page}: no block of prose found: the post holds the page's main text; check it (or use --selector)\n`);
    for (const text of ['[Maker 1](/p/0)', 'Trail shoe, model 30', '$119.00', 'New subscribers get ten percent off']) expect(result.stdout).toContain(text);
  });

  it("keeps a category page's whole list, not the paragraph of prose that introduces it (a block of about a hundred words)", async () => {
    const intro = `<div class="intro"><p>${'This category collects the programming languages that have an article of their own in this encyclopedia. '.repeat(5)}</p></div>`;
    const items = Array.from({ length: 200 }, (_, i) => `<li><a href="/wiki/Language_${i}">Programming language number ${i + 1}</a></li>`).join('');
    const page = await writePage('category.html', `<html><head><title>Category: Programming languages</title></head><body><main><h1>Category: Programming languages</h1>${intro}<div class="category-list"><ul>${items}</ul></div></main></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    for (const text of ['This category collects', '[Programming language number 1](/wiki/Language_0)', '[Programming language number 200](/wiki/Language_199)']) expect(result.stdout).toContain(text);
  });

  it('writes a listing of teasers (its content is its links) from the page\'s main text, with a warning', async () => {
    const cards = Array.from({ length: 30 }, (_, i) => `<div class="card"><a href="/news/${i}"><h3>Story number ${i + 1} about the city budget</h3><p>A teaser of story ${i + 1}, with a few words about what happened on the council floor.</p></a></div>`).join('');
    const trending = `<ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/t/${i}">Trending topic number ${i}</a></li>`).join('')}</ul>`;
    const intro = `<div class="intro"><p>Here is the latest news from the city, gathered by our newsroom, and updated every hour.</p><p>Tell us what you think, and send us your tips, photos, and videos.</p>${trending}</div>`;
    const page = await writePage('listing.html', `<html><head><title>Latest news</title></head><body><nav><a href="/">Home</a></nav><div id="app"><div class="feed">${cards}</div><div class="a"><div class="b"><div class="c"><div class="d">${intro}</div></div></div></div></div><footer>(c) Example</footer></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`mdarchive: ${page}: a listing: the post holds the page's main text, its links included; check it (or use --selector)\n`);
    expect(result.stdout.split('Story number').length).toBe(31);
    expect(result.stdout).toContain('### [Story number 30 about the city budget](/news/29)');
    expect(result.stdout).not.toContain('(c) Example');
  });

  it("writes the article a script-built page declares in its JSON-LD articleBody, with a warning", async () => {
    const body = 'The committee met on Tuesday to discuss the proposal, which had been circulating for weeks among members of the board.\n\nSeveral members raised concerns about the budget, noting that the projected costs had doubled since the first draft.\n\nAfter a long debate, the chair called for a vote, and the proposal passed by a narrow margin.';
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Budget passes', articleBody: body });
    const page = await writePage('app-shell.html', `<html><head><title>Budget passes</title><script type="application/ld+json">${ld}</script></head><body><div id="root"></div><script src="/app.js"></script></body></html>`);
    const out = await tempDir();
    const result = await runCli(['archive', page, '-o', out, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { results: { warnings?: string[]; output: string }[] };
    expect(report.results[0]!.warnings).toEqual(['the page shows little of its article: the post holds the text its JSON-LD articleBody declares']);
    const post = await readText(report.results[0]!.output);
    expect(post.slice(post.indexOf('---', 4) + 3).trim().split('\n\n')).toEqual(body.split('\n\n'));
  });

  it('writes the article a client-rendered page carries in its JSON payload (Next.js __NEXT_DATA__)', async () => {
    const html = `<h2>How the vote went</h2>${PROSE}`;
    const data = JSON.stringify({ props: { pageProps: { post: { title: 'Budget passes', teaser: '<p>Short teaser.</p>', content: html } } } });
    const page = await writePage('next-shell.html', `<html><head><title>Budget passes</title></head><body><div id="__next"><nav><a href="/">Home</a></nav></div><script id="__NEXT_DATA__" type="application/json">${data}</script></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`mdarchive: ${page}: the page shows little of its article: the post holds the text its JSON payload declares\n`);
    expect(result.stdout).toContain('## How the vote went\n\nThe committee met on Tuesday');
    expect(result.stdout).not.toContain('Short teaser');
  });

  it("writes the article a script-built page assigns as its state (window.__DETAIL_DATA__ = {…}), not a script that only looks like one", async () => {
    const data = JSON.stringify({ detail: { title: '预算案通过', author: '周明远', publish_time: '2024-03-05 05:30:00', content: `<p>${'今年以来，全市经济运行稳中向好，主要指标好于预期，各项工作有序推进。'.repeat(6)}</p><p>结尾一段。</p>` } });
    const page = await writePage('state-shell.html', `<html lang="zh-CN"><head><title>学习平台</title></head><body><div id="app"><div id="root"></div></div><script>window.__DETAIL_DATA__ = ${data};</script></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`mdarchive: ${page}: the page shows little of its article: the post holds the text its JSON payload declares\n`);
    // The record that holds the article names its headline, writer and time: the shell's <title> is the platform's.
    expect(result.stdout).toContain("title: '预算案通过'\n");
    expect(result.stdout).toContain('author: 周明远\n');
    expect(result.stdout).toContain('date: Mon, 04 Mar 2024 21:30:00 GMT\n');
    expect(result.stdout).toContain('今年以来，全市经济运行稳中向好');
    expect(result.stdout).toContain('结尾一段。');
    const notJson = await writePage('script-shell.html', `<html><head><title>x</title></head><body><div id="root"></div><script>var a = { html: '<p>${'这不是一个 JSON 对象里的正文。'.repeat(10)}</p>' }; run(a);</script></body></html>`);
    expect((await runCli(['archive', notJson, '-o', '-'])).stdout).not.toContain('这不是一个');
  });

  it("reads the headline and time of an app's share page whose shell says nothing but the app's name (新华社客户端's shareData: topic, releaseDate), its time in China's zone", async () => {
    const data = JSON.stringify({ data: { topic: '青藏高原冰川监测网络建成', releaseDate: '2024-03-12 18:45:02', content: `<p>${'记者从中国科学院获悉，青藏高原冰川监测网络日前全面建成，可实时掌握冰川动态。'.repeat(5)}</p>` } });
    const page = await writePage('app-shell.html', `<html><head><title>新华社客户端</title></head><body><div id="app"></div><script>var shareData = ${data};</script></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("title: '青藏高原冰川监测网络建成'\n");
    expect(result.stdout).toContain('date: Tue, 12 Mar 2024 10:45:02 GMT\n');
  });

  it("writes the article an app's share page keeps in its script state under its own headline, though the page shows other stories (a state among other statements, a body sent as a list of segments)", async () => {
    const para = (n: number) => `<p>第${n}段：卫星通信正在从旗舰机的卖点，变成国产手机中端机型的标配候选，多家厂商近日向媒体透露了新的计划。</p>`;
    const state = JSON.stringify({ docData: { title: '国产手机集体押注卫星通信', newsTime: '2024-03-05 10:21:33', source: '凤凰网科技', contentData: { contentList: [{ type: 'text', data: para(1) + para(2) }, { type: 'img', data: { url: 'https://x0.example.com/a.jpg' } }, { type: 'text', data: para(3) + para(4) }] } } });
    const hot = Array.from({ length: 12 }, (_, i) => `<li><a href="/c/${i}">热榜第${i + 1}条：芯片价格连续三个月回落，代表委员热议新质生产力</a></li>`).join('');
    const page = await writePage('share-state.html', `<html lang="zh-CN"><head><title>国产手机集体押注卫星通信_凤凰网</title></head><body><div class="app-banner">打开凤凰新闻，查看更多高清图片</div><div id="root"><div class="article"></div></div><div class="hot"><h3>热榜</h3><ul>${hot}</ul></div><script>var allData = ${state};\nvar adData = {"banner":{"type":"cpc"}};</script></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`mdarchive: ${page}: the page shows little of its article: the post holds the text its JSON payload declares\n`);
    expect(result.stdout).toContain('author: 凤凰网科技\n');
    expect(result.stdout).toContain('第1段：卫星通信');
    expect(result.stdout).toContain('第4段：卫星通信');
    expect(result.stdout).not.toContain('热榜第1条');
  });

  it("writes the payload's article where a site rule's block is empty until a script fills it (36氪's mobile page)", async () => {
    const state = JSON.stringify({ articleDetail: { data: { widgetTitle: '露营退潮之后', author: '沈文瑶', publishTime: 1709628270000, widgetContent: '<p>过去一年，露营装备行业经历了一轮明显的退潮，多位渠道商说帐篷的线上销量同比下滑。</p>'.repeat(5) } } });
    const page = await writePage('kr-shell.html', `<html lang="zh-CN"><head><title>露营退潮之后-36氪</title></head><body><h1 class="article-title">露营退潮之后</h1><div class="common-width content articleDetailContent kr-rich-text-wrapper"></div><script>window.initialState=${state}</script></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('过去一年，露营装备行业经历了一轮明显的退潮');
  });

  it("writes a post whose text is in the page's state as an array (Weibo's $render_data), with its title, account and created_at", async () => {
    const state = JSON.stringify([{ status: { created_at: 'Tue Mar 05 23:41:07 +0800 2024', status_title: '北京玉兰今年提前一周开放', text: `【北京玉兰今年提前一周开放】<br />今年气温偏高，玉兰比往年早开了一周。<br /><br />第一个观赏点在颐和园，邀月门一带的玉兰最集中，建议早上八点前到。<br /><br />第二个观赏点在大觉寺，古玉兰树龄超过三百年，花期比市区晚几天。${'<br /><br />第三个观赏点在植物园，白玉兰、紫玉兰和二乔玉兰都有，品种最全，适合带孩子认一认。'.repeat(3)}`, user: { screen_name: '植物学者周以宁' } } }]);
    const page = await writePage('weibo-shell.html', `<html lang="zh-CN"><head><title>微博</title></head><body><div id="app"></div><script>var $render_data = ${state}[0] || {};\nvar config = { login: false };</script></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("title: '北京玉兰今年提前一周开放'\n");
    expect(result.stdout).toContain('author: 植物学者周以宁\n');
    expect(result.stdout).toContain('date: Tue, 05 Mar 2024 15:41:07 GMT\n');
    expect(result.stdout).toContain('第二个观赏点在大觉寺');
  });

  it('probes the scripts for a headline cut between the halves of a character outside the BMP without failing', async () => {
    const page = await writePage('astral-title.html', `<html><head><title>!𐀀𐀀𐀀𐀀 a headline</title></head><body><h1>!𐀀𐀀𐀀𐀀 a headline</h1>${PROSE}${PROSE}${PROSE}${PROSE}<script>var s = {"a": 1};</script></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The committee met on Tuesday');
  });

  it('reads a JSON payload sent percent-encoded (今日头条\'s RENDER_DATA), and the account that posted it', async () => {
    const content = `<div>${'<p>我家阳台朝南，不到四平米，种番茄已经是第三年了，今年一棵苗结了四十多个。</p>'.repeat(6)}</div>`;
    const data = encodeURIComponent(JSON.stringify({ data: { title: '阳台种番茄三年', publishTime: '1709596338', content, mediaUser: { screenName: '老周的菜园子' } } }));
    const page = await writePage('render-data.html', `<html lang="zh-CN"><head><title>阳台种番茄三年 - 今日头条</title></head><body><div id="root"></div><script id="RENDER_DATA" type="application/json">${data}</script></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('author: 老周的菜园子\n');
    expect(result.stdout).toContain('date: Mon, 04 Mar 2024 23:52:18 GMT\n');
    expect(result.stdout).toContain('种番茄已经是第三年了');
  });

  it('writes a page whose whole text is a word or two, with the warning', async () => {
    const page = await writePage('status.html', '<html><head><title>Status</title></head><body><nav><a href="/">Home</a></nav><p>All systems up.</p></body></html>');
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`mdarchive: ${page}: short article (13 characters of text): it may be incomplete\n`);
    expect(result.stdout).toContain("title: 'Status'");
    expect(result.stdout.trimEnd().endsWith('All systems up.')).toBe(true);
  });

  it("writes a page whose only text is what full cleaning takes out (a thread's comments), cleaned lightly", async () => {
    const comments = ['This is a really interesting article about distributed systems.', 'I agree, the case for eventual consistency is compelling here.'].map((text, i) => `<tr class="comtr"><td><div class="comment"><a href="user?id=c${i}">c${i}</a><div class="commtext">${text}</div></div></td></tr>`).join('');
    const page = await writePage('comments-only.html', `<html><head><title>A Sample Article | Hacker News</title></head><body><table class="comment-tree">${comments}</table></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the case for eventual consistency is compelling');
  });

  it('writes a page that shows no text from its description, with the warning', async () => {
    const page = await writePage('described.html', `<html><head><title>Patch 1.2.3 is now LIVE!</title><meta name="description" content="Patch 1.2.3 is now live! Available on all platforms!"><meta property="article:published_time" content="2025-01-15T12:00:00Z"></head><body><div id="app" data-config="{}"></div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("title: 'Patch 1.2.3 is now LIVE!'\ncategories: []\ncomments: false\ndate: Wed, 15 Jan 2025 12:00:00 GMT\n---\n\nPatch 1.2.3 is now live! Available on all platforms!\n");
    expect(result.stderr).toBe([
      'the page shows no text: the post holds its description (meta description)',
      'short article (44 characters of text): it may be incomplete',
    ].map((w) => `mdarchive: ${page}: ${w}\n`).join(''));
  });

  it('still refuses a page with no readable text at all', async () => {
    const page = await writePage('empty.html', '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav><p> </p></body></html>');
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`mdarchive: ${page}: no article found: the page has no readable text (try --selector)\n`);
  });
});

describe('what the generic extractor reads', () => {
  it("keeps an article's lead that stands in a wrapper of its own before the body, and not a wrapped paragraph after it", async () => {
    const sentence = (n: string) => `The committee met on Tuesday, meeting ${n}, to discuss the proposal that had been circulating for weeks among the board. `;
    const body = ['one', 'two', 'three'].map((n) => `<p>${sentence(n).repeat(3)}</p>`).join('');
    const lead = `<div class="article-lead"><p><strong>${sentence('lead')}</strong></p></div>`;
    const promo = `<div class="promo"><p>${sentence('promo')}</p></div>`;
    const page = await writePage('lead.html', `<html><head><title>Council approves</title></head><body><main><h1>Council approves</h1>${lead}<div class="article-body">${body}</div>${promo}</main></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect([...result.stdout.matchAll(/meeting (\w+)/g)].map((m) => m[1]).filter((n, i, all) => all.indexOf(n) === i)).toEqual(['lead', 'one', 'two', 'three']);
  });

  it("keeps the data table an article ends by announcing, beside its text or past the one-cell layout table the text sits in, and not a table of links", async () => {
    const text = `<h1>Tide tables</h1>${PROSE}<p>The tables for each pier follow:</p>`;
    const rows = (cell: (i: number) => string) => Array.from({ length: 5 }, (_, i) => `<tr><td>Pier ${i + 1}</td><td>${cell(i)}</td></tr>`).join('');
    const data = `<table>${rows((i) => `High water at ${i + 6}:15, low water at ${i + 12}:40, a range of about three metres`)}</table>`;
    const links = `<table>${rows((i) => `<a href="/piers/${i + 1}">Read about the history of pier number ${i + 1} and its keepers</a>`)}</table>`;
    const bodyOf = async (name: string, html: string) => (await runCli(['archive', await writePage(name, html), '-o', '-', '--body', 'text'])).stdout;
    const beside = await bodyOf('beside.html', `<html><body><div class="nav"><a href="/">Home</a></div><div id="wrap"><div class="text">${text}</div>${data}</div></body></html>`);
    expect(beside).toContain('Pier 5 | High water at 10:15, low water at 16:40, a range of about three metres');
    const layout = await bodyOf('layout.html', `<html><body><table><tr><td><table><tr><td>${text}</td></tr></table>${data}</td></tr></table></body></html>`);
    expect(layout).toContain('Pier 1 | High water at 6:15, low water at 12:40, a range of about three metres');
    const linked = await bodyOf('links.html', `<html><body><div id="wrap"><div class="text">${text}</div>${links}</div></body></html>`);
    expect(linked).toContain('The tables for each pier follow:');
    expect(linked).not.toContain('history of pier');
  });

  it("keeps an article's opening section that stands in the header beside the headline, marked up as the body's sections are", async () => {
    const sentence = (n: string) => `The interface part ${n} returns an object that manages a connection to the server and its data. `;
    const section = (n: string) => `<section class="content-section"><h2>Part ${n}</h2><p>${sentence(n).repeat(3)}</p></section>`;
    const header = `<div class="layout-header"><h1>WebSocket</h1><section class="content-section"><p>${sentence('intro').repeat(2)}</p></section></div>`;
    const aside = `<div class="layout-footer"><section class="content-section"><p>${sentence('after').repeat(2)}</p></section></div>`;
    const page = await writePage('sections.html', `<html><head><title>WebSocket</title></head><body><div id="content">${header}<div class="layout-body">${['one', 'two', 'three'].map(section).join('')}</div>${aside}</div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect([...result.stdout.matchAll(/part (\w+)/g)].map((m) => m[1]).filter((n, i, all) => all.indexOf(n) === i)).toEqual(['intro', 'one', 'two', 'three']);
  });

  it("keeps a page builder's modules named as widgets (HubSpot's widget-span grid) when they hold the article, and still drops a real widget", async () => {
    const sentence = (n: string) => `Financial tip ${n} explains how working adults can plan their savings and retirement with care. `;
    const module = (n: string) => `<div class="span12 widget-span widget-type-cell dnd-column"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><h2>Tip ${n}</h2><p>${sentence(n).repeat(2)}</p><p>${sentence(n)}</p></div></div>`;
    const widget = '<div class="widget newsletter-widget"><p>Sign up for our newsletter to get every tip first.</p></div>';
    const page = await writePage('hubspot.html', `<html><head><title>Top Tips</title></head><body><div class="body-container"><h1>Top Tips</h1>${['one', 'two', 'three', 'four', 'five'].map(module).join('')}${widget}</div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect([...result.stdout.matchAll(/tip (\w+) explains/g)].map((m) => m[1]).filter((n, i, all) => all.indexOf(n) === i)).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(result.stdout).not.toContain('newsletter');
  });

  it("drops the bio of a writer the byline names, boxed with their portrait and a link to their page, whatever its classes", async () => {
    const body = ['one', 'two', 'three'].map((n) => `<p>${`The certificate paragraph ${n} explains which free courses still give a certificate this year. `.repeat(3)}</p>`).join('');
    const bio = '<div class="row"><div class="radius-50"><img src="/uploads/heba.jpg" alt="Heba Ledwon"></div><div><h3><a href="https://example.com/report/author/heba/">Heba Ledwon</a></h3><div>Heba was the partnerships specialist here, and worked with universities for years.</div></div></div>';
    const other = '<div class="row"><div><img src="/uploads/chart.png" alt="chart"></div><p>A chart of courses by <a href="https://example.com/report/author/sam/">Sam Lee</a> and the universities behind them.</p></div>';
    const ld = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Heba Ledwon"}}</script>';
    const page = await writePage('bio.html', `<html><head><title>Free certificates</title>${ld}</head><body><article><h1>Free certificates</h1>${body}${other}<div class="border-top">${bio}</div></article></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The certificate paragraph three');
    expect(result.stdout).toContain('A chart of courses by Sam Lee');
    expect(result.stdout).not.toContain('partnerships specialist');
  });

  it("takes a product's description, not a long customer review below it", async () => {
    const description = `<div id="description"><p>${'This book offers a proven framework for improving every day, with small habits that add up. '.repeat(4)}</p></div>`;
    const review = (id: number, times: number) => `<div id="customer_review-R${id}" class="review"><span class="review-text"><p>${'I read this in one sitting and I have changed my morning routine since, one step after another. '.repeat(times)}</p></span></div>`;
    const details = `<ul id="details">${Array.from({ length: 12 }, (_, i) => `<li>Detail ${i}: hardcover edition, 320 pages, published by a large house</li>`).join('')}</ul>`;
    const page = await writePage('product.html', `<html><head><title>Atomic Habits</title></head><body><div id="dp"><h1>Atomic Habits</h1>${description}${details}<div id="reviews">${review(1, 5)}${review(2, 2)}${review(3, 2)}</div></div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('This book offers a proven framework');
    expect(result.stdout).not.toContain('I read this in one sitting');
  });

  it("keeps a ranking table of linked names beside their values, and drops a box ARIA declares complementary", async () => {
    const paragraphs = ['one', 'two', 'three'].map((n) => `<p>${`The ranking paragraph ${n} explains how the contractors were chosen from two yearly lists. `.repeat(3)}</p>`).join('');
    const rows = ['Quanta', 'MasTec', 'Rosendin', 'Cupertino'].map((name, i) => `<tr><td><a href="https://${name.toLowerCase()}.example/">${name} Services Incorporated</a></td><td>$${9 - i}.1B</td></tr>`).join('');
    const table = `<div class="w-embed"><div class="table-scroll"><table><thead><tr><th>Company</th><th>Revenue</th></tr></thead><tbody>${rows}</tbody></table></div></div>`;
    const related = `<div role="complementary"><h3>Related topics</h3><p>${'Another question about certificate chains was asked here last year. '.repeat(2)}</p></div>`;
    const page = await writePage('ranking.html', `<html><head><title>Top contractors</title></head><body><article><h1>Top contractors</h1>${paragraphs}${table}${paragraphs}${related}</article></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| [Quanta Services Incorporated](https://quanta.example/) | $9.1B |');
    expect(result.stdout).toContain('| [Cupertino Services Incorporated](https://cupertino.example/) | $6.1B |');
    expect(result.stdout).not.toContain('Related topics');
    expect(result.stdout).not.toContain('certificate chains');
  });

  it("keeps a section heading whose class names it a header (Substack's h3.header-anchor-post), and drops a page header box", async () => {
    const section = (n: string) => `<h3 class="header-anchor-post">Part ${n} heading<div class="header-anchor-parent"><button aria-label="Link"></button></div></h3><p>${`The essay's part ${n} explains what understanding code gives a developer who ships it. `.repeat(3)}</p>`;
    const page = await writePage('substack.html', `<html><head><title>Vibe coding</title></head><body><article><h1>Vibe coding</h1><div class="post-header">Subscribe to the newsletter of the week</div><div class="body markup">${['one', 'two', 'three'].map(section).join('')}</div></article></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect([...result.stdout.matchAll(/^### Part (\w+) heading$/gm)].map((m) => m[1])).toEqual(['one', 'two', 'three']);
    expect(result.stdout).not.toContain('Subscribe to the newsletter');
  });

  it("drops a call to action (a pitch over a link drawn as a button) from a long article, not the sections of a page made of them", async () => {
    const prose = (n: number) => `<p>${`Section ${n} of the guide explains how search engines rank local businesses and what an agency can do about it. `.repeat(6)}</p>`;
    const pitch = '<div class="Stack_stack__Gr5We"><div class="Text_text__Y1Gpo">Track all your clients in one dashboard</div><a class="Button_button__fVaEB" href="https://app.example.com/signup"><span>Start your free trial</span></a></div>';
    const article = await writePage('cta.html', `<html><head><title>Local search guide</title></head><body><article><h1>Local search guide</h1>${[1, 2, 3, 4].map(prose).join('')}${pitch}${[5, 6, 7, 8].map(prose).join('')}</article></body></html>`);
    const inArticle = await runCli(['archive', article, '-o', '-', '--body', 'text']);
    expect(inArticle.code).toBe(0);
    expect(inArticle.stdout).toContain('Section 8 of the guide');
    expect(inArticle.stdout).not.toContain('Track all your clients');
    expect(inArticle.stdout).not.toContain('free trial');
    const feature = (n: number) => `<div class="feature"><h2>Feature ${n}</h2><p>Feature ${n} keeps every client's reports in one place, updated each hour for the whole team.</p><a class="btn" href="/features/${n}">Learn more</a></div>`;
    const landing = await writePage('landing.html', `<html><head><title>Reports</title></head><body><main><h1>Reports</h1>${[1, 2, 3, 4, 5, 6].map(feature).join('')}</main></body></html>`);
    const onLanding = await runCli(['archive', landing, '-o', '-', '--body', 'text']);
    expect(onLanding.code).toBe(0);
    expect([...onLanding.stdout.matchAll(/Feature (\d) keeps/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it("drops teasers of other pages set in an article (cards under a heading), not a collection's entries nor an article's linked sections", async () => {
    const prose = (n: number) => `<p>${`Part ${n} of the article explains how marketing moved online and what a business needs to start. `.repeat(5)}</p>`;
    const card = (n: number) => `<li class="card"><img src="/card-${n}.jpg" alt=""><p class="taxonomy">Training</p><h2><a href="/course-${n}">Course ${n}</a></h2><p>Course ${n} gives a short overview of the tools.</p></li>`;
    const cards = `<div class="cards-container"><h2>Refresh your skills</h2><ul class="cards">${[1, 2, 3].map(card).join('')}</ul></div>`;
    const article = await writePage('teasers.html', `<html><head><title>What is marketing</title></head><body><article><h1>What is marketing</h1>${prose(1)}${prose(2)}${cards}${prose(3)}${prose(4)}</article></body></html>`);
    const inArticle = await runCli(['archive', article, '-o', '-', '--body', 'text']);
    expect(inArticle.code).toBe(0);
    expect(inArticle.stdout.split('---\n').at(-1)!.trim().split('\n\n').map((p) => p.slice(0, 7))).toEqual(['Part 1 ', 'Part 2 ', 'Part 3 ', 'Part 4 ']);
    // A collection made of such entries is the page; an article's sections are longer than a teaser.
    const entry = (n: number) => `<div class="entry"><h3><a href="/books/${n}">Book ${n}</a></h3><p>By Author ${n}</p><p>A story told in the old way, drawing attention to paradoxes in book ${n}.</p></div>`;
    const library = await writePage('library.html', `<html><head><title>Library</title></head><body><main><h1>Library</h1><div class="books">${[1, 2, 3, 4, 5, 6].map(entry).join('')}</div></main></body></html>`);
    const onLibrary = await runCli(['archive', library, '-o', '-', '--body', 'text']);
    expect(onLibrary.code).toBe(0);
    expect([...onLibrary.stdout.matchAll(/paradoxes in book (\d)/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6']);
    const section = (n: number) => `<section><h2><a href="/part-${n}">Part ${n}</a></h2>${prose(n)}</section>`;
    const linked = await writePage('linked.html', `<html><head><title>Guide</title></head><body><article><h1>Guide</h1>${[1, 2, 3].map(section).join('')}</article></body></html>`);
    const onLinked = await runCli(['archive', linked, '-o', '-', '--body', 'text']);
    expect([...onLinked.stdout.matchAll(/^Part (\d) of the article/gm)].map((m) => m[1])).toEqual(['1', '2', '3']);
  });

  it("keeps section headings that link to themselves (docs permalinks) as plain headings, and drops a heading that links elsewhere", async () => {
    const sentence = (n: string) => `The interface named ${n} returns an object that manages a connection to the server and its data. `;
    const section = (id: string) => `<section aria-labelledby="${id}"><h2 id="${id}"><a class="heading-anchor" href="#${id}">${id}</a></h2><p>${sentence(id).repeat(3)}</p></section>`;
    const related = '<h3><a href="/other-page">Another page of the site</a></h3>';
    const page = await writePage('permalinks.html', `<html><head><title>WebSocket</title></head><body><main><h1>WebSocket</h1><div class="body">${['Constructor', 'Methods', 'Events'].map(section).join('')}${related}</div></main></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('#'))).toEqual(['## Constructor', '## Methods', '## Events']);
  });

  it("keeps a post quoted from a social network in a wrapper named for it ('social-media-embed'), and drops a share bar", async () => {
    const prose = (n: number) => `<p>${`Paragraph ${n} reports how the state launched its campaign and what people made of it. `.repeat(4)}</p>`;
    const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">It seems the other campaigns are just as bad.</p>&mdash; Mike (@mike) <a href="https://twitter.com/mike/status/1">November 18, 2019</a></blockquote></div>';
    const share = '<div class="social-share"><a href="https://twitter.com/intent/tweet?url=x">Tweet</a> <a href="https://facebook.com/sharer?u=x">Share</a></div>';
    const page = await writePage('tweet.html', `<html><head><title>Campaign</title></head><body><article><h1>Campaign</h1>${prose(1)}${tweet}${prose(2)}${share}</article></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('> It seems the other campaigns are just as bad.\n>\n> — Mike (@mike) [November 18, 2019](https://twitter.com/mike/status/1)');
    expect(result.stdout).not.toContain('intent/tweet');
  });

  it("keeps a listicle's headings that link to what their section reviews", async () => {
    const review = (n: number) => `<h3 id="guide-${n}">${n}. <a href="https://guides.example.org/${n}">Guide number ${n}</a></h3><p>${`Guide ${n} walks you through the basics of search and how to fix what is broken on a site. `.repeat(3)}</p>`;
    const page = await writePage('listicle.html', `<html><head><title>Best guides</title></head><body><main><article><h1>Best guides</h1>${[1, 2, 3].map(review).join('')}</article></main></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('#'))).toEqual([1, 2, 3].map((n) => `### ${n}. [Guide number ${n}](https://guides.example.org/${n})`));
  });

  it('archives a page whose heading links to a malformed fragment (#%E0%A4) instead of failing on it', async () => {
    const paragraph = `<p>${'The interface returns an object that manages a connection to the server and its data. '.repeat(4)}</p>`;
    const page = await writePage('bad-fragment.html', `<html><head><title>Escapes</title></head><body><main><h1>Escapes</h1>${paragraph}<h2 id="x"><a href="#%E0%A4">Broken</a></h2>${paragraph}</main></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('reads a thread that is served to readers without scripts inside <noscript>', async () => {
    const posts = ['First post of the thread, asking how the resolver works and why it fails.', 'A reply explaining that user-defined networks have their own DNS server.', 'A thank-you note that closes the thread after the answer helped.']
      .map((text, i) => `<div class="topic-body crawler-post" id="post_${i + 1}"><div class="post" itemprop="text"><p>${text.repeat(3)}</p></div></div>`).join('');
    const page = await writePage('thread.html', `<html><head><title>Resolver question</title></head><body><div id="app"></div><noscript><div id="main-outlet"><h1>Resolver question</h1>${posts}</div></noscript></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    for (const text of ['First post of the thread', 'A reply explaining', 'A thank-you note']) expect(result.stdout).toContain(text);
  });

  it("puts a streamed page's late parts where React's scripts put them: the article in its boundary, in order, its loading fallback gone", async () => {
    const parts = ['The opening paragraph of the streamed article sets out what the study found and why it matters.', 'The middle paragraph arrives in a later chunk and describes how the data were gathered over two years.', 'The closing paragraph, placed into a placeholder of its own, says what the authors will study next.'];
    const shell = `<header><a href="/">Home</a> <a href="/news">News</a></header><main><h1>Streamed study</h1><!--$?--><template id="B:0"></template><p>Loading the article…</p><!--/$--></main><footer><p>About us, careers, press, the legal notice and the list of our offices around the world.</p></footer>`;
    const late = `<div hidden id="S:0"><article><p>${parts[0]!.repeat(2)}</p><p>${parts[1]!.repeat(2)}</p><div id="P:1"></div></article></div><script>$RC("B:0","S:0")</script><div hidden id="S:1"><p>${parts[2]!.repeat(2)}</p></div><script>$RS("S:1","P:1")</script>`;
    const page = await writePage('streamed.html', `<html><head><title>Streamed study</title></head><body>${shell}${late}</body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.code).toBe(0);
    const at = parts.map((text) => result.stdout.indexOf(text));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(result.stdout).not.toContain('Loading the article');
    expect(result.stdout).not.toContain('About us');
  });

  it('drops furniture lines inside the article: ad labels, gallery controls, picture credits, newsletter prompts, a dateline, a "More … Stories" or "You may be interested in…" tail', async () => {
    const furniture = ['Advertisement', 'Back to Gallery', 'This slideshow requires JavaScript.', 'Get the latest updates right in your inbox. Subscribe to our newsletters.', 'Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019'];
    const figure = '<figure><img src="https://example.com/a.jpg" alt=""><figcaption><span>Protesters in the square <span class="caption">(Image: GETTY )</span></span><span>Photo: Jane Roe, AP</span></figcaption></figure>';
    const body = `${PROSE}${figure}${furniture.map((line) => `<p>${line}</p>`).join('')}${PROSE.replace('The committee', 'Later the committee')}<h3>More Great WIRED Stories</h3><ul><li>Another story of ours</li></ul>`;
    const interested = `${PROSE}${PROSE.replace('The committee', 'Later the committee')}<p>You may be interested in the following topics as well:</p><ul><li>Explore the dynamic environment fostered by another school</li></ul>`;
    const page = await writePage('furniture.html', `<html><head><title>Budget</title></head><body><article><h1>Budget</h1>${body}</article></body></html>`);
    // The Markdown body: a text body leaves pictures out, their captions with them.
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.stdout).toContain('Later the committee met on Tuesday');
    expect(result.stdout).toContain('Protesters in the square');
    for (const line of [...furniture, 'More Great WIRED Stories', 'Another story of ours', 'GETTY', 'Jane Roe']) expect(result.stdout).not.toContain(line);
    const related = await runCli(['archive', await writePage('interested.html', `<html><head><title>Budget</title></head><body><article><h1>Budget</h1>${interested}</article></body></html>`), '-o', '-']);
    expect(related.stdout).toContain('Later the committee met on Tuesday');
    expect(related.stdout).not.toContain('interested in the following');
    expect(related.stdout).not.toContain('dynamic environment');
  });

  it("drops ad labels in other languages, category lines, padded credits, the folded and repeated copies of a caption, the author's bio box, the next and previous posts", async () => {
    const caption = 'Delegates leave the hall after the vote on the budget, on Tuesday evening.';
    const gallery = `<figure><img src="https://example.com/a.jpg" alt=""><div class="caption"><div class="caption-full">${caption}<a class="toggle"> less</a></div><div class="caption-truncated">${caption.slice(0, 40)}<a class="toggle"> ... more</a></div><span class="credit">\n        Photo: Jane Roe, AP\n      </span></div></figure><div class="caption-remote"><div class="caption-full">${caption}</div></div>`;
    const ads = ['Iklan', 'Anzeige', '广告'].map((label) => `<div class="wpa"><span class="wpa-about">${label}</span><div class="u"></div></div>`).join('');
    const bio = '<div class="saboxplugin-wrap" itemscope itemtype="http://schema.org/Person" itemprop="author"><a href="/author/ann" rel="author">Ann Lee</a><div itemprop="description"><p>Ann Lee covers city hall and the state budget, and has reported on local politics since 2009.</p></div></div>';
    const nextPrev = '<div class="grid-container next-prev"><p><a href="/next">Next News</a></p><div><a href="/next"><h5>Council picks a new chair</h5></a><p>The council elected its new chair after a long night of talks.</p></div></div>';
    const body = `${PROSE}${gallery}${ads}${PROSE.replace('The committee', 'Later the committee')}<p>Filed under: Politics | Budget</p>${bio}${nextPrev}`;
    const page = await writePage('furniture-more.html', `<html lang="en"><head><title>Budget</title></head><body><article><h1>Budget</h1>${body}</article></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.stdout).toContain('Later the committee met on Tuesday');
    expect(result.stdout.split(caption.slice(0, 40)).length).toBe(2);
    expect(result.stdout).toContain(caption);
    for (const line of ['Iklan', 'Anzeige', '广告', 'Filed under', 'Jane Roe', ' less', 'more', 'covers city hall', 'new chair']) expect(result.stdout).not.toContain(line);
  });

  it('takes one copy of an article a page renders once per screen size', async () => {
    const variant = (size: string) => `<div class="ssr-variant hidden-${size}"><div class="framer-text">${PROSE}</div></div>`;
    const page = await writePage('variants.html', `<html><head><title>Budget</title></head><body><div class="framer-root"><h1>Budget</h1>${variant('desktop')}${variant('tablet')}${variant('phone')}</div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.stdout.split('The committee met on Tuesday').length).toBe(2);
  });

  it('takes a whole thread when its posts are alike, not the longest post alone', async () => {
    const replies = ['asking whether the election date helps the governing party at all', 'answering that the economy will decide it, as it usually does in summer', 'adding that turnout among students will be low in early July this year', 'closing with a poll of the forum members and their predictions for it'];
    const posts = replies.map((text, i) => `<div class="thread-post"><div class="post-meta">member${i}</div><div class="post-body"><div class="post-inner"><div id="post-content${i}"><div><p>Post ${i + 1}, ${text}. ${'More words of the post follow here, as members write, with commas, clauses, and asides. '.repeat(i === 1 ? 14 : 4)}</p></div></div></div></div></div>`).join('');
    const page = await writePage('thread-posts.html', `<html><head><title>Election thread</title></head><body><div id="root"><h1>Election thread</h1><div class="posts">${posts}</div></div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    for (let i = 1; i <= 4; i++) expect(result.stdout).toContain(`Post ${i},`);
  });

  it("keeps every section of a landing page, in its <main> or its <body>, when the page also hides a block (for small screens)", async () => {
    const sections = ['Visualize your KPIs in real time, on platforms tailored to your needs, your team, and your budget.', 'Identify behaviour patterns in your audiences, so that future campaigns, offers, and pages perform better.', 'Access a full analysis of your campaigns, across channels, devices, and markets, every single week.', 'Receive a monthly report, written for people, with what changed, why it changed, and what to do next.', 'Meet the analysts, who have worked for retailers, banks, and charities, and who answer within the day.', 'Start with a free audit, of one campaign, one channel, and one month, to see how the work would go.']
      .map((text, i) => `<div class="block-${i}"><div class="row"><h2>Service ${i + 1}</h2><p>${text}${i === 0 ? ' We report on reach, clicks, costs, sales, returns, margins, churn, and trends, by week, by month, and by year.' : ''}</p></div></div>`).join('');
    for (const [open, close] of [['<main>', '</main>'], ['', '']]) {
      const page = await writePage('landing.html', `<html><head><title>Data Analytics Agency</title></head><body><div class="nav"><a href="/">Home</a> <a href="/about">About</a></div>${open}<h1>Data Analytics Agency</h1>${sections}<div style="display:none"><p>Call us.</p></div>${close}</body></html>`);
      const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
      for (const text of ['Visualize your KPIs', 'Identify behaviour patterns', 'Access a full analysis', 'Receive a monthly report', 'Meet the analysts', 'Start with a free audit']) expect(result.stdout).toContain(text);
      expect(result.stdout).not.toContain('Call us.');
    }
  });

  it("keeps every section of a WordPress page a builder lays out in its <article class=\"type-page\">, Yoast's og:type article notwithstanding", async () => {
    const blurbs = ['Visualize your KPIs in real time, on platforms tailored to your needs, your team, and your budget.', 'Identify behaviour patterns in your audiences, so that future campaigns, offers, and pages perform better.', 'Access a full analysis of your campaigns, across channels, devices, and markets, every single week.', 'Receive a monthly report, written for people, with what changed, why it changed, and what to do next.', 'Meet the analysts, who have worked for retailers, banks, and charities, and who answer within the day.', 'Start with a free audit, of one campaign, one channel, and one month, to see how the work would go.']
      .map((text, i) => `<div class="et_pb_column et_pb_column_1_3"><div class="et_pb_module et_pb_blurb et_pb_blurb_${i}"><div class="et_pb_blurb_content"><h4>Service ${i + 1}</h4><p>${text} ${text}</p></div></div></div>`).join('');
    const intro = `<div class="et_pb_section et_pb_section_0"><div class="et_pb_row"><div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_text et_pb_text_0"><div class="et_pb_text_inner">${PROSE}</div></div></div></div></div>`;
    const page = await writePage('wp-page.html', `<html><head><title>Data Analytics Agency</title><meta property="og:type" content="article"></head><body><div id="page-container"><article id="post-88" class="post-88 page type-page status-publish hentry"><div class="entry-content"><h1>Data Analytics Agency</h1><div class="et_builder_inner_content">${intro}<div class="et_pb_section et_pb_section_1"><div class="et_pb_row">${blurbs}</div></div></div></div></article></div><footer><p>© Agency</p></footer></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    for (const text of ['The committee met', 'Visualize your KPIs', 'Identify behaviour patterns', 'Start with a free audit']) expect(result.stdout).toContain(text);
  });

  it("keeps a product's other tab beside its description (WooCommerce's 'Additional information' table), never its reviews' tab", async () => {
    const tab = (name: string, inner: string) => `<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--${name} panel entry-content wc-tab" id="tab-${name}" role="tabpanel">${inner}</div>`;
    const attributes = '<h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes"><tr><th>Weight</th><td>0.4 kg</td></tr><tr><th>Material</th><td>3 mm carbon steel, forged handle</td></tr></table>';
    const reviews = '<div id="reviews"><h2>2 reviews for Skillet</h2><ol class="commentlist"><li class="review"><p>Great pan, heats evenly and the handle stays cool enough to hold.</p></li></ol></div>';
    const tabs = `<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li><a href="#tab-description">Description</a></li><li><a href="#tab-additional_information">Additional information</a></li><li><a href="#tab-reviews">Reviews (2)</a></li></ul>${tab('description', `<h2>Description</h2>${PROSE}`)}${tab('additional_information', attributes)}${tab('reviews', reviews)}</div>`;
    const page = await writePage('product.html', `<html><head><title>Skillet</title></head><body><div id="primary"><div id="product-1482" class="product type-product"><h1 class="product_title">Skillet</h1>${tabs}</div></div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    for (const text of ['The committee met', '| Material | 3 mm carbon steel, forged handle |']) expect(result.stdout).toContain(text);
    expect(result.stdout).not.toContain('heats evenly');
  });

  it("keeps the sections marked up as the chosen one is, though they are lists of links (a reference page's members)", async () => {
    const members = (name: string) => `<section class="content-section"><h2>Instance ${name}</h2><dl>${['open', 'close', 'send'].map((m) => `<dt><a href="/ref/${m}">WebSocket.${m}()</a></dt><dd>What ${m} does to the connection, in a short sentence.</dd>`).join('')}</dl></section>`;
    const page = await writePage('reference.html', `<html><head><title>WebSocket</title></head><body><div class="layout"><h1>WebSocket</h1><section class="content-section">${PROSE}</section>${members('methods')}${members('events')}</div><section class="promo"><a href="/a">Ad</a></section></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.stdout).toContain('The committee met');
    expect(result.stdout.split('What send does to the connection').length).toBe(3);
  });

  it('never takes the text of a column the page names "side" or declares complementary, however dense', async () => {
    const rules = 'Rules of this forum, which members must read, follow, and keep in mind, or their posts, comments, and links will be removed. '.repeat(4);
    const posts = ['A reply, short but real, about the study and its mice.', 'Another reply, asking how long the follicles lasted.', 'A third, with a link to the paper and a summary of it.']
      .map((text) => `<div class="entry"><p>${text} ${'It goes on for a while, as replies do. '.repeat(6)}</p></div>`).join('');
    for (const column of ['<div class="side">', '<div role="complementary">']) {
      const page = await writePage('side.html', `<html><head><title>Hair follicles grown in the lab</title></head><body><div class="content"><h1>Hair follicles grown in the lab</h1>${posts}</div>${column}<div class="usertext-body"><p>${rules}</p></div></div></body></html>`);
      const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
      expect(result.stdout).toContain('A third, with a link');
      expect(result.stdout).not.toContain('Rules of this forum');
    }
  });

  it('keeps a page builder\'s modules whose classes end in "top" (a position, not a top bar)', async () => {
    const modules = ['Our services cover the whole life of a model, from the data it learns on to the way it is watched in production.', 'Our process starts with a workshop, where the team and the client agree on what success will look like for them.', 'Our stack is chosen for each client, with open models where they fit and hosted ones where they are needed.']
      .map((text, i) => `<div class="et_pb_module et_pb_blurb et_pb_blurb_${i} et_pb_blurb_position_top"><div class="et_pb_blurb_content"><p>${text} ${text}</p></div></div>`).join('');
    const page = await writePage('builder.html', `<html><head><title>Services</title></head><body><div class="top"><a href="/">Home</a> Call us today</div><div class="et_builder_inner_content"><h1>Services</h1>${PROSE}${modules}</div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    for (const text of ['Our services cover', 'Our process starts', 'Our stack is chosen']) expect(result.stdout).toContain(text);
    expect(result.stdout).not.toContain('Call us today');
  });

  it('keeps a list of links the article introduces, and drops one it does not', async () => {
    const list = (words: string) => `<ul>${['one', 'two', 'three'].map((n) => `<li><a href="https://lists.example.org/${n}">libgccjit: ${words} ${n}</a></li>`).join('')}</ul>`;
    const body = `${PROSE}<p>Many patches were sent for review:</p>${list('Allow casts between integers and pointers')}${PROSE.replace('The committee', 'Later the committee')}${list('Unrelated navigation entry')}`;
    const page = await writePage('introduced.html', `<html><head><title>Progress</title></head><body><article><h1>Progress</h1>${body}</article></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.stdout).toContain('[libgccjit: Allow casts between integers and pointers two](https://lists.example.org/two)');
    expect(result.stdout).not.toContain('Unrelated navigation entry');
  });

  it("keeps every item of an introduced list whose items hold paragraphs of links (Asciidoctor's ulist)", async () => {
    const items = ['Move the libgccjit.so file', 'Bootstrap config: libgccjit libs dir', 'Allow casts between integers'].map((text, i) => `<li><p><a href="https://github.com/rust-lang/rust/pull/${i}">${text}</a></p></li>`).join('');
    const body = `<div class="paragraph"><p>${PROSE} This needed a few PRs on the Rust side:</p></div><div class="ulist"><ul>${items}</ul></div><div class="paragraph">${PROSE.replace('The committee', 'Later the committee')}</div>`;
    const page = await writePage('ulist.html', `<html><head><title>Progress</title></head><body><div id="post-page"><h1>Progress</h1>${body}</div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    for (const [i, text] of ['Move the libgccjit.so file', 'Bootstrap config: libgccjit libs dir', 'Allow casts between integers'].entries()) expect(result.stdout).toContain(`- [${text}](https://github.com/rust-lang/rust/pull/${i})`);
  });

  it('reads the real <body> when a snippet in the <head> opens another, and an article inside blocks named like a newsletter', async () => {
    const testimonials = Array.from({ length: 3 }, (_, i) => `<div class="testimonial"><p>Listener ${i} says this podcast changed how they sleep, train and eat.</p></div>`).join('');
    const page = await writePage('pasted-head.html', `<html><head><title>Fitness protocol</title><html><body><script type="application/ld+json">{"@type":"Article","headline":"Fitness protocol"}</script></body></html></head>
<body><nav><a href="/">Home</a></nav><main><section class="section-hero cc-newsletter"><article class="newsletter-content"><div class="rich-text-newsletter-cms">${PROSE}${PROSE}</div></article></section>
<section class="reviews">${testimonials}</section></main></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The committee met on Tuesday');
    expect(result.stdout).not.toContain('Listener 0 says');
  });

  it('reads camelCase class and id names word by word: an "emailSignup" box inside the article goes', async () => {
    const signup = '<div id="emailSignup" class="container___2y9U4"><div>Let our news meet your inbox, delivered weekday mornings.</div><form><input name="emailAddress"><button type="button">Sign Up</button></form></div>';
    const page = await writePage('camel.html', `<html><head><title>Budget</title></head><body><article><h1>Budget</h1>${PROSE}${signup}${PROSE.replace('The committee', 'Later the committee')}</article></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.stdout).toContain('Later the committee met on Tuesday');
    expect(result.stdout).not.toContain('Let our news meet your inbox');
  });

  it("drops a sign-up form's small print inside the article, whatever its markup", async () => {
    const terms = 'By signing up, you agree to receive recurring automated SMS marketing messages from Example Deals at the number provided. Msg and data rates may apply.';
    const form = `<section class="relative p-8 my-12"><div class="text-xl">Get deals texted to your phone!</div><div class="mt-4 text-xs">${terms}</div></section>`;
    const page = await writePage('terms.html', `<html><head><title>Budget</title></head><body><article><h1>Budget</h1>${PROSE}${form}<p>By then the committee had agreed to meet again in spring, when the costs would be known.</p></article></body></html>`);
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.stdout).toContain('By then the committee had agreed');
    expect(result.stdout).not.toContain('By signing up');
  });

  it('passes over a consent banner that holds more text than the article', async () => {
    const consent = `<div id="onetrust-pc-sdk" role="dialog"><div id="ot-pc-content"><p>${'We process your data to deliver content or advertisements and measure the delivery of such content, with our partners, and you may object. '.repeat(20)}</p></div></div>`;
    const page = await writePage('consent.html', `<html><head><title>Recipes</title></head><body>${consent}<div class="recipes"><h1>Recipes</h1>${PROSE}</div></body></html>`);
    const result = await runCli(['archive', page, '-o', '-']);
    expect(result.stdout).toContain('The committee met on Tuesday');
    expect(result.stdout).not.toContain('We process your data');
  });
});
