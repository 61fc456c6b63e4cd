// Titles read the way Readability reads them, bylines from markup cleaned, and what the
// Article says the page named (byline) apart from the front-matter's fallback (author).
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';
import { loadHtml } from '../src/extract/dom.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { cleanAuthor } from '../src/extract/metadata/author.js';
import { documentTitle } from '../src/extract/metadata/document-title.js';
import { extractMetadata } from '../src/extract/metadata/index.js';
import { articlePage, PROSE } from './helpers.js';

const meta = (head: string, body = '<p>text</p>') => extractMetadata(loadHtml(`<html><head>${head}</head><body>${body}</body></html>`), undefined);

describe('documentTitle (Readability\'s reading of <title>)', () => {
  it.each([
    ['How to Build a Terrarium | eHow', 'How to Build a Terrarium'],
    ['Lorem ipsum dolor sit amet – My website', 'Lorem ipsum dolor sit amet'],
    ['New Zealand - Wikipedia', 'New Zealand - Wikipedia'],
    ['Evolve: Shared Mutable History — evolve extension for Mercurial', 'Evolve: Shared Mutable History — evolve extension for Mercurial'],
    ['Daring Fireball: Colophon', 'Daring Fireball: Colophon'],
    ['Site > Section > A fairly long article headline here', 'Site > Section > A fairly long article headline here'],
    ['Base URL test', 'Base URL test'],
  ])('%s', (title, expected) => {
    expect(documentTitle(title, [], ['Lorem'])).toBe(expected);
  });

  it('takes the lone <h1> when the <title> is very long, unless that leaves four words or fewer', () => {
    const long = `${'word '.repeat(40)}end`;
    expect(documentTitle(long, [], ['A headline of six words here'])).toBe('A headline of six words here');
    expect(documentTitle(long, [], ['Short'])).toBe(long);
  });

  it('keeps a colon title when a heading shows it whole', () => {
    expect(documentTitle('Part one: the beginning of it all', ['Part one: the beginning of it all'], [])).toBe('Part one: the beginning of it all');
    expect(documentTitle('Part one: the beginning of it all', [], [])).toBe('the beginning of it all');
  });
});

