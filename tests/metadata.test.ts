// Metadata from each kind of source, in the documented order.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/extract-article.js';
import { parseDate } from '../src/extract/metadata/parse-date.js';
import { articlePage, PROSE } from './helpers.js';

/** An article page in a language: its headline, the given markup, then prose. */
const pageIn = (lang: string, body: string, { title = 'A Headline', head = '' } = {}) =>
  `<html lang="${lang}"><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body}${PROSE}</article></body></html>`;

const extract = (html: string, url?: string) => {
  const result = extractArticle({ source: { kind: 'stdin' }, html, url }, { sites: {} });
  if (!result.ok) throw new Error(result.problem.reason);
  return result.value;
};

describe('metadata', () => {
  it('reads JSON-LD (@graph included) before visible markup', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebSite', name: 'Example News' },
      { '@type': 'NewsArticle', headline: 'Real &amp; Headline', author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Chen' }], datePublished: '2021-10-29T08:30:00+08:00', image: { '@type': 'ImageObject', url: '/img/a.jpg' } },
    ] });
    const article = extract(articlePage({ title: 'Other | Example News', head: `<script type="application/ld+json">${ld}</script>`, body: PROSE }), 'https://example.com/news/1.html');
    expect(article.title).toBe('Real & Headline');
    expect(article.author).toBe('Ann Lee, Bo Chen');
    expect(article.date?.toUTCString()).toBe('Fri, 29 Oct 2021 00:30:00 GMT');
    expect(article.image).toBe('https://example.com/img/a.jpg');
  });

  it("resolves a JSON-LD graph's references: Yoast's article names its author by the Person's @id", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'Article', '@id': 'https://example.com/a/#article', author: { '@id': 'https://example.com/#/schema/person/9f' }, headline: 'A Headline', datePublished: '2024-03-05T10:00:00+00:00' },
      { '@type': 'Person', '@id': 'https://example.com/#/schema/person/9f', name: 'Josh Smith' },
    ] });
    const article = extract(articlePage({ title: 'A Headline', head: `<script type="application/ld+json">${ld}</script>`, body: PROSE }), 'https://example.com/a');
    expect(article.author).toBe('Josh Smith');
  });

  it("reads the Article a page's JSON-LD node holds as its mainEntity (a MedicalWebPage's), its publication date over the modified meta", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'MedicalWebPage', name: 'Magnesium for Sleep', lastReviewed: '2024-03-08',
      mainEntity: { '@type': 'Article', headline: 'Magnesium for Sleep', datePublished: '2021-10-14T09:00:00Z', dateModified: '2024-03-08T14:20:00Z', author: { '@type': 'Person', name: 'Caleb Winters' } } });
    const head = `<meta property="article:modified_time" content="2024-03-08T14:20:00Z"><script type="application/ld+json">${ld}</script>`;
    const article = extract(articlePage({ title: 'Magnesium for Sleep', head, body: `<p>Updated on March 8, 2024</p>${PROSE}` }), 'https://example.com/nutrition/magnesium');
    expect([article.author, article.date?.toISOString()]).toEqual(['Caleb Winters', '2021-10-14T09:00:00.000Z']);
  });

  it("takes a company the metadata declares the author, its legal form in its name (a press release's issuer, 'Northbank Minerals Corp.'), over the site's name", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Northbank Minerals Intersects Gold', author: { '@type': 'Organization', name: 'Northbank Minerals Corp.' } });
    const head = `<meta property="og:site_name" content="GlobeNewswire News Room"><meta name="author" content="Northbank Minerals Corp."><script type="application/ld+json">${ld}</script>`;
    expect(extract(articlePage({ title: 'Northbank Minerals Intersects Gold', head, body: PROSE }), 'https://www.globenewswire.com/news-release/2024/05/20/1/en/x.html').author).toBe('Northbank Minerals Corp.');
    expect(extract(articlePage({ title: 'Northbank Minerals Intersects Gold', head: '<meta name="author" content="Copperline Software, Inc.">', body: PROSE })).author).toBe('Copperline Software, Inc.');
  });

  it("takes the company a wire's dateline names as a press release's author, over the wire and the site, and keeps its SOURCE line", () => {
    const release = (dateline: string, head = '') => {
      const body = `<p>${dateline} a developer of flexible automation for distribution centers, today introduced StackWise, an autonomous palletizing cell.</p>${PROSE}<p>SOURCE Veridian Robotics</p>`;
      const result = extractArticle({ source: { kind: 'stdin' }, html: articlePage({ title: 'Veridian Robotics Introduces StackWise', head, body }), url: 'https://www.businesswire.com/news/home/1/en/' }, { sites: {} });
      if (!result.ok) throw new Error(result.error.message);
      return [result.value.author, result.value.html.includes('<p>SOURCE Veridian Robotics</p>')];
    };
    const wire = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', author: { '@type': 'Organization', name: 'Business Wire' } });
    expect(release('AUSTIN, Texas--(BUSINESS WIRE)--Veridian Robotics,', `<script type="application/ld+json">${wire}</script>`)).toEqual(['Veridian Robotics', true]);
    expect(release('BOSTON, March 5, 2024 /PRNewswire/ -- Veridian Robotics, Inc. (Nasdaq: VRDN),', '<meta property="og:site_name" content="PR Newswire">')).toEqual(['Veridian Robotics, Inc.', true]);
    expect(release('OSLO, Norway, March 05, 2024 (GLOBE NEWSWIRE) -- Veridian Robotics ASA (OSE: VRDN),')).toEqual(['Veridian Robotics ASA', true]);
    // A person the page names stays the author.
    expect(release('AUSTIN, Texas--(BUSINESS WIRE)--Veridian Robotics,', '<meta name="author" content="Dana Whitfield">')).toEqual(['Dana Whitfield', true]);
  });

  it('reads every citation_author, given name first; a repeated dc.creator keeps its last', () => {
    const cited = extract(articlePage({ title: 'A Paper', head: '<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John">', body: PROSE }));
    expect(cited.author).toBe('Jane Doe, John Roe');
    const dc = extract(articlePage({ title: 'A Paper', head: '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">', body: PROSE }));
    expect(dc.author).toBe('Jong, Michiel de');
  });

  it("reads the article's <time>, not the update's nor a commenter's, and microdata's published date over a comment's <time>", () => {
    const date = (body: string) => extract(articlePage({ title: 'A Headline', body })).date?.toISOString();
    const generatePress = '<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2024-02-20T10:00:00+00:00" itemprop="dateModified">February 20, 2024</time><time class="entry-date published" datetime="2023-09-14T08:30:00+00:00" itemprop="datePublished">September 14, 2023</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/hannah/">Hannah Lind</a></span></span></div>';
    expect(date(`${generatePress}${PROSE}`)).toBe('2023-09-14T08:30:00.000Z');
    expect(date(`<span class="posted-on"><time class="updated" datetime="2024-02-20T10:00:00+00:00">February 20, 2024</time><time class="entry-date published" datetime="2023-09-14T08:30:00+00:00">September 14, 2023</time></span>${PROSE}`)).toBe('2023-09-14T08:30:00.000Z');
    // tagDiv's Newspaper marks the entry's one date updated too (hAtom): it is the entry's date, not a sidebar module's.
    const sidebar = '<aside class="td_block_wrap"><h3>Latest</h3><div class="td-module-meta-info"><time class="entry-date" datetime="2024-02-28T10:00:00-05:00">February 28, 2024</time></div></aside>';
    expect(date(`<div class="td-post-header"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-05T21:40:11-05:00">March 5, 2024</time></span></div>${PROSE}${sidebar}`)).toBe('2024-03-06T02:40:11.000Z');
    const comment = '<div id="comments"><ol class="comment-list"><li><p>Great post!</p><time datetime="2024-03-06T11:22:00+00:00">March 6, 2024</time></li></ol></div>';
    expect(date(`<span class="published" itemprop="datePublished">March 5, 2024</span>${PROSE}${comment}`)).toBe('2024-03-05T00:00:00.000Z');
    // Where only comments show <time>s (a thread whose post is marked up as one), the first is read.
    expect(date(`${PROSE}${comment}`)).toBe('2024-03-06T11:22:00.000Z');
  });

  it('keeps a long list of authors a meta declares: every part a person\'s name', () => {
    const many = 'Nicholas Keel, Susan Munro, Matt De La O, Vineet Ash, Rory O\'Brien, Corey Maur, Hamish Shaw and Philipp Bose';
    expect(extract(articlePage({ title: 'A Report', head: `<meta name="author" content="${many}">`, body: PROSE })).author).toBe(many);
    const notNames = 'Markets, Mergers and Acquisitions, Cybersecurity, Technology Updates, Sector Reports, Insights';
    expect(extract(articlePage({ title: 'A Report', head: `<meta name="author" content="${notNames}">`, body: PROSE })).author).toBeUndefined();
  });

  it("takes the person the byline names over a meta naming an organisation (a wire service), and never over a person's meta", () => {
    const author = (head: string, markup: string) => extract(articlePage({ title: 'A Headline', head, body: `${markup}${PROSE}` })).author;
    expect(author('<meta name="author" content="The Associated Press">', '<span class="asset-byline">By ANN LEE Associated Press</span>')).toBe('Ann Lee');
    expect(author('<meta name="author" content="Jane Roe">', '<span class="asset-byline">By ANN LEE Associated Press</span>')).toBe('Jane Roe');
  });

  it("reads the names out of a byline's furniture: a profile link's words, a handle glued on, a closing », a serial comma, a generation's suffix, affiliation marks", () => {
    const byline = (markup: string) => extract(articlePage({ title: 'A Headline', body: `${markup}${PROSE}` })).byline;
    expect(byline('<div class="author-bio"><a href="/author/ak/" rel="author">View all posts by Anna Kowalska</a></div>')).toBe('Anna Kowalska');
    expect(byline('<div class="byline"><a href="/author/jd/">Jane Doe</a><span><a href="https://twitter.com/janedoe">@janedoe</a></span> / <time datetime="2024-03-05T10:30:00-05:00">10:30 AM EST</time></div>')).toBe('Jane Doe');
    expect(byline('<p class="author"><span>by <strong><a class="username" href="/u">rustybolt</a></strong> &raquo; </span>Tue Mar 05, 2024 10:30 am</p>')).toBe('rustybolt');
    expect(byline('<p class="author"><a href="#p1"><span class="sr-only">Post</span></a> <span>by <strong><a class="username" href="/u">rustybolt</a></strong> &raquo; </span>Tue Mar 05, 2024 10:30 am</p>')).toBe('rustybolt');
    expect(byline('<p>By Ann Lee, Bo Chen, and Carl Diaz</p>')).toBe('Ann Lee, Bo Chen, Carl Diaz');
    // A "Writer:" label over a JSON-LD author that is the outlet (Bangkok Post's).
    expect(extract(articlePage({ title: 'A Headline', head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Bangkok Post"}}</script>', body: `<div class="article-info--col"><p>WRITER: <a href="/profile/ae">Aekarach Sattaburuth</a></p></div>${PROSE}` })).author).toBe('Aekarach Sattaburuth');
    // The site's name after the writer's is no co-author.
    expect(extract(articlePage({ title: 'A Headline', head: '<meta property="og:site_name" content="Cornell Chronicle">', body: `<div class="field--name-field-byline">By <span class="byline-name">Krishna Ramanujan</span>, Cornell Chronicle</div>${PROSE}` })).byline).toBe('Krishna Ramanujan');
    // A link to a file under the headline is no profile (Sphinx's "View page source", _sources/user/retries.rst.txt).
    expect(byline('<div role="navigation"><a href="../_sources/user/retries.rst.txt" rel="nofollow"> View page source</a></div>')).toBeUndefined();
    expect(byline('<p>By <a href="/author/al">Ann Lee Jr.</a> and <a href="/author/bc">Bo Chen</a></p>')).toBe('Ann Lee Jr., Bo Chen');
    expect(byline('<div class="author">Ann Lee1, Bo Chen1,2</div>')).toBe('Ann Lee, Bo Chen');
    expect(byline('<div class="author">InsaneSnow45</div>')).toBe('InsaneSnow45');
  });

  it("reads a byline's name over its role or bio: the page's elements, not their texts run together", () => {
    const byline = (markup: string) => extract(articlePage({ title: 'A Headline', body: `${markup}${PROSE}` })).byline;
    expect(byline('<div class="article-byline"><span>Jane Doe</span><span>Senior Reporter</span></div>')).toBe('Jane Doe');
    // A name of initials ("J.K."); a second name of the same class whose link goes to no page.
    expect(byline('<p class="story-meta__authors">By <span class="vcard"><a href="/staff/jkl" rel="author">J.K. Lindqvist</a></span> and <span class="vcard"><a href="/staff/avdb" rel="author">Anneliese van der Berg</a></span></p>')).toBe('J.K. Lindqvist, Anneliese van der Berg');
    expect(byline('<div class="authors"><span class="byline-text">By </span><a href="/author/bloomberg/" class="author-name" rel="author">Thomas Biesheuvel</a> and <a class="author-name">Mariana Durão</a> <span class="byline-separator">|</span> <span class="author-organization">Bloomberg</span></div>')).toBe('Thomas Biesheuvel, Mariana Durão');
    // Each writer's box a name over a role, the name a link inside its marked element.
    expect(byline('<div class="ecb-authors"><div class="-author"><div class="address-box"><div class="name"><a href="/eb#lane">Philip R. Lane</a></div><div class="title">Member of the Executive Board</div></div></div><div class="-author"><div class="address-box"><div class="name">Friderike Kuik</div><div class="title">Economist</div></div></div></div>')).toBe('Philip R. Lane, Friderike Kuik');
    expect(byline('<div class="author-info"><h4>About Jane Doe</h4><p>Jane writes about cities and the people who run them.</p></div>')).toBe('Jane Doe');
    expect(byline('<div class="post-author"><span>August 28, 2025</span><span>•</span><span>5 min read</span></div>')).toBeUndefined();
    expect(byline('<div class="byline"><span>By Jane Doe</span><time datetime="2024-03-05T10:00:00Z">March 5, 2024 at 10:00 a.m. UTC</time></div>')).toBe('Jane Doe');
    expect(byline('<div class="meta"><span>Written by <a href="/a/jane">Jane Doe</a></span> <span>Reviewed by <a href="/a/sam">Dr. Sam Roe</a></span></div>')).toBe('Jane Doe');
    expect(byline('<div class="submitted">Submitted by Jane Doe on Tue, 03/05/2024 - 10:00</div>')).toBe('Jane Doe');
    // A forum's line: the label, the name, a time too vague to date the post, the tools (Lobsters').
    expect(byline('<div class="byline"><span>authored by <a class="u-author h-card" href="/~caius">caius</a></span> <span>9 months ago</span> | <a href="/flag">flag</a> | <a href="/save">save</a> | <a href="#c">23 comments</a></div>')).toBe('caius');
    // A signature closing the post in a paragraph of its own (a Tumblr's), never a quotation's attribution.
    const signed = (markup: string) => extract(articlePage({ title: 'A Headline', body: `${PROSE}${markup}` })).byline;
    expect(signed('<p>— Claire Whitcombe</p>')).toBe('Claire Whitcombe');
    expect(signed('<blockquote><p>The quiet here is a different kind of quiet, the kind that does not hum at night.</p><p>— Mark Twain</p></blockquote>')).toBeUndefined();
    // A magazine's credit role before the name, no "by" after it (i-D's 'Text').
    expect(byline('<div class="contributor"><span class="contributor__role">Text</span> <a class="contributor__name" href="/c/sade">Sade Ogunleye</a></div>')).toBe('Sade Ogunleye');
  });

  it("reads the byline and dateline as shown, not their screen-reader labels, and never a commenter's time (Twenty Twenty)", () => {
    const meta = '<ul class="post-meta"><li class="post-author"><span class="meta-icon"><span class="screen-reader-text">Post author</span><svg></svg></span><span class="meta-text">By <a href="/author/lford/">Lena Ford</a></span></li><li class="post-date"><span class="meta-icon"><span class="screen-reader-text">Post date</span></span><span class="meta-text"><a href="/a/">March 5, 2024</a></span></li></ul>';
    const comments = '<div class="comments-wrapper"><ol><li class="comment"><div class="comment-metadata"><a href="#c3"><time datetime="2024-03-06T10:02:11+00:00">March 6, 2024 at 10:02 am</time></a></div><p>Great recipe, thanks for writing it up.</p></li></ol></div>';
    const article = extract(articlePage({ title: 'A Headline', body: `${meta}${PROSE}${comments}` }));
    expect(article.byline).toBe('Lena Ford');
    expect(article.date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it("never takes a product review's \"Posted by … on …\" line for the page's author and date (BigCommerce's productReviews)", () => {
    const reviews = '<section class="toggle productReviews" id="product-reviews"><ul class="productReviews-list"><li class="productReview"><p class="productReview-author">Posted by Mark T. on Jun 2nd 2024</p><p class="productReview-body">Bright and fruity, exactly as described.</p></li></ul></section>';
    const article = extract(articlePage({ title: 'A Headline', body: `${PROSE}${reviews}` }));
    expect(article.byline).toBeUndefined();
    expect(article.date).toBeUndefined();
  });

  it.each([
    ["a classic blog's entry footer after the post (Typepad)", `${PROSE}<div class="entry-footer"><p><span class="post-footers">Posted by Margaret Ashby at 10:14 AM in <a href="/c/">Pruning</a></span> | <a href="/p">Permalink</a></p></div>`, 'Margaret Ashby'],
    ['a guest post credited in its first paragraph', `<p><em>Guest post by Ann Marie Collins, a registered nurse and sleep coach in Columbus, Ohio.</em></p>${PROSE}`, 'Ann Marie Collins'],
    ["a link to the writer's staff page under the headline (Gannett)", `<div class="gnt_ar_by"><img src="/ann.jpg" alt=""><a class="gnt_ar_by_a" href="/staff/2647000/ann-lee/">Ann Lee</a><div class="gnt_ar_by_t">USA TODAY</div></div>${PROSE}`, 'Ann Lee'],
    ["the name after the headline's deck (beehiiv)", `<h2 class="text-lg">Plus: three numbers every roaster watches</h2><div><img class="rounded-full" src="/j.png" alt="Author"><p class="text-sm">Jordan Ellis</p><span>March 05, 2024</span></div>${PROSE}`, 'Jordan Ellis'],
    ["each co-author in an element of their own, with a role (The Conversation)", `<ul class="authors"><li class="author"><a href="/profiles/ann-lee-1"><img class="avatar" src="/a.jpg" alt=""><span class="author-name">Ann Lee</span></a><span class="role">Associate Professor of Marine Biology, <em>Example University</em></span></li><li class="author"><a href="/profiles/rafael-costa-2"><span class="author-name">Rafael Costa</span></a><span class="role">Postdoctoral Researcher, <em>Example Institute</em></span></li></ul>${PROSE}`, 'Ann Lee, Rafael Costa'],
    ["byline blocks, one per correspondent (NPR)", `<div class="byline-container"><div class="byline"><div class="byline__name"><a href="/people/111/ann-lee" rel="author">Ann Lee</a></div><p class="byline__title">Correspondent</p></div><div class="byline"><div class="byline__name"><a href="/people/222/marcus-bell" rel="author">Marcus Bell</a></div></div></div>${PROSE}`, 'Ann Lee, Marcus Bell'],
    ["author cards in a CMS's list items, each a name over a role (Webflow's w-dyn-item)", `<div class="blog-authors-wrapper w-dyn-list"><div role="list" class="w-dyn-items"><div role="listitem" class="w-dyn-item"><div class="author-card"><img src="/p.jpg" alt="" class="author-image"><div class="author-text"><div class="text-weight-semibold">Ann Lee</div><div class="text-size-small">Staff Software Engineer</div></div></div></div><div role="listitem" class="w-dyn-item"><div class="author-card"><img src="/t.jpg" alt="" class="author-image"><div class="author-text"><div class="text-weight-semibold">Bo Chen</div><div class="text-size-small">Engineering Manager, Data Platform</div></div></div></div></div></div>${PROSE}`, 'Ann Lee, Bo Chen'],
    ["no one for a content type's label under the headline (Press Release)", `<div class="field--name-field-news-type field__item">Press Release</div><time datetime="2025-03-04T12:00:00Z">March 4, 2025</time>${PROSE}`, undefined],
    ['the writer, not the photographer credited after', `<div><span>Words by </span><a class="byline-name" href="/author/claire-dubois/">Claire Dubois</a><span>, Photos by </span><a class="byline-name" href="/author/marco-rinaldi/">Marco Rinaldi</a></div>${PROSE}`, 'Claire Dubois'],
    ['the writers, not their outlets', `<p class="byline">by <span class="name"><a href="/people/ann-lee">Ann Lee</a></span>, <span class="affiliation">ProPublica</span>, and <span class="name"><a href="/staff/bo-chen/">Bo Chen</a></span>, <span class="affiliation">The Texas Tribune</span></p>${PROSE}`, 'Ann Lee, Bo Chen'],
  ])('reads the byline written out: %s', (_, body, expected) => {
    expect(extract(articlePage({ title: 'A Headline', body }), 'https://news.example.com/a').byline).toBe(expected);
  });

  it('reads every author of a page that writes one author meta each (Pandoc, Quarto), when each is a person', () => {
    const metas = (names: string[]) => names.map((name) => `<meta name="author" content="${name}">`).join('');
    expect(extract(articlePage({ title: 'A Headline', head: metas(['Ann Lee', 'Tobias Grün']), body: PROSE })).author).toBe('Ann Lee, Tobias Grün');
    expect(extract(articlePage({ title: 'A Headline', head: metas(['Ann Lee', 'Ann Lee']), body: PROSE })).author).toBe('Ann Lee');
  });

  it("credits a personal site's owner: a person's name after the headline in the <title> that the link home shows", () => {
    const page = (title: string, home: string) => `<html><head><title>${title}</title></head><body><header><a href="/">${home}</a> // <a href="/notes">Notes</a></header><article><h1>Go ahead, self-host Postgres</h1>${PROSE}</article></body></html>`;
    expect(extract(page('Go ahead, self-host Postgres | Pierce Freeman', 'Pierce Freeman'), 'https://pierce.example/notes/pg').byline).toBe('Pierce Freeman');
    expect(extract(page('Go ahead, self-host Postgres | Ansible Community Documentation', 'Ansible Community Documentation'), 'https://docs.example/pg').byline).toBeUndefined();
    expect(extract(page('Go ahead, self-host Postgres | Pierce Freeman', 'Home'), 'https://pierce.example/notes/pg').byline).toBeUndefined();
  });

  it("reads the date of a classic blog's entry footer", () => {
    const footer = '<p class="postfooter">Posted by Priya Raman on March 5, 2024 · <a href="/tags/go.html">go</a></p>';
    const article = extract(articlePage({ title: 'A Headline', body: `${PROSE}${footer}` }));
    expect(article.byline).toBe('Priya Raman');
    expect(article.date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it("reads the published <time>, not the update's named by its test id (HK01: 更新 before 發佈)", () => {
    const times = '<div class="sc-time"><time data-testid="article-update-time" datetime="2024-03-06T09:00:00+08:00">更新：2024-03-06 09:00</time><time data-testid="article-publish-time" datetime="2024-03-05T10:30:00+08:00">發佈：2024-03-05 10:30</time></div>';
    expect(extract(articlePage({ title: 'A Headline', body: `${times}${PROSE}` })).date?.toISOString()).toBe('2024-03-05T02:30:00.000Z');
  });

  it('reads a numeric date the way round the address files it (05/03/2024 under /20240305/)', () => {
    const page = articlePage({ title: 'A Headline', body: `<p class="date">05/03/2024 10:30</p>${PROSE}` });
    expect(extract(page, 'https://www.example.my/news/20240305/1234').date?.toISOString()).toBe('2024-03-05T10:30:00.000Z');
    expect(extract(page, 'https://www.example.com/news/20240503/1234').date?.toISOString()).toBe('2024-05-03T10:30:00.000Z');
  });

  it("reads a thread's poster beside the avatar linking to the same profile, and the full date in a relative time's tooltip (V2EX)", () => {
    const header = '<div class="header"><div class="fr"><a href="/member/shanye"><img src="/a.png" class="avatar" alt="shanye"></a></div><a href="/">V2EX</a> › <a href="/go/photo">摄影</a><h1>A Headline</h1><small class="gray"><a href="/member/shanye">shanye</a> · <span title="2024-03-05 10:30:12 +08:00">1 天前</span> · 1832 次点击</small></div>';
    const reply = '<div class="cell"><strong><a href="/member/lulu" class="dark">lulu</a></strong> <span class="ago" title="2024-03-05 11:02:33 +08:00">1 天前</span><div class="reply_content">Thanks for this.</div></div>';
    const article = extract(`<html><head><title>A Headline</title></head><body>${header}<div class="topic_content">${PROSE}</div>${reply}</body></html>`, 'https://www.example.com/t/1023456');
    expect(article.byline).toBe('shanye');
    expect(article.date?.toISOString()).toBe('2024-03-05T02:30:12.000Z');
  });

  it.each([
    ['a day shown, its time in the title (Hacker News)', '<span class="subline">187 points by <a href="user?id=ann" class="hnuser">ann</a> <span class="age" title="2024-03-15T16:42:10 1710520930"><a href="item?id=1">on March 15, 2024</a></span></span>', '2024-03-15T16:42:10.000Z'],
    ["an age too vague to date, the date in Tippy's tooltip (Lemmy)", '<span class="unselectable pointer"><span data-tippy-content="Fri, 15 Mar 2024 08:12:44 GMT">1y</span></span>', '2024-03-15T08:12:44.000Z'],
    ['a year ago in Chinese (V2EX)', '<small class="gray"><a href="/member/zc">zc</a> · <span title="2024-03-11 09:41:33 +08:00">1 年前</span></small>', '2024-03-11T01:41:33.000Z'],
    ["the day and time in a list item's title, the zone only there (News Corp)", '<ul><li class="date-and-time last" title="2015-03-13T21:00:00+11:00"><span class="datestamp">March 13, 2015</span> <span class="timestamp">9:00PM</span></li></ul>', '2015-03-13T10:00:00.000Z'],
  ])("reads the full date in the tooltip of a shown time: %s", (_, markup, iso) => {
    expect(extract(`<html><head><title>A Headline</title></head><body><h1>A Headline</h1>${markup}<div class="post">${PROSE}</div></body></html>`).date?.toISOString()).toBe(iso);
  });

  it("reads a day written with dashes and the month's abbreviation in capitals, in the kicker above the headline (EurekAlert!'s 12-MAR-2024)", () => {
    const page = `<html><head><title>A Headline</title></head><body><article><div class="article-info"><h4>NEWS RELEASE <span class="date">12-MAR-2024</span></h4><h1>A Headline</h1></div>${PROSE}</article></body></html>`;
    expect(extract(page).date?.toISOString()).toBe('2024-03-12T00:00:00.000Z');
  });

  it("reads a tooltip's time without its offset on the page's clock (子比主题's '3个月前更新' titled '2024年02月26日 19:03发布')", () => {
    const markup = '<div class="meta"><span data-toggle="tooltip" title="2024年02月26日 19:03发布">3个月前更新</span></div>';
    expect(extract(`<html lang="zh-Hans"><head><title>A Headline</title></head><body><h1>A Headline</h1>${markup}<div class="post">${PROSE}</div></body></html>`).date?.toISOString()).toBe('2024-02-26T11:03:00.000Z');
  });

  it("never reads a tooltip's date that the text beside it does not show (a link titled with another day)", () => {
    const markup = '<a href="/archive" title="2020-01-02 10:00">Archive for March 15, 2024</a>';
    expect(extract(`<html><head><title>A Headline</title></head><body><h1>A Headline</h1>${markup}<div class="post">${PROSE}</div></body></html>`).date?.toISOString()).toBe('2024-03-15T00:00:00.000Z');
  });

  it("reads a microdata date's text as the page's language writes dates: day first on an en-AU page", () => {
    const meta = '<ul class="elementor-post-info"><li itemprop="datePublished"><span class="elementor-icon-list-text">05/03/2024</span></li></ul>';
    expect(extract(pageIn('en-AU', meta)).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(extract(pageIn('en-US', meta)).date?.toISOString()).toBe('2024-05-03T00:00:00.000Z');
  });

  it('reads a date whose day, month and year are each an element of their own, no space between them', () => {
    const meta = '<div class="post-date"><span class="day">05</span><span class="month">Mar</span><span class="year">2024</span></div>';
    expect(extract(articlePage({ title: 'A Headline', body: `${meta}${PROSE}` })).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it("reads the date beside a byline whose name runs into it, not the update's after it (Jannah: 'Mark DelaneyMarch 5, 2024Last Updated: March 9, 2024')", () => {
    const meta = '<div class="post-meta"><span class="meta-author"><a href="/author/md/" class="author-name">Mark Delaney</a></span><span class="date meta-item">March 5, 2024</span><span class="meta-item last-updated">Last Updated: March 9, 2024</span></div>';
    expect(extract(articlePage({ title: 'A Headline', body: `${meta}${PROSE}` })).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it.each([
    ['tr', '<div class="author"><span>Yazar: Ayşe Demir ve Can Kaya</span></div>', 'Ayşe Demir, Can Kaya'],
    ['id', '<div class="byline">Oleh Budi Santoso dan Sri Wahyuni</div>', 'Budi Santoso, Sri Wahyuni'],
    ['it', '<div class="byline">di Marco Rossi e Giulia Bianchi</div>', 'Marco Rossi, Giulia Bianchi'],
    ['ar', '<div class="article-author">بقلم محمد العلي</div>', 'محمد العلي'],
    ['th', '<div class="author">โดย สมชาย ใจดี</div>', 'สมชาย ใจดี'],
    ['it', '<div class="info-art"><p class="writer"><span class="writer-name">di Marco Rossi e Giulia Bianchi</span></p></div>', 'Marco Rossi, Giulia Bianchi'],
    ['pt-BR', '<p class="content-publication-data__from">Por Fernanda Lima, g1 SP</p>', 'Fernanda Lima'],
    ['id', '<div class="read__credit"><div class="credit-title-nameEditor"><h6>Penulis</h6><div class="credit-title-name"><a href="/penulis/rina-sari">Rina Sari</a></div></div><div class="credit-title-nameEditor"><h6>Editor</h6><div><a>Bayu Pratama</a></div></div></div>', 'Rina Sari'],
    ['ko', '<div class="article-byline"><a class="article-byline__author" href="/people/lee/">이서연 기자</a><a class="article-byline__author" href="/people/park/">박준호 기자</a></div>', '이서연, 박준호'],
  ])("reads a byline's label and its 'and' in the page's language (%s)", (lang, byline, expected) => {
    const page = pageIn(lang, byline);
    expect(extract(page).byline).toBe(expected);
  });

  it.each([
    ['tr', '5 Mart 2024 23:45', '2024-03-05T20:45:00.000Z'],
    ['id', '5 Maret 2024', '2024-03-05T00:00:00.000Z'],
    ['th', '5 มี.ค. 2567 22:30 น.', '2024-03-05T15:30:00.000Z'],
    ['th', '5 มีนาคม 2567', '2024-03-05T00:00:00.000Z'],
    ['en-IN', 'Nov 20, 2019 01:41 PM IST', '2019-11-20T08:11:00.000Z'],
  ])("reads a <time>'s text in the page's language and zone (%s: %s)", (lang, shown, expected) => {
    const page = pageIn(lang, `<div class="date"><time>${shown}</time></div>`);
    expect(extract(page).date?.toISOString()).toBe(expected);
  });

  it("reads the post's date under the headline, not a notice of its last update below it ('本文最后更新于…')", () => {
    const body = `<div class="meta"><span>2024-03-05</span> / <span>5 评论</span></div><div class="overdue"><div class="title">温馨提示：</div><div class="content">本文最后更新于2024年03月06日，已超过 300 天没有更新，若内容或图片失效，请留言反馈。</div></div>${PROSE}`;
    expect(extract(articlePage({ title: 'A Headline', body })).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    // The update's label alone still dates the page.
    expect(extract(articlePage({ title: 'A Headline', body: `<p>更新时间：2024-03-06</p>${PROSE}` })).date?.toISOString()).toBe('2024-03-06T00:00:00.000Z');
  });

  it("sets apart a byline's name and a date or a role whose elements' texts meet ('Ann Lee05 March 2024', 'Ryan ColeChief Reporter')", () => {
    const dated = extract(articlePage({ title: 'A Headline', body: `<div class="meta"><span>By </span><a href="/author/ann-lee">Ann Lee</a><span>05 March 2024</span></div>${PROSE}` }));
    expect(dated.byline).toBe('Ann Lee');
    expect(dated.date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    const role = extract(articlePage({ title: 'A Headline', body: `<div class="byline"><span>By </span><span>Ryan Cole</span><span>Chief Reporter</span></div>${PROSE}` }));
    expect(role.byline).toBe('Ryan Cole');
  });

  it('reads the time a custom element holds in its datetime (GitHub\'s <relative-time>)', () => {
    const page = articlePage({ title: 'A Headline', body: `<div class="meta"><a href="/mchen">mchen</a> released this <relative-time datetime="2024-03-05T14:02:11Z">Mar 5</relative-time></div>${PROSE}` });
    expect(extract(page).date?.toISOString()).toBe('2024-03-05T14:02:11.000Z');
  });

  it("reads a <time datetime> without an offset as the wall-clock time of the page's zone (ja: JST); English pages' stay UTC", () => {
    const page = (lang: string) => pageIn(lang, '<p class="date"><time datetime="2024-03-05T19:12">3月5日 19時12分</time></p>');
    expect(extract(page('ja')).date?.toISOString()).toBe('2024-03-05T10:12:00.000Z');
    expect(extract(page('en')).date?.toISOString()).toBe('2024-03-05T19:12:00.000Z');
  });

  it('takes the zone of a dateline that shows the same clock as a date meta without an offset (detik: 22:30 WIB)', () => {
    const page = (shown: string) => pageIn('id', `<div class="detail__date">${shown}</div>`, { title: 'Judul', head: '<meta name="publishdate" content="2024/03/05 22:30:00">' });
    expect(extract(page('Selasa, 05 Mar 2024 22:30 WIB')).date?.toISOString()).toBe('2024-03-05T15:30:00.000Z');
    // Another clock: the meta stands.
    expect(extract(page('Selasa, 05 Mar 2024 21:00 WIB')).date?.toISOString()).toBe('2024-03-05T22:30:00.000Z');
  });

  it("reads the publication's date, not the update's above it, in the page's language (Mis à jour le … / Publié le …)", () => {
    const page = pageIn('fr', '<div class="meta">Mis à jour le 12 mars 2024</div><p>Publié le 5 mars 2024 à 10h30</p>', { title: 'Un titre' });
    expect(extract(page).date?.toISOString()).toBe('2024-03-05T09:30:00.000Z');
    // Where the update's date is the only one shown, it is read.
    expect(extract(page.replace('<p>Publié le 5 mars 2024 à 10h30</p>', '')).date?.toISOString()).toBe('2024-03-12T00:00:00.000Z');
  });

  it("reads a <time>'s numeric text day first on a page whose language writes it so (it-IT: 05/03/2024)", () => {
    const page = pageIn('it-IT', '<time>05/03/2024</time>', { title: 'Un titolo' });
    expect(extract(page).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it("reads the times of a page whose <body> is named for a thread's comments (old Reddit's comments-page)", () => {
    const page = `<html><head><title>A Headline</title></head><body class="listing-page comments-page"><h1>A Headline</h1><p class="tagline">submitted <time datetime="2026-03-04T18:58:32+00:00">17 hours ago</time> by <a href="/user/x">x</a></p>${PROSE}</body></html>`;
    expect(extract(page).date?.toISOString()).toBe('2026-03-04T18:58:32.000Z');
  });

  it("takes a meta's time over a JSON-LD day without one, and the posting time over a <time> labelled as the update", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Review', name: 'A Headline', datePublished: '2024-03-12' });
    const review = extract(articlePage({ title: 'A Headline', head: `<script type="application/ld+json">${ld}</script><meta property="article:published_time" content="2024-03-12T08:15:00-05:00">`, body: PROSE }));
    expect(review.date?.toISOString()).toBe('2024-03-12T13:15:00.000Z');
    const stamps = '<p class="buzz-timestamp"><span class="buzz-timestamp__updated">Last updated on <time datetime="2015-08-05 11:01:00 -0400">August 5, 2015</time></span><br><span>Posted on <time datetime="2015-08-04 21:15:00 -0400">August 4, 2015</time></span></p>';
    expect(extract(articlePage({ title: 'A Headline', body: `${stamps}${PROSE}` })).date?.toISOString()).toBe('2015-08-05T01:15:00.000Z');
    const labelled = '<p><span>Updated: <time datetime="2015-08-05T11:01:00-04:00">Aug 5</time></span> <span>Published <time datetime="2015-08-04T21:15:00-04:00">Aug 4</time></span></p>';
    expect(extract(articlePage({ title: 'A Headline', body: `${labelled}${PROSE}` })).date?.toISOString()).toBe('2015-08-05T01:15:00.000Z');
  });

  it('takes the date a microformat or microdata element declares, then the day in the address', () => {
    const hatom = extract(articlePage({ title: 'A Headline', body: `<p class="meta">Posted on <abbr class="published" title="2016-12-06T12:06:00-08:00">December 6</abbr></p>${PROSE}` }));
    expect(hatom.date?.toISOString()).toBe('2016-12-06T20:06:00.000Z');
    const microdata = extract(articlePage({ title: 'A Headline', body: `<span itemprop="datePublished" content="2024-05-22T14:43:02+00:00">1 year ago</span>${PROSE}` }));
    expect(microdata.date?.toISOString()).toBe('2024-05-22T14:43:02.000Z');
    const filed = extract(articlePage({ title: 'A Headline', body: PROSE }), 'https://example.com/2024/03/05/a-headline/');
    expect(filed.date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(extract(articlePage({ title: 'A Headline', body: PROSE }), 'https://example.com/2024/13/05/a-headline/').date).toBeUndefined();
  });

  it("reads the day Chinese CMSs file an article under in its address, with the time a line at the page's head shows on that day", () => {
    const day = (url: string) => extract(articlePage({ title: 'A Headline', body: PROSE }), url).date?.toISOString();
    expect(day('https://example.cn/politics/20240305/abc123/c.html')).toBe('2024-03-05T00:00:00.000Z');
    expect(day('https://example.cn/n1/2024/0305/c1001-1.html')).toBe('2024-03-05T00:00:00.000Z');
    expect(day('https://example.cn/2024-03/05/c_1.htm')).toBe('2024-03-05T00:00:00.000Z');
    expect(day('https://example.cn/art/202403/t20240305_4567.html')).toBe('2024-03-05T00:00:00.000Z');
    // Tencent's article ids: the day, then a letter and the number of the day's article.
    expect(day('https://xw.example.com/cmsid/20240305A01ABC00')).toBe('2024-03-05T00:00:00.000Z');
    expect(day('https://example.com/rain/a/20240305A01ABC00.html')).toBe('2024-03-05T00:00:00.000Z');
    expect(day('https://example.com/id/20240305ABC')).toBeUndefined();
    expect(day('https://example.cn/id/20241234/')).toBeUndefined();
    // Xinhua's header: the year, the day and the time in spans of their own, far above the headline.
    const header = '<div class="header-time"><span class="year"><em> 2024</em></span><span class="day"><em> 03</em>/<em>05</em></span><span class="time"> 10:30:12</span></div><div>来源：新华网</div><div>分享：</div><a>微信</a><a>微博</a>';
    const xinhua = extract(`<html lang="zh-CN"><head><title>测试标题-新华网</title></head><body>${header}<h1>测试标题</h1>${PROSE}</body></html>`, 'https://example.cn/politics/20240305/abc123/c.html');
    expect(xinhua.date?.toISOString()).toBe('2024-03-05T02:30:12.000Z');
  });

  it('reads a numeric date day first on a page whose language writes it so, month first in US English', () => {
    const page = (lang: string) => pageIn(lang, '<p class="date">05/03/2024</p>');
    expect(extract(page('en-GB')).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(extract(page('fr')).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(extract(page('en-US')).date?.toISOString()).toBe('2024-05-03T00:00:00.000Z');
    expect(extract(page('en')).date?.toISOString()).toBe('2024-05-03T00:00:00.000Z');
    expect(extract(page('en-GB').replace('05/03/2024', '12/25/2024')).date?.toISOString()).toBe('2024-12-25T00:00:00.000Z');
  });

  it("reads a time the text shows in the zone of the page's language, and metadata without an offset as UTC", () => {
    const page = (head: string, meta: string) => pageIn('de-DE', `<p class="meta">${meta}</p>`, { title: 'Ein Titel', head });
    const shown = extract(page('', '5. März 2024, 23:30'));
    expect([shown.date?.toISOString(), shown.dateZone]).toEqual(['2024-03-05T22:30:00.000Z', 'Europe/Berlin']);
    const declared = extract(page('<meta property="article:published_time" content="2024-03-05T23:30:00">', ''));
    expect(declared.date?.toISOString()).toBe('2024-03-05T23:30:00.000Z');
    expect(extract(page('', '5. März 2024, 23:30').replace('de-DE', 'fr-CA')).date?.toISOString()).toBe('2024-03-05T23:30:00.000Z');
  });

  it('gives a dateline its zone abbreviation as the offset it shows, and reads "published" labels in any case', () => {
    const page = (meta: string) => articlePage({ title: 'A Headline', body: `<p class="meta">${meta}</p>${PROSE}` });
    const zoned = extract(page('Mar 5, 2024, 10:00 PM EST'));
    expect([zoned.date?.toISOString(), zoned.dateZone]).toEqual(['2024-03-06T03:00:00.000Z', '-05:00']);
    expect(extract(page('Last updated on March 9, 2024. Originally published March 5, 2024')).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });

  it("takes Yoast's card data 'Written by', the date metas of news and scholarly CMSs, and an article's dateCreated", () => {
    const card = extract(articlePage({ title: 'A Headline', head: '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="5 minutes">', body: PROSE }));
    expect(card.author).toBe('Jane Doe');
    for (const key of ['publish_date', 'publication_date', 'citation_publication_date', 'DCTERMS.issued']) {
      expect(extract(articlePage({ title: 'A Headline', head: `<meta name="${key}" content="2024-03-05">`, body: PROSE })).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    }
    // A date in digits alone (<meta name="pubdate" content="20240305">); eight digits in running text are no date.
    expect(extract(articlePage({ title: 'A Headline', head: '<meta name="pubdate" content="20240305">', body: PROSE })).date?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(extract(articlePage({ title: 'A Headline', body: `<p>Order 20240305</p>${PROSE}` })).date).toBeUndefined();
    const created = JSON.stringify({ '@type': 'NewsArticle', headline: 'A Headline', dateCreated: '2024-03-05T10:00:00Z' });
    expect(extract(articlePage({ title: 'A Headline', head: `<script type="application/ld+json">${created}</script>`, body: PROSE })).date?.toISOString()).toBe('2024-03-05T10:00:00.000Z');
  });

  it('takes OpenGraph and meta tags, without the site-name suffix', () => {
    const head = '<meta property="og:title" content="A Title - The Site"><meta property="og:site_name" content="The Site"><meta name="author" content="By Jane Roe"><meta property="article:published_time" content="2021-10-29"><meta name="twitter:image" content="//cdn.example.com/t.png">';
    const article = extract(articlePage({ title: 'ignored', head, body: PROSE }), 'https://example.com/a');
    expect(article).toMatchObject({ title: 'A Title', author: 'Jane Roe', siteName: 'The Site', image: 'https://cdn.example.com/t.png' });
    expect(article.date?.toUTCString()).toBe('Fri, 29 Oct 2021 00:00:00 GMT');
  });

  it('strips the site name from the <title> and falls back to the site name for the author', () => {
    const article = extract(articlePage({ title: '产业互联网的深逻辑 | 人人都是产品经理', head: '<meta property="og:site_name" content="人人都是产品经理">', body: PROSE }).replace(/<h1>.*?<\/h1>/, ''));
    expect(article.title).toBe('产业互联网的深逻辑');
    expect(article.author).toBe('人人都是产品经理');
  });

  it("names the site by its <title>'s last part where that is the domain's name, else by the host, for the author", () => {
    const page = (title: string) => extract(articlePage({ title, body: PROSE }).replace(/<h1>.*?<\/h1>/, ''), 'https://www.bestbuy.com/site/tv/6501.p').author;
    expect(page('Insignia 50-inch Class F30 Series LED 4K TV - Best Buy')).toBe('Best Buy');
    expect(page('Insignia 50-inch Class F30 Series LED 4K TV - Personally Tested')).toBe('bestbuy.com');
  });

  it('never takes a copyright notice as the author, but keeps a credential mark', () => {
    const byline = (line: string) => extract(articlePage({ title: 'T', body: `${PROSE}<div class="footer-byline">${line}</div>` })).byline;
    expect(byline('The Pennsylvania State University © 2025')).toBeUndefined();
    expect(byline('Copyright 2025 Example Media')).toBeUndefined();
    expect(byline('Rebecca Lake, CEPF®')).toBe('Rebecca Lake, CEPF®');
  });

  it("drops the weekday of the date glued after a byline's name ('Joe Wee Monday, February 29, 2016')", () => {
    const box = '<div class="article-author"><a href="/latest?author=joewee"><span>Joe Wee</span></a>&nbsp; <span> Monday, February 29, 2016 @ 3:00 PM</span></div>';
    expect(extract(articlePage({ title: 'T', body: `${box}${PROSE}` })).byline).toBe('Joe Wee');
  });

  it("never takes a comment form's name field as the author, and drops a credit's label in Russian", () => {
    const form = '<form id="commentform"><p class="comment-form-author"><label for="author">Nama (wajib)</label><input id="author" name="author"></p></form>';
    expect(extract(articlePage({ title: 'T', body: `${PROSE}${form}` })).byline).toBeUndefined();
    expect(extract(articlePage({ title: 'T', body: `<div itemprop="author">Текст: Венера Ерофеева</div>${PROSE}` })).byline).toBe('Венера Ерофеева');
  });

  it('never takes a URL or a date as the author', () => {
    const head = '<meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="2021-10-29">';
    const article = extract(articlePage({ title: 'T', head, body: `<p class="byline">作者：王小明</p>${PROSE}` }));
    expect(article.author).toBe('王小明');
  });
});

describe('a modification date', () => {
  it("takes the <time> the article shows as published over an article:modified_time meta, though the updated <time> comes first (GeneratePress'); the meta only when nothing else says", () => {
    const head = '<meta property="article:modified_time" content="2024-03-06T16:40:02+00:00">';
    const times = '<span class="posted-on"><time class="updated" datetime="2024-03-06T16:40:02+00:00" itemprop="dateModified">06/03/2024</time><time class="entry-date published" datetime="2024-03-05T09:12:33+00:00" itemprop="datePublished">05/03/2024</time></span>';
    expect(extract(pageIn('en-GB', times, { head })).date?.toISOString()).toBe('2024-03-05T09:12:33.000Z');
    expect(extract(pageIn('en-GB', '', { head })).date?.toISOString()).toBe('2024-03-06T16:40:02.000Z');
  });

  it("takes the creation date MkDocs' revision plugin shows at the page's foot, not the last update's beside it in a span named alike", () => {
    const span = (date: string) => `<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">${date}</span>`;
    const foot = `<div class="md-source-file"><small>Last update: ${span('March 3, 2024')}<br>Created: ${span('January 12, 2023')}</small></div>`;
    expect(extract(pageIn('en', `${PROSE}${foot}`)).date?.toISOString()).toBe('2023-01-12T00:00:00.000Z');
  });

  it('takes the dateline beside the headline over a modification meta, the only date declared, though it is hours later on the next day', () => {
    const head = '<meta property="article:modified_time" content="2024-03-06T14:02:17.551Z">';
    const dateline = '<div class="byline"><span class="byline-by">By Margaret Lin</span><span class="display-date">March 5, 2024 at 3:15 p.m. EST</span></div>';
    expect(extract(pageIn('en-US', `${dateline}${PROSE}`, { head })).date?.toISOString()).toBe('2024-03-05T20:15:00.000Z');
  });
});

describe('the dateline shown beside the title', () => {
  const ld = (datePublished: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'BlogPosting', headline: 'Short videos', datePublished })}</script>`;
  const page = (dateline: string, heading = 'Short videos') =>
    `<html><head><title>Short videos</title>${ld('2025-11-20T16:02:46Z')}</head><body><article><h1>${heading}</h1><div class="meta">${dateline}</div>${PROSE}</article></body></html>`;
  const day = (html: string) => extract(html).date?.toISOString().slice(0, 10);

  it('wins over metadata more than a day away from it (a template\'s or a re-publication\'s date)', () => {
    expect(day(page('May 14, 2025'))).toBe('2025-05-14');
    expect(day(page('Published on Apr 26, 2023'))).toBe('2023-04-26');
  });

  it('does not replace metadata when it is an update or a release, when it agrees, or beside another heading', () => {
    expect(day(page('Updated on November 18, 2024'))).toBe('2025-11-20');
    expect(day(page('Released: June 17, 2025 by Tor Books'))).toBe('2025-11-20');
    expect(day(page('November 20, 2025'))).toBe('2025-11-20');
    expect(day(page('May 14, 2025', 'Related posts'))).toBe('2025-11-20');
  });

  it("is found under the headline when a breadcrumb above shows the title first, and so is the name before it (ECShop's '陈茶师 / 2023-04-18')", () => {
    const html = `<html lang="zh-CN"><head><title>新茶怎么储存_茶叶知识_茗香园</title></head><body><div id="ur_here">当前位置: <a href=".">首页</a> &gt; <a href="cat">茶叶知识</a> &gt; 新茶怎么储存</div><h3><span>文章分类</span></h3><div class="tc"><font class="f5">新茶怎么储存</font><br><font class="f3">陈茶师 / 2023-04-18 16:05:11</font></div>${PROSE}</body></html>`;
    const article = extract(html);
    expect(article.date?.toISOString()).toBe('2023-04-18T08:05:11.000Z');
    expect(article.author).toBe('陈茶师');
  });

  it("takes the instant an element holds where it shows the time relative to now or without its year (界面's data-time, 搜狐's data-val)", () => {
    const page = (stamp: string) => `<html lang="zh"><head><title>标题</title></head><body><h1>标题</h1><div class="info">${stamp}</div>${PROSE}</body></html>`;
    expect(extract(page('<span class="date" data-time="1711442520">2小时前</span>')).date?.toISOString()).toBe('2024-03-26T08:42:00.000Z');
    expect(extract(page('<time class="time" data-val="1710164160000">03-11 21:36</time>')).date?.toISOString()).toBe('2024-03-11T13:36:00.000Z');
  });

  it("reads a day that a count runs into from the next element ('2023-05-16' then '1,024' views)", () => {
    const html = `<html lang="zh"><head><title>关于胶片相机</title></head><body><h1>关于胶片相机</h1><div><a href="/authors/shanye">山野</a></div><div class="flex gap-2"><span>2023-05-16</span><span class="inline-flex"><span class="i-tabler-eye"></span>1,024</span></div>${PROSE}</body></html>`;
    expect(extract(html).date?.toISOString()).toBe('2023-05-16T00:00:00.000Z');
  });

  it("is never a forum member's profile date beside the post ('Joined' over 'Nov 4, 2011')", () => {
    const thread = (head: string) => `<html><head><title>EUV question</title>${head}</head><body><h1>EUV question</h1><span>Thread starter beijingwalker</span><dl><dt>Joined</dt><dd>Nov 4, 2011</dd><dt>Messages</dt><dd>65,334</dd></dl><time datetime="2025-12-19T04:25:00+0800">Yesterday at 4:25 AM</time>${PROSE}</body></html>`;
    expect(extract(thread('')).date?.toISOString()).toBe('2025-12-18T20:25:00.000Z');
    expect(extract(thread('').replace(/<time[^>]*>[^<]*<\/time>/, '')).date).toBeUndefined();
  });

  it("is never the date a writer joined, in the card that shows on hovering the byline (dev.to's profile-preview-card)", () => {
    const card = '<div class="profile-preview-card__content"><ul><li><div class="key">Location</div><div class="value">Lisbon</div></li><li><div class="key">Joined</div><div class="value"><time datetime="2019-09-12T10:21:43Z" class="date">Sep 12, 2019</time></div></li></ul></div>';
    const html = `<html><head><title>Linux on a laptop</title></head><body><header><div class="byline"><a href="/ana">Ana</a>${card}<p>Posted on <time datetime="2023-07-04T06:48:21Z">Jul 4 '23</time></p></div><h1>Linux on a laptop</h1></header>${PROSE}</body></html>`;
    expect(extract(html).date?.toISOString()).toBe('2023-07-04T06:48:21.000Z');
  });

  it('agrees with metadata that gives the same day when its digits, both able to be a month, are read day first (06/02 as February 6)', () => {
    expect(day(page('20/11/2025 - 17:02'))).toBe('2025-11-20');
    expect(day(page('发表时间： 11/20/2025 - 17:02'))).toBe('2025-11-20');
    const dayFirst = `<html><head><title>Short videos</title>${ld('2022-02-06T12:48:06+00:00')}</head><body><article><h1>Short videos</h1><div class="meta">发表时间： 06/02/2022 - 13:48</div>${PROSE}</article></body></html>`;
    expect(extract(dayFirst).date?.toISOString()).toBe('2022-02-06T12:48:06.000Z');
  });
});

describe('parseDate', () => {
  it.each([
    ['2021-10-29', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['2021-10-29T08:30:00Z', 'Fri, 29 Oct 2021 08:30:00 GMT'],
    ['2021-10-29T08:30:00+08:00', 'Fri, 29 Oct 2021 00:30:00 GMT'],
    // An offset's hour in one digit (the Washington Post's "-500").
    ['2016-11-03T21:15-500', 'Fri, 04 Nov 2016 02:15:00 GMT'],
    ['2021-10-29 08:30', 'Fri, 29 Oct 2021 08:30:00 GMT'],
    ['2021年10月29日 08:30', 'Fri, 29 Oct 2021 08:30:00 GMT'],
    ['2005-5-7 21:23:57', 'Sat, 07 May 2005 21:23:57 GMT'],
    ['2021/10/29', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['Fri, 29 Oct 2021 10:00:00 +0200', 'Fri, 29 Oct 2021 08:00:00 GMT'],
    ['October 29, 2021', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['29 Oct 2021', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['29. Oktober 2021', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['3. März 2021 um 14:30', 'Wed, 03 Mar 2021 14:30:00 GMT'],
    ['5 mars 2024 à 10h30', 'Tue, 05 Mar 2024 10:30:00 GMT'],
    ['29 octobre 2021', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['29 de octubre de 2021', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['29 de outubro de 2021', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['29 ottobre 2021', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['5 maart 2021', 'Fri, 05 Mar 2021 00:00:00 GMT'],
    ['29 października 2021', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['29 октября 2021 г.', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['29 Ekim 2021', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['2021년 10월 29일', 'Fri, 29 Oct 2021 00:00:00 GMT'],
    ['29.10.2021 08:30', 'Fri, 29 Oct 2021 08:30:00 GMT'],
    ['Mar 5, 2024, 10:00 PM EST', 'Wed, 06 Mar 2024 03:00:00 GMT'],
    ['March 5, 2024 10:00 AM ET', 'Tue, 05 Mar 2024 15:00:00 GMT'],
    ['July 5, 2024 10:00 AM ET', 'Fri, 05 Jul 2024 14:00:00 GMT'],
    ['5 March 2024 10:00 (CET)', 'Tue, 05 Mar 2024 09:00:00 GMT'],
    ['5 mars 2024 10:00 et', 'Tue, 05 Mar 2024 10:00:00 GMT'],
    ['Updated 10:00 AM EST, Tue March 5, 2024', 'Tue, 05 Mar 2024 15:00:00 GMT'],
    ['Published 11:11 PM EST Nov 19, 2019', 'Wed, 20 Nov 2019 04:11:00 GMT'],
    ['14:30, 5 March 2024', 'Tue, 05 Mar 2024 14:30:00 GMT'],
    ['Tue, 03/05/2024 - 10:00', 'Tue, 05 Mar 2024 10:00:00 GMT'],
    ['114-05-26', 'Mon, 26 May 2025 00:00:00 GMT'],
    ['民國114年5月26日', 'Mon, 26 May 2025 00:00:00 GMT'],
    ['發布日期：114/03/12 09:30', 'Wed, 12 Mar 2025 09:30:00 GMT'],
    ['中華民國100年3月7日 星期一', 'Mon, 07 Mar 2011 00:00:00 GMT'],
    // Chinese numerals: the year digit by digit, the month and the day counted in tens.
    ['二〇二五年三月七日', 'Fri, 07 Mar 2025 00:00:00 GMT'],
    ['二〇二四年十二月三十一日', 'Tue, 31 Dec 2024 00:00:00 GMT'],
    ['二零一九年十月二十日', 'Sun, 20 Oct 2019 00:00:00 GMT'],
  ])('%s', (text, expected) => {
    expect(parseDate(text)?.toUTCString()).toBe(expected);
  });

  it('rejects what is not a date', () => {
    expect(parseDate('2021-13-45')).toBeUndefined();
    expect(parseDate('yesterday')).toBeUndefined();
    // Words that open like a month's name are not one: "designs" (des, December), "generators" (gen, January).
    expect(parseDate('Top 10 designs 2021')).toBeUndefined();
    expect(parseDate('The 5 generators 2021 buyers liked')).toBeUndefined();
    expect(parseDate('version 1.2.2021.4')).toBeUndefined();
    // Three digits before a month and day are a Minguo year only standing alone: not a part number or an address's.
    expect(parseDate('ISBN 978-114-05-26')).toBeUndefined();
    expect(parseDate('version 1.114.05.26')).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw='],
    ['/img/blank.gif'],
    [''],
  ])('never takes %j as the cover: the first body image instead', (cover) => {
    const head = `<meta property="og:image" content="${cover}">`;
    const article = extract(articlePage({ title: 'Covers', head, body: `${PROSE}<p><img src="/img/real.jpg" alt="real"></p>` }), 'https://example.com/a');
    expect(article.image).toBe('https://example.com/img/real.jpg');
  });

  it.each([
    ['March 3, 2019 at 9:15 am', 'Sun, 03 Mar 2019 09:15:00 GMT'],
    ['Published on 3 March 2019', 'Sun, 03 Mar 2019 00:00:00 GMT'],
    ['Posted @ 2019-03-03 21:05', 'Sun, 03 Mar 2019 21:05:00 GMT'],
  ])('reads a date written beside the headline: %j', (line, expected) => {
    const article = extract(`<html><head><title>Words</title></head><body><h1>Words</h1><div class="meta">${line}</div>${PROSE}</body></html>`);
    expect(article.date?.toUTCString()).toBe(expected);
  });

  it("keeps the offset a date's text states, as the zone the page shows it in", () => {
    const head = '<meta property="article:published_time" content="2025-12-19T00:30:00+05:30">';
    const article = extract(articlePage({ title: 'Offsets', head, body: PROSE }), 'https://example.com/a');
    expect(article.date?.toISOString()).toBe('2025-12-18T19:00:00.000Z');
    expect(article.dateZone).toBe('+05:30');
  });

  it('takes the zone a UTC date is shown in from a <time> for the same instant', () => {
    const head = '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">';
    const body = `<time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time>${PROSE}<time datetime="2025-12-19T16:35:00-08:00">a comment</time>`;
    const article = extract(articlePage({ title: 'Zones', head, body }), 'https://example.com/a');
    expect(article.date?.toISOString()).toBe('2025-12-19T03:05:00.000Z');
    expect(article.dateZone).toBe('-08:00');
  });

  it.each([
    ['<meta property="article:published_time" content="2021-10-29">', true],
    ['<meta property="article:published_time" content="2021-10-29T08:30:00+08:00">', undefined],
    ['<meta property="article:published_time" content="Fri, 29 Oct 2021 08:30:00 GMT">', undefined],
  ])('marks a date without a time of day as a calendar day: %s', (head, dateOnly) => {
    expect(extract(articlePage({ title: 'Days', head, body: PROSE })).dateOnly).toBe(dateOnly);
  });

  it.each([
    ['发布时间：2021-10-29', true],
    ['发布时间：2021-10-29 08:30', undefined],
  ])('marks a day written in the text the same way: %j', (line, dateOnly) => {
    const article = extract(`<html><head><title>Words</title></head><body><h1>Words</h1><div class="meta">${line}</div>${PROSE}</body></html>`);
    expect(article.dateOnly).toBe(dateOnly);
  });

  it("reads every writer a Chinese credit line lists after 作者 and a space (中新社's '作者 林书瑶 郭晓川'), where the meta names the first", () => {
    const article = extract(pageIn('zh-CN', '<p>作者 林书瑶 郭晓川</p>', { title: '夜游博物馆走红', head: '<meta name="author" content="林书瑶">' }));
    expect(article.author).toBe('林书瑶, 郭晓川');
  });

  it("takes the writer a repost's note credits over the account it came from (虎嗅's '本文来自微信公众号：…，作者：何一帆')", () => {
    const note = '<p>本文来自微信公众号：<a href="https://mp.weixin.qq.com/s/x">商业观察笔记 （ID：shangyeguancha）</a>，作者：何一帆，编辑：唐宁，题图来自：视觉中国</p>';
    const article = extract(pageIn('zh-CN', note, { title: '县城咖啡，正在被连锁品牌重新定价', head: '<meta property="article:author" content="商业观察笔记">' }));
    expect(article.author).toBe('何一帆');
  });

  it("keeps the writers a JSON-LD lists over a related story's byline further down (AP's 'By JOHN PARRISH' in its promos)", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Rural hospitals brace for Medicaid cuts', author: ['Maria Delgado', 'Tom Kessler', 'Rebecca Han'].map((name) => ({ '@type': 'Person', name })) });
    const related = '<div class="PageList"><div class="PagePromo"><div class="PagePromo-title"><a href="/b">States drop millions from Medicaid</a></div><div class="PagePromo-byline">By JOHN PARRISH</div></div></div>';
    const page = `<html><head><title>Rural hospitals brace for Medicaid cuts</title><script type="application/ld+json">${ld}</script></head><body><h1>Rural hospitals in three states brace for Medicaid cuts</h1><article>${PROSE}</article>${related}</body></html>`;
    expect(extract(page).author).toBe('Maria Delgado, Tom Kessler, Rebecca Han');
  });

  it("drops the site's name run on after the writer's, no comma between (TownNews' 'Dana Whitfield Tulsa World')", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A Headline', author: { '@type': 'Person', name: 'Dana Whitfield Tulsa World' } });
    const article = extract(pageIn('en', '', { head: `<meta property="og:site_name" content="Tulsa World"><script type="application/ld+json">${ld}</script>` }));
    expect(article.author).toBe('Dana Whitfield');
  });

  it("takes the byline's writer over a site-wide meta author when a note in the text calls the writer a guest", () => {
    const byline = '<p class="post-meta"><span class="posted-by vcard author"> By <a href="/author/mellison/" rel="author"><span class="author-name">Margaret Ellison</span></a></span></p>';
    const note = '<p><em>Guest post. Margaret Ellison volunteers with the Golcar Historical Society and has traced the weavers of the upper village.</em></p>';
    const article = extract(pageIn('en', byline + note, { head: '<meta name="author" content="David Pryce">' }));
    expect(article.author).toBe('Margaret Ellison');
  });

  it("keeps the JSON-LD's person: the <h1> showing the title is the headline, not a later heading with a name and a date under it (Medium's responses)", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'The checkbox that cost us sign-ups', author: { '@type': 'Person', name: 'Tomás Ferreira' } });
    const page = `<html lang="en"><head><title>The checkbox that cost us sign-ups | by Tomás Ferreira | Mar, 2025 | UX Collective</title><script type="application/ld+json">${ld}</script></head><body><article><h1>The checkbox that cost us sign-ups</h1><p><a href="https://medium.com/@tomasferreira">Tomás Ferreira</a></p>${PROSE.repeat(4)}</article><div><h2>Responses (24)</h2><div><p>Hannah K.</p><p><span>Mar 19, 2025</span></p><p>The red explanatory text is such a classic.</p></div></div></body></html>`;
    expect(extract(page).author).toBe('Tomás Ferreira');
  });

  it("reads a byline closed by a full stop whole (Ouest-France's 'Par Camille Le Goff.')", () => {
    const article = extract(pageIn('fr', '<p><span>Par</span> <a href="/auteurs/camille-le-goff/" rel="author">Camille Le Goff</a><span>.</span></p>', { title: 'Un titre' }));
    expect(article.author).toBe('Camille Le Goff');
  });

  it("keeps a JSON-LD author that Medium's <title> names after 'by' (… | by Tomás Ferreira | Mar, 2025 | UX Collective): a byline, no site's name", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'The checkbox that cost us sign-ups', author: { '@type': 'Person', name: 'Tomás Ferreira' } });
    const responses = '<div class="responses"><div class="response"><a class="author-name" href="/@hannahk">Hannah K.</a><p>The red explanatory text is such a classic.</p></div></div>';
    const page = `<html lang="en"><head><title>The checkbox that cost us sign-ups | by Tomás Ferreira | Mar, 2025 | UX Collective</title><script type="application/ld+json">${ld}</script></head><body><article><h1>The checkbox that cost us sign-ups</h1>${PROSE}</article>${responses}</body></html>`;
    expect(extract(page).author).toBe('Tomás Ferreira');
  });

  it("reads a credit line's writer without the font-size links after it ('作者：记者 柴宇航　大 中 小')", () => {
    const line = '<div class="source">2011-04-15 02:28:00　来源：北京青年报　作者：记者 柴宇航　<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></div>';
    expect(extract(pageIn('zh-CN', line, { title: '玉渊潭樱花进入盛花期' })).author).toBe('柴宇航');
  });

  it("takes the writer a Chinese text credits ('文 | 周乔') over a meta author naming an account that is no person's ('县城观察室', a 大鱼号's); a person's name in the meta stays", () => {
    const page = (author: string) => extract(`<html lang="zh-CN"><head><title>县城咖啡馆开到第三年</title><meta name="author" content="${author}"></head><body><div class="wm-name">${author}</div><article><h1>县城咖啡馆开到第三年</h1><p>文 | 周乔</p>${PROSE}</article></body></html>`).author;
    expect(page('县城观察室')).toBe('周乔');
    expect(page('周乔')).toBe('周乔');
  });

  it("never reads the author of a story in a row of cards alike beside the one shown (a feed's 'note-item', 小红书's): the shown note's poster", () => {
    const card = (title: string, name: string) => `<section class="note-item"><div class="footer"><a class="title" href="/explore/${title.length}"><span>${title}</span></a><div class="author-wrapper"><a class="author" href="/user/profile/${name.length}"><span class="name">${name}</span></a><span class="count">1.2万</span></div></div></section>`;
    const feed = `<div class="feeds-container">${card('香港一日游超详细路线，不走回头路', '旅行的小橙子')}${card('M+博物馆必看的5件展品', '看展的阿杰')}</div>`;
    const note = `<div id="noteContainer"><div class="author-container"><a href="/user/profile/63b2c1a0" class="name"><span class="username">是阿柚呀</span></a></div><div class="note-content"><div id="detail-title" class="title">三天两晚香港看展</div>${PROSE}</div></div>`;
    const page = `<html lang="zh-CN"><head><title>三天两晚香港看展 - 小红书</title></head><body>${feed}${note}</body></html>`;
    expect(extract(page).author).toBe('是阿柚呀');
  });

  it("reads a writer after a dot or a bullet following the label ('撰文‧吳佳蓉　攝影‧陳建宏', '报道●陈丽娟　摄影●黄国伟'), never the photographer after", () => {
    const page = (credit: string) => extract(`<html lang="zh-TW"><head><title>茶園的第三代</title></head><body><h2>茶園的第三代</h2><div>(2009-06-15)</div><div><b>${credit}</b></div><div class="content">${PROSE}</div></body></html>`).author;
    expect(page('撰文‧吳佳蓉　攝影‧陳建宏')).toBe('吳佳蓉');
    expect(page('报道●陈丽娟　摄影●黄国伟')).toBe('陈丽娟');
  });

  it("reads the writer without the outlet's name a credit sets before it ('作者：第一财经 赵书涵'), not as a second writer", () => {
    const page = `<html lang="zh-CN"><head><title>新能源车下乡 - 第一财经</title><meta property="og:site_name" content="第一财经"></head><body><article><h1>新能源车下乡</h1><div class="m-title"><em>作者：<a href="https://www.yicai.com/author/zhaoshuhan/">第一财经 赵书涵</a></em></div>${PROSE}</article><div class="m-tags"><span>文章作者</span><a href="https://www.yicai.com/author/zhaoshuhan/" class="u-author"><em>赵书涵</em></a></div></body></html>`;
    expect(extract(page).author).toBe('赵书涵');
  });

  it("lists the co-author a writer's credit names beside the JSON-LD's one, though the co-author took the pictures too ('文／上下游記者鄭雅文、吳宗翰　圖／吳宗翰')", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '嘉南平原的水', author: { '@type': 'Person', name: '鄭雅文' } });
    const page = `<html lang="zh-TW"><head><title>嘉南平原的水</title><script type="application/ld+json">${ld}</script></head><body><article><h1>嘉南平原的水</h1><span class="byline">作者 <span class="author vcard"><a href="/blog/author/yawen/">鄭雅文</a></span></span><p><strong>文／上下游記者鄭雅文、吳宗翰　圖／吳宗翰</strong></p>${PROSE}</article></body></html>`;
    expect(extract(page).author).toBe('鄭雅文、吳宗翰');
  });

  it("reads a community's poster from their profile link named user-name, never the '修改于' (edited at) beside their time (雪球)", () => {
    const header = '<div class="avatar__wrap"><a href="/u/2984410765" class="avatar"><img src="/a.png" alt="岭南老陈"></a><div><a class="user-name" href="/u/2984410765">岭南老陈</a><div><a class="time" href="/2984410765/325560118">修改于2025-03-21 22:37</a><span class="source">· 来自雪球</span></div></div></div>';
    const page = `<html lang="zh-CN"><head><title>红利资产我只配三成 - 雪球</title><meta property="og:site_name" content="雪球"></head><body><article>${header}<h1>红利资产我只配三成</h1>${PROSE}</article><div class="comments"><div class="comment"><a class="user-name" href="/u/1">球友甲</a><p>写得好</p></div></div></body></html>`;
    expect(extract(page).author).toBe('岭南老陈');
  });

  it("takes the lone <h1> over the part of a <title> the page shows nowhere and that holds none of it (an old paper's site names)", () => {
    const page = (title: string, h1: string, url: string) => extract(`<html><head><title>${title}</title></head><body><h1>${h1}</h1><article>${PROSE}</article></body></html>`, url).title;
    expect(page('明報新聞網 - 每日明報 daily news', '搶包山決賽 新人奪包山王', 'https://news.mingpao.com/daily/gaa1.htm')).toBe('搶包山決賽 新人奪包山王');
    expect(page('RESTAURANT Definition &amp; Meaning | Dictionary.com', 'restaurant', 'https://www.dictionary.com/browse/restaurant')).toBe('RESTAURANT Definition & Meaning');
  });

  it("reads no byline from a column of links in a cell named author (a sidebar's '第252期（2008年12月）', its stories), and reads '文‧圖／' as a writer's label", () => {
    const side = '<td class="author">‧<a href="n252.htm">第252期（2008年12月）</a><br>‧<a href="n251.htm">第251期（2008年11月）</a><br>‧<a href="n250.htm">第250期（2008年10月）</a></td>';
    const news = '<td class="author">‧<a href="/news/1.htm">植物園熱帶雨林溫室延長開放</a><br>‧<a href="/news/2.htm">「恐龍特展」寒假加開夜間場</a><br>‧<a href="/news/3.htm">地球環境廳部分展區整修公告</a></td>';
    const page = `<html lang="zh-TW"><head><title>國立自然科學博物館-科博館訊</title></head><body><table><tr>${side}</tr><tr>${news}</tr></table><table><tr><td class="title">寒冬裡的紅燈籠：臺灣欒樹的果實為何久久不落</td></tr><tr><td class="author">文‧圖／林怡君（植物學組）　　發佈日期：2008/12/05</td></tr><tr><td>${PROSE}</td></tr></table></body></html>`;
    expect(extract(page).author).toBe('林怡君');
  });

  it("takes the story's headline over a <title> of names alone, the site's and its section's ('香港電台網站 : 新聞', '星島日報 Sing Tao Daily - 港聞'), never a sidebar's titled section name", () => {
    const side = '<table><tr><td class="leftTitle"><b>本地新聞</b></td></tr><tr><td><a href="/local/">本地新聞</a></td></tr></table>';
    const page = (title: string, headline: string) => extract(`<html lang="zh-HK"><head><title>${title}</title></head><body>${side}<table><tr>${headline}</tr><tr><td>${PROSE}</td></tr></table></body></html>`).title;
    expect(page('香港電台網站 : 新聞', '<td class="newsTitle"><font size="4"><b>渡輪公司測試電動渡輪 料明年初載客試航</b></font></td>')).toBe('渡輪公司測試電動渡輪 料明年初載客試航');
    expect(page('星島日報 Sing Tao Daily - 港聞', '<td><div class="news_title"><h1>天水圍長者日間護理 增六十名額</h1></div></td>')).toBe('天水圍長者日間護理 增六十名額');
    expect(page('中央研究院週報', '<td class="ntitle">珊瑚礁魚類的「夜班」：研究揭示夜行性魚群的覓食路線</td>')).toBe('珊瑚礁魚類的「夜班」：研究揭示夜行性魚群的覓食路線');
  });

  it("takes an event's name the <h1> shows, without the day and time the <title> adds after a comma", () => {
    const title = 'Automations That Survive a Power Cut: Home Assistant Night, Thu, Mar 20, 2025, 6:30 PM | Meetup';
    const event = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Automations That Survive a Power Cut: Home Assistant Night","startDate":"2025-03-20T18:30:00-07:00"}</script>';
    const page = `<html lang="en"><head><title>${title}</title><meta property="og:title" content="${title}">${event}</head><body><main><h1 class="text-3xl font-bold">Automations That Survive a Power Cut: Home Assistant Night</h1>${PROSE}</main></body></html>`;
    expect(extract(page).title).toBe('Automations That Survive a Power Cut: Home Assistant Night');
  });

  it("takes the <h1> over a single-page app's <title> of every page, its site's name (its logo's route home, '#/zh-CN') and tagline", () => {
    const title = 'Vant 4 - 轻量、可定制的移动端组件库';
    const page = `<html lang="zh-CN"><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><div class="van-doc-header"><a class="van-doc-header__logo" href="#/zh-CN"><img src="/logo.png" alt=""><span>Vant 4</span></a></div><div class="van-doc-content"><h1>Button 按钮</h1>${PROSE}</div></body></html>`;
    expect(extract(page).title).toBe('Button 按钮');
  });

  it("takes the story's headline over a <title> that is the site's Chinese name with its English one ('蘋果日報 Apple Daily'), and a titled headline's sentence over a sidebar's box named as a title ('往期報章')", () => {
    const page = (title: string, body: string) => extract(`<html lang="zh-HK"><head><title>${title}</title></head><body>${body}<table><tr><td>${PROSE}</td></tr></table></body></html>`).title;
    expect(page('蘋果日報 Apple Daily', '<div class="leftTitle">今日港聞</div><h1 id="articleTitle">屋苑管理費半年兩度加價　業主不滿</h1>')).toBe('屋苑管理費半年兩度加價\u3000業主不滿');
    expect(page('香港社區藝術協會 Hong Kong Community Arts Association', '<p class="circular_title"><font size="4"><b>「牆上的街坊」社區壁畫工作坊　誠邀會員參與</b></font></p>')).toBe('「牆上的街坊」社區壁畫工作坊\u3000誠邀會員參與');
    const side = '<table><tr><td class="left_tit">港聞</td></tr><tr><td><a href="/hk/">港聞</a></td></tr><tr><td class="left_tit">往期報章</td></tr></table>';
    expect(page('香港文匯報 - 港聞', `${side}<table><tr><td class="title"><span class="tit">康文署暑期游泳班網上報名首日逼爆</span></td></tr></table>`)).toBe('康文署暑期游泳班網上報名首日逼爆');
  });

  it("cuts a Taiwanese blog's name after '@' from the headline its heading shows ('…@慢慢走|PChome 個人新聞台') and reads its owner after '台長：'", () => {
    const page = `<html lang="zh-TW"><head><title>在外婆家曬蘿蔔乾的那個冬天@慢慢走|PChome 個人新聞台</title></head><body><h1 class="station_title"><a href="http://mypaper.pchome.com.tw/ashutree">慢慢走</a></h1><div class="article_title"><h2><a href="/ashutree/post/1311482956">在外婆家曬蘿蔔乾的那個冬天</a></h2></div><div class="article_content">${PROSE}</div><p class="owner">台長：<a href="/ashutree/about">阿樹</a></p></body></html>`;
    const article = extract(page);
    expect([article.title, article.author]).toEqual(['在外婆家曬蘿蔔乾的那個冬天', '阿樹']);
  });

  it("cuts a Chinese site's name and its slogan after it from a <title> ('…-职场人生-水木社区-源于清华的高知社群'), the board's name before them too", () => {
    const page = `<html lang="zh-CN"><head><title>在北京工作十年后回老家县城，说说这一年的真实感受-职场人生-水木社区-源于清华的高知社群</title></head><body><div class="content">${PROSE}</div></body></html>`;
    expect(extract(page).title).toBe('在北京工作十年后回老家县城，说说这一年的真实感受');
  });

  it("takes an old template's headline set in a large font (`<font size=\"4\"><b>`) over a <title> of the site's and section's names, and after ' -- ' parts ('新明日报 -- 新闻 -- …')", () => {
    const page = (title: string, headline: string) => extract(`<html lang="zh-TW"><head><title>${title}</title></head><body><table><tr><td class="lefttitle">新聞中心</td></tr><tr><td><a href="/news/">校園新聞</a></td></tr></table><table><tr><td align="center">${headline}</td></tr><tr><td>${PROSE}</td></tr></table></body></html>`).title;
    expect(page('國立嘉濱大學 - 校園新聞', '<font size="4" color="#1f4e79"><b>嘉濱大學與在地國小合作 大學生課後陪讀滿週年</b></font>')).toBe('嘉濱大學與在地國小合作 大學生課後陪讀滿週年');
    expect(page('新明日报 -- 新闻 -- 组屋楼下咖啡店易主 老顾客：咖啡涨价两毛', '<font size="5"><b>组屋楼下咖啡店易主 老顾客：咖啡涨价两毛</b></font>')).toBe('组屋楼下咖啡店易主 老顾客：咖啡涨价两毛');
  });

  it("takes the headline an element named as a title shows over a Dublin Core title that is the site's name, a part of the <title> ('經濟部全球資訊網' of '經濟部全球資訊網-本部新聞')", () => {
    const page = `<html lang="zh-TW"><head><title>經濟部全球資訊網-本部新聞</title><meta name="DC.Title" content="經濟部全球資訊網"></head><body><div class="leftmenu_title">新聞與公告</div><table><tr><td><span id="lblTitle" class="news_title">經濟部輔導傳統產業節能減碳 首批示範工廠年省電費逾億元</span></td></tr><tr><td>${PROSE}</td></tr></table></body></html>`;
    expect(extract(page).title).toBe('經濟部輔導傳統產業節能減碳 首批示範工廠年省電費逾億元');
  });

  it("reads a blog host's blog name, not the post's headline, from its <h1> named blogtitle ('阿緯的散步地圖 :: 無名小站') or a linked <h1> the <title> names after the headline", () => {
    const wretch = `<html lang="zh-TW"><head><title>阿緯的散步地圖 :: 無名小站</title></head><body><h1 id="blogtitle"><a href="http://www.wretch.cc/blog/awei0816">阿緯的散步地圖</a></h1><div class="innertext"><h3 class="title"><a href="/blog/awei0816/14728563">【台南】神農街的夏夜，一碗冬瓜茶的時間</a></h3>${PROSE}</div></body></html>`;
    expect(extract(wretch).title).toBe('【台南】神農街的夏夜，一碗冬瓜茶的時間');
    const yam = `<html lang="zh-TW"><head><title>阿嬤的菜脯蛋 - 貓小姐的廚房筆記 - yam天空部落</title></head><body><h1><a href="http://blog.yam.com/misscat">貓小姐的廚房筆記</a></h1><div class="post_header"><h2 class="post_title"><a href="/misscat/article/27413098">阿嬤的菜脯蛋</a></h2></div><div class="post_content">${PROSE}</div></body></html>`;
    expect(extract(yam).title).toBe('阿嬤的菜脯蛋');
  });

  it("reads the site's name from an og:site_name that repeats the whole <title> as its last part: the headline is no site's name", () => {
    const page = `<html lang="en"><head><title>How to Design a Website: a Complete Guide for 2026 | Clay</title><meta property="og:site_name" content="How to Design a Website: a Complete Guide for 2026 | Clay"><meta property="og:title" content="How to Design a Website: a Complete Guide for 2026 | Clay"></head><body><article><h1 class="ArticleHead_Title__OCkQm">How to Design a Website: a Complete Guide for 2026</h1><h2 class="Heading_Title">Introduction to Web Design</h2>${PROSE}</article></body></html>`;
    const article = extract(page);
    expect([article.title, article.siteName]).toEqual(['How to Design a Website: a Complete Guide for 2026', 'Clay']);
  });

  it("reads no writer from a place after a slash ('林佳穎／台北'), a host's disclaimer ('博客内容由用户自行发布') or a blog software's team in the meta author", () => {
    const digitimes = `<html lang="zh-TW"><head><title>面板廠調整產能</title></head><body><h1>面板廠調整產能</h1><div class="news_info"><span class="news_author">林佳穎／台北</span></div>${PROSE}</body></html>`;
    expect(extract(digitimes).author).toBe('林佳穎');
    const bokee = `<html lang="zh-CN"><head><title>雨中去了一趟西塘</title></head><body><h2>雨中去了一趟西塘</h2><div class="content">${PROSE}</div><div id="footer"><p>博客内容由用户自行发布，不代表博客网立场</p></div></body></html>`;
    expect(extract(bokee).author).toBeUndefined();
    const uchome = `<html lang="zh-CN"><head><title>山村小学的一天</title><meta name="author" content="UCenter Home Team and Comsenz UI Team"></head><body><h1>山村小学的一天</h1>${PROSE}<p class="copyright">Powered by <a href="http://u.discuz.net"><strong>UCenter Home</strong></a> 2.0</p></body></html>`;
    expect(extract(uchome).author).toBeUndefined();
  });

  it("reads no headline from an <h1> named logo (DokuWiki's, its wiki's name and the link's title): the page's <h1> words the <title>'s page id ('infra:grafana-proxy [Lab Wiki]')", () => {
    const page = `<html lang="en"><head><title>infra:grafana-proxy [Lab Wiki]</title></head><body><header><h1 class="logo"><a href="/doku.php?id=start" accesskey="h" title="Home [h]"><img width="64" height="64" src="/lib/tpl/dokuwiki/images/logo.png" alt="" /><span>Lab Wiki</span></a></h1><p class="claim">Institute for Soil Physics &mdash; internal documentation</p></header><div class="page"><h1 class="sectionedit1" id="reverse_proxy_for_grafana">Reverse proxy for Grafana</h1>${PROSE}</div></body></html>`;
    expect(extract(page).title).toBe('Reverse proxy for Grafana');
  });

  it("takes an article's <h1> named as its headline over a shorter og:title or JSON-LD headline worded otherwise (a line for search results); a bare <h1> leaves the metadata's", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Octopuses ‘taste’ crabs before they pounce' });
    const page = (h1: string) => extract(`<html lang="en"><head><title>Octopuses ‘taste’ crabs before they pounce | Science News</title><meta property="og:title" content="Octopuses ‘taste’ crabs before they pounce"><script type="application/ld+json">${ld}</script></head><body><article><header>${h1}</header>${PROSE}</article></body></html>`).title;
    expect(page('<h1 class="header-default__title___ychvL">An octopus can taste a hidden crab before it ever sees it</h1>')).toBe('An octopus can taste a hidden crab before it ever sees it');
    expect(page('<h1 class="page-title"><span class="field field--name-title">An octopus can taste a hidden crab before it ever sees it</span></h1>')).toBe('An octopus can taste a hidden crab before it ever sees it');
    expect(page('<h1>An octopus can taste a hidden crab before it ever sees it</h1>')).toBe('Octopuses ‘taste’ crabs before they pounce');
  });

  it("takes an article's <h1> named as its headline over a longer og:title or JSON-LD headline written for search; not one that is a link to another page's story", () => {
    const seo = 'Auckland ferries: Electric ferry build delayed again, Auckland Transport confirms';
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: seo });
    const page = (h1: string) => extract(`<html lang="en"><head><title>${seo} - NZ Herald</title><meta property="og:title" content="${seo}"><script type="application/ld+json">${ld}</script></head><body><article><header>${h1}</header>${PROSE}</article></body></html>`).title;
    expect(page('<h1 class="article__heading">Auckland’s ferry fleet upgrade stalls as builder seeks more time</h1>')).toBe('Auckland’s ferry fleet upgrade stalls as builder seeks more time');
    expect(page('<h1 itemprop="headline" class="headline"><a href="https://elsewhere.example.org/2019/11/17/reindeer/">Why Don’t You Go Fight For The Reindeer?</a></h1>')).toBe(seo);
    expect(page('<h1>Auckland’s ferry fleet upgrade stalls as builder seeks more time</h1>')).toBe(seo);
  });

  it("takes an article's <h1> named as its headline by a data attribute or a newsroom's 'Hed' over a JSON-LD headline worded otherwise (Hearst's data-theme-key, Condé Nast's ContentHeaderHed)", () => {
    const seo = 'Gravity Battery in Old Scottish Coal Mine Could Power 4,000 Homes';
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: seo });
    const page = (h1: string) => extract(`<html lang="en"><head><title>${seo}</title><script type="application/ld+json">${ld}</script></head><body><article><header>${h1}</header>${PROSE}</article></body></html>`).title;
    expect(page('<h1 class="css-1n2x5x5 e1n2x5x50" data-theme-key="content-header-title">An Abandoned Coal Mine in Scotland Is Becoming a Giant Gravity Battery</h1>')).toBe('An Abandoned Coal Mine in Scotland Is Becoming a Giant Gravity Battery');
    expect(page('<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd ContentHeaderHed-NCyCC">An Abandoned Coal Mine in Scotland Is Becoming a Giant Gravity Battery</h1>')).toBe('An Abandoned Coal Mine in Scotland Is Becoming a Giant Gravity Battery');
    expect(page('<h1 class="css-1n2x5x5">An Abandoned Coal Mine in Scotland Is Becoming a Giant Gravity Battery</h1>')).toBe(seo);
  });

  it("reads no title from an og:title that is a domain's name alone ('W3Schools.com' on every page): the <title> the <h1> shows", () => {
    const page = `<html lang="en"><head><title>Python Context Managers</title><meta property="og:title" content="W3Schools.com"></head><body><div id="main"><h1>Python <span class="color_h1">Context Managers</span></h1>${PROSE}</div></body></html>`;
    expect(extract(page).title).toBe('Python Context Managers');
  });

  it("counts a Chinese headline's length in characters, written without spaces: its <h1> named as the headline that says more wins over the og:title ('…-钛媒体官方网站')", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '跨境电商卖家的2025：平台新规下的生存法则' });
    const page = (h1: string) => extract(`<html lang="zh-CN"><head><title>跨境电商卖家的2025：平台新规下的生存法则-钛媒体官方网站</title><meta property="og:title" content="跨境电商卖家的2025：平台新规下的生存法则"><script type="application/ld+json">${ld}</script></head><body><article>${h1}${PROSE}</article></body></html>`).title;
    expect(page('<h1 class="post-title">小卖家离开亚马逊之后：独立站、TikTok与一场漫长的迁徙</h1>')).toBe('小卖家离开亚马逊之后：独立站、TikTok与一场漫长的迁徙');
    expect(page('<h1 class="post-title">小卖家的迁徙</h1>')).toBe('跨境电商卖家的2025：平台新规下的生存法则');
  });

  it("takes the headline an element named as a title shows at the end of a <title> that sets the site's and section's names before it ('竹溪高中 - 校園新聞 - …', '政府新聞公報：…'), on a page without an <h1>; a page's number before it and the paper's name after it ('A05：…-杭州日报数字报')", () => {
    const page = (title: string, heading: string) => extract(`<html lang="zh-TW"><head><title>${title}</title></head><body><table><tr><td><a href="/">首頁</a> <a href="/news/">校園新聞</a></td></tr><tr><td>${heading}${PROSE}</td></tr></table></body></html>`).title;
    expect(page('竹溪高中 - 校園新聞 - 高二同學赴花蓮海岸進行生態服務學習', '<div class="news_title"><a href="/news/1287">高二同學赴花蓮海岸進行生態服務學習</a></div>')).toBe('高二同學赴花蓮海岸進行生態服務學習');
    expect(page('臺大醫院健康電子報－孩子發燒別慌張', '<div class="subject">孩子發燒別慌張</div>')).toBe('孩子發燒別慌張');
    expect(page('政府新聞公報：公共圖書館推出暑期兒童閱讀計劃', '<span id="PRHeadlineSpan"><font size="4"><b>公共圖書館推出暑期兒童閱讀計劃</b></font></span>')).toBe('公共圖書館推出暑期兒童閱讀計劃');
    expect(page('江苏省教育考试院--关于做好自学考试考前服务工作的通知', '<div class="art_title">关于做好自学考试考前服务工作的通知</div>')).toBe('关于做好自学考试考前服务工作的通知');
    expect(page('台視全球資訊網-新聞-SBL冠軍賽第五戰 璞園延長賽險勝 聽牌', '<font size="5"><b>SBL冠軍賽第五戰 璞園延長賽險勝 聽牌</b></font>')).toBe('SBL冠軍賽第五戰 璞園延長賽險勝 聽牌');
    expect(page('A05：西湖边的老茶馆换了新“茶客”-杭州日报数字报', '<h2 class="ep-bt">西湖边的老茶馆换了新“茶客”</h2>')).toBe('西湖边的老茶馆换了新“茶客”');
  });

  it("never reads a date from an archive's column of linked days beside the headline (info.gov.hk's '2008年5月7日', '2008年5月6日', …)", () => {
    const days = [7, 6, 5].map((d) => `<tr><td><a href="/gia/general/200805/0${d}c.htm">2008年5月${d}日</a></td></tr>`).join('');
    const page = `<html lang="zh-HK"><head><title>政府新聞公報：公共圖書館推出暑期兒童閱讀計劃</title></head><body><table><tr><td><table>${days}</table></td><td><span id="PRHeadlineSpan"><b>公共圖書館推出暑期兒童閱讀計劃</b></span><p>${'康樂及文化事務署今年暑假將舉辦暑期兒童閱讀計劃，鼓勵兒童善用假期培養閱讀興趣。'.repeat(6)}</p><p>${'各區公共圖書館亦會舉辦一系列配合活動，包括故事時間及親子閱讀講座。'.repeat(6)}</p>完<br>2008年5月8日（星期四）<br>香港時間17時30分</td></tr></table></body></html>`;
    expect(extract(page).date).toBeUndefined();
  });

  it("never reads the date in the site's masthead over the one the article declares (a paper's 'Thursday, February 13, 2025' over its stories)", () => {
    const page = `<html lang="en"><head><title>Albany approves Lark Street redesign</title><meta property="article:published_time" content="2025-02-10T17:30:00-05:00"></head><body><header class="masthead" role="banner"><a href="/">Times Union</a><div class="masthead--date">Thursday, February 13, 2025</div></header><main><article><header><h1>Albany council approves Lark Street overhaul</h1><p class="byline">By Wendell Ashby</p><div><time datetime="2025-02-10T17:30:00-05:00">Feb 10, 2025</time> <time datetime="2025-02-11T07:55:00-05:00">Updated Feb 11, 2025 7:55 a.m.</time></div></header>${PROSE}</article></main></body></html>`;
    expect(extract(page).date?.toISOString()).toBe('2025-02-10T22:30:00.000Z');
  });

  it("reads the writer after a news agency's acronym in the byline ('ČTK, Jana Nováková'), and keeps a writer's degrees after the name ('Dylan Bailey, MS, RD')", () => {
    expect(extract(pageIn('cs', '<p class="meta meta--author"><span class="meta__author">ČTK, <a href="/lide/jana-novakova">Jana Nováková</a></span></p>')).author).toBe('Jana Nováková');
    expect(extract(pageIn('en', '<p class="meta meta--author"><span class="meta__author">Dylan Bailey, MS, RD</span></p>')).author).toBe('Dylan Bailey, MS, RD');
  });

  it("reads writers linked to their author pages in Vietnamese ('/tac-gia/'), parted by a dash, over the outlet the JSON-LD names (Tuổi Trẻ's)", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A Headline', author: { '@type': 'Organization', name: 'Tuổi Trẻ Online' } });
    const byline = '<div class="detail-author"><div class="author-info"><a class="name" href="https://tuoitre.vn/tac-gia/thanh-ha.htm" title="Thanh Hà">Thanh Hà</a><span class="author-sep"> - </span><a class="name" href="https://tuoitre.vn/tac-gia/minh-quan.htm" title="Minh Quân">Minh Quân</a></div></div>';
    expect(extract(pageIn('vi', byline, { head: `<script type="application/ld+json">${ld}</script>` }), 'https://tuoitre.vn/tp-hcm-thi-diem-xe-buyt-dien.htm').author).toBe('Thanh Hà, Minh Quân');
  });

  it("reads the co-authors a byline marks up as contributors beside the one the JSON-LD names (MLB's span.article-item__contributor-name), and a byline's names without the role after each ('Mette Dahl Journalist')", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A Headline', author: { '@type': 'Person', name: 'Rhiannon Walsh' } });
    const contributor = (name: string) => `<div class="article-item__contributor"><div class="article-item__contributor-info"><div class="article-item__contributor-byline"><span class="article-item__contributor-name">${name}</span> <a class="article-item__contributor-twitter" href="https://twitter.com/x">@x</a></div></div></div>`;
    expect(extract(pageIn('en', `<div class="article-item__contributors">${contributor('Rhiannon Walsh')}${contributor('Theo Grant')}</div>`, { head: `<script type="application/ld+json">${ld}</script>` })).author).toBe('Rhiannon Walsh, Theo Grant');
    const author = (name: string) => `<div class="article-byline__author"><div class="article-byline__text"><a class="article-byline__name" href="/profil/${name.split(' ')[0]!.toLowerCase()}">${name}</a> <span class="article-byline__role">Journalist</span></div></div>`;
    expect(extract(pageIn('da', `<div class="article-byline"><div class="article-byline__authors">${author('Mette Dahl')}${author('Søren Vinther')}</div></div>`)).author).toBe('Mette Dahl, Søren Vinther');
  });

  it("reads every writer of a byline: names parted by bars (Dawn's), one without a profile link among linked ones (Brookings'), and not the photographer the byline lists with their role (NRK's)", () => {
    const dawn = '<p class="story__byline"><a class="story__byline__link" href="/authors/1/sameer-baloch">Sameer Baloch</a> | <a class="story__byline__link" href="/authors/2/ayesha-qureshi">Ayesha Qureshi</a></p>';
    expect(extract(pageIn('en', dawn)).author).toBe('Sameer Baloch, Ayesha Qureshi');
    const block = (name: string, title: string, link: boolean) => `<li class="byo-block byo-block--author"><div class="byo-block__content">${link ? `<a class="name" href="/people/${name.toLowerCase().replace(' ', '-')}/">${name}</a>` : `<span class="name">${name}</span>`}<span class="title">${title}</span></div></li>`;
    const brookings = `<ul class="byo-blocks byo-blocks--authors">${block('Elena Sandoval', 'Senior Fellow - Economic Studies, Brown Center on Education Policy', true)}${block('Marcus Reid', 'Research Analyst - Brown Center on Education Policy', true)}${block('Hye-jin Park', 'Assistant Professor - University of Michigan', false)}</ul>`;
    expect(extract(pageIn('en', brookings)).author).toBe('Elena Sandoval, Marcus Reid, Hye-jin Park');
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A Headline', author: ['Ingrid Haugland', 'Eirik Sæther', 'Per Solheim'].map((name) => ({ '@type': 'Person', name })) });
    const nrk = '<ul class="authors"><li class="author"><span class="author__name">Ingrid Haugland</span><span class="author__role">Journalist</span></li><li class="author"><span class="author__name">Eirik Sæther</span><span class="author__role">Journalist</span></li><li class="author"><span class="author__name">Per Solheim</span> <span class="author__role">Fotograf</span></li></ul>';
    expect(extract(pageIn('nb', nrk, { head: `<script type="application/ld+json">${ld}</script>` })).author).toBe('Ingrid Haugland, Eirik Sæther');
  });

  it("reads a Tagalog byline ('Ni Ramon Dela Cruz') over a desk account the JSON-LD names, and the writers' names set right in bold under a Vietnamese story", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A Headline', author: { '@type': 'Person', name: 'Abante Online' } });
    expect(extract(pageIn('tl', '<p><strong>Ni Ramon Dela Cruz</strong></p>', { head: `<script type="application/ld+json">${ld}</script>` })).author).toBe('Ramon Dela Cruz');
    const page = `<html lang="vi"><head><title>Đà Nẵng chạy thử xe buýt điện - VnExpress</title><meta property="og:site_name" content="VnExpress"></head><body><article><h1>Đà Nẵng chạy thử xe buýt điện</h1>${PROSE}${PROSE}<p class="Normal" style="text-align:right;"><strong>Nguyễn Đông - Hoài Thu</strong></p></article></body></html>`;
    expect(extract(page).author).toBe('Nguyễn Đông, Hoài Thu');
  });

  it("reads writers in scripts without capitals from the byline markup where the JSON-LD names the outlet (ynet's Hebrew, Thai PBS's 'ผู้เขียน …')", () => {
    const org = (name: string) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A Headline', author: { '@type': 'Organization', name } })}</script>`;
    const ynet = '<div class="authors"><span class="authorName"><a href="/topics/1">נועה שפירא</a></span><span class="separator">, </span><span class="authorName"><a href="/topics/2">רון בן דוד</a></span></div>';
    expect(extract(pageIn('he', ynet, { head: org('ynet') })).author).toBe('נועה שפירא, רון בן דוד');
    const thai = '<div class="NewsDetail_author__Rq2sW"><span class="NewsDetail_label__y7Tn1">ผู้เขียน</span> <a href="/news/author/kamonchanok-s">กมลชนก ศรีสุข</a></div>';
    expect(extract(pageIn('th', thai, { head: org('Thai PBS') })).author).toBe('กมลชนก ศรีสุข');
  });

  it("reads the writer after a department and title ('文／小兒部主治醫師 王珮瑜'), after an office's group in a closing credit ('（文／學務處訓育組　許雅婷）'), and a 撰稿 closing credit over an office the 作者 field names", () => {
    expect(extract(pageIn('zh-TW', '<div class="author">文／小兒部主治醫師 王珮瑜</div>', { title: '孩子發燒別慌張' })).author).toBe('王珮瑜');
    expect(extract(pageIn('zh-TW', '', { title: '高二同學赴花蓮海岸進行生態服務學習' }).replace('</article>', '<p align="right">（文／學務處訓育組　許雅婷）</p></article>')).author).toBe('許雅婷');
    const office = '<div class="info">作者：教务处　文章来源：本站原创　点击数：</div>';
    expect(extract(pageIn('zh-CN', office, { title: '我校举行期中教学质量分析会' }).replace('</article>', '<p style="text-align:right">（撰稿：陈静　摄影：刘畅　审核：李卫东）</p></article>')).author).toBe('陈静');
  });

  it("reads the writer after a court's division or an office in the 作者 field ('作者：民一庭 陈佳怡', '作者：研究室 周敏')", () => {
    expect(extract(pageIn('zh-CN', '<div class="info"><span>作者：民一庭 陈佳怡</span>&nbsp;&nbsp;<span>发布时间：2025-03-18</span></div>', { title: '一起民间借贷纠纷的调解' })).author).toBe('陈佳怡');
    expect(extract(pageIn('zh-CN', '<div class="info"><span>作者：研究室 周敏</span></div>', { title: '一起民间借贷纠纷的调解' })).author).toBe('周敏');
  });

  it("reads an Arabic byline after its dateline's city ('القاهرة: سارة الخطيب')", () => {
    const org = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A Headline', author: { '@type': 'Organization', name: 'الشرق الأوسط' } })}</script>`;
    expect(extract(pageIn('ar', '<div class="node__author">القاهرة: <a href="/author/1">سارة الخطيب</a></div>', { head: org })).author).toBe('سارة الخطيب');
  });

  it("reads a forum's first poster from the link in a box named for the user's name (div.user_name, p.user-name, div.userName, a.user_nick), not a reply's", () => {
    for (const box of ['<div class="user_name"><a href="http://club.example.com/u_2209183.html">徐汇老克勒</a></div>', '<p class="user-name"><a href="http://www.example.com/user/21388745">徐汇老克勒</a></p>', '<div class="userName"><a href="http://my.example.net/3388127/">徐汇老克勒</a></div>', '<a href="/profile.php?id=sunny" class="user_nick">徐汇老克勒</a>']) {
      const reply = box.replace(/徐汇老克勒/, '小和山的风');
      const page = `<html lang="zh-CN"><head><title>老房改造的一点心得</title></head><body><div class="thread"><h1>老房改造的一点心得</h1><div class="post">${box}<div class="post-body">${PROSE}</div></div><div class="post">${reply}<p>写得实在</p></div></div></body></html>`;
      expect(extract(page).author, box).toBe('徐汇老克勒');
    }
  });

  it("reads a poster's name without the badges and counts their box sets after it ('慢牛老周 影响力 吧龄 6.2年', '吃遍天河的阿芳 VIP')", () => {
    const guba = '<div class="author">\n<a class="avatar" href="https://i.example.com/638"><img src="/a.png" alt="慢牛老周"></a>\n<a class="name" href="https://i.example.com/638">慢牛老周</a>\n<span class="influence" title="影响力">影响力<em class="star star7"></em></span>\n<span class="age">吧龄 6.2年</span>\n</div>';
    expect(extract(pageIn('zh-CN', guba, { title: '复盘一季度' })).author).toBe('慢牛老周');
    const note = '<div class="author-info">\n<a class="user-name" href="https://www.example.com/member/18533">吃遍天河的阿芳</a>\n<span class="vip-tag">VIP</span>\n</div>';
    expect(extract(pageIn('zh-CN', note, { title: '周末带爸妈吃了这家火锅' })).author).toBe('吃遍天河的阿芳');
  });

  it("takes the writer a Chinese credit names over a meta author naming a company after its country ('中国中铁': no one's name)", () => {
    const page = pageIn('zh-CN', '<div class="info"><span>作者：张鹏飞 韩雪</span><span>发布时间：2025-03-18</span></div>', { title: '沂河特大桥主桥顺利合龙', head: '<meta name="Author" content="中国中铁">' });
    expect(extract(page).author).toBe('张鹏飞, 韩雪');
  });

  it("reads a byline's writer without the outlet's domain after the comma ('by Tessa Marlowe, Phys.org') over a JSON-LD Organization, and never another credit's line ('edited by …, reviewed by …') or a release's label ('Peer-Reviewed Publication')", () => {
    const org = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A Headline', author: { '@type': 'Organization', name: 'Science X' } })}</script>`;
    const bylines = '<div class="article-byline">by <a href="/search/?search=Tessa+Marlowe">Tessa Marlowe</a>, Phys.org</div><div class="article-byline">edited by Naomi Brandt, reviewed by Owen Talbot</div>';
    expect(extract(pageIn('en', bylines, { head: org })).author).toBe('Tessa Marlowe');
    expect(extract(pageIn('en', bylines)).author).toBe('Tessa Marlowe');
    expect(extract(pageIn('en', '<div class="article-byline">edited by Naomi Brandt, reviewed by Owen Talbot</div>')).author).toBeUndefined();
    expect(extract(pageIn('en', '<p class="peer_reviewed">Peer-Reviewed Publication</p>')).author).toBeUndefined();
  });

  it("reads no headline from a highlighter's token in code named as a title (highlight.js's span.hljs-title): the <title>'s headline the page shows", () => {
    const code = '<pre><code class="language-python hljs"><span class="hljs-keyword">def</span> <span class="hljs-title function_">calc</span>(*numbers):\n    return sum(numbers)</code></pre>';
    const page = `<html lang="zh-CN"><head><title>函数的参数 - Python教程 - 林清的官方网站</title></head><body><ul class="sidebar"><li><a href="/wiki/101">调用函数</a></li><li><a href="/wiki/102">函数的参数</a></li><li><a href="/wiki/103">递归函数</a></li></ul><div class="x-content"><h4>函数的参数</h4>${PROSE}${code}</div></body></html>`;
    expect(extract(page).title).toBe('函数的参数');
  });

  it("dates a forum thread by its opening post, the first and earliest of the times its posts show in elements alike (span.time per floor)", () => {
    // Each post's time after its poster's profile box, far from the headline: no dateline.
    const profile = '<div class="user"><a href="/space.php?uid=1">虫友</a><p>虫号: 10384521</p><p>金币: 3125.6</p><p>帖子: 1208</p><p>在线: 562.3小时</p><p>专业: 海洋科学</p></div>';
    const post = (time: string, text: string) => `<div class="post">${profile}<div class="head"><span class="floor">楼</span> <span class="time">${time}</span></div><div class="body"><p>${text}</p></div></div>`;
    const thread = `<html lang="zh-CN"><head><title>求助：XRD 峰位偏移的原因</title></head><body><h1>求助：XRD 峰位偏移的原因</h1>${post('2025-03-25 22:18', PROSE)}${post('2025-03-25 22:40', '应该是应力')}${post('2025-03-26 09:05', '同意楼上')}</body></html>`;
    expect(extract(thread).date?.toUTCString()).toBe('Tue, 25 Mar 2025 14:18:00 GMT');
  });

  it("reads a mainland lead's reporters: after an outlet with Latin letters glued to 记者 ('看看新闻Knews记者：沈一帆 吴佳怡'), in a spaced news tag ('本报讯　记者孙一鸣报道　…') over the paper a 来源 line names, and before the place they filed from ('鉅亨網記者林宜萱　台北　…')", () => {
    const story = (credit: string) => pageIn('zh-CN', credit, { title: '盘锦稻田进入插秧高峰' });
    expect(extract(story('<p class="kk-credit">看看新闻Knews记者：沈一帆 吴佳怡</p>')).author).toBe('沈一帆, 吴佳怡');
    expect(extract(story('<p>来源：辽宁日报　2025-05-12</p><p>　　本报讯　记者孙一鸣报道　连日来，盘锦市稻田陆续进入插秧高峰期。</p>')).author).toBe('孙一鸣');
    expect(extract(story('<p>鉅亨網記者林宜萱　台北　受終端需求疲弱及價格持續下滑影響，國內面板廠第三季營運恐難見起色。</p>')).author).toBe('林宜萱');
  });

  it("reads a magazine's reporter after its title marks ('《瞭望东方周刊》记者孙岩 | 北京报道'), a paper's credit in brackets opening the lead ('（星島日報記者陳嘉欣報道）'), and a translated writer's name with its dot ('文／瑪格麗特‧柯林斯　譯／何美玲')", () => {
    const story = (credit: string) => pageIn('zh-CN', credit, { title: '盘锦稻田进入插秧高峰' });
    expect(extract(story('<p>　　《瞭望东方周刊》记者孙岩 | 北京报道</p>')).author).toBe('孙岩');
    expect(extract(story('<p style="text-indent: 2em;">《环球人物》记者　许晴</p>')).author).toBe('许晴');
    expect(extract(story('<p><strong>（星島日報記者陳嘉欣報道）</strong>大溫地區樓花銷售在今年首兩個月出現回暖跡象，多個新推出的分層住宅項目在開售首周售出三成以上單位。</p>')).author).toBe('陳嘉欣');
    expect(extract(story('<p>文／瑪格麗特‧柯林斯　譯／何美玲</p>')).author).toBe('瑪格麗特‧柯林斯');
    // A section's name holding 记者 is no credit ("小记者训练营").
    expect(extract(story('<p>第A04版：小记者训练营</p>')).author).toBeUndefined();
  });

  it("takes no box's heading, link or badge for a name ('作者信息', '我要评论', '精华'), nor an outlet's name for one", () => {
    const story = (credit: string) => pageIn('zh-CN', credit, { title: '盘锦稻田进入插秧高峰' });
    expect(extract(story('<div class="author_box"><div class="box_title">作者信息</div><p><a href="/u/xujingqiu/">许静秋</a></p><p>文章：86篇　粉丝：214</p></div>')).author).toBe('许静秋');
    expect(extract(story('<p class="gray">2009年09月15日08:31　　来源：新京报　　作者：孙宇　　<a href="/post/">我要评论</a></p>')).author).toBe('孙宇');
    expect(extract(story('<p><span class="badge">精华</span></p>')).author).toBeUndefined();
    expect(extract(story('<div class="author-meta"><a class="nick" href="/profile/31845527">港美股老周</a> <span class="user-tag">牛牛圈创作者</span></div>')).author).toBe('港美股老周');
    expect(extract(story('<dl id="divAuthor" class="sidebox"><dt class="sidetitle">关于博主</dt><dd><div class="name">老林</div></dd></dl>')).author).toBe('老林');
  });

  it("takes no share bar's networks ('分享微博微信FacebookX') nor a date's label ('發佈於') for the name under the headline", () => {
    const story = (under: string) => pageIn('zh-CN', under, { title: '盘锦稻田进入插秧高峰' });
    expect(extract(story('<div class="share-list"><span class="blind">分享</span><a href="#">微博</a><a href="#">微信</a><a href="#">Facebook</a><a href="#">X</a></div>')).author).toBeUndefined();
    expect(extract(story('<span class="posted-on">發佈於 <time datetime="2025-03-14T09:30:00-07:00">2025年3月14日 09:30</time></span>')).author).toBeUndefined();
  });

  it("takes a correspondent's closing credit ('…新高。（通讯员 胡晓燕）') over the editor who compiled the post, the meta author naming that editor", () => {
    const page = pageIn('zh-CN', '<span>编辑：吴欣怡</span><p>全县共接待游客103.6万人次，同比增长12.4%，重点景区游客接待量均创同期新高。（通讯员 胡晓燕）</p><div class="bianji">（编辑：吴欣怡　审核：彭建军）</div>', { title: '婺源五一接待游客超百万', head: '<meta name="author" content="吴欣怡">' });
    expect(extract(page).author).toBe('胡晓燕');
  });

  it("reads co-authors a writer's credit joins with an ampersand ('撰文：阿柚 & 老周'), and drops the art editor's credit closing the story ('美编：焕妍')", () => {
    const article = extract(pageIn('zh-CN', '<p class="article-credit">撰文：阿柚 &amp; 老周</p>', { title: '充电宝新规' }).replace('</article>', '<p class="article-credit">美编：焕妍</p></article>'));
    expect(article.author).toBe('阿柚、老周');
    expect(article.html).not.toContain('焕妍');
  });

  it("reads a Traditional Chinese '由…發表' credit ('本文由 葉書涵 於 2010-10-23 發表'), and never dates a post by the day its blog was opened ('建立时间：2007-03-01' in the sidebar)", () => {
    expect(extract(pageIn('zh-TW', '<p>本文由 葉書涵 於 2010-10-23 發表</p>', { title: '第一次在研討會發表論文' })).author).toBe('葉書涵');
    const blog = `<html lang="zh-CN"><head><title>听课随笔</title></head><body><div id="side"><div class="sidebar_body">博主：沈丽华<br>日志：216 篇<br>建立时间：2007-03-01</div></div><h1>听课随笔</h1>${PROSE}<div class="content_bot"><span class="author">作者：沈丽华</span> | 发表于 2009-11-24 20:13</div></body></html>`;
    expect(extract(blog).date?.toISOString()).toBe('2009-11-24T12:13:00.000Z');
  });

  it("dates an announcement by the day in bold its lead opens with ('<strong>Thursday, 6 March 2025.</strong> Over 180 programs…', KDE's), not by a bold phrase that is no day", () => {
    const lead = (bold: string) => `<html lang="en"><head><title>KDE Gear 24.12.3</title></head><body><h1>KDE Gear 24.12.3</h1><p><strong>${bold}</strong> Over 180 individual programs plus dozens of programmer libraries and feature plugins are released together.</p>${PROSE}</body></html>`;
    expect(extract(lead('Thursday, 6 March 2025.')).date?.toISOString()).toBe('2025-03-06T00:00:00.000Z');
    expect(extract(lead('Good news, everyone.')).date).toBeUndefined();
  });
});