describe('title sources', () => {
  it("keeps a <title>'s question after its dash, no site's name ('Cheap UPS for a small NAS — line-interactive or online?')", () => {
    expect(meta('<title>Cheap UPS for a small NAS — line-interactive or online?</title>').title?.value).toBe('Cheap UPS for a small NAS — line-interactive or online?');
    expect(meta('<title>Is a cheap UPS enough for a small NAS? - HomeLab Hangout</title>').title?.value).toBe('Is a cheap UPS enough for a small NAS?');
  });

  it("reads the JSON-LD headline the <h1> shows over a name written for search results (Wirecutter's), and the name when the <h1> shows it", () => {
    const ld = (name: string, headline: string) => `<title>The 3 Best Electric Kettles of 2025 | Reviews by Wirecutter</title><script type="application/ld+json">{"@type":"Article","name":"${name}","headline":"${headline}"}</script>`;
    expect(meta(ld('The 3 Best Electric Kettles of 2025', 'The Best Electric Kettle'), '<h1>The Best Electric Kettle</h1>').title?.value).toBe('The Best Electric Kettle');
    expect(meta(ld('The Best Electric Kettle', 'Kettles, ranked'), '<h1>The Best Electric Kettle</h1>').title?.value).toBe('The Best Electric Kettle');
  });

  it("reads the headline an <h1> shows after a kicker of its own (Mail & Guardian's span.mg-kicker) or under one (taz's p.typo-kicker), and without a note in brackets the metadata adds ('(Updated)')", () => {
    const kicker = meta('<title>Johannesburg’s dry taps are a governance failure, not a drought | Opinion</title><meta property="og:title" content="Water crisis: Why Johannesburg’s taps keep running dry">', '<h1 class="entry-title"><span class="mg-kicker kicker-opinion">OPINION</span> Johannesburg’s dry taps are a governance failure, not a drought</h1><p>text</p>');
    expect(kicker.title?.value).toBe('Johannesburg’s dry taps are a governance failure, not a drought');
    // A paper's name before the headline its element named as a title shows (華僑報's div.news_title), no <h1>.
    expect(meta('<title>華僑報 - 輕軌東線今年底完成隧道工程</title>', '<div class="news_title">輕軌東線今年底完成隧道工程</div><p>text</p>').title?.value).toBe('輕軌東線今年底完成隧道工程');
    const kicked = meta('<title>Vergesellschaftung in Berlin: Ein Gesetz, das niemand eilig hat - taz.de</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Vergesellschaftung in Berlin: Ein Gesetz, das niemand eilig hat"}</script>', '<p class="article__topline typo-kicker">Vergesellschaftung in Berlin</p><h1 class="article__headline">Ein Gesetz, das niemand eilig hat</h1><p>text</p>');
    expect(kicked.title?.value).toBe('Ein Gesetz, das niemand eilig hat');
    // A kicker named a label inside the <h1> (FAZ's span.header-label), or by a data attribute inside the only heading, an <h2> (Süddeutsche's).
    const labelled = meta('<title>Deutsche Bahn: Warum der ICE 4 so oft in der Werkstatt steht | FAZ</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Deutsche Bahn: Warum der ICE 4 so oft in der Werkstatt steht"}</script>', '<h1 class="header-title"><span class="header-label"><span>Deutsche Bahn</span></span> <span class="header-title__content">Warum der ICE 4 so oft in der Werkstatt steht</span></h1><p>text</p>');
    expect(labelled.title?.value).toBe('Warum der ICE 4 so oft in der Werkstatt steht');
    const data = meta('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Nebenkostenabrechnung: Was Vermieter verlangen dürfen – und was nicht"}</script>', '<h2><span data-manual="kicker">Nebenkostenabrechnung</span><span>:</span> <span data-manual="title">Was Vermieter verlangen dürfen – und was nicht</span></h2><p>text</p>');
    expect(data.title?.value).toBe('Was Vermieter verlangen dürfen – und was nicht');
    // Without a kicker shown apart, the metadata's whole headline stays.
    const plain = meta('<title>Vergesellschaftung in Berlin: Ein Gesetz, das niemand eilig hat - taz.de</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Vergesellschaftung in Berlin: Ein Gesetz, das niemand eilig hat"}</script>', '<p>Vergesellschaftung in Berlin</p><h1>Ein Gesetz, das niemand eilig hat</h1><p>text</p>');
    expect(plain.title?.value).toBe('Vergesellschaftung in Berlin: Ein Gesetz, das niemand eilig hat');
    const updated = meta('<title>Dealers push back on Stellantis plan (Updated) | Automotive News</title><script type="application/ld+json">{"@type":"NewsArticle","name":"Dealers push back on Stellantis plan (Updated)"}</script>', '<h1 class="page-title"><span class="field">Dealers push back on Stellantis plan</span></h1><p>text</p>');
    expect(updated.title?.value).toBe('Dealers push back on Stellantis plan');
  });

  it("reads a writer without the degrees after the name ('Written by Leah Morgan, PT, DPT'), 'Filed by' and 'Words:' as labels, and never a byline's label left alone ('Published on')", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    expect(meta('', `<h1>A Headline Long Enough</h1><p><em>Written by Leah Morgan, PT, DPT</em></p>${text}`).author?.value).toBe('Leah Morgan');
    expect(meta('', `<h1>A Headline Long Enough</h1><p class="postmeta">Filed by Daniel Ashworth under <a href="/?cat=24">Syntax</a></p>${text}`).author?.value).toBe('Daniel Ashworth');
    expect(meta('', `<h1>A Headline Long Enough</h1><p class="byline">Published on <time datetime="2025-02-03">February 3, 2025</time></p>${text}`).author?.value).toBeUndefined();
    // A magazine's credits: 'Words:' and 'Photographs:', over the JSON-LD author that is the site (Ghost's staff account).
    const ghost = '<meta property="og:site_name" content="The Lantern"><script type="application/ld+json">{"@type":"Article","headline":"A Headline Long Enough","author":{"@type":"Person","name":"The Lantern"}}</script>';
    expect(meta(ghost, `<h1>A Headline Long Enough</h1><p><strong>Words: Mara Quinlan · Photographs: Tomás Reyes</strong></p>${text}`).author?.value).toBe('Mara Quinlan');
    expect(meta('', `<h1>A Headline Long Enough</h1><p>Words: they matter more than you think, and here is why.</p>${text}`).author?.value).toBeUndefined();
  });

  it("reads the writers 'Published by' labels, each with a role after the name, over a JSON-LD author that is the site", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const head = '<meta property="og:site_name" content="Spotify Engineering"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Queues at scale","author":{"@type":"Organization","name":"Spotify Engineering"}}</script>';
    const found = meta(head, `<h1>Queues at scale</h1><p class="post-hero__author"><span class="post-hero__label">Published by</span> Ingrid Sørensen, Senior Engineer, and Tomás Aguirre, Staff Engineer</p>${text}`);
    expect(found.author?.value).toBe('Ingrid Sørensen, Tomás Aguirre');
  });

  it("reads a classic blog's post under its site's <h1> ('Language Log » Squad helps dog bite victim', the post's <h2>), its writer and date from the dateline, and leaves the dateline out of the body", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const page = `<!DOCTYPE html><html><head><title>Language Log &raquo; Squad helps dog bite victim</title></head><body><div id="header"><h1><a href="/nll/">Language Log</a></h1></div><div id="content"><div class="post"><h2><a href="/nll/?p=68123" rel="bookmark">Squad helps dog bite victim</a></h2><p class="postmeta">March 4, 2025 @ 7:12 am &middot; Filed by Daniel Ashworth under <a href="/nll/?cat=24" rel="category">Crash blossoms</a>, <a href="/nll/?cat=51" rel="category">Syntax</a></p><div class="entry">${text}${text}</div></div></div></body></html>`;
    const found = extractMetadata(loadHtml(page), undefined);
    expect([found.title?.value, found.author?.value, found.date?.value.toISOString()]).toEqual(['Squad helps dog bite victim', 'Daniel Ashworth', '2025-03-04T07:12:00.000Z']);
    const result = extractArticle({ source: { kind: 'stdin', bytes: new Uint8Array() }, html: page }, { sites: {} });
    if (!result.ok) throw new Error(result.problem.reason);
    const article = result.value;
    expect(article.html).not.toContain('Filed by');
    expect(article.html).toContain('The article goes on here');
  });

  it("reads a writer labelled with the piece's kind ('Blog Post by'), a guest's over the site-wide meta author ('Guest post by'), an interview's teller ('As told to')", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const cfr = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Sanctions at a crossroads","author":{"@type":"Organization","name":"Council on Foreign Relations"}}</script>';
    expect(meta(cfr, `<h1>Sanctions at a crossroads</h1><div class="article-header__authors">Blog Post by <a href="/expert/rebecca-lindholm">Rebecca Lindholm</a></div>${text}`).author?.value).toBe('Rebecca Lindholm');
    const owner = '<meta name="author" content="David Okafor">';
    const post = (byline: string) => `<article><h1>Debugging a flaky ZFS scrub</h1><div class="post-meta"><time>2025-01-19</time><span class="post-author">${byline}</span><span>6 min read</span></div>${text}</article>`;
    expect(meta(owner, post('Guest post by Ana Kovač')).author?.value).toBe('Ana Kovač');
    // The owner's own post, its byline naming the owner or no one, keeps the meta's.
    expect(meta(owner, post('By David Okafor')).author?.value).toBe('David Okafor');
    expect(meta(owner, post('Ana Kovač')).author?.value).toBe('David Okafor');
    expect(cleanAuthor('As told to Devin Kelly')).toBe('Devin Kelly');
    // A newsroom's credit for its unsigned copy is no one's name.
    for (const staff of ['From staff reports', 'Staff report']) expect(cleanAuthor(staff)).toBeUndefined();
  });

  it("leaves out a photographer the metadata lists beside the writer, whom the byline credits for the pictures ('Words by … / Photos by …')", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const head = '<meta name="author" content="Matt Simmons, Amber Bracken"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Sockeye return to the Babine","author":[{"name":"Matt Simmons"},{"name":"Amber Bracken"}]}</script>';
    const byline = (second: string) => `<div class="byline"><span>Words by <a href="/author/matt-simmons/">Matt Simmons</a></span> <span>${second} <a href="/author/amber-bracken/">Amber Bracken</a></span></div>`;
    expect(meta(head, `<h1>Sockeye return to the Babine</h1>${byline('Photos by')}${text}`).author?.value).toBe('Matt Simmons');
    expect(meta(head, `<h1>Sockeye return to the Babine</h1>${byline('and')}${text}`).author?.value).toBe('Matt Simmons, Amber Bracken');
    // A writer who took a picture, its caption crediting them, stays a writer.
    const caption = '<figure><img src="/train.jpg" alt=""><figcaption>A train pulls in. Photo by Matt Simmons, The Narwhal</figcaption></figure>';
    expect(meta(head, `<h1>Sockeye return to the Babine</h1>${byline('and')}${caption}${text}`).author?.value).toBe('Matt Simmons, Amber Bracken');
    // A Chinese byline's photographer ("文：张子扬　摄影：林国辉").
    const zh = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"组屋区新设社区花园","author":[{"@type":"Person","name":"张子扬"},{"@type":"Person","name":"林国辉"}]}</script>';
    expect(meta(zh, `<h1>组屋区新设社区花园</h1><p class="byline">文：张子扬　摄影：林国辉</p>${text}`).author?.value).toBe('张子扬');
  });

  it("reads the person a closing credit names ('（文/林静 图/张华）') over an office a writer's label names ('作者：宣传部')", () => {
    const paragraph = '<p>厦门大学化学化工学院团队在新型催化材料研究方面取得重要进展，相关成果近日发表于国际期刊，研究人员表示将继续推进应用转化。</p>';
    expect(meta('', `<h1>我校团队在催化材料研究中取得进展</h1><div class="info"><span>作者：宣传部</span><span>发布时间：2025-03-11</span></div>${paragraph.repeat(3)}<p>（文/林静 图/张华）</p>`).author?.value).toBe('林静');
    // Without a closing credit, the office stands.
    expect(meta('', `<h1>我校团队在催化材料研究中取得进展</h1><div class="info"><span>作者：宣传部</span><span>发布时间：2025-03-11</span></div>${paragraph.repeat(3)}`).author?.value).toBe('宣传部');
  });

  it("ends the names where the element the label opens ends ('<span>By Joe Harbert</span> <span>Local Democracy Reporting Service</span>')", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const byline = '<div class="ArticleAuthor"><div><img src="/a.jpg" alt=""></div><div><span class="ArticleAuthor_Name">By Joe Harbert</span> <span class="ArticleAuthor_Title">Local Democracy Reporting Service</span> <a href="mailto:joe@example.co.uk">joe@example.co.uk</a></div></div>';
    expect(meta('', `<h1>Plans for 300 homes approved</h1>${byline}${text}`).author?.value).toBe('Joe Harbert');
    // Names the element holds whole are read whole.
    expect(meta('', `<h1>Plans for 300 homes approved</h1><p><span>By</span> Joe Harbert and Ann Lee</p>${text}`).author?.value).toBe('Joe Harbert, Ann Lee');
  });

  it("takes the day a post's address names over the only <time> on the page, labelled as its last update (VitePress' 'Last updated')", () => {
    const page = `<!DOCTYPE html><html><head><title>A paper lab notebook</title><link rel="canonical" href="https://notes.example.net/posts/2025/02/10/paper-lab-notebook"></head><body><main><h1>A paper lab notebook</h1><p>${'The article goes on here at some length. '.repeat(8)}</p><div class="last-updated"><p class="VPLastUpdated">Last updated: <time datetime="2025-02-12T15:04:22.000Z">2/12/25, 3:04 PM</time></p></div></main></body></html>`;
    expect(extractMetadata(loadHtml(page), 'https://notes.example.net/posts/2025/02/10/paper-lab-notebook').date?.value.toISOString()).toBe('2025-02-10T00:00:00.000Z');
    // Without a day in the address, the update's is the only one there is.
    expect(extractMetadata(loadHtml(page.replace('/posts/2025/02/10/', '/posts/')), 'https://notes.example.net/posts/paper-lab-notebook').date?.value.toISOString()).toBe('2025-02-12T15:04:22.000Z');
  });

  it("reads the writer a Material for MkDocs blog post's profile names over the site-wide meta crediting the project's contributors", () => {
    const profile = '<div class="md-post__authors md-typeset"><div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="/a.png" alt="Lukas Brenner"></span><span class="md-profile__description"><strong>Lukas Brenner</strong><br>Maintainer</span></div></div>';
    expect(meta('<title>A headline</title><meta name="author" content="The stoat contributors">', `<article class="md-post md-post--post">${profile}<h1>A headline</h1><p>Text of the post, a few words long.</p></article>`).author?.value).toBe('Lukas Brenner');
    // Two writers' profiles: both.
    const card = (name: string, role: string) => `<div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="/a.png" alt="${name}"></span><span class="md-profile__description"><strong>${name}</strong><br>${role}</span></div>`;
    const both = `<div class="md-post__authors md-typeset">${card('Lukas Brenner', 'Maintainer')}${card('Arjun Mehta', 'Contributor')}</div>`;
    expect(meta('<title>A headline</title>', `<article class="md-post md-post--post">${both}<h1>A headline</h1><p>Text of the post, a few words long.</p></article>`).author?.value).toBe('Lukas Brenner, Arjun Mehta');
  });

  it("takes no byline from the person a quote is attributed to: a landing page's testimonial (div.quote-author in its slide, div.author after div.quote), a blockquote's cite", () => {
    const text = `<p>${'Ledgerleaf keeps every restricted gift in one ledger. '.repeat(8)}</p>`;
    const slide = '<div class="slide w-slide"><div class="testimonial"><p class="quote">“Our audit used to take three weeks.”</p><div class="quote-author">Maribel Ortega, Finance Director, Coastal Food Bank</div></div></div>';
    expect(meta('<title>Fund accounting</title>', `<h1>Fund accounting your board can read</h1>${text}${slide}`).author).toBeUndefined();
    const panel = '<div class="panel panel-testimonial"><div class="centre"><div class="content"><div><div class="quote">Forthea has been a pivotal part of our analytics program.</div><div class="author"><p class="name">Emily Nelson <span>//</span></p><p class="title">Manager, Digital Marketing</p></div></div></div></div></div>';
    expect(meta('<title>Analytics services</title>', `<h1>Analytics services</h1>${text}${panel}`).author).toBeUndefined();
    expect(meta('<title>Essays</title>', `<h1>Essays</h1>${text}<blockquote><p>Simplicity is prerequisite for reliability.</p><footer class="author">Edsger Dijkstra</footer></blockquote>`).author).toBeUndefined();
    // The writer's own box named so still is the byline.
    expect(meta('<title>Essays</title>', `<h1>Essays</h1><div class="author">Nadia Petrova</div>${text}`).author?.value).toBe('Nadia Petrova');
  });

  it("reads the writer an italic note names where the byline is a placeholder ('Guest Author'): a blog's note on its guest, a column's closing line on its writer", () => {
    const story = '<p>Losses like that are not unusual in Vermont anymore, and I have had bad years before, though never one like this.</p>';
    const post = (note: string, closing = '') => `<article><h1>A headline</h1><div class="entry-meta">By <span class="author vcard"><a href="/author/guest/">Guest Author</a></span></div><div class="entry-content">${note}${story}${closing}</div></article>`;
    expect(meta('<title>A headline</title>', post("<p><em>This week&#8217;s post comes from Dana Whitfield, who keeps twelve hives outside Montpelier.</em></p>")).author?.value).toBe('Dana Whitfield');
    expect(meta('<title>A headline</title>', post('<p><em>This is a guest post by Priya Raman, an ecologist and hobby beekeeper who lives on the edge of Pune.</em></p>')).author?.value).toBe('Priya Raman');
    expect(meta('<title>A headline</title>', post('', '<p><em>Rahul Menon is a partner at Tidewater Advisory, a supply chain consultancy based in Dubai.</em></p>')).author?.value).toBe('Rahul Menon');
    // Not a sentence of the story that says the same without the note's italics.
    expect(meta('<title>A headline</title>', post('', '<p>Rahul Menon is a partner at Tidewater Advisory, a supply chain consultancy based in Dubai.</p>')).author).toBeUndefined();
    // Nor what a company says of itself in italics ("Tidewell Energy is an equal opportunity employer.").
    expect(meta('<title>A headline</title>', post('', '<p><em>Tidewell Energy is an equal opportunity employer.</em></p>')).author).toBeUndefined();
  });

  it("reads the writers a byline lists over a JSON-LD Person that is the blog's name, a guest's byline after a theme's '::', and no profile link after a name", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const blog = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Sanctions at a crossroads","author":{"@type":"Person","name":"New Atlanticist"}}</script>';
    expect(meta(blog, `<h1>Sanctions at a crossroads</h1><p class="byline">By <a href="/expert/mh">Maren Holt</a>, <a href="/expert/da">David Asante</a>, and <a href="/expert/kw">Katarzyna Wójcik</a></p>${text}`).author?.value).toBe('Maren Holt, David Asante, Katarzyna Wójcik');
    expect(meta('<meta name="author" content="Jan Novák">', `<article><h1>A headline</h1><div class="post-meta"><time>2025-01-19</time><span class="post-author">:: Guest post by Priya Raman</span></div>${text}</article>`).author?.value).toBe('Priya Raman');
    expect(cleanAuthor('佐藤 健 【Profile】')).toBe('佐藤 健');
  });

  it("reads the writer a column's byline names ('Guest Commentary written by', then Dolores Ybarra), not the column the metadata gives as the author", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const head = '<meta name="author" content="Guest Commentary"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Guest Commentary"><script type="application/ld+json">{"@type":"Article","headline":"Pay the people who teach nurses","author":{"name":"Guest Commentary"}}</script>';
    const byline = '<div class="byline"><div class="byline__label">Guest Commentary written by</div><div class="byline__author"><span class="byline__name">Dolores Ybarra</span><p class="byline__bio">Dolores Ybarra is a registered nurse and director of a nursing program.</p></div></div>';
    expect(meta(head, `<h1>Pay the people who teach nurses</h1>${byline}${text}`).author?.value).toBe('Dolores Ybarra');
    // Named without the label, the metadata's author stands.
    expect(meta(head, `<h1>Pay the people who teach nurses</h1><div class="byline">Commentary</div>${text}`).author?.value).toBe('Guest Commentary');
  });

  it("reads every writer of bylines each labelled again ('By — Renee Alvarado, Associated Press' twice), the outlet they share and the organisation the JSON-LD declares no writer", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Heat sends adults to the ER","author":[{"@type":"Organization","name":"Associated Press"}]}</script>';
    const byline = (name: string) => `<div class="post__byline"><span>By</span> <span>&mdash;</span> <span class="post__byline-name">${name}, Associated Press</span></div>`;
    expect(meta(head, `<h1>Heat sends adults to the ER</h1>${byline('Renee Alvarado')}${byline('Tomás Ebersole')}${text}`).author?.value).toBe('Renee Alvarado, Tomás Ebersole');
    expect(meta(head, `<h1>Heat sends adults to the ER</h1>${byline('Renee Alvarado')}${text}`).author?.value).toBe('Renee Alvarado');
  });

  it("reads the JSON-LD headline that is the <h1>'s last element, after its kicker in one of its own (taz's span.kicker, span.hide ': ', span.headline), over the <title> joining both", () => {
    const head = '<title>Kohleausstieg in der Lausitz: Der Strukturwandel stockt - taz.de</title><meta property="og:title" content="Kohleausstieg in der Lausitz: Der Strukturwandel stockt"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Der Strukturwandel stockt","alternativeHeadline":"Kohleausstieg in der Lausitz"}</script>';
    const h1 = '<h1 itemprop="headline"><span class="kicker">Kohleausstieg in der Lausitz</span><span class="hide">: </span><span class="headline">Der Strukturwandel stockt</span></h1>';
    expect(meta(head, h1).title?.value).toBe('Der Strukturwandel stockt');
    // A headline in one element with the kicker's words is the <title>'s, as shown.
    expect(meta(head, '<h1>Kohleausstieg in der Lausitz: Der Strukturwandel stockt</h1>').title?.value).toBe('Kohleausstieg in der Lausitz: Der Strukturwandel stockt');
  });

  it("reads the <h1>'s part after its kicker in a part of its own, where the metadata's headline joins both ('Opinion | Our downtowns…', the Washington Post's)", () => {
    const head = `<title>Opinion | Our downtowns don't need another parking garage - The Washington Post</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Opinion | Our downtowns don't need another parking garage"}</script>`;
    const h1 = `<h1 data-qa="headline"><span data-qa="headline-opinion-text" class="wpds-c-opinion-label">Opinion</span><span>Our downtowns don't need another parking garage</span></h1>`;
    expect(meta(head, h1).title?.value).toBe("Our downtowns don't need another parking garage");
    // A headline in a part of its own before a subtitle in another is no kicker: the subtitle is not the headline.
    const subtitled = '<meta property="og:title" content="What Tutoring Is and What It Is Not. - Choosing a good tutor">';
    expect(meta(subtitled, '<h1><span class="entry-title-primary">What Tutoring Is and What It Is Not.</span> <span class="entry-subtitle">Choosing a good tutor</span></h1>').title?.value).toBe('What Tutoring Is and What It Is Not.');
  });

  it("keeps og:title's spaces where the <h1>'s elements run its words together (IKEA's <span>KALLAX</span><span>Shelving unit…</span>)", () => {
    const h1 = '<h1><span class="pip-header-section__title--big">KALLAX</span><span class="pip-header-section__description-text">Shelving unit, white, 77x147 cm</span></h1>';
    expect(meta('<title>KALLAX Shelving unit, white, 77x147 cm - IKEA</title><meta property="og:title" content="KALLAX Shelving unit, white, 77x147 cm">', h1).title?.value).toBe('KALLAX Shelving unit, white, 77x147 cm');
  });

  it('orders metas as Readability does: dc:title (property, space-separated lists, last wins) before og:title', () => {
    expect(meta('<meta name="og:title" content="OG"><meta name="DC.title" content="DC name"><meta property="dc:title" content="DC property">').title?.value).toBe('DC property');
    expect(meta('<meta property="x:title dc:title" content="Preferred"><meta property="og:title" content="Other"><title>Title Element</title>').title?.value).toBe('Preferred');
  });

  it("drops the site's own name after a full-width colon or a wave dash, and only the site's", () => {
    const site = '<meta property="og:site_name" content="日経新聞">';
    expect(meta(`<title>委員会が予算を承認：日経新聞</title>${site}`).title?.value).toBe('委員会が予算を承認');
    expect(meta(`<title>委員会が予算を承認 ～ 日経新聞</title>${site}`).title?.value).toBe('委員会が予算を承認');
    expect(meta(`<title>专访：张三谈人工智能</title>${site}`).title?.value).toBe('专访：张三谈人工智能');
  });

  it("prefers the headline the <title> and the one <h1> agree on over metadata's other line, and cuts an SEO tag the <h1> does not show", () => {
    const H = 'Less code, faster sites: Partial Prerendering is now stable';
    expect(meta(`<title>${H} - Vercel</title><meta property="og:title" content="Partial Prerendering is now stable">`, `<h1>${H}</h1><p>text</p>`).title?.value).toBe(H);
    // A <title> with nothing cut from it may name the site, as the <h1> does: the metadata's headline stays.
    expect(meta('<title>Tide Notes</title><meta property="og:title" content="Reading a tide table">', '<h1>Tide Notes</h1><p>text</p>').title?.value).toBe('Reading a tide table');
    // Without an <h1>, an <h2> that shows the <title>'s headline (Politico's h2.headline).
    const P = 'Senate farm bill talks stall over work requirements';
    expect(meta(`<title>${P} - POLITICO</title><meta property="og:title" content="Farm bill talks hit a wall">`, `<h2 class="headline">${P}</h2><p>text</p><h2>Related</h2>`).title?.value).toBe(P);
    // Unless it is a headline's sentence, as the <h1> shows it (the JSON-LD's being a shorter line written for search).
    const S = 'Chancellor prepares to raid pension tax relief in spring statement';
    expect(meta(`<title>${S}</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Reeves prepares pension tax raid"}</script>`, `<h1>${S}</h1><p>text</p>`).title?.value).toBe(S);
    // Or the <title> opening with the one <h1> whole, its section and site after it (Sky News's "… | Politics News | Sky News").
    const W = 'Water bills: Ofwat to be abolished in biggest shake-up of industry since privatisation';
    expect(meta(`<title>${W} | Politics News | Sky News</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ofwat to be abolished in biggest shake-up of water industry since privatisation"}</script>`, `<h1><span class="long-title">${W}</span></h1><p>text</p>`).title?.value).toBe(W);
    expect(meta('<title>How to Write a Sales Email That Gets Replies [+ 23 Templates]</title>', '<h1>How to Write a Sales Email That Gets Replies</h1><p>text</p>').title?.value).toBe('How to Write a Sales Email That Gets Replies');
  });

  it('reads JSON-LD in CDATA, choosing name or headline by resemblance to the <title>', () => {
    const ld = (obj: object) => `<script type="application/ld+json"><![CDATA[${JSON.stringify({ '@context': 'https://schema.org', ...obj })}]]></script>`;
    expect(meta(`<title>Ignored - Site</title>${ld({ '@type': 'Article', name: 'New Zealand', headline: 'country in Oceania' })}`).title?.value).toBe('New Zealand');
    expect(meta(`<title>Apple’s Vision Pro hands-on review</title>${ld({ '@type': 'NewsArticle', name: 'Vision', headline: 'Apple’s Vision Pro hands-on review' })}`).title?.value).toBe('Apple’s Vision Pro hands-on review');
    expect(meta(`<title>T</title>${ld({ '@type': 'WebPage', name: 'A web page' })}`).title?.value).toBe('T');
  });

  it('drops a site-name suffix only, and a Chinese channel chain when the headline is its longest part', () => {
    expect(meta('<meta property="og:title" content="A Title - The Site"><meta property="og:site_name" content="The Site">').title?.value).toBe('A Title');
    expect(meta('<meta property="og:title" content="The Site - Latest News"><meta property="og:site_name" content="The Site">').title?.value).toBe('The Site - Latest News');
    expect(meta('<title>宇航员在太空中喝酒会怎么样？后果很严重_探索者_光明网</title>').title?.value).toBe('宇航员在太空中喝酒会怎么样？后果很严重');
    expect(meta('<title>新竹_美樹營地賞楓 (2) @ 史蒂文的家</title>').title?.value).toBe('新竹_美樹營地賞楓 (2) @ 史蒂文的家');
  });

  it("finds the headline in an <h1> that holds more (a label link, a button, a dateline), or in a title element where there is none", () => {
    const H = '新能源车企年报：营收突破六千亿元';
    expect(meta(`<title>${H} - 风光摄影 - 某某论坛</title>`, `<h1 class="ts"><a href="/f">[技巧分享]</a><span id="thread_subject">${H}</span></h1>`).title?.value).toBe(H);
    expect(meta(`<title>${H}-新华网</title>`, `<h1><span class="title">${H}</span><span class="btn-audio">播报</span></h1>`).title?.value).toBe(H);
    expect(meta(`<title>${H} - 科技 - 某某科技网</title>`, `<h1>${H}<br><span>2024-03-05 10:30 来源：某某科技网</span></h1>`).title?.value).toBe(H);
    expect(meta(`<title>${H}-某某新闻网</title>`, `<div class="content_left_title">${H}</div><p>text</p>`).title?.value).toBe(H);
    // A <title> that is only the site's name, as its logo's image names it: the element named as a title.
    expect(meta('<title>某某银行</title>', `<div class="logo"><a href="http://www.example.cn/"><img src="/logo.png" alt="某某银行"></a></div><h2 class="title">${H}</h2><p>text</p>`).title?.value).toBe(H);
    // A blog's name in an <h1> named as the site's title, without a link home (Gridea's): the post's <h2> is the headline.
    expect(meta('<title>写给三十岁的自己 | 小满的笔记</title>', '<h1 class="site-title">小满的笔记</h1><article class="post"><h2 class="post-title">写给三十岁的自己</h2><p>text</p></article>').title?.value).toBe('写给三十岁的自己');
    // A mobile page titled with its app's name alone ("微博", "UC头条"), no <h1>: the element named as a title.
    expect(meta('<title>微博</title>', `<div class="f-art-tit">${H}</div><p>text</p>`).title?.value).toBe(H);
    expect(meta('<title>UC头条</title>', `<div class="article-title">${H}</div><p>text</p>`).title?.value).toBe(H);
    expect(meta('<title>关于我们</title>', '<h1>关于我们</h1><div class="title">公司简介</div><p>text</p>').title?.value).toBe('关于我们');
    // A blog's name before its host's is not an app's: the element named as a title there is a category's.
    expect(meta('<title>海姑娘 | blog.example.com</title><meta property="og:site_name" content="blog.example.com">', '<div class="category-title">【<a href="/c/1">我的文章</a>】</div><p>text</p>').title?.value).toBe('海姑娘');
    // A novel's chapter page: the metadata names the book, the one heading that reads as a chapter's is the title.
    expect(meta('<title>第8章 山雨欲来_乡村小神医_一叶知秋_某某中文网</title><meta property="og:title" content="乡村小神医">', '<div class="chapter-title"><h2>第8章 山雨欲来</h2><p>作者：一叶知秋 字数：2150</p></div><p>text</p>').title?.value).toBe('第8章 山雨欲来');
    expect(meta('<title>某某教程</title><meta property="og:title" content="某某教程">', '<h1>某某教程</h1><h2>第一章 安装</h2><p>text</p><h2>第二章 配置</h2><p>text</p>').title?.value).toBe('某某教程');
    // The site's channel left beside it once its name goes.
    expect(meta(`<title>${H}-新闻频道-东方网</title>`, `<div id="biaoti">${H}</div><p>text</p>`).title?.value).toBe(H);
    // Or a section's word set off by the same glued dash ("…—新闻—科学网"), no <h1> to say where the headline ends.
    expect(meta(`<title>${H} —新闻—科学网</title>`, `<table><tr><td class="style1"><b>${H}</b></td></tr></table><p>text</p>`).title?.value).toBe(H);
    // A title whose hyphen is part of the headline stays whole.
    expect(meta('<title>COVID-19 疫苗接种进展</title>', '<div class="title">疫苗接种进展</div>').title?.value).toBe('COVID-19 疫苗接种进展');
    // A forum's subject, an old template's <h3>, a Chinese site's name and its motto after the <h1>.
    expect(meta(`<title>${H} - 快科技 科技改变未来</title>`, `<div id="thread_subject">${H}</div><p>text</p>`).title?.value).toBe(H);
    expect(meta(`<title>${H}-某某大学新闻网</title>`, `<h3>${H}</h3><p>text</p>`).title?.value).toBe(H);
    expect(meta('<title>大模型价格战背后：谁在裸泳？ - 经济观察网 - 专业财经新闻网站</title>', '<h1>大模型价格战背后：谁在裸泳？</h1>').title?.value).toBe('大模型价格战背后：谁在裸泳？');
  });

  it("takes, of several <h1>s, the one the <title> opens with where og:title names the site only (a docs page's headline beside its site's 'Documentation')", () => {
    const body = '<h1><a href="/en/5.2/">Documentation</a></h1><div class="section"><h1>How to send reads to database replicas</h1><p>text</p></div><footer><h1 class="visuallyhidden">Django Links</h1></footer>';
    expect(meta('<title>How to send reads to database replicas | Django documentation | Django</title><meta property="og:title" content="Django Project"><meta property="og:site_name" content="Django Project">', body).title?.value).toBe('How to send reads to database replicas');
  });

  it('finds the headline an old template shows without an <h1>: a Latin site name before it, a large inline font, a numbered or topic class', () => {
    const T = '混合肌換季保養心得：從脫皮到穩定的兩個月';
    const H = '研究揭示高寒草甸土壤“呼吸”对升温的滞后响应';
    expect(meta(`<title>FashionGuide 華人時尚美容網 - 美妝討論區 - ${T}</title>`, `<table><tr><td class="topic_title"><span class="title_text">${T}</span></td></tr></table><p>text</p>`).title?.value).toBe(T);
    expect(meta(`<title>科学网—${H}</title>`, `<table><tr><td style="font-size:22px;font-weight:bold">${H}</td></tr></table><p>text</p>`).title?.value).toBe(H);
    expect(meta(`<title>${H}-蓝云-ChinaUnix博客</title>`, `<div class="Blog_tit4"><span class="Blog_tit4_left">${H}</span></div><p>text</p>`).title?.value).toBe(H);
    expect(meta(`<title>走一趟大稻埕的午後 - 阿彥的散步地圖 - udn部落格</title>`, '<div class="article_topic">走一趟大稻埕的午後</div><p>text</p>').title?.value).toBe('走一趟大稻埕的午後');
    // Parted by full-width hyphens from its section and site ("…－職場新聞－1111人力銀行").
    expect(meta(`<title>${T}－職場新聞－1111人力銀行</title>`, `<h2 class="newsTitle">${T}</h2><p>text</p>`).title?.value).toBe(T);
    // A 政务公开 page: its <title> the site's name and the section's, its headline in div.xxgk_bt (bt: 标题's pinyin).
    expect(meta('<title>商城县人民政府信息公开</title>', `<table class="xxgk_tb"><tr><td>成文日期：</td><td>2016-06-13</td></tr></table><div class="xxgk_bt">${H}</div><p>text</p>`).title?.value).toBe(H);
    // A small inline font is no headline's.
    expect(meta(`<title>科学网—${H}</title>`, `<table><tr><td style="font-size:12px">${H}</td></tr></table><p>text</p>`).title?.value).toBe(`科学网—${H}`);
  });

  it("takes the <h1> named as the headline over an og:title that runs Chinese words on from it for search ('…的做法步骤图')", () => {
    expect(meta('<meta property="og:title" content="番茄炖牛腩的做法步骤图">', '<h1 class="page-title">番茄炖牛腩</h1><p>text</p>').title?.value).toBe('番茄炖牛腩');
    expect(meta('<meta property="og:title" content="Nike Pegasus 41 Road Running Shoes">', '<h1 class="page-title">Nike Pegasus 41</h1><p>text</p>').title?.value).toBe('Nike Pegasus 41 Road Running Shoes');
  });

  it("takes the <h1> from an og:title that puts a section's label before it with a dash and the day after it (明報's '港聞 - … - 20240305')", () => {
    expect(meta('<meta property="og:title" content="港聞 - 安老院舍宿位輪候時間延長　社福界促增撥資源 - 20240305 - 明報新聞網">', '<h1>安老院舍宿位輪候時間延長　社福界促增撥資源</h1>').title?.value).toBe('安老院舍宿位輪候時間延長\u3000社福界促增撥資源');
  });

  it("takes a thread's title from an <h1> that puts a forum's label before it ('Thread: …', vBulletin's), without the label", () => {
    expect(meta('<title> Lifter tick on cold start only - 5.3 Silverado</title>', '<h1>Thread: <span class="threadtitle">Lifter tick on cold start only - 5.3 Silverado</span></h1>').title?.value).toBe('Lifter tick on cold start only - 5.3 Silverado');
  });

  it("keeps a title an <h1> shows whole, never a linked part of that <h1> (Python's docs: '<a><code>shelve</code></a> — Python object persistence')", () => {
    const h1 = '<h1><a class="reference internal" href="#module-shelve"><code class="xref py py-mod"><span class="pre">shelve</span></code></a> — Python object persistence<a class="headerlink" href="#module-shelve">¶</a></h1>';
    expect(meta('<title>shelve — Python object persistence — Python 3.12.2 documentation</title><meta property="og:title" content="shelve — Python object persistence">', h1).title?.value).toBe('shelve — Python object persistence');
  });

  it('takes the shown <h1> from a title that adds a section after a pipe, or the site by one of its words', () => {
    const page = (title: string, h1: string, head = '') => meta(`<meta property="og:title" content="${title}">${head}`, `<h1>${h1}</h1>`).title?.value;
    expect(page('Significant Cyber Incidents | Strategic Technologies Program', 'Significant Cyber Incidents')).toBe('Significant Cyber Incidents');
    expect(page('Using promises - JavaScript | MDN', 'Using promises', '<meta property="og:site_name" content="MDN Web Docs">')).toBe('Using promises');
    expect(page('QuerySet API reference | Django documentation', 'QuerySet API reference<a class="headerlink" href="#q">¶</a>')).toBe('QuerySet API reference');
    expect(page('Tasks - Getting things done in several small steps', 'Tasks')).toBe('Tasks - Getting things done in several small steps');
    // A blog's name as long as the headline after a dash: measured without the dash.
    expect(page('潮位計の話 - 山田の日記', '潮位計の話')).toBe('潮位計の話');
    expect(page('The tide gauge - The Harbour Notes', 'The tide gauge')).toBe('The tide gauge');
    // A documentation's own name after the headline; a forum's label before the <h1>'s headline.
    expect(meta('<title>Tasks &#8212; Celery 5.6.2 documentation</title>', '<h1>Tasks<a class="headerlink" href="#tasks">¶</a></h1>').title?.value).toBe('Tasks');
    expect(meta('<title>What to look for in a web host? | Web Hosting Talk</title><meta name="twitter:title" content="What to look for in a web host?">', '<h1>Thread: <span class="threadtitle"><a href="showthread.php?t=1">What to look for in a web host?</a></span></h1>').title?.value).toBe('What to look for in a web host?');
  });

  it("takes the shown <h1> from a title that puts the site's name before it ('Amazon.com: … : Electronics'), and drops a hyphenated domain's suffix", () => {
    const at = (url: string, head: string, body = '<p>text</p>') => extractMetadata(loadHtml(`<html><head>${head}</head><body>${body}</body></html>`), url).title?.value;
    expect(at('https://www.amazon.com/dp/B0D1', '<meta name="title" content="Amazon.com: Wireless Headphones, Deep Bass (White) : Electronics">', '<h1>About this item</h1><h1><span>  Wireless Headphones, Deep Bass (White) </span></h1>')).toBe('Wireless Headphones, Deep Bass (White)');
    expect(at('https://example.org/a', '<meta name="title" content="Elsewhere: Wireless Headphones, Deep Bass (White) : Electronics">', '<h1>About this item</h1><h1>Wireless Headphones, Deep Bass (White)</h1>')).toBe('Elsewhere: Wireless Headphones, Deep Bass (White) : Electronics');
    expect(at('https://os-system.com/blog/a', '<meta property="og:title" content="7 Key Software Development Methodologies | OS-System">')).toBe('7 Key Software Development Methodologies');
  });

  it("takes a landing page's lone <h1> over its og:title when both word the same thing, and an article's og:title over its <h1>", () => {
    const page = (head: string) => meta(`<meta property="og:title" content="Physical Fitness Equipment Rentals in Los Angeles, CA">${head}`, '<h1>Physical Fitness Equipment</h1><p>We deliver and set up.</p>').title?.value;
    expect(page('')).toBe('Physical Fitness Equipment');
    expect(page('<meta property="og:type" content="article">')).toBe('Physical Fitness Equipment Rentals in Los Angeles, CA');
    expect(page('<script type="application/ld+json">{"@type":"BlogPosting","headline":"Physical Fitness Equipment Rentals in Los Angeles, CA"}</script>')).toBe('Physical Fitness Equipment Rentals in Los Angeles, CA');
    // The same words in capitals are the headline styled for show: the metadata's spelling stands.
    expect(meta('<meta property="og:title" content="Tips for Online Success">', '<h1>TIPS FOR ONLINE SUCCESS</h1>').title?.value).toBe('Tips for Online Success');
  });

  it("takes an article's lone <h1> over a shorter og:title or JSON-LD headline that words it for search results, not a shorter <h1>, nor one that only types its quotes", () => {
    const h1 = 'Rural hospitals in three states brace for Medicaid cuts as legislatures weigh budgets';
    const seo = 'Rural hospitals brace for Medicaid cuts in state budget fights';
    const ld = (headline: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;
    expect(meta(`<meta property="og:title" content="${seo}">${ld(seo)}`, `<h1>${h1}</h1><p>text</p>`).title?.value).toBe(h1);
    expect(meta(`<meta property="og:title" content="${h1}">${ld(h1)}`, `<h1>${seo}</h1><p>text</p>`).title?.value).toBe(h1);
    expect(meta(ld('Tutoring was supposed to save kids. The results? \'Sobering\''), '<h1>Tutoring was supposed to save kids. The results? ‘Sobering’</h1><p>text</p>').title?.value).toBe("Tutoring was supposed to save kids. The results? 'Sobering'");
  });

  it("knows a site's name by its domain under a country's second level and on a host of sites, and drops it before or after the headline, or takes the <h1> over a title that is only the site's name (not on the front page)", () => {
    const at = (url: string, title: string, body = '<p>text</p>') => extractMetadata(loadHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`), url).title?.value;
    expect(at('https://www.coastnews.co.uk/2024/harbour', 'The harbour plan explained - Coast News')).toBe('The harbour plan explained');
    expect(at('https://www.coastnews.com.au/2024/harbour', 'The harbour plan explained | CoastNews')).toBe('The harbour plan explained');
    expect(at('https://coastnotes.org/2024/harbour', 'The harbour plan explained « Coast Notes')).toBe('The harbour plan explained');
    expect(at('https://coastnotes.blogspot.com/2024/03/harbour.html', 'Coast Notes: The harbour plan explained')).toBe('The harbour plan explained');
    expect(at('https://coastnews.com/2024/harbour', 'Coast News', '<h1>The harbour plan explained</h1>')).toBe('The harbour plan explained');
    // On the front page the site's name is what the page is about.
    expect(at('https://coastnotes.blogspot.com/', 'Coast Notes: Stories from the harbour')).toBe('Coast Notes: Stories from the harbour');
    expect(at('https://coastnews.com/', 'Coast News', '<h1>Latest stories</h1>')).toBe('Coast News');
    // Another site's name before a colon is the headline's own.
    expect(at('https://coastnews.com/2024/review', 'Review: the new harbour plan falls short', '<h1>Review: the new harbour plan falls short</h1>')).toBe('Review: the new harbour plan falls short');
  });

  it("never takes a logo's <h1> that names the site for the headline, before or beside it ('Bakery | Headline', 'Site » Blog Archive » Headline')", () => {
    const at = (url: string, title: string, body: string) => extractMetadata(loadHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`), url).title?.value;
    const logo = '<header><h1 class="site-title"><a href="/" rel="home">Harbour Light Bakery</a></h1></header>';
    expect(at('https://harbourlightbakery.co.uk/sundays/', 'Harbour Light Bakery | Why We Stopped Selling Sourdough on Sundays', `${logo}<h1 class="entry-title">Why We Stopped Selling Sourdough on Sundays</h1>`)).toBe('Why We Stopped Selling Sourdough on Sundays');
    expect(at('https://harbourlightbakery.co.uk/sundays/', 'Harbour Light Bakery', `${logo}<h1 class="entry-title">Why We Stopped Selling Sourdough on Sundays</h1>`)).toBe('Why We Stopped Selling Sourdough on Sundays');
    expect(at('http://islandledger.net/2024/03/05/ferry/', 'The Island Ledger &raquo; Blog Archive &raquo; The Night the Ferry Did Not Come', '<h1><a href="/">The Island Ledger</a></h1><h2>The Night the Ferry Did Not Come</h2>')).toBe('The Night the Ferry Did Not Come');
  });

  it("knows the site's name from its logo linking home or its feed's title, beside the headline with a space or a tight dash", () => {
    const at = (url: string, head: string, body: string) => extractMetadata(loadHtml(`<html><head>${head}</head><body>${body}</body></html>`), url).title?.value;
    expect(at('https://blog.example.cn/post/12.html', '<title>使用Docker Compose部署PHP开发环境的完整记录 ThinkCMF技术笔记</title>', '<nav><a class="navbar-brand" href="/">ThinkCMF技术笔记</a></nav><h2>使用Docker Compose部署PHP开发环境的完整记录</h2>')).toBe('使用Docker Compose部署PHP开发环境的完整记录');
    expect(at('https://www.xiaochen.blog/post/7.html', '<title>小陈的折腾日记-家里的旧路由器刷了OpenWrt之后</title><link rel="alternate" type="application/rss+xml" href="/feed.php" title="小陈的折腾日记">', '<h1 id="BlogTitle"><a href="https://www.xiaochen.blog/">小陈的折腾日记</a></h1><h2 class="post-title">家里的旧路由器刷了OpenWrt之后</h2>')).toBe('家里的旧路由器刷了OpenWrt之后');
    // A forum's name with Latin letters before its Chinese kind (NGA玩家社区), after a space.
    expect(at('https://bbs.example.cn/read.php?tid=1', '<title>老玩家回归，现在的版本开荒路线是怎样的 NGA玩家社区</title>', '<h3 id="postsubject0">老玩家回归，现在的版本开荒路线是怎样的</h3>')).toBe('老玩家回归，现在的版本开荒路线是怎样的');
    // A post's own feed names the post and the site, and says not which is which.
    expect(at('https://zhou.im/archives/88/', '<title>重读《城南旧事》 - 老周的自留地</title><link rel="alternate" type="application/rss+xml" title="重读《城南旧事》 &raquo; 老周的自留地 &raquo; RSS 2.0">', '<h1 class="post-title">重读《城南旧事》</h1><h3 class="widget-title">最新文章</h3>')).toBe('重读《城南旧事》');
    // A blog's name in its <h1> linking to its front page (LOFTER's), the page's URL unknown; a blog's feed named 'Blog - Atom' (Blogger's).
    expect(at('', '<title>雨夜随笔 - 纸上飞鸟</title>', '<h1><a href="https://zhishangfeiniao.lofter.com/">纸上飞鸟</a></h1><h2><a href="/post/1">雨夜随笔</a></h2>')).toBe('雨夜随笔');
    expect(at('', "<title>A Garden Notebook: Starting tomatoes indoors (again)</title><link rel='alternate' type='application/atom+xml' title='A Garden Notebook - Atom'>", "<h3 class='post-title entry-title'>Starting tomatoes indoors (again)</h3>")).toBe('Starting tomatoes indoors (again)');
    expect(at('', '<title>龙井茶（中国十大名茶之一）_百度百科</title><meta property="og:title" content="龙井茶_百度百科">', '<h1>龙井茶</h1><h2>（中国十大名茶之一）</h2>')).toBe('龙井茶');
    // A link home that is no logo is no name of the site.
    expect(at('https://blog.example.cn/post/12.html', '<title>小陈的折腾日记-家里的旧路由器刷了OpenWrt之后</title>', '<p><a href="/">小陈的折腾日记</a></p><h2 class="post-title">家里的旧路由器刷了OpenWrt之后</h2>')).toBe('小陈的折腾日记-家里的旧路由器刷了OpenWrt之后');
  });

  it("takes the longest of the <h1>s a title holds (a section's <h1> beside the headline's), a headline ending as a site's name does, and a government page's ArticleTitle without its editor's markup", () => {
    const at = (head: string, body: string) => extractMetadata(loadHtml(`<html><head>${head}</head><body>${body}</body></html>`), 'https://www.example.gov.cn/a/1.html').title?.value;
    expect(at('<title>新能源汽车下乡活动在我县启动 - 本地新闻 - 滨河融媒</title>', '<h1>本地新闻</h1><h1 class="blog-single-head-title">新能源汽车下乡活动在我县启动</h1>')).toBe('新能源汽车下乡活动在我县启动');
    expect(at('<title>暑期防溺水安全教育进社区 - 社会民生 - 西岭在线</title>', '<h1>暑期防溺水安全教育进社区<br /><span>2023-07-11 09:26:47 来源：西岭区应急管理局 点击：</span></h1>')).toBe('暑期防溺水安全教育进社区');
    expect(at('<title>云梦市人民政府 部门动态 市住建局召开推进会</title><meta name="ArticleTitle" content="市住建局召开推进会<div>">', '<table><tr><td class="title">市住建局召开推进会</td></tr></table>')).toBe('市住建局召开推进会');
  });

  it("drops forum software's credit and edition after a title ('- Powered by phpwind', '- 手机版'), and knows a forum or a community by its name ('某某摄影论坛')", () => {
    expect(meta('<title>春季拍摄油菜花的几点经验|摄影交流 - 某某摄影论坛 - Powered by phpwind</title>', '<h1>春季拍摄油菜花的几点经验</h1>').title?.value).toBe('春季拍摄油菜花的几点经验');
    expect(meta('<title>春季拍摄油菜花的几点经验 - 某某社区 - 手机版 - Powered by Discuz!</title>', '<h1>春季拍摄油菜花的几点经验</h1>').title?.value).toBe('春季拍摄油菜花的几点经验');
    // phpBB 2 puts the forum and the page's kind first: "Forum :: View topic - Topic".
    expect(meta('<title>Model Railroad Forum :: View topic - DCC wiring for a small yard?</title>', '<span class="maintitle">Model Railroad Forum</span><a class="maintitle" href="viewtopic.php?t=4512">DCC wiring for a small yard?</a>').title?.value).toBe('DCC wiring for a small yard?');
  });

  it("takes the <h1> from an og:title that puts a section's label before it ('Analysis | …'), and the metadata's headline from an <h1> that puts a story's kind before it ('Exclusive', 'Opinion')", () => {
    const page = (head: string, h1: string) => meta(`${head}<meta property="og:type" content="article">`, `<h1>${h1}</h1><p>text</p>`).title?.value;
    expect(page('<meta property="og:title" content="Analysis | Why the rate path just got harder">', 'Why the rate path just got harder')).toBe('Why the rate path just got harder');
    expect(page('<title>Council paid for a footbridge that goes nowhere</title>', '<span class="kicker">Exclusive</span> Council paid for a footbridge that goes nowhere')).toBe('Council paid for a footbridge that goes nowhere');
    expect(page('<title>The four-day week is coming</title>', '<span class="label">Opinion</span>The four-day week is coming')).toBe('The four-day week is coming');
    // A colon after the label (the Globe and Mail's "Opinion: " in its JSON-LD headline, og:title and <title>).
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Opinion: Canada’s housing targets are a fantasy"}</script>';
    expect(page(`<title>Opinion: Canada’s housing targets are a fantasy - The Globe and Mail</title>${ld}`, 'Canada’s housing targets are a fantasy')).toBe('Canada’s housing targets are a fantasy');
  });

  it("takes a recipe's headline its JSON-LD gives where no article is declared, over an og:title with a word added for search ('… Recipe')", () => {
    const ld = '<script type="application/ld+json">[{"@type":["Recipe"],"headline":"Crispy Smashed Potatoes","name":"Crispy Smashed Potatoes"}]</script>';
    expect(meta(`<title>Crispy Smashed Potatoes Recipe</title><meta property="og:type" content="article"><meta property="og:title" content="Crispy Smashed Potatoes Recipe">${ld}`, '<h1 class="heading__title">Crispy Smashed Potatoes</h1><p>text</p>').title?.value).toBe('Crispy Smashed Potatoes');
  });

  it('completes a JSON-LD headline the page cut short, and drops straight quotes around one', () => {
    const ld = (headline: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'BlogPosting', headline })}</script>`;
    // Cut at the 110 characters search engines show, inside a word.
    const long = 'The Long, Strange Journey of a Library Book That Came Home After 62 Years, Three Owners and One Very Small Shipwreck';
    expect(meta(`<title>${long} - Site</title>${ld(long.slice(0, 110))}`).title?.value).toBe(long);
    expect(meta(`<title>We Help 4 Readers (Including One Universal Trick) - Emily</title>${ld('We Help 4 Readers (Including')}`).title?.value).toBe('We Help 4 Readers (Including One Universal Trick)');
    expect(meta(`<title>A Headline: and its subtitle - Site</title>${ld('A Headline')}`).title?.value).toBe('A Headline');
    expect(meta(`<title>x</title>${ld('"What is Git?"')}`).title?.value).toBe('What is Git?');
    expect(meta(`<title>x</title>${ld('“New Ways to Corrupt LLMs”')}`).title?.value).toBe('“New Ways to Corrupt LLMs”');
  });

  it("takes the JSON-LD headline, its entities decoded, where the name is the headline with the site's name after it (Yoast on a tagDiv theme)", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","name":"Ohio State\'s line rebuild starts with spring battles \\u00bb Buckeye Report","headline":"Ohio State&#8217;s line rebuild starts with spring battles"}</script>';
    expect(meta(`<title>Ohio State&#039;s line rebuild starts with spring battles &raquo; Buckeye Report</title>${ld}`, '<h1 class="tdb-title-text">Ohio State’s line rebuild starts with spring battles</h1><p>text</p>').title?.value).toBe('Ohio State’s line rebuild starts with spring battles');
  });

  it('without a <title>: the <h1>, else an element named as a title', () => {
    expect(meta('', '<h1>Heading One</h1>').title?.value).toBe('Heading One');
    expect(meta('', '<h1>Big News<br>The Subtitle</h1>').title?.value).toBe('Big News The Subtitle');
    expect(meta('', '<h1><div>Bershka</div><div>Faux leather jacket</div></h1>').title?.value).toBe('Bershka Faux leather jacket');
    expect(meta('', '<div class="nav">Home</div><a id="viewpost1_TitleUrl" href="/p">13岁女孩的故事</a>').title?.value).toBe('13岁女孩的故事');
  });
});

describe('bylines that read as something else', () => {
  const author = (head: string, body: string) => meta(head, body).author?.value;
  const STORY = '<p>The survey team flew over the ice field twice a week, measuring the height of the ice with a laser.</p>';

  it("reads the name before the writer's role, its field no part of it (the BBC's byline__name and byline__title)", () => {
    expect(author('<title>Glacier retreats</title>', `<h1>Glacier retreats</h1><div class="byline"><span class="byline__name">By Rhodri Pemberton</span> <span class="byline__title">Science correspondent, BBC News</span></div>${STORY}`)).toBe('Rhodri Pemberton');
    expect(author('<title>Glacier retreats</title>', `<h1>Glacier retreats</h1><div class="byline"><span class="byline__name">By Rhodri Pemberton</span><span class="byline__title">Science correspondent, BBC News</span></div>${STORY}`)).toBe('Rhodri Pemberton');
  });

  it("reads the sender a mailing list names 'via' the list ('Oskar Brandt via rsync'), and a writer credited via a wire", () => {
    expect(author('<title>rsync 3.3 released</title>', `<h1>rsync 3.3 released</h1><div class="msgHead"><span itemprop="author"><span itemprop="name">Oskar Brandt via rsync</span></span></div>${STORY}`)).toBe('Oskar Brandt');
    expect(author('<title>Glacier retreats</title>', `<h1>Glacier retreats</h1><p class="byline">By Jane Doe via AP</p>${STORY}`)).toBe('Jane Doe');
  });

  it("takes the reporter the byline names over the editor the JSON-LD declares ('Reported by: …, Edited by: …')", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm season","author":{"@type":"Person","name":"Anjali Rao"}}</script>';
    expect(author(`<title>Storm season</title>${ld}`, `<h1>Storm season</h1><span class="pst-by_lnk">Reported by: <a href="/author/deepak-verma">Deepak Verma</a>, Edited by: <a href="/author/anjali-rao">Anjali Rao</a></span>${STORY}`)).toBe('Deepak Verma');
  });

  it("adds the co-author a byline links after the first writer's role and 'with' (The 19th's), where the JSON-LD names the first alone; never one credited for photographs", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm season","author":{"@type":"Person","name":"Mara Lindqvist"}}</script>';
    const writer = (name: string, slug: string, role: string) => `<div class="byline-author"><img src="/${slug}.jpg" alt="Headshot of ${name}"><div class="byline-author__text"><a class="byline-author__name" href="/author/${slug}/">${name}</a><span class="byline-author__title">${role}</span></div></div>`;
    const byline = (between: string) => `<div class="article-byline__authors">${writer('Mara Lindqvist', 'mara-lindqvist', 'Senior health reporter')}<span>${between}</span>${writer('Jada Emerson', 'jada-emerson', 'Data reporter')}</div>`;
    expect(author(`<title>Storm season</title>${ld}`, `<h1>Storm season</h1>${byline('with')}${STORY}`)).toBe('Mara Lindqvist, Jada Emerson');
    expect(author(`<title>Storm season</title>${ld}`, `<h1>Storm season</h1>${byline('Photographs by')}${STORY}`)).toBe('Mara Lindqvist');
  });

  it("reads every writer of a Docusaurus byline, the first one's role under their name ('Editor team lead') no credit for other work", () => {
    const card = (name: string, role: string) => `<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><div class="avatar__intro" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><div class="avatar__name"><a href="https://github.com/x" itemprop="url"><span itemprop="name">${name}</span></a></div><small class="avatar__subtitle" itemprop="description">${role}</small></div></div></div>`;
    const header = (first: string) => `<header><h1 itemprop="headline">Undo in a shared document</h1><div class="row">${card('Hana Sato', first)}${card('Ryan Okonjo', 'Sync engineer')}</div></header>`;
    expect(author('<title>Undo in a shared document</title>', `<article itemscope itemtype="https://schema.org/BlogPosting">${header('Editor team lead')}${STORY}</article>`)).toBe('Hana Sato, Ryan Okonjo');
    expect(author('<title>Undo in a shared document</title>', `<article itemscope itemtype="https://schema.org/BlogPosting">${header('Video producer')}${STORY}</article>`)).toBe('Hana Sato, Ryan Okonjo');
  });

  it("reads the writer of a byline that sets the site's name beside it ('هسبريس - يوسف العلمي'), where the JSON-LD author is the site", () => {
    const head = '<title>Storm season | هسبريس</title><meta property="og:site_name" content="هسبريس"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm season","author":{"@type":"Person","name":"هسبريس"}}</script>';
    expect(author(head, `<h1>Storm season</h1><span class="author"><a href="/author/youssef-alami">هسبريس - يوسف العلمي</a></span>${STORY}`)).toBe('يوسف العلمي');
  });

  it("reads an author box's name without its link to the writer's other pieces ('Deniz Yalçın Tüm Yazıları', Hürriyet's)", () => {
    expect(author('<title>Storm season</title>', `<h1>Storm season</h1><div class="author-box"><a href="/yazarlar/deniz-yalcin/"><span>Deniz Yalçın</span> <span>Tüm Yazıları</span></a></div>${STORY}`)).toBe('Deniz Yalçın');
  });

  it("adds the co-authors the byline marks up as the JSON-LD's one, without links, a role between them (Slack's span.c-author__name)", () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Storm season","author":{"@type":"Person","name":"Mingyu Park"}}</script>';
    const writer = (name: string, role: string) => `<div class="c-author"><img class="c-author__avatar" src="/a.png" alt="Avatar photo"><div class="c-author__info"><span class="c-author__name">${name}</span><span class="c-author__title">${role}</span></div></div>`;
    expect(author(`<title>Storm season</title>${ld}`, `<h1>Storm season</h1><div class="c-post__authors">${writer('Mingyu Park', 'Staff Software Engineer')}${writer('Ana Lucía Reyes', 'Senior Software Engineer')}</div>${STORY}`)).toBe('Mingyu Park, Ana Lucía Reyes');
    // Not one whose box credits a photographer (Observador's "Fotografia").
    expect(author(`<title>Storm season</title>${ld}`, `<h1>Storm season</h1><div class="c-post__authors">${writer('Mingyu Park', 'Texto')}${writer('João Pedrosa', 'Fotografia')}</div>${STORY}`)).toBe('Mingyu Park');
    // In the byline's order when the JSON-LD names its second writer.
    const second = ld.replace('Mingyu Park', 'Ana Lucía Reyes');
    expect(author(`<title>Storm season</title>${second}`, `<h1>Storm season</h1><div class="c-post__authors">${writer('Mingyu Park', 'Staff Software Engineer')}${writer('Ana Lucía Reyes', 'Senior Software Engineer')}</div>${STORY}`)).toBe('Mingyu Park, Ana Lucía Reyes');
  });

  it("reads a contributor's credit ('This article was contributed by …', LWN's) and a name linked to its writer's page in the page's language (index.hu's /szerzok/)", () => {
    expect(author('<title>Storm season [LWN.net]</title>', `<h1>Storm season</h1><div class="GAByline"><p>February 26, 2025</p><p>This article was contributed by Marta Kowalski</p></div>${STORY}`)).toBe('Marta Kowalski');
    expect(author('<title>Storm season - Index</title>', `<h1>Storm season</h1><div class="szerzo"><a class="szerzo-link" href="https://index.hu/szerzok/toth-eszter/"><span class="szerzo-nev">Tóth Eszter</span></a></div>${STORY}`)).toBe('Tóth Eszter');
  });

  it("reads the names of a byline after its decoration ('// By Luis Ortega and Mei Tanaka • Feb 28, 2025', Dropbox's), joined as lists of authors are", () => {
    expect(author('<title>Storm season</title>', `<h1>Storm season</h1><div class="dr-article-header__byline"><span class="dr-article-header__slashes">//</span> By <a class="dr-link" href="/authors/luis-ortega">Luis Ortega</a> and <a class="dr-link" href="/authors/mei-tanaka">Mei Tanaka</a> <span class="dr-article-header__date">• Feb 28, 2025</span></div>${STORY}`)).toBe('Luis Ortega, Mei Tanaka');
  });

  it("reads the poster a post's section line ends with ('in サイエンス, 食, Posted by log1h_ik', GIGAZINE's) where the meta author is the site's name", () => {
    const head = '<title>犬の嗅覚研究 - GIGAZINE</title><meta name="author" content="GIGAZINE"><meta property="og:site_name" content="GIGAZINE">';
    expect(author(head, `<h1>犬の嗅覚研究</h1>${STORY}<div class="items"><span class="cattag">in <a href="/news/C9/">サイエンス</a>, <a href="/news/C15/">食</a>, Posted by log1h_ik</span></div>`)).toBe('log1h_ik');
  });

  it("reads an interviewer's byline without its label ('Propos recueillis par …', 20 Minutes' JSON-LD) and a Japanese byline in brackets without the site after it ('[佐野達也，ITmedia]')", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm season","author":{"@type":"Person","name":"Propos recueillis par Romarik Le Dourneuf"}}</script>';
    expect(author(`<title>Storm season</title>${ld}`, `<h1>Storm season</h1>${STORY}`)).toBe('Romarik Le Dourneuf');
    expect(author('<title>新型GPU発表 - ITmedia NEWS</title><meta property="og:site_name" content="ITmedia NEWS">', `<h1>新型GPU発表</h1><div id="byline" class="byline">[<a href="/author/224101/">佐野達也</a>，ITmedia]</div>${STORY}`)).toBe('佐野達也');
  });

  it("reads the writers of a freelance's byline line without its credit ('…, Special to the Chronicle')", () => {
    expect(author('<title>Storm season</title>', `<h1>Storm season</h1><div class="byline">By Tasha Lamar and Eric S. Blake, Special to the Chronicle</div>${STORY}`)).toBe('Tasha Lamar, Eric S. Blake');
  });

  it("takes no name from a sentence opening with a day ('By Friday I counted eleven.'), and the byline markup's person over a JSON-LD account handle", () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Swifts return","author":{"@type":"Person","name":"fenwarden"}}</script>';
    const body = `<h1>Swifts return</h1><div class="entry-meta"><span class="byline"><span class="screen-reader-text">Posted by</span><span class="author vcard"><a class="url fn n" href="/author/fenwarden/">Margaret Holloway</a></span></span></div><p>By Friday I counted eleven. The summer has officially started.</p>${STORY}`;
    expect(author(`<title>Swifts return</title>${ld}`, body)).toBe('Margaret Holloway');
    expect(author('<title>Swifts return</title>', `<h1>Swifts return</h1><p>By Friday I counted eleven. The summer has officially started.</p>${STORY}`)).toBeUndefined();
    // Nor from one opening with a month ("By June I had potatoes, broad beans…"): the sentence goes on after the words read as a name.
    expect(author('<title>Swifts return</title>', `<h1>Swifts return</h1><p>By June I had potatoes, broad beans and a row of lettuces that the slugs ate in a single night.</p>${STORY}`)).toBeUndefined();
  });

  it("takes no day of the week for a name, from a byline holding only its date (Docsy's td-byline: 'Tuesday, April 11, 2023')", () => {
    expect(author('<title>Kestrel 2.0</title>', `<h1>Kestrel 2.0</h1><div class="td-byline mb-4"><time datetime="2023-04-11">Tuesday, April 11, 2023</time></div>${STORY}`)).toBeUndefined();
  });

  it("reads the byline past a photo's caption and a share bar's buttons under the headline, after a placeholder's ('By Staff Report')", () => {
    const share = `<ul>${['Share', 'Facebook', 'Twitter', 'Email'].map((name) => `<li><a href="https://share.example.com/${name}">${name}</a></li>`).join('')}</ul>`;
    const body = `<h1>Council approves seawall repair</h1><p class="subtitle">Residents packed the chambers on Tuesday night</p><div class="author">By <a href="/author/staff/">Staff Report</a></div><time datetime="2024-03-05">March 5, 2024</time><figure><img src="/a.jpg"><figcaption>The seawall near the ferry landing in February.</figcaption></figure><div class="share">${share}</div><p><strong>By Marcus Bell and Dana Whitfield</strong></p>${STORY}`;
    expect(author('<title>Council approves seawall repair</title><meta name="author" content="Staff Report">', body)).toBe('Marcus Bell, Dana Whitfield');
  });

  it("takes the byline's person over a login handle that is part of the name on the writer's own site, though the name is the site's too ('tomas' of Tomás Riedel on tomasriedel.dev)", () => {
    const head = '<title>Why I left Kubernetes – Tomás Riedel</title><meta property="og:site_name" content="Tomás Riedel"><meta name="author" content="tomas"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Why I left Kubernetes","author":{"@type":"Person","name":"tomas"}}</script>';
    const body = `<h1>Why I left Kubernetes</h1><span class="byline"><span class="author vcard" itemprop="author" itemscope itemtype="https://schema.org/Person"><a class="url fn n" href="https://tomasriedel.dev/author/tomas/" rel="author"><span class="author-name" itemprop="name">Tomás Riedel</span></a></span></span>${STORY}`;
    expect(author(head, body)).toBe('Tomás Riedel');
  });
});

describe("an organisation's name declared as the author", () => {
  const author = (head: string, body: string) => meta(head, body).author?.value;
  const STORY = '<p>The survey team flew over the ice field twice a week, measuring the height of the ice with a laser.</p>';

  it("gives way to the person the byline markup names, their role after a dash no part of the name (Yoast's 'Microsoft Corporate Blogs')", () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","headline":"Glacier retreats","author":{"@type":"Person","name":"Example Corporate Blogs"}}</script>';
    const body = `<h1>Glacier retreats</h1><div class="entry-meta"><p><time class="entry-date published" datetime="2024-03-12T08:00:17-07:00">Mar 12, 2024</time> | <a href="/blog/author/noreen-castillo/" class="author-link" rel="author">Noreen Castillo - Corporate Vice President, Datacenter Community Affairs</a></p></div>${STORY}`;
    expect(author(`<title>Glacier retreats</title><meta name="author" content="Example Corporate Blogs">${ld}`, body)).toBe('Noreen Castillo');
  });

  it("gives way to the reporter a box named in the page's language credits, or a closing byline with the agency and the writer's address", () => {
    const org = (name: string) => `<title>Glacier retreats</title><meta property="og:site_name" content="${name}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Glacier retreats","author":{"@type":"Organization","name":"${name}"}}</script>`;
    expect(author(org('Agência Brasil'), `<h1>Glacier retreats</h1><div class="autor-noticia">Larissa Fontes - Repórter da Agência Brasil</div>${STORY}`)).toBe('Larissa Fontes');
    expect(author(org('Anadolu Ajansı'), `<h1>Glacier retreats</h1><div class="detay-muhabir"><a href="/tr/p/zeynep-arslan">Zeynep Arslan</a></div>${STORY}`)).toBe('Zeynep Arslan');
    expect(author(org('Le Quotidien'), `<h1>Glacier retreats</h1><span class="auteur">Camille Rousseau</span>${STORY}`)).toBe('Camille Rousseau');
    expect(author(org('Korea JoongAng Daily'), `<h1>Glacier retreats</h1>${STORY}<p class="byline_end">BY PARK JI-WON, YONHAP [park.jiwon@joongang.co.kr]</p>`)).toBe('Park Ji-won');
    expect(author(org('Antara News'), `<h1>Glacier retreats</h1>${STORY}<p class="small">Pewarta: Rizal Fahmi<br>Editor: Bayu Prasetyo<br>Copyright © ANTARA 2024</p>`)).toBe('Rizal Fahmi');
    // A name in capitals that is no Korean one keeps each part's capital.
    expect(author(org('The Herald'), `<h1>Glacier retreats</h1><p class="byline">BY JEAN-PIERRE MARTIN</p>${STORY}`)).toBe('Jean-Pierre Martin');
  });

  it("gives way to the person a byline names beside the newsroom (ABC's 'By Kemberly Richardson and Eyewitness News'), or in an element its id names (the Inquirer's div#art_author)", () => {
    const ld = (type: string, name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Glacier retreats","author":{"@type":"${type}","name":"${name}"}}</script>`;
    const abc = `<h1>Glacier retreats</h1><div class="Byline" data-testid="prism-byline"><div class="TQPvQ"><span class="tChGs">By </span><a class="zZygg" href="/about/newsteam/kemberly-richardson">Kemberly Richardson</a><span class="tChGs"> and </span><span class="wYtkx">Eyewitness News</span></div></div>${STORY}`;
    expect(author(`<title>Glacier retreats</title><meta property="og:site_name" content="ABC7 New York">${ld('Organization', 'WABC')}`, abc)).toBe('Kemberly Richardson');
    const inquirer = `<h1>Glacier retreats</h1><div id="art_author" data-byline-strips="Jordeene B. Lagare"><a href="/byline/jordeene-b-lagare">Jordeene B. Lagare</a></div>${STORY}`;
    expect(author(`<title>Glacier retreats</title><meta property="og:site_name" content="INQUIRER.net">${ld('Person', 'Inquirer')}`, inquirer)).toBe('Jordeene B. Lagare');
  });

  it("is never an office's code in a meta (DC.creator 'US EPA,REG 05'), read as a name written family name first", () => {
    expect(author('<title>Glacier retreats</title><meta name="DC.creator" content="US EPA,REG 05">', `<h1>Glacier retreats</h1>${STORY}`) ?? '').not.toMatch(/REG|Us Epa/);
  });

  it("gives way to the reporters a wire story's closing credit names, not its editors (Reuters' 'Reporting by …; Editing by …')", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Glacier retreats","author":{"@type":"Person","name":"Reuters"}}</script>';
    const body = (credit: string) => `<h1>Glacier retreats</h1><div class="caas-attr"><span class="caas-author-byline">Reuters</span></div>${STORY}<p>${credit}</p>`;
    expect(author(`<title>Glacier retreats</title>${ld}`, body('(Reporting by Helena Strand in Washington; Editing by Mark Porter)'))).toBe('Helena Strand');
    expect(author(`<title>Glacier retreats</title>${ld}`, body('Reporting by Ana Ruiz and Tom Weller in London and Paris; Writing by Li Wen; Editing by Mark Porter'))).toBe('Ana Ruiz, Tom Weller');
    expect(author(`<title>Glacier retreats</title>${ld}`, body('Reporting by Priya Ramanathan in Singapore and Tobias Keller in Frankfurt; Additional reporting by Joon Ha Park in Seoul; Editing by Susan Fenton'))).toBe('Priya Ramanathan, Tobias Keller');
    expect(author(`<title>Glacier retreats</title>${ld}`, body('Reporting by Ana Ruiz in Hong Kong; Editing by Mark Porter'))).toBe('Ana Ruiz');
    // Without one, the agency stays.
    expect(author(`<title>Glacier retreats</title>${ld}`, body('The survey resumes in May.'))).toBe('Reuters');
  });

  it("is completed by the co-authors linked beside the name it gives, not by a fact-checker linked after a label (Ghost's ul.author-lists)", () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Glacier retreats","author":{"@type":"Person","name":"Ines Carvalho"}}</script>';
    const li = (slug: string, name: string) => `<li class="list"><img src="/${slug}.jpg" alt="${name}"><div><a href="/author/${slug}/" class="fw5 no-underline">${name}</a></div></li>`;
    expect(author(`<title>Glacier retreats</title>${ld}`, `<h1>Glacier retreats</h1><ul class="author-lists">${li('ines-carvalho', 'Ines Carvalho')}${li('sebastian-holm', 'Sebastian Holm')}</ul>${STORY}`)).toBe('Ines Carvalho, Sebastian Holm');
    expect(author(`<title>Glacier retreats</title>${ld}`, `<h1>Glacier retreats</h1><div class="byline">By <a href="/author/ines-carvalho/" class="name">Ines Carvalho</a> · Fact checked by: <a href="/author/hilary-snow/" class="name">Hilary Snow</a></div>${STORY}`)).toBe('Ines Carvalho');
  });

  it("gives way to the writers a line of their own names under the headline, past a platform's header of small lines (an organisation's account on Medium)", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Glacier retreats","author":{"@type":"Person","name":"Example Technology Blog"}}</script>';
    const header = '<div><a href="/">Example Technology Blog</a><span>·</span><span>Follow</span><p>Published in</p><a href="/tb">Example TechBlog</a><span>·</span><span>7 min read</span><span>·</span><span>Mar 4, 2025</span><span>--</span></div>';
    expect(author(`<title>Glacier retreats</title>${ld}`, `<h1>Glacier retreats</h1>${header}<p>By Priya Raman and Alex Ortiz</p>${STORY}`)).toBe('Priya Raman, Alex Ortiz');
  });

  it('stays when it lists people, particles and all (Erik van der Walle, Petra de Koning)', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Glacier retreats","author":[{"@type":"Person","name":"Erik van der Walle"},{"@type":"Person","name":"Petra de Koning"}]}</script>';
    const body = `<h1>Glacier retreats</h1><div class="byline"><a href="/auteur/petra-de-koning">Petra de Koning</a></div>${STORY}`;
    expect(author(`<title>Glacier retreats</title>${ld}`, body)).toBe('Erik van der Walle, Petra de Koning');
  });
});

describe("a personal blog named for its owner", () => {
  it("keeps the JSON-LD author that is the site's name, never the post's category beside the byline (LoveIt's '收录于 建站')", () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Hugo 自动部署","author":{"@type":"Person","name":"风之旅人"}}</script>';
    const body = '<h1>Hugo 自动部署</h1><div class="post-meta"><div class="post-meta-line"><span class="post-author"><a href="https://example.com" title="Author" rel="noopener noreffer author" class="author">风之旅人</a></span>&nbsp;<span class="post-category">收录于 <a href="/categories/jianzhan/">建站</a></span></div></div><p>这篇文章记录了用 GitHub Actions 自动部署 Hugo 站点的完整过程，从仓库设置到工作流文件都有说明。</p>';
    expect(meta(`<title>Hugo 自动部署 - 风之旅人</title><meta name="application-name" content="风之旅人">${ld}`, body).author?.value).toBe('风之旅人');
  });
});

describe('bylines from markup', () => {
  it.each([
    ['By Jane Roe', 'Jane Roe'],
    ['By\n\t\tScott Cunningham', 'Scott Cunningham'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Written by Rob Ewaschuk', 'Rob Ewaschuk'],
    // A name of two words or more in capitals is written as a name; one word (an acronym, a handle) stays.
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', 'Gillian Mohney'],
    ["BY MARY O'BRIEN-SMITH", "Mary O'Brien-Smith"],
    ['CDC', 'CDC'],
    ['By NICK WINGFIELD and CONOR DOUGHERTY', 'Nick Wingfield and Conor Dougherty'],
    // An author box's bio opening with the name.
    ['Jane Doe is a harbour engineer who writes about tides.', 'Jane Doe'],
    ['By Nathan Willis March 25, 2015', 'Nathan Willis'],
    ['Ben Silverman Games Editor', 'Ben Silverman'],
    ['Aleš Vávra, Senior Writer', 'Aleš Vávra'],
    ['The Hon. Ann Lee MP, Minister for Public Transport', 'The Hon. Ann Lee MP'],
    ['By TOM KRISHER, AP Auto Writer', 'Tom Krisher'],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
    ['Alexandre Hervaud and Jérémy Piette', 'Alexandre Hervaud and Jérémy Piette'],
    ['作者：王小明', '王小明'],
    ['发表者：刘晓燕', '刘晓燕'],
    ['Mary Elizabeth Williams Monday', 'Mary Elizabeth Williams'],
    ['新周刊 03-11 21:36', '新周刊'],
    ['界面新闻记者 | 赵晓娟', '赵晓娟'],
    ['\ue650北山听雪', '北山听雪'],
    ['ByJane Doe', 'Jane Doe'],
    ['Jane DoeThe Daily PostMar 3, 2019 at 9:15 am', 'Jane Doe'],
    ['Mary MacKenzie', 'Mary MacKenzie'],
    ['Jane Doe | The Daily Post', 'Jane Doe'],
    ['Written byAAA Travel', 'AAA Travel'],
    ['Byron Smith', 'Byron Smith'],
    ['等风\u200b2023 年度新知答主\u200b 关注', '等风'],
    ['甜阁下，心理咨询师 收起', '甜阁下'],
    // A name set apart from the bio after it by a full-width comma inside its own element (知乎日报's span.author "林小满，").
    ['林小满，', '林小满'],
    ['徐涛% 粉丝 - 1 关注 - 0', '徐涛%'],
    // What follows the name in a byline's element: an outlet's acronym, a place, a publication, how long ago, a unit.
    ['Marcus Hale, CNN', 'Marcus Hale'],
    ['Ji Xiaoyu in Beijing', 'Ji Xiaoyu'],
    ['Ines Carvalho for Acme Engineering', 'Ines Carvalho'],
    ['Caitlin Owens 54 mins ago - Health', 'Caitlin Owens'],
    ['Hannah Greer, College of Engineering', 'Hannah Greer'],
    ['THIS WEEK IN ENTERPRISE by Roberta Haines', 'Roberta Haines'],
    ['Ann Lee, Bo Chen', 'Ann Lee, Bo Chen'],
    ['By — Susan Montoya Bryan, Associated Press By — Morgan Lee, Associated Press', 'Susan Montoya Bryan, Morgan Lee'],
    ['Kerstin Albrecht, ARD-Hauptstadtstudio', 'Kerstin Albrecht'],
    // A freelance's credit: written for the paper, no one's name.
    ['By Tasha Lamar and Eric S. Blake, Special to the Chronicle', 'Tasha Lamar and Eric S. Blake'],
    ['Jane Doe, Special to The Washington Post', 'Jane Doe'],
    // A credit line opening with another's field: the writer's field ("文字：", a university's news).
    ['供稿：电子信息与电气工程学院    文字：张雨晴    摄影：李明阳    责任编辑：吴杨', '张雨晴'],
    ['来源：大公報 作者：陈家明', '陈家明'],
    // The city a reporter files from after the name: no second name.
    ['鉅亨網記者魏志豪 台北', '魏志豪'],
    ['記者林怡君 高雄', '林怡君'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanAuthor(raw)).toBe(expected);
  });

  it("reads the poster a byline line ends with after the post's sections ('in 動画, ハードウェア, Posted by log1p_kr'), over a JSON-LD author that is the site's own name", () => {
    expect(cleanAuthor('in 動画, ハードウェア, Posted by log1p_kr')).toBe('log1p_kr');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"3Dプリント製タイヤ","author":{"@type":"Person","name":"GIGAZINE"}}</script>';
    expect(meta(`<title>3Dプリント製タイヤ - GIGAZINE</title><meta property="og:site_name" content="GIGAZINE">${ld}`, '<h1>3Dプリント製タイヤ</h1><p>text</p><p class="byline">in <a href="/news/C7/">動画</a>, Posted by log1p_kr</p>').author?.value).toBe('log1p_kr');
  });

  it("reads no one in a newsroom's unnamed credit ('Our Correspondent', 'Staff Reporter, Sunamganj'), and a name without the dateline's label left after it ('Ikram Junaidi Published Mar 5, 2024')", () => {
    expect(cleanAuthor('Our Correspondent')).toBeUndefined();
    expect(cleanAuthor('Staff Reporter, Sunamganj')).toBeUndefined();
    expect(cleanAuthor('Ikram Junaidi Published Mar 5, 2024 02:15am')).toBe('Ikram Junaidi');
  });

  it("reads a Hatena user's display name without the id after it ('つれづれK (id:tsurezure_k)')", () => {
    expect(cleanAuthor('つれづれK (id:tsurezure_k)')).toBe('つれづれK');
  });

  it.each(['https://facebook.com/someone', '2021-10-29', 'April 28, 2019', 'size="20"', 'x'.repeat(90), 'By', 'Posted by:', 'Sam says:', 'Share', 'Table of contents', '262588213843476', '成就一亿技术人!', 'This review is posted in Mobile App Reviews', 'Guest Contributor', '記者', '文字', '作者'])('rejects %j', (raw) => {
    expect(cleanAuthor(raw)).toBeUndefined();
  });

  it.each([
    ['<p class="credit">Story by Ann Lee; photos by Bo Chen</p>', 'Ann Lee'],
    ['<p class="byline">By Marcus Bell, Courier Staff</p>', 'Marcus Bell'],
    ['<p class="byline">By Marcus Bell, Ann Lee</p>', 'Marcus Bell, Ann Lee'],
  ])('reads the writers a byline credits, not the photographer after a semicolon or the outlet before a staff role: %s', (byline, expected) => {
    expect(meta('<title>A Headline</title>', `<h1>A Headline</h1>${byline}${PROSE}`).author?.value).toBe(expected);
  });

  it("reads the writer joined to the date by 'on', not the reviewer on the line after, over the JSON-LD's same writer (Psychology Today's)", () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"A Headline","author":{"@type":"Person","name":"Ellen Hendriksen Ph.D."}}</script>';
    const byline = '<div class="blog-entry__byline"><div class="profile-image"><img src="/p/ellen.jpg" alt="Ellen Hendriksen Ph.D."></div><div class="byline-wrap"><p class="blog-entry__date--published">By <a href="/us/contributors/ellen-hendriksen">Ellen Hendriksen Ph.D.</a> on March 18, 2025</p><p class="reviewed-by">Reviewed by <a href="/us/editorial-staff">Hara Estroff Marano</a></p></div></div>';
    expect(meta(`<title>A Headline</title>${ld}`, `<h1>A Headline</h1>${byline}${PROSE}`).author?.value).toBe('Ellen Hendriksen Ph.D.');
  });

  it("adds no co-author for the place after a comma that links nowhere, where the byline links the writer to their page (Hindustan Times' 'By Alok KN Mishra, New Delhi')", () => {
    const byline = '<div class="storyBy">By <a href="/author/alok-kn-mishra-1016" class="storyBy">Alok KN Mishra</a>, New Delhi</div>';
    expect(meta('<title>A Headline</title><meta name="author" content="Alok KN Mishra">', `<h1>A Headline</h1>${byline}${PROSE}`).author?.value).toBe('Alok KN Mishra');
  });

  it("never reads a table's column heading as a byline's label (a forum's 'Author | Message')", () => {
    const table = '<table><tr><th>Author</th><th>Message</th></tr><tr><td><b>railfan_gus</b></td><td>Feed every track.</td></tr></table>';
    expect(meta('<title>A Headline</title>', `<h1>A Headline</h1>${PROSE}${table}`).author?.value).not.toBe('Message');
  });

  it("reads an author box's lines apart, never its text run together ('AuthorMei TanakaEngineer')", () => {
    const box = '<div class="author"><span class="label">Author</span><span class="name">Mei Tanaka</span><span class="role">Engineer</span></div>';
    expect(meta('<title>A Headline</title>', `<h1>A Headline</h1>${box}${PROSE}`).author?.value).toBe('Mei Tanaka');
  });

  it("takes a team's credit or a company's name only where the page's metadata declares it the author", () => {
    const ld = (name: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'BlogPosting', author: { '@type': 'Person', name } })}</script>`;
    expect(meta(ld('SolutionsHub Editorial Team')).author?.value).toBe('SolutionsHub Editorial Team');
    expect(meta('<meta name="author" content="BCBSOK Connect Team">').author?.value).toBe('BCBSOK Connect Team');
    expect(meta(ld('team')).author).toBeUndefined();
    // A company the metadata declares (its legal form in its name): a press release's issuer; in a byline, no writer.
    expect(meta('<meta name="author" content="Acme Inc">').author?.value).toBe('Acme Inc');
    expect(cleanAuthor('Acme Inc')).toBeUndefined();
    expect(cleanAuthor('Discuz! Team')).toBeUndefined();
    expect(cleanAuthor('The Editorial Team')).toBeUndefined();
  });

  it('reads nothing from an empty byline element (not the header around it)', () => {
    expect(meta('', '<div class="title"><h1>Headline of the story</h1><p class="author"></p><div>March 5, 2024</div></div><p>text</p>').author).toBeUndefined();
  });

  it("reads a declared time without an offset in the zone the page's <time> shows it in", () => {
    const page = meta('<meta itemprop="datePublished" content="2024-03-05 04:30:00">', '<h1>Headline of the story</h1><p class="timestamp"><time datetime="2024-03-05 04:30:00">03/05/2024 04:30 AM EST</time></p><p>text</p>');
    expect(page.date?.value.toISOString()).toBe('2024-03-05T09:30:00.000Z');
  });

  it('writes a citation meta\'s one name given name first ("Ellery, Rowan")', () => {
    expect(meta('<meta name="citation_author" content="Ellery, Rowan">').author?.value).toBe('Rowan Ellery');
    // A Dublin Core creator so written (Nature's), not two names a creator lists.
    expect(meta('<meta name="dc.creator" content="Ledford, Heidi">').author?.value).toBe('Heidi Ledford');
    expect(meta('<meta name="dc.creator" content="Jane Doe, John Roe">').author?.value).toBe('Jane Doe, John Roe');
  });

  it("writes a forum poster's handle without the presence mark beside it (MyBB's \"Offline\")", () => {
    expect(cleanAuthor('solderfumes Offline')).toBe('solderfumes');
    expect(cleanAuthor('Bo Chen Offline')).toBe('Bo Chen Offline');
    expect(cleanAuthor('ASU Online')).toBe('ASU Online');
  });

  it("takes the person a meta names (cXense's author) over a JSON-LD author that is the site's own name", () => {
    const head = `<meta property="og:site_name" content="毎日新聞"><meta name="cXenseParse:author" content="佐藤由紀"><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: '毎日新聞' } })}</script>`;
    expect(meta(head).author?.value).toBe('佐藤由紀');
    expect(meta('<meta name="cXenseParse:author" content="Jane Doe">').author?.value).toBe('Jane Doe');
  });

  it.each([
    ['Reyan PerumalPublished on', 'Reyan Perumal'],
    ['Your Name: *', undefined],
  ])('%j → %j (a glued dateline label, a form field)', (raw, expected) => {
    expect(cleanAuthor(raw)).toBe(expected);
  });

  const underHeadline = (line: string) => meta('', `<h1>The Headline of This Story</h1><div>${line}</div><p>${'Some text of the article. '.repeat(20)}</p>`).author?.value;
  it.each([
    ['Jane Q. Doe', 'Jane Q. Doe'],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['John Crenshaw in seo', 'John Crenshaw'],
    ['Share this post', undefined],
    ['Share Post.', undefined],
    ['X min read', undefined],
    ['M&amp;A Updates', undefined],
    ['<b>Volume</b>', undefined],
  ])('a line under the headline: %j → %j', (line, expected) => {
    expect(underHeadline(line)).toBe(expected);
  });

  it('reads an English byline label in the header before author markup found further down (a forum\'s replies)', () => {
    const thread = '<h1>Messages in iCloud still taking up space</h1><ul><li><span>Thread starter</span> <a href="/members/felixen.1/">felixen</a></li></ul>'
      + `<p>${'The first post of the thread. '.repeat(10)}</p><div itemprop="author"><span itemprop="name">spikeymike</span></div><p>A reply.</p>`;
    expect(meta('', thread).author?.value).toBe('felixen');
    expect(meta('', '<h1>A Headline Long Enough</h1><p>By Steven Musil January 4, 2019 5:40 PM PST</p><p>Text.</p>').author?.value).toBe('Steven Musil');
    expect(meta('', '<h1>A Headline Long Enough</h1><p>By Theresa May and Li Wei</p><p>Text.</p>').author?.value).toBe('Theresa May, Li Wei');
  });

  const dateline = (line: string) => meta('', `<h1>The Headline of This Story</h1><p class="meta">${line}</p><p>${'Some text of the article. '.repeat(20)}</p>`).author?.value;
  it.each([
    ['Posted on March 5, 2024 by Jane Doe', 'Jane Doe'],
    ['March 5, 2024 at 9:15 am by Jane Doe and Li Wei', 'Jane Doe, Li Wei'],
    ['Jane Doe · March 5, 2024 · 4 min read', 'Jane Doe'],
    ['March 5, 2024&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Jane Doe', 'Jane Doe'],
    ['Tech News · March 5, 2024', undefined],
    ['March 5, 2024 · Share Post', undefined],
    ['<span>作者：张三</span><span>发布时间：2024-03-05 09:15</span>', '张三'],
  ])('a dateline under the headline: %j → %j', (line, expected) => {
    expect(dateline(line)).toBe(expected);
  });

  it("reads every person an 'Authors' heading lists, each linked with a role under the name, and the byline and date of an article its CMS classes as a comment", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const card = (name: string, role: string) => `<div class="person-teaser"><img src="/p.jpg" alt=""><div><a href="/about-us/our-people/x">${name}</a><p>${role}</p></div></div>`;
    const people = `<div class="people-list"><h2>Authors</h2>${card('Amara Nwosu', 'Senior Research Fellow, Africa Programme')}${card('Kelechi Ibe', 'Research Associate, Africa Programme')}</div><div class="share"><span>Share</span> <a href="#">X</a></div>`;
    const page = (articleClass: string) => meta('', `<article class="${articleClass}"><h1>A Headline Long Enough</h1><p>Published 4 March 2025</p>${people}${text}${text}</article>`);
    expect(page('node node--type-expert-comment node--view-mode-full').author?.value).toBe('Amara Nwosu, Kelechi Ibe');
    expect(page('node node--type-expert-comment node--view-mode-full').date?.value.toISOString()).toBe('2025-03-04T00:00:00.000Z');
    expect(page('post-12 post type-post status-publish hentry category-comment').author?.value).toBe('Amara Nwosu, Kelechi Ibe');
    // A list of readers' comments stays one.
    expect(page('comments-list').author?.value).toBeUndefined();
  });

  it("reads every person a byline box's label lists where each name is set in the same markup as the first, its role inline or under it; a name listed twice once", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const page = (box: string) => meta('', `<article><h1>A Headline Long Enough</h1>${text}${text}${box}</article><footer>© Example</footer>`).author?.value;
    const stacked = (name: string, role: string) => `<div class="flex gap-3"><img src="/t.jpg" alt=""><div><p class="font-medium">${name}</p><p class="text-sm">${role}</p></div></div>`;
    expect(page(`<div class="box"><p class="label">Written by</p>${stacked('Aarav Mehta', 'Staff Engineer')}${stacked('Lena Fischer', 'Platform Engineer')}</div>`)).toBe('Aarav Mehta, Lena Fischer');
    const inline = (name: string, role: string) => `<li><a href="/experts/x/"><img src="/x.jpg" alt=""><span class="person__name">${name}</span></a><span class="person__title">${role}</span></li>`;
    expect(page(`<aside><h2>Authors</h2><ul>${inline('Daniel Ferrante', 'Senior Fellow - Economic Studies')}${inline('Mei-Lin Cho', 'Research Analyst')}</ul></aside>`)).toBe('Daniel Ferrante, Mei-Lin Cho');
    expect(page(`<div class="box"><p class="label">Written by</p>${stacked('Aarav Mehta', 'Staff Engineer')}${stacked('Aarav Mehta', 'Staff Engineer')}</div>`)).toBe('Aarav Mehta');
  });

  it("lists the co-authors an 'Authors' box after the report names, each linked with the role inline, beside the writer the markup names; not a publication linked after a lone writer", () => {
    const text = `<p>${'The report goes on here at some length. '.repeat(8)}</p>`;
    const person = (name: string, role: string) => `<li><a href="/about/people/x">${name}</a><span class="role">${role}</span></li>`;
    const box = `<div class="report-authors"><h3>Authors</h3><ul class="report-authors__list">${person('Ingrid Solberg', 'Senior Researcher, Oceans Programme')}${person('Pieter de Wit', 'Campaigner, Plastics')}</ul></div>`;
    expect(meta('', `<article><h1>A Headline Long Enough</h1>${text}${text}${box}</article>`).author?.value).toBe('Ingrid Solberg, Pieter de Wit');
    const medium = '<div><span>Written by</span><a class="eq er bg" href="/@vallet">Vincent Vallet</a><a class="eq er bg" href="/voodoo">Voodoo Engineering</a><h4>Learn about Voodoo’s engineering efforts.</h4></div>';
    const ld = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Vincent Vallet"}}</script>';
    expect(meta(ld, `<article><h1>A Headline Long Enough</h1>${text}${text}</article>${medium}`).author?.value).toBe('Vincent Vallet');
  });

  it("takes a forum thread's declared poster where the first post's markup names that handle, not a later poster's user title ('Supporting Member'); never a form field's label", () => {
    const ld = '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Rough idle only when fully warm","author":{"@type":"Person","name":"CanyonRunner16"}}</script>';
    const post = (user: string, title: string, text: string) => `<article class="message"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person"><h4 class="message-name"><a href="/members/${user.toLowerCase()}.1/"><span itemprop="name">${user}</span></a></h4><h5 class="userTitle" itemprop="jobTitle">${title}</h5></section><div class="message-content"><p>${text.repeat(4)}</p></div></article>`;
    const thread = `${post('CanyonRunner16', 'Active member', 'The idle drops and shakes once the engine is fully warm. ')}${post('Dusty_Rhodes', 'Supporting Member', 'Check the purge valve first, it is cheap. ')}${post('Wrench88', 'Toyota Master Tech', 'Smoke test the intake before you buy parts. ')}`;
    expect(meta(ld, `<h1>Rough idle only when fully warm</h1>${thread}`).author?.value).toBe('CanyonRunner16');
    const form = '<div class="modal"><h5 class="product-title">Enameled Dutch Oven</h5><label class="form-label" for="rating-rate">Rating <small>Required</small></label><select id="rating-rate"><option>5</option></select></div>';
    expect(meta('', `<h1>Enameled Dutch Oven</h1><p>${'A heavy pot for bread and stews. '.repeat(8)}</p>${form}`).author?.value).toBeUndefined();
  });

  it("reads a byline's writer without the title before the name nor the post after it ('By Dr Priya Raman, Lecturer in Geophysics')", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const byline = (line: string) => meta('', `<article><h1>A Headline Long Enough</h1><p><strong>${line}</strong></p>${text}${text}</article>`).author?.value;
    expect(byline('By Dr Priya Raman, Lecturer in Geophysics')).toBe('Priya Raman');
    expect(byline('By Prof. Anna Berg and Dr. John Roe')).toBe('Anna Berg, John Roe');
    expect(byline('By Drake Bell')).toBe('Drake Bell');
  });

  it("takes the writers the byline markup lists with 'and' over a JSON-LD author typed as the organisation ('Kenji Sato and Yuki Nakamura')", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A Headline Long Enough","author":{"@type":"Organization","name":"Nikkei Asia"}}</script>';
    const byline = '<div class="article-header__byline"><span class="article-header__author"><a href="/p/Kenji-Sato">Kenji Sato</a> and <a href="/p/Yuki-Nakamura">Yuki Nakamura</a></span><span class="article-header__author-role">, Nikkei staff writers</span></div>';
    expect(meta(`<meta property="og:site_name" content="Nikkei Asia">${ld}`, `<article><h1>A Headline Long Enough</h1>${byline}${text}${text}</article>`).author?.value).toBe('Kenji Sato, Yuki Nakamura');
  });

  it("takes the writer a box on the guest names ('This article was written by Marcus Webb, …') over the placeholder its byline and heading show", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const box = '<div class="guest-box"><h4>About the Guest Author</h4><p>This article was written by <strong>Marcus Webb</strong>, an ISA Certified Arborist and the founder of Webb Urban Forestry.</p></div>';
    const head = '<meta name="author" content="Guest Author">';
    const author = meta(head, `<article><h1>A Headline Long Enough</h1><div class="entry-meta">By <a class="url fn n" href="/author/guestauthor/"><span class="author-name">Guest Author</span></a></div>${text}${text}${box}</article>`).author;
    expect(author).toEqual({ value: 'Marcus Webb', from: 'the note saying who wrote the piece' });
  });

  it('reads a label alone over the name, in the header or in an author box, and a name over its bio', () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    expect(meta('', `<h1>A Headline Long Enough</h1><p>Last updated</p><time>Aug 04, 2025</time><p>Written by</p><p>Edzel Tabing</p>${text}`).author?.value).toBe('Edzel Tabing');
    expect(meta('', `<h1>A Headline Long Enough</h1>${text}${text}<h2>Article by</h2><div>Matias Heikkilä</div><a href="/">Back to all posts</a>`).author?.value).toBe('Matias Heikkilä');
    expect(meta('', `<h1>A Headline Long Enough</h1>${text}<div>Lauren Vetter</div><p>Lauren Vetter is a growth-focused marketing professional.</p>`).author?.value).toBe('Lauren Vetter');
    expect(meta('', `<h1>A Headline Long Enough</h1>${text}<div>Related Posts</div><p>Related Posts is a list.</p>`).author?.value).toBeUndefined();
    // A section on a thing, not a person: the name's sentence does not introduce someone ("is a …", "writes …").
    expect(meta('', `<h1>A Headline Long Enough</h1>${text}<h2>Art Gobblers</h2><p>Art Gobblers was an NFT game that let anyone draw.</p>`).author?.value).toBeUndefined();
    expect(meta('', `<h1>A Headline Long Enough</h1>${text}<p><code>CROSS JOIN</code></p><p><code>CROSS JOIN</code> is equivalent to an inner join on true.</p>`).author?.value).toBeUndefined();
  });

  it("reads microdata's name from its <meta content>, not the user card around it (Stack Exchange's reputation and badges)", () => {
    const card = '<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/4818/kumiko" itemprop="url">KumikoGoingCrAzY</a><meta itemprop="name" content="KumikoGoingCrAzY"/><div class="-flair"><span class="reputation-score">159</span><span title="1 silver badge"><span class="badgecount">1</span></span><span class="v-visible-sr">1 silver badge</span></div></div>';
    expect(meta('', `<h1>Catering event for the first time</h1><p>How should I prepare?</p>${card}`).author?.value).toBe('KumikoGoingCrAzY');
  });

  it('reads itemprop, rel=author and .byline markup, most specific first', () => {
    expect(meta('', '<div itemprop="author"><span itemprop="name">Ann Lee</span> Staff</div>').author?.value).toBe('Ann Lee');
    expect(meta('', '<p class="byline">By <a rel="author" href="/a">Bo Chen</a> on May 1, 2020</p>').author?.value).toBe('Bo Chen');
    expect(meta('', '<p class="byline">By Cy Dee</p>').author?.value).toBe('Cy Dee');
    expect(meta('<meta property="dc:creator" content="Creator Name"><meta name="author" content="Other">').author?.value).toBe('Creator Name');
  });

  it('reads a byline a component framework names in a data attribute', () => {
    expect(meta('', '<div data-testid="byline"><span>By Dee Eff</span></div>').author?.value).toBe('Dee Eff');
    expect(meta('', '<div data-hook="post-header"><span data-hook="user-name">Gil Ho</span><span data-hook="time-ago">Mar 5, 2024</span></div>').author?.value).toBe('Gil Ho');
  });

  it("reads an author box's name element (BEM block__name) before the box, and never a class that only begins with author- ('authorities', Magento's 'authorization-link')", () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    const box = '<div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Liz Kenny</h4><p class="elementor-author-box__bio">Former McKinsey Consultant</p></div>';
    expect(meta('', `<h1>A Headline Long Enough</h1>${text}${box}`).author?.value).toBe('Liz Kenny');
    const menu = '<ul><li class="menu-item authorities-governing-board depth-3"><a href="/a">Authorities Governing Board</a></li></ul>';
    expect(meta('', `${menu}<h1>A Headline Long Enough</h1>${text}`).author).toBeUndefined();
    // Nor a shop's sign-in link (Magento Luma's header).
    const signIn = '<ul class="header links"><li class="link authorization-link" data-label="or"><a href="/customer/account/login/">Sign In</a></li></ul>';
    expect(meta('', `${signIn}<h1>A Headline Long Enough</h1>${text}`).author).toBeUndefined();
  });

  it('takes a line in brackets for a closing credit only in Chinese copy, not a note ("(opens in new tab)")', () => {
    const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;
    expect(meta('', `<h1>A Headline Long Enough</h1>${text}<p>(opens in new tab)</p>`).author).toBeUndefined();
    expect(meta('', `<h1>一个足够长的新闻标题</h1><p>${'新闻的正文在这里继续写下去。'.repeat(10)}</p><p>（袁源）</p>`).author?.value).toBe('袁源');
  });
});

describe("a shop's title", () => {
  it("drops a domain's name before the product's name and the category after it ('Amazon.com: … : Home & Kitchen')", () => {
    const head = '<title>Amazon.com: Brightleaf Gooseneck Electric Kettle, 0.9 L, Matte Black : Home &amp; Kitchen</title>';
    const body = '<h1 id="title"><span id="productTitle"> Brightleaf Gooseneck Electric Kettle, 0.9 L, Matte Black </span></h1><h1>About this item</h1><p>text</p>';
    expect(meta(head, body).title?.value).toBe('Brightleaf Gooseneck Electric Kettle, 0.9 L, Matte Black');
  });

  it("takes no author or date from its customers' reviews (Judge.me's widget, a course's learner reviews)", () => {
    const product = '<h1>Ridgeline Waxed Canvas Tote</h1><p>Cut from waxed cotton canvas and finished with leather handles, the tote is built for daily use.</p>';
    const judgeMe = '<section id="shopify-section-template--reviews"><div class="jdgm-widget jdgm-review-widget"><h2>Customer Reviews</h2><div class="jdgm-rev"><span class="jdgm-rev__timestamp">02/11/2024</span><span class="jdgm-rev__author">Dana K.</span><p>Carried 30 lbs of squash in this thing every Saturday.</p></div><div class="jdgm-rev"><span class="jdgm-rev__author">Marcus P.</span><p>Great bag.</p></div></div></section>';
    const learners = '<section class="css-reviews" id="reviews"><h2>Learner reviews</h2><div class="css-review"><p class="css-reviewer">JP</p><p>Clear and practical.</p><p class="css-date">Reviewed on Jan 4, 2024</p></div></section>';
    for (const reviews of [judgeMe, learners]) {
      const found = meta('<title>Ridgeline Waxed Canvas Tote</title>', `${product}${reviews}`);
      expect(found.author).toBeUndefined();
      expect(found.date).toBeUndefined();
    }
  });
});

describe('zero-width characters', () => {
  it("reads a heading without the zero-width space its anchor holds (VitePress's 'Routing<a>\u200b</a>')", () => {
    expect(meta('', '<h1 id="routing">Routing <a class="header-anchor" href="#routing">\u200b</a></h1><p>text</p>').title?.value).toBe('Routing');
  });
});

describe('dates and authors of news pages', () => {
  const text = `<p>${'The article goes on here at some length. '.repeat(8)}</p>`;

  it("reads a byline's name without the desk and role after it ('By HARRIET MOSS, SOUTH WEST CORRESPONDENT')", () => {
    expect(meta('', `<h1>A Headline Long Enough</h1><p class="byline-plain">By <a href="/profile/harriet-moss.html">HARRIET MOSS, SOUTH WEST CORRESPONDENT</a></p>${text}`).author?.value).toBe('Harriet Moss');
  });

  it("reads the writer a syndicated story's byline shows ('Story by Bevan Hurley') over the JSON-LD's publisher (MSN's)", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast","author":{"@type":"Organization","name":"The Independent"}}</script>';
    expect(meta(ld, `<h1>Storm hits coast</h1><div class="authorInfo"><span class="authorNameText">Story by Bevan Hurley</span></div>${text}`).author?.value).toBe('Bevan Hurley');
    expect(meta(ld, `<h1>Storm hits coast</h1>${text}`).author?.value).toBe('The Independent');
  });

  it("takes no CMS user's number for a name (People's Daily's <meta name=\"author\" content=\"1004\">), and reads a day after a month and a dot ('Mar 05. 2024', Brunch's)", () => {
    expect(meta('<meta name="author" content="1004">', `<h1>A Headline Long Enough</h1>${text}`).author).toBeUndefined();
    expect(meta('', `<h1>A Headline Long Enough</h1><span class="date">Mar 05. 2024</span>${text}`).date?.value.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it("reads a byline's name without the date's weekday after its comma ('By Erin Castellano, Tue, 03/04/2025 - 10:15', Drupal Olivero's)", () => {
    const byline = '<div class="node__meta">By <span class="field--name-uid"><a title="View user profile." href="/user/37" class="username">Erin Castellano</a></span>, <span class="field--name-created">Tue, 03/04/2025 - 10:15</span></div>';
    expect(meta('', `<h1>New library hours for the spring term</h1>${byline}${text}`).author?.value).toBe('Erin Castellano');
  });

  it("reads the name in a box named for the writer (Yonhap's div.writer-zone01 > strong.tit-name)", () => {
    const head = (site: string) => `<meta property="og:site_name" content="${site}">`;
    expect(meta(head('Yonhap News Agency'), `<h1>Exports rise for the fifth month</h1><div class="writer-zone01"><strong class="tit-name"><a href="/search/journalist?query=Kang+Yoon-seung">Kang Yoon-seung</a></strong></div>${text}`).author?.value).toBe('Kang Yoon-seung');
  });

  it("reads a closing credit 'Story by …' in its own paragraph (Meduza's), the page naming no one else", () => {
    const head = (site: string) => `<meta property="og:site_name" content="${site}">`;
    const closing = '<p class="SimpleBlock-p"><em>Story by Alexandra Sivtsova</em></p><p class="SimpleBlock-p"><em>Abridged translation by Sam Breazeale</em></p>';
    expect(meta(head('Meduza'), `<h1>The town the miners left</h1><div class="body">${text.repeat(12)}${closing}</div>`).author?.value).toBe('Alexandra Sivtsova');
  });

  it("reads a tracker's issue author and date: 'Added by' goes, the name ends at the first age, the age's tooltip dates it (Redmine's)", () => {
    const author = '<p class="author">Added by <a class="user active" href="/users/598122">Marius Ionescu</a> <a title="07/11/2024 02:13 PM" href="/activity?from=2024-07-11">3 months</a> ago. Updated <a title="09/30/2024 08:47 AM" href="/activity?from=2024-09-30">10 days</a> ago.</p>';
    const page = meta('', `<h3>CSV export truncates multi-line fields</h3>${author}${text}`);
    expect(page.author?.value).toBe('Marius Ionescu');
    expect(page.date?.value.toISOString()).toBe('2024-07-11T14:13:00.000Z');
  });

  it("reads a forum post's poster without the yearless time beside the name, and the instant that time holds (Steam's '3 Jul @ 11:12am')", () => {
    const header = '<div class="authorline"><a class="hoverunderline forum_op_author" href="https://steamcommunity.com/id/cobblewright/">Cobblewright</a> <span class="date" data-timestamp="1720030320">3 Jul @ 11:12am</span></div>';
    const page = meta('', `<div class="forum_op"><h1>Stutter every few seconds since the patch</h1>${header}<div class="content">${text}</div></div>`);
    expect(page.author?.value).toBe('Cobblewright');
    expect(page.date?.value.toISOString()).toBe('2024-07-03T18:12:00.000Z');
  });

  it("takes no date a label says is still to come ('Next review due: 14 March 2026') and no account link ('your profile') for the writer", () => {
    const page = meta('', `<h1>Plantar fasciitis</h1><p>Here's how this matches your <a href="https://profile.example.com/">profile</a>.</p>${text}<p>Next review due: 14 March 2026</p>`);
    expect(page.date).toBeUndefined();
    expect(page.author).toBeUndefined();
  });

  it("reads the person a properties box names under its Author label, past the letter avatar before the name (Notion's pages)", () => {
    const props = '<div class="notion-page__property"><div class="notion-page__property-name"><span>Author</span></div><div class="notion-property__person"><span class="individual-with-image"><div class="individual-letter-avatar">S</div>Sam Okonkwo</span></div></div>';
    expect(meta('<title>Onboarding, written down</title>', `<h1>Onboarding, written down</h1>${props}${text}`).author?.value).toBe('Sam Okonkwo');
  });

  it("names every author a page gives a meta of its own (two article:author metas, Reuters')", () => {
    expect(meta('<meta name="article:author" content="Karen Braun"><meta name="article:author" content="Luis Ortega">', `<h1>A Headline Long Enough</h1>${text}`).author?.value).toBe('Karen Braun, Luis Ortega');
  });

  it("reads the publication a <time> shows before its 'Updated', not the update its datetime holds (NBC's)", () => {
    const time = '<time datetime="2025-01-09T15:20:37.859Z">Jan. 8, 2025, 10:23 PM EST<span>&nbsp;/&nbsp;</span>Updated&nbsp;Jan. 9, 2025, 10:20 AM EST</time>';
    expect(meta('', `<h1>A Headline Long Enough</h1>${time}${text}`).date?.value.toISOString()).toBe('2025-01-09T03:23:00.000Z');
  });

  it("passes over a <time> whose class names the update ('update-date')", () => {
    const times = '<div><span>Updated</span> <time class="update-date">March 12, 2025 10:58 AM</time></div><div><time class="datetime">March 11, 2025 5:00 PM</time></div>';
    expect(meta('', `<h1>A Headline Long Enough</h1>${times}${text}`).date?.value.toISOString()).toBe('2025-03-11T17:00:00.000Z');
  });

  it("reads a dateline's year of two digits with its time ('10/23/24 8:59 PM ET'), but never lets such a date correct a declared one", () => {
    expect(meta('', `<h1>A Headline Long Enough</h1><div class="submitted"><span>by <a href="/author/m-strand/">Mychael Strand</a> - 10/23/24 8:59 PM ET</span></div>${text}`).date?.value.toISOString()).toBe('2024-10-24T00:59:00.000Z');
    const teaser = '<div class="teaser"><strong>Adam Clark Estes</strong><div>11/12/19 4:40PM</div></div>';
    expect(meta('<meta property="article:published_time" content="2019-11-18T17:30:00-05:00">', `<h1>A Headline Long Enough</h1>${teaser}${text}`).date?.value.toISOString()).toBe('2019-11-18T22:30:00.000Z');
  });

  it("reads an eyebrow's date run into its label in capitals ('PRESS RELEASE' + 'March 5, 2025')", () => {
    const eyebrow = '<div class="eyebrow"><span>PRESS RELEASE</span><span>March 5, 2025</span></div>';
    expect(meta('', `${eyebrow}<h1>A Headline Long Enough</h1>${text}`).date?.value.toISOString()).toBe('2025-03-05T00:00:00.000Z');
  });
});

describe('co-authors', () => {
  const head = '<title>Free certificates</title><meta name="author" content="Rui Ma">';
  const byline = (line: string) => meta(head, `<h1>Free certificates</h1><div class="byline">${line}</div><p>text</p>`).author?.value;

  it('takes the co-authors the byline lists after the first author the metadata names', () => {
    expect(byline('Rui Ma, Heba Ledwon, Manoel Cortes Mendez &amp; Suparn Patra')).toBe('Rui Ma, Heba Ledwon, Manoel Cortes Mendez, Suparn Patra');
    expect(byline('Rui Ma and Heba Ledwon')).toBe('Rui Ma, Heba Ledwon');
  });

  it('takes co-authors up to the date the byline ends with, after an outlet and "with", and in the lines after it that open with "and"', () => {
    expect(byline('Rui Ma &amp; Heba Ledwon October 5, 2020')).toBe('Rui Ma, Heba Ledwon');
    expect(byline('by Rui Ma, ProPublica, with Heba Ledwon, The Post-Standard')).toBe('Rui Ma, Heba Ledwon');
    expect(meta('<title>Free certificates</title><meta name="author" content="Harvard Business Review"><meta property="og:site_name" content="Harvard Business Review">', '<h1>Free certificates</h1><ul class="byline-list"><li>by <span class="byline-contributor"><a href="/s?t=1">Rui Ma</a></span></li><li>and <span class="byline-contributor"><a href="/s?t=2">Heba Ledwon</a></span></li></ul><span>August 10, 2016</span><p>text</p>').author?.value).toBe('Rui Ma, Heba Ledwon');
  });

  it('never takes a role, a place or an institution for a co-author', () => {
    expect(byline('Rui Ma, Montana State University')).toBe('Rui Ma');
    expect(byline('Rui Ma, University of Leeds')).toBe('Rui Ma');
    expect(byline('Rui Ma, Marketing Director')).toBe('Rui Ma');
    expect(byline('Rui Ma, Contributing Writer')).toBe('Rui Ma');
  });

  it("takes every author microdata marks, each in a block of its own deep in the header (Docusaurus's itemprop=author), and no outlet a JSON-LD author list adds to a person", () => {
    const person = (name: string, role: string) => `<div class="col"><div class="avatar"><img class="avatar__photo" src="/${name}.png" alt="${name}"><div class="avatar__intro" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="avatar__name"><a href="/u/${name}" itemprop="url"><span itemprop="name">${name}</span></a></div><small itemprop="description">${role}</small></div></div></div>`;
    expect(meta('<title>Release 2.0</title>', `<header><h1>Release 2.0</h1><div class="row">${person('Nora Bartoli', 'Maintainer')}${person('Yuki Sato', 'Core team')}</div></header><p>text</p>`).author?.value).toBe('Nora Bartoli, Yuki Sato');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods","author":[{"@type":"Person","name":"Bethany Lindsay"},{"@type":"NewsMediaOrganization","name":"CBC News"}]}</script>';
    expect(meta(`<title>Floods</title>${ld}`, '<h1>Floods</h1><p>text</p>').author?.value).toBe('Bethany Lindsay');
  });

  it("reads the name a bio opens with ('Written by <strong>Jonah Park</strong> who lives…'), wherever it is", () => {
    const footer = '<footer><div class="bio"><img class="bio-avatar" alt="Profile picture"><p>Written by <strong>Jonah Park</strong> who lives and works in Portland building small useful things.</p></div></footer>';
    expect(meta('<title>Small things | Overreacting Less</title>', `<article><h1>Small things</h1><p>text</p>${footer}</article>`).author?.value).toBe('Jonah Park');
  });
});

describe('Article.byline and Article.author', () => {
  const extract = (html: string) => {
    const result = extractArticle({ source: { kind: 'stdin', bytes: new Uint8Array() }, html, url: 'https://example.com/a' }, { sites: {} });
    if (!result.ok) throw new Error(result.problem.reason);
    return result.value;
  };

  it('keeps the site name as the front-matter author, but not as a found byline', () => {
    const article = extract(articlePage({ title: 'A Headline | The Site', head: '<meta property="og:site_name" content="The Site">', body: PROSE }));
    expect(article.author).toBe('The Site');
    expect(article.byline).toBeUndefined();
  });

  it("takes the person the byline markup names over a JSON-LD author that is the site's own name", () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Organization","name":"Levitate Media"}}</script><meta property="og:site_name" content="Levitate Media">';
    const box = '<div class="blogpost-author"><div class="blogpost-author-name">Liza Burke</div><div class="blogpost-author-position">Marketing Director</div></div>';
    const article = extract(articlePage({ title: 'Short-form video', head: ld, body: `${PROSE}${box}` }));
    expect(article.byline).toBe('Liza Burke');
    const alone = extract(articlePage({ title: 'Short-form video', head: ld, body: PROSE }));
    expect(alone.byline).toBe('Levitate Media');
  });

  it("takes the writer the byline under the headline names over another person the JSON-LD declares, not a reviewer", () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Luke Daigle"}}</script>';
    const page = (line: string) => articlePage({ title: 'Legal issues in fitness', head: ld, body: `<h1>Legal issues in fitness</h1><p>${line}</p>${PROSE}` });
    expect(extract(page('By: Paul Fenaroli')).byline).toBe('Paul Fenaroli');
    expect(extract(page('Reviewed by Jo-ann Caballes')).byline).toBe('Luke Daigle');
    expect(extract(page('By Luke Daigle and Sam Roe')).byline).toBe('Luke Daigle, Sam Roe');
  });

  it("finds the person in a list of authors whose name elements are named in BEM style, the site's own entry first", () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Organization","name":"Corti"}}</script><meta property="og:site_name" content="Corti">';
    const entry = (name: string, role: string) => `<a class="post_author-text" href="#"><div class="post_author-name">${name}</div><div class="post_author-title">${role}</div></a>`;
    const list = `<div class="post_author-list">${entry('Corti', 'AI platform for healthcare')}${entry('Joakim Edin', 'Research &amp; Development')}</div>`;
    expect(extract(articlePage({ title: 'Corti introduces GIM', head: ld, body: `${list}${PROSE}` })).byline).toBe('Joakim Edin');
  });

  it('takes the author from the box after the article: a portrait whose alt is the name shown beside it, one person only', () => {
    const head = '<meta name="author" content="Human in the Loop"><meta property="og:site_name" content="Human in the Loop">';
    const box = (name: string, src = 'https://profile.example.org/tim_100.png') => `<p><img src="${src}" alt="${name}"></p><p><strong>${name}</strong> <em>Independent Technology Writer</em></p>`;
    const page = (after: string) => extract(articlePage({ title: 'AI Trains on Your Art', head, body: `${PROSE}<hr>${after}` }));
    expect(page(box('Tim Green')).byline).toBe('Tim Green');
    expect(page(box('Tim Green', 'https://example.org/photos/tim.png')).byline).toBe('Human in the Loop');
    expect(page(`${box('Tim Green')}${box('Ann Lee', 'https://example.org/avatars/ann.png')}`).byline).toBe('Human in the Loop');
    expect(page(`<div class="product-review">${box('Tim Green')}</div>`).byline).toBe('Human in the Loop');
  });

  it("takes a thread's opening poster from the link to their profile under the headline, not a social network's profile", () => {
    const thread = (under: string) => extract(`<html><head><title>Ask HN: What are your predictions for 2024?</title></head><body><table><tr><td class="title"><a href="item?id=1">Ask HN: What are your predictions for 2024?</a></td></tr>
<tr><td class="subtext"><span class="score">89 points</span> by ${under} <span class="age">on Dec 26, 2023</span></td></tr></table><div class="toptext">${PROSE}</div></body></html>`);
    expect(thread('<a href="user?id=koconder" class="hnuser">koconder</a>').byline).toBe('koconder');
    expect(thread('<a href="/u/Dessalines">Dessalines</a>').byline).toBe('Dessalines');
    expect(thread('<a href="https://www.facebook.com/profile.php?id=100075508944900">Facebook</a>').byline).toBeUndefined();
  });

  it("takes a linked name under the headline when its date's label follows it, and a profile link with a query (Medium's)", () => {
    const post = (under: string) => extract(`<html><head><title>Reading the tide gauge</title></head><body><article><h1>Reading the tide gauge</h1>${under}<div>${PROSE}</div></article></body></html>`);
    expect(post('<div><a href="/janedoe">Jane Doe</a> <span>Posted on <time datetime="2024-03-05">Mar 5</time></span></div>').byline).toBe('Jane Doe');
    expect(post('<div><a href="/@janedoe?source=post_page"><p>Jane Doe</p></a><span>·</span><button>Follow</button></div>').byline).toBe('Jane Doe');
    expect(post('<div><a href="/topics/harbours">Harbours</a> <span>Posted on <time datetime="2024-03-05">Mar 5</time></span></div>').byline).toBeUndefined();
  });

  it("reads past a login form's labels under a forum thread's title to its poster's member link", () => {
    const page = `<html><head><title>Wrong refresh rate - Doom9's Forum</title></head><body><div><a href="index.php">Doom9's Forum</a> &gt; Hardware</div><strong>Wrong refresh rate</strong>
<form><div><label>User Name</label></div><div><input name="u"><label>Remember Me?</label></div><div><label>Password</label></div></form><table><tr><td>30th March 2025, 16:26</td><td>#1</td></tr>
<tr><td><a href="member.php?s=e3c9&amp;u=224387">microfast</a><div>Registered User</div><div>Join Date: Mar 2016</div></td><td><strong>Wrong refresh rate</strong><div>${PROSE}</div></td></tr></table></body></html>`;
    expect(extract(page).byline).toBe('microfast');
  });

  it('sets both to the byline the page names', () => {
    const article = extract(articlePage({ title: 'A Headline', head: '<meta name="author" content="Jane Roe">', body: PROSE }));
    expect([article.author, article.byline]).toEqual(['Jane Roe', 'Jane Roe']);
  });
});

describe('timezone setting', () => {
  it('accepts an IANA zone and rejects anything else', () => {
    expect(parseConfig('timezone: Asia/Shanghai').timezone).toBe('Asia/Shanghai');
    expect(() => parseConfig('timezone: Mars/Olympus')).toThrow(ConfigError);
    expect(() => parseConfig('timezone: 8')).toThrow(ConfigError);
  });
});
