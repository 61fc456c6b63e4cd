// The article's text chosen and cleaned: what a block's names say about it.
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { extractArticle } from '../src/extract/extract-article.js';
import { articlePage } from './helpers.js';

const extract = (html: string) => {
  const result = extractArticle({ source: { kind: 'stdin' }, html, url: 'https://news.example.com/a' }, { sites: {} });
  if (!result.ok) throw new Error(result.problem.reason);
  return result.value;
};

const LEAD = 'JUNEAU, Alaska (AP) — Scientists studying the glacier said on Tuesday that its front had moved back two hundred metres since spring.';
const REST = ['The survey team flew over the ice field twice a week, measuring the height of the ice with a laser.', 'Their readings show the thinning spreading from the lower ice up toward the ridge above the valley.', 'The team will publish the full series of measurements next year, with the photographs taken from the air.'];

describe('blocks named for their readers', () => {
  it("keeps a paywalled article's text named for subscribers, and drops a box asking readers to subscribe", () => {
    const body = `<div class="subscriber-preview"><p>${LEAD}</p></div><div class="subscriber-only">${REST.map((p) => `<p>${p}</p>`).join('')}</div><div class="subscribe-box"><p>Subscribe to our newsletter for the day's news in your inbox every morning.</p></div>`;
    const html = extract(articlePage({ title: 'Glacier retreats', body })).html;
    for (const text of [LEAD, ...REST]) expect(html).toContain(text);
    expect(html).not.toContain('Subscribe to our newsletter');
  });

  it("reads no names in a generated list of one-style classes (Medium's 'gc gd dm ge b gf gg gh'), though a token reads as one (gg, an ad's)", () => {
    const atomic = 'gc gd dm ge b gf gg gh gi gj gk gl';
    const body = `<div class="ab ac ae af ag dh ai aj">${[LEAD, ...REST].map((p) => `<p class="${atomic}" data-selectable-paragraph="">${p}</p>`).join('')}</div><div class="gg"><p>Advertisement: the best deals on hiking boots this week, up to half off.</p></div>`;
    const html = extract(articlePage({ title: 'Glacier retreats', body })).html;
    for (const text of [LEAD, ...REST]) expect(html).toContain(text);
    expect(html).not.toContain('hiking boots');
  });
});

describe('furniture inside the story', () => {
  it("drops the promos news sites close an article with ('Get WhatsApp alerts: …', 'Get Current Updates on …', 'First uploaded on: …')", () => {
    const promos = ['Get WhatsApp alerts: Join our channel for the top stories of the day.', 'Get Current Updates on India News, Business News along with the latest headlines from India and around the world.', 'First uploaded on: 05-03-2024 at 00:40 IST'];
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${promos.map((p) => `<p>${p}</p>`).join('')}` })).html;
    for (const text of [LEAD, ...REST]) expect(html).toContain(text);
    for (const text of ['WhatsApp', 'Get Current Updates', 'First uploaded']) expect(html).not.toContain(text);
  });

  it("keeps a Chinese notice's signature, the issuer over the day it was signed, and drops a dateline alone at the end of a story", () => {
    const notice = ['各有关单位：', '根据工作安排，现将2024年春季学期研究生中期考核有关事项通知如下，请各单位认真组织实施，按时报送材料。', '请于3月20日前将考核结果报送学院研究生教务办，如有疑问请联系学院研究生教务办。'];
    const signed = extract(articlePage({ title: '关于开展研究生中期考核的通知', body: `${notice.map((p) => `<p>${p}</p>`).join('')}<p>信息工程学院</p><p>2024年3月8日</p>` })).html;
    expect(signed).toContain('<p>信息工程学院</p><p>2024年3月8日</p>');
    const story = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}<p>2024年3月8日</p>` })).html;
    expect(story).not.toContain('2024年3月8日');
  });

  it("drops a box of links set between the article's paragraphs under a tail's heading (報導者's aside 延伸閱讀, 36氪's 推荐阅读), keeping the paragraphs after it", () => {
    const aside = '<aside class="infobox__Container"><h3>延伸閱讀</h3><a href="/a/fishermen">【遠洋漁工】海上的隱形勞動者</a></aside>';
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p><p>${REST[0]}</p>${aside}<p>${REST[1]}</p><p>${REST[2]}</p>` })).html;
    for (const text of [LEAD, ...REST]) expect(html).toContain(text);
    expect(html).not.toContain('延伸閱讀');
    expect(html).not.toContain('海上的隱形勞動者');
    // 36氪's boxes between sections, one early in the article and one late, named for neither a box nor an aside.
    const box = (title: string) => `<div class="recommend-read-wrapper"><p class="recommend-title">推荐阅读</p><ul><li><a href="/p/1">${title}</a></li></ul></div>`;
    const sections = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${box('小米汽车交付破万')}<h2>One</h2><p>${REST[0]}</p><h2>Two</h2><p>${REST[1]}</p>${box('华为乾崑智驾的野心')}<h2>Three</h2><p>${REST[2]}</p>` })).html;
    for (const text of [LEAD, ...REST]) expect(sections).toContain(text);
    for (const text of ['推荐阅读', '小米汽车交付破万', '华为乾崑智驾的野心']) expect(sections).not.toContain(text);
  });

  it("drops the byline's blocks inside the article, its label with them, wherever they stand (BBC's byline-block, Insider's after the summary, the NYT's 'By <span class=last-byline>')", () => {
    const bbc = '<div data-component="byline-block"><div data-testid="byline-new"><time datetime="2024-03-06T13:27:51.000Z">6 March 2024</time><div data-testid="byline-new-contributors"><span data-testid="byline-name">By Becky Morton</span><div>Political reporter</div></div></div></div>';
    const insider = '<ul class="summary-list"><li>Costco is expanding the use of scanners at store entrances to check membership cards.</li></ul><div class="byline-author-wrapper"><a class="byline-link byline-author-name" href="/author/becky-morton">Becky Morton</a><div class="byline-author-title">Senior Reporter</div></div><div class="byline-timestamp"><span>Jun 24, 2024, 4:41 PM EDT</span></div>';
    const nyt = '<p itemprop="author">By<!-- --> <a href="/column/becky-morton"><span class="last-byline" itemprop="name">Becky Morton</span></a></p>';
    for (const byline of [bbc, insider, nyt]) {
      const article = extract(articlePage({ title: 'Glacier retreats', head: '<meta name="author" content="Becky Morton">', body: `${byline}<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}` }));
      expect(article.byline).toBe('Becky Morton');
      for (const text of ['Becky Morton', 'Political reporter', 'Senior Reporter', 'Jun 24, 2024', '>By<']) expect(article.html).not.toContain(text);
      for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    }
  });

  it("drops a heading's permalink that shows only its mark (Jupyter's '¶' as an entity, VuePress' '#', rustdoc's '§')", () => {
    const heading = (mark: string, n: number) => `<h2 id="s${n}">Section ${n}<a class="anchor-link" href="#s${n}">${mark}</a></h2><p>${REST[n % 3]}</p>`;
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${heading('&#182;', 1)}${heading('#', 2)}${heading('§', 3)}` })).html;
    for (const n of [1, 2, 3]) expect(html).toContain(`<h2 id="s${n}">Section ${n}</h2>`);
  });

  it("keeps a data table's header text wrapped in an element named for the header (Confluence's tablesorter-header-inner)", () => {
    const th = (text: string) => `<th class="confluenceTh tablesorter-header"><div class="tablesorter-header-inner">${text}</div></th>`;
    const table = `<div class="table-wrap"><table class="confluenceTable"><thead><tr>${th('Environment')}${th('Owner')}</tr></thead><tbody><tr><td>Staging</td><td>Platform team</td></tr><tr><td>Production</td><td>Site reliability</td></tr></tbody></table></div>`;
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${table}${REST.map((p) => `<p>${p}</p>`).join('')}` })).html;
    expect(html).toContain('<div class="tablesorter-header-inner">Environment</div>');
    expect(html).toContain('<div class="tablesorter-header-inner">Owner</div>');
  });

  it("keeps a closing paragraph that gives a web address, a date in its path ('Details: https://…/2023/06/01/…'), and links written out as addresses", () => {
    const closing = ['Details are in the announcement: <a href="https://blog.example.org/2023/06/01/release-1.70.html">https://blog.example.org/2023/06/01/release-1.70.html</a>', 'Example repo here: <a href="https://github.com/example/demo">https://github.com/example/demo</a>'];
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${closing.map((p) => `<p>${p}</p>`).join('')}` })).html;
    expect(html).toContain('https://blog.example.org/2023/06/01/release-1.70.html</a>');
    expect(html).toContain('https://github.com/example/demo</a>');
  });

  it("drops Medium's byline block and clap count (marked for readers to skip), keeping the story and its author", () => {
    const byline = '<div class="speechify-ignore ab cp"><a href="/@priya.shah"><img alt="Priya Shah" src="https://miro.example.com/avatar.jpeg" data-testid="authorPhoto"></a><a data-testid="authorName" href="/@priya.shah">Priya Shah</a><span data-testid="storyReadTime">8 min read</span><span data-testid="storyPublishDate">Mar 5, 2024</span></div><div class="ab cp"><button data-testid="headerClapButton"><svg></svg></button><div class="pw-multi-vote-count"><p><span>2.1K</span></p></div></div>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `${byline}<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    for (const text of ['8 min read', '2.1K', 'avatar.jpeg']) expect(article.html).not.toContain(text);
    expect(article.byline).toBe('Priya Shah');
  });

  it("drops the writer's picture above the story (an avatar, a picture linking to a profile), not the story's pictures", () => {
    const header = '<div class="who"><a href="https://news.example.com/members/jane.12/"><img src="https://cdn.example.com/d/7.jpg" alt="Jane"></a></div><div><img class="gravatar" src="https://cdn.example.com/g/1.png"></div>';
    const photo = '<figure><img src="https://cdn.example.com/glacier.jpg" alt="The glacier"></figure>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `${header}${photo}<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}` }));
    expect(article.html).not.toContain('/d/7.jpg');
    expect(article.html).not.toContain('/g/1.png');
    expect(article.html).toContain('glacier.jpg');
    expect(article.image).toBe('https://cdn.example.com/glacier.jpg');
  });

  it("keeps the story's callouts set in an <aside> (a note, a caution), not a sidebar of links", () => {
    const caution = '<aside aria-label="Caution" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title">Caution</p><p>Back up the ice cores before you move the freezer.</p></aside>';
    const sidebar = '<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">A story</a></li><li><a href="/b">Another story</a></li></ul></aside>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${caution}${REST.map((p) => `<p>${p}</p>`).join('')}${sidebar}` }));
    expect(article.html).toContain('Back up the ice cores');
    expect(article.html).not.toContain('Most read');
  });

  it("keeps a post's text that a form holds for its writer to edit (old Reddit's usertext), not a form with fields", () => {
    const post = `<form action="#" class="usertext"><input type="hidden" name="thing_id" value="t3_1"><div class="usertext-body"><div class="md"><p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}</div></div></form>`;
    const signup = '<form class="newsletter-form"><p>Get the glacier newsletter every week in your inbox, free of charge, with the best of our reporting.</p><input type="email" name="email"><button>Sign up</button></form>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `${post}${signup}` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    expect(article.html).not.toContain('glacier newsletter');
  });

  it.each(['Who is online', "Not the answer you're looking for? Browse other questions tagged python.", 'Subscribe to continue reading', 'Related Internet Links', 'How we reviewed this article:', 'Updates to this page'])("drops the tail a platform sets after the text, from its heading on: %s", (heading) => {
    const tail = `<h3>${heading}</h3><p>Users browsing this forum: no registered users and 3 guests, or links to other places.</p>`;
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${tail}` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    expect(article.html).not.toContain(heading.slice(0, 12));
    expect(article.html).not.toContain('Users browsing');
  });

  it('keeps the edges that are article text: a lead opening "By Tuesday morning, …", a dated note of what changed, a last sentence naming the byline\'s institute', () => {
    const lede = 'By Tuesday morning, the river had crested at nearly nine metres, and crews were sandbagging the levee.';
    const note = 'Updated May 15, 2024: This story has been updated with comment from the mayor’s office.';
    const edit = 'Update 2019-01-26: the day after posting this I spilled water on my laptop, but it was fine.';
    const credit = 'Data are available from the Harbor Research Institute.';
    const html = articlePage({ title: 'Glacier retreats', head: '<meta name="author" content="Harbor Research Institute">', body: `<p>${lede}</p>${REST.map((p) => `<p>${p}</p>`).join('')}<p>${credit}</p><p>${note}</p><p>${edit}</p>` });
    const article = extract(html);
    for (const text of [lede, ...REST, credit, note, edit]) expect(article.html).toContain(text);
  });

  it('drops the edges that are datelines: "By Jane Doe", "Updated March 5, 2024, 10:30 a.m.", "(责编：张三、李四)", an entry footer', () => {
    const lines = ['By Jane Doe', 'Updated March 5, 2024, 10:30 a.m.', '(责编：张三、李四)', 'Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.'];
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${lines[0]}</p><p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${lines.slice(1).map((l) => `<p>${l}</p>`).join('')}` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    for (const line of lines) expect(article.html).not.toContain(line);
  });

  it("drops a table after the article headed by a tail's marker (LWN's 'Index entries for this article'), keeping a data table before it", () => {
    const data = '<table><tr><th>Kernel</th><th>Pages</th></tr><tr><td>3.14</td><td>120</td></tr><tr><td>3.15</td><td>140</td></tr></table>';
    const index = '<table class="IndexEntries"><tr><th colspan="2">Index entries for this article</th></tr><tr><td><a href="/Kernel/Index">Kernel</a></td><td><a href="/Kernel/Index#Writeback">Memory management/Writeback</a></td></tr></table>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${data}${REST.map((p) => `<p>${p}</p>`).join('')}${index}` }));
    expect(article.html).toContain('3.15');
    expect(article.html).not.toContain('Index entries');
  });

  it("keeps every cell of a data table that ends the article, its dates too (a reading list's)", () => {
    const table = '<table><thead><tr><th>书名</th><th>开始日期</th><th>作者</th></tr></thead><tbody><tr><td>三体</td><td><time>@2024年1月5日</time></td><td>刘慈欣</td></tr><tr><td>长安的荔枝</td><td><time>@2024年2月11日</time></td><td>马伯庸</td></tr></tbody></table>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${table}` }));
    expect(article.html).toContain('@2024年1月5日');
    expect(article.html).toContain('@2024年2月11日');
  });

  it("keeps a short listing that ends the article though it holds a date (a query's WHERE clause is no dateline)", () => {
    const listing = "<div class=\"listingblock\"><div class=\"content\"><pre><code class=\"language-sql\">SELECT region\nFROM sales\nWHERE sale_date &gt;= '2024-01-01';</code></pre></div></div>";
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${listing}` }));
    expect(article.html).toContain("WHERE sale_date &gt;= '2024-01-01';");
  });

  it("keeps a fact box or key points set in an <aside> inside the story, and drops an ad label between dashes", () => {
    const facts = '<aside class="fact-box"><h3>By the numbers</h3><ul><li>Two hundred metres of retreat since spring.</li><li>Forty flights over the ice field.</li></ul></aside>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${facts}<p>- Advertisement -</p>${REST.map((p) => `<p>${p}</p>`).join('')}` }));
    expect(article.html).toContain('Forty flights over the ice field.');
    expect(article.html).not.toContain('Advertisement');
  });

  it.each([
    'Keep reading',
    'Top highlight',
    'Recommended videos',
    'Video Ad Feedback',
    'Copyright 2024 Example Media Inc. All rights reserved.',
    'This material may not be published, broadcast, rewritten, or redistributed.',
    '点击上方蓝字关注我们',
    '扫码关注我们，获取更多资讯',
    '长按二维码关注我们',
    '本文最后更新于 2023-07-01，文中内容可能已过时。',
    '本文最后编辑于 412 天前，其中的内容可能需要更新。',
    'This post was last updated 3 years ago, and its content may be outdated.',
    '点个在看你最好看',
  ])("drops a site's notice or a prompt to follow it: %s", (line) => {
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p>` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    expect(article.html).not.toContain(line.slice(0, 12));
  });

  it("keeps the rest of the article a mobile page folds away behind '展开全文' (hidden by its style), not a hidden copy or a hidden box", () => {
    const [first, second, ...rest] = REST;
    const folded = `<div class="page js-page" style="display:none"><p>${second}</p></div><div class="footer-cover js-open-app"><div class="more-btn"><span>展开全文</span></div></div>`;
    const named = `<div class="kr-fold-content" style="display: none"><p>${rest.join('</p><p>')}</p></div>`;
    const copy = `<div class="fold-copy" style="display:none"><p>${LEAD}</p></div>`;
    const box = '<div class="share-panel" style="display:none"><p>Share this story with your friends on every network you use.</p></div>';
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p><p>${first}</p>${folded}${named}${copy}${box}` })).html;
    for (const text of [LEAD, ...REST]) expect(html).toContain(text);
    expect(html.split(LEAD.slice(0, 30)).length - 1).toBe(1);
    expect(html).not.toContain('Share this story');
  });

  it("drops a mobile page's prompt to open the site's app, whatever it says", () => {
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}<div class="js-open-app show_more"><span>展开全文</span><em>打开App，看更多精彩内容</em></div>` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    expect(article.html).not.toContain('展开全文');
  });

  it.each(['Mehr zum Thema', 'Veja também', 'اقرأ أيضا', 'Berita Terkait', '관련글', 'À lire aussi', '往期推荐', '延伸閱讀：'])("drops a related-links tail headed in another language: %s", (heading) => {
    const tail = `<h3>${heading}</h3><ul><li><a href="/a">Users browsing other stories</a></li></ul>`;
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${tail}` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    expect(article.html).not.toContain(heading);
    expect(article.html).not.toContain('Users browsing');
  });

  it.each(['Lire aussi | Le vélo, nouvel enjeu électoral', 'Baca juga: Tarif MRT naik mulai pekan depan', 'Leia também: <a href="/x">Trânsito tem lentidão</a>', 'READ MORE: <a href="/y">Glacier melt doubles</a>', '延伸阅读：<a href="/z">多地出台措施</a>'])("drops a pointer to another story between the paragraphs: %s", (pointer) => {
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p><p>${pointer}</p>${REST.map((p) => `<p>${p}</p>`).join('')}` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    expect(article.html).not.toContain(pointer.replace(/<[^>]+>/g, '').slice(0, 10));
  });

  it('keeps a paragraph that only opens with "related" (a sentence, not a pointer)', () => {
    const sentence = 'Related: the rise in sea level over the last decade has been measured at two sites, and both show the same trend in the data.';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p><p>${sentence}</p>${REST.map((p) => `<p>${p}</p>`).join('')}` }));
    expect(article.html).toContain(sentence);
  });

  it.each([
    '广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，结果仅供参考。',
    '本内容为作者独立观点，不代表本站立场。未经允许不得转载，授权事宜请联系本站。',
    '© 2024年德国之声版权声明：本文所有内容受到著作权法保护，如无特别授权，不得擅自使用。',
    '【版权声明】本文为某某社区用户原创内容，转载时必须标注文章的来源、文章链接、文章作者等基本信息。',
    '中证网声明：凡本网注明“来源：某某报·某某网”的所有作品，版权均属于某某报、某某网。',
    '版权所有，未经许可不得转载',
    '作者声明：本篇经验系本人依照真实经历原创，未经许可，谢绝转载。',
    '分享到：微博 微信 QQ空间',
    '不用抽 不用搶 現在用APP看新聞 保證天天中獎　點我下載APP　按我看活動辦法',
    '最HOT話題在這！想跟上時事，快點我加入TVBS新聞LINE好友！',
    '打开网易新闻，阅读体验更佳',
  ])("drops a site's notice set in the text: %s", (notice) => {
    const text = ['今年以来，我市坚持稳中求进工作总基调，全市经济运行持续回升向好，主要指标好于预期。一季度全市地区生产总值同比增长百分之五点六。', '从产业看，规模以上工业增加值同比增长百分之七点二，其中高技术制造业增长百分之十二点四，新兴产业产值占比进一步提升。', '消费市场稳步恢复。社会消费品零售总额同比增长百分之六点一，餐饮、文旅等服务消费增势强劲。'];
    const article = extract(articlePage({ title: '一季度经济运行稳中向好', body: `${text.map((p) => `<p>${p}</p>`).join('')}<p>${notice}</p>` }));
    for (const line of text) expect(article.html).toContain(line);
    expect(article.html).not.toContain(notice.slice(0, 8));
  });

  it("keeps the paywalled part of the article the page holds (div.paywall-content), not the offer after it", () => {
    const locked = '<div class="paywall-content"><p>The final section of the line opens in June, the operator said, with trains every ninety seconds at the busiest hours of the day.</p></div><div class="piano-paywall"><p class="paywall-title">This article is for subscribers.</p><p>Enjoy our offer: one euro for the first month.</p></div>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${locked}` }));
    expect(article.html).toContain('The final section of the line opens in June');
    expect(article.html).not.toContain('one euro for the first month');
  });

  it("keeps every paragraph of an article whose paragraphs are each named for the paywall (Bloomberg's p.paywall), not the offer between them", () => {
    const tout = '<div class="paywall-inline-tout"><div class="tout-headline">Subscribe for unlimited access</div><a href="/subscriptions">Subscribe now</a></div>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p class="paywall">${LEAD}</p>${tout}${REST.map((p) => `<p class="paywall">${p}</p>`).join('')}` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    expect(article.html).not.toContain('unlimited access');
  });

  it.each([
    ["Rank Math's (an SEO plugin named like a ranking list)", '<div id="rank-math-faq" class="rank-math-block"><div class="rank-math-list"><div class="rank-math-list-item"><h3 class="rank-math-question">How often does it happen?</h3><div class="rank-math-answer"><p>The glacier calves every few weeks in summer, and the largest pieces drift for months.</p></div></div></div></div>'],
    ["Kadence's (an accordion whose placement classes read like a header and a side column)", '<div class="wp-block-kadence-accordion"><div class="kt-accordion-wrap kt-accordion-block kt-pane-header-alignment-left kt-accodion-icon-side-right"><div class="kt-accordion-inner-wrap"><div class="kt-accordion-pane"><div class="kt-accordion-panel"><div class="kt-accordion-panel-inner"><p>The glacier calves every few weeks in summer, and the largest pieces drift for months.</p></div></div></div></div></div></div>'],
  ])("keeps the FAQ that ends the article: %s", (_, faq) => {
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}<h2>FAQ</h2>${faq}` }));
    expect(article.html).toContain('The glacier calves every few weeks in summer');
  });

  it("keeps every value of a data table's cells: a cell reading like a page tool ('Email'), a linked value in a box of its own", () => {
    const table = '<table><thead><tr><th>Plan</th><th>Train</th><th>Support</th></tr></thead><tbody><tr><td>Team</td><td><div class="ticket-info"><div class="train"><div><a href="javascript:" class="number">G101</a></div></div><div class="cdz"><strong>北京南</strong> <strong>上海虹桥</strong></div></div></td><td>Email</td></tr><tr><td>Business</td><td><div class="train"><a href="/t/g5">G5</a></div> 北京南</td><td>Phone</td></tr></tbody></table>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${table}` }));
    for (const value of ['G101', 'G5', 'Email', 'Phone']) expect(article.html).toContain(value);
  });

  it('writes as tables a grid of <div>s with ARIA roles (MUI, AG Grid), a table split into header and body tables (Ant Design, Element), and a cell\'s icons by their labels', () => {
    const grid = '<div role="grid" class="MuiDataGrid-root"><div role="rowgroup"><div role="row"><div role="columnheader"><div class="MuiDataGrid-columnHeaderTitle">Gauge</div></div><div role="columnheader">Level</div></div></div><div role="rowgroup"><div role="row"><div role="gridcell">North</div><div role="gridcell">3.2</div></div><div role="row"><div role="gridcell">South</div><div role="gridcell">2.9</div></div></div></div>';
    const split = '<div class="ant-table"><div class="ant-table-header"><table><thead><tr><th>Pier</th><th>Depth</th><th class="ant-table-cell-scrollbar"></th></tr></thead></table></div><div class="ant-table-body"><table><tbody><tr><td><a>East pier</a></td><td>12 m</td></tr><tr><td><a>West pier</a></td><td>9 m</td></tr></tbody></table></div></div>';
    const icons = '<table><thead><tr><th>Feature</th><th>Tide app</th></tr></thead><tbody><tr><td>Offline</td><td><svg role="img" aria-label="Yes"><path d="M1 1"></path></svg></td></tr><tr><td>Alerts</td><td><i class="fa-solid fa-xmark" aria-label="No" title="No"></i></td></tr></tbody></table>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${grid}${split}${icons}` }));
    const $ = load(article.html);
    const tables = $('table').toArray().map((table) => $(table).find('tr').toArray().map((tr) => $(tr).find('th, td').toArray().map((cell) => $(cell).text().trim()).filter(Boolean).join('|')));
    expect(tables).toEqual([
      ['Gauge|Level', 'North|3.2', 'South|2.9'],
      ['Pier|Depth', 'East pier|12 m', 'West pier|9 m'],
      ['Feature|Tide app', 'Offline|Yes', 'Alerts|No'],
    ]);
  });

  it("keeps the first lines that only look like the headline's start or a dateline: a sentence opening with 'Published', a cell reading the start of the title's word", () => {
    const intro = '<p>Published from the shared workbook. Figures in thousands of pounds; the Total column is a sum.</p>';
    const table = '<table><tr><td>Region</td><td>Q1</td><td>Q2</td></tr><tr><td>North</td><td>1,200</td><td>1,350</td></tr><tr><td>South</td><td>980</td><td>1,020</td></tr></table>';
    const article = extract(articlePage({ title: 'Regional sales, first two quarters', body: `${intro}${table}<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}` }));
    expect(article.html).toContain('Published from the shared workbook');
    expect(article.html).toContain('<td>Region</td>');
  });

  it("drops a membership ask after the story (Brightspot's ArticlePage-membership) and a page builder's inline sign-up form", () => {
    const ask = '<div class="ArticlePage-membership"><p>Lookout is a local news site supported by members. Become a member today to support our reporting on the county.</p></div>';
    const form = '<div class="formkit-inline-cta"><form class="formkit-form" action="/subscribe"><p>Get the free rate calculator spreadsheet for your next quote.</p><input type="email"></form></div>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${form}${REST.map((p) => `<p>${p}</p>`).join('')}${ask}` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    expect(article.html).not.toContain('Become a member today');
    expect(article.html).not.toContain('free rate calculator');
  });

  it('drops the hot comments after the related links, however their box is named (热门评论)', () => {
    const text = ['今年以来，我市坚持稳中求进工作总基调，全市经济运行持续回升向好，主要指标好于预期。一季度全市地区生产总值同比增长百分之五点六。', '从产业看，规模以上工业增加值同比增长百分之七点二，其中高技术制造业增长百分之十二点四，新兴产业产值占比进一步提升。', '消费市场稳步恢复。社会消费品零售总额同比增长百分之六点一，餐饮、文旅等服务消费增势强劲。'];
    const tail = '<div class="xgnews"><h3>相关新闻</h3><ul><li><a href="/1.htm">某地出台新政策</a></li><li><a href="/2.htm">另一地发布数据</a></li></ul></div><div class="commt_list"><h4>热门评论</h4><dl><dt><span>匿名人士</span> 2024-03-08 08:02</dt><dd>这个问题挺严重的，希望尽快解决，大家都在等着看后续的进展情况如何。</dd></dl></div>';
    const article = extract(articlePage({ title: '一季度经济运行稳中向好', body: `${text.map((p) => `<p>${p}</p>`).join('')}${tail}` }));
    for (const line of text) expect(article.html).toContain(line);
    expect(article.html).not.toContain('这个问题挺严重的');
  });

  it("drops the author's bio after the story, its class written as one word (Brightspot's AuthorBio)", () => {
    const bio = '<div class="ArticlePage-authorBio"><div class="AuthorBio"><img src="https://news.example.com/jane.jpg" alt="Jane Doe"><p>Jane Doe covers education for the Gazette. Reach her at jdoe@example.com or on the phone at the newsroom.</p></div></div>';
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}${bio}` }));
    for (const text of [LEAD, ...REST]) expect(article.html).toContain(text);
    expect(article.html).not.toContain('covers education');
  });

  it('drops a line that only dates the story at its top (the date is in the front-matter), not a sentence holding a date', () => {
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>March 05, 2024</p><p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}<p>On March 5, 2024 the team flew again.</p>` }));
    expect(article.html).not.toContain('<p>March 05, 2024</p>');
    expect(article.html).toContain('On March 5, 2024 the team flew again.');
  });

  it("drops the byline's role and relative time left at the story's top ('Technology reporter', '2 days ago'), not a sentence naming a reporter", () => {
    const article = extract(articlePage({ title: 'Glacier retreats', body: `<p>Technology reporter</p><p>2 days ago</p><p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}<p>The reporter asked again.</p>` }));
    expect(article.html).not.toContain('Technology reporter');
    expect(article.html).not.toContain('2 days ago');
    expect(article.html).toContain('The reporter asked again.');
  });

  it("drops a line of a Chinese page's tools (举报/反馈, 打印, 关闭窗口), not a sentence that names them", () => {
    const PARA = '<p>这是一篇关于潮汐测量的文章，港口从旧码头建成时就有了验潮站，管理员把每次读数都记在一本装订好的日志里，如今仍保存在办公室。</p>';
    const article = extract(articlePage({ title: '潮汐工具', body: `${PARA}${PARA}<div class="_3Pm2p">举报/反馈</div><p>打印 | 关闭窗口</p><p>读者可以在页面底部举报或反馈错误。</p>` }));
    expect(article.html).not.toContain('举报/反馈');
    expect(article.html).not.toContain('关闭窗口');
    expect(article.html).toContain('读者可以在页面底部举报或反馈错误。');
  });
});

describe("players' and tools' lines", () => {
  it.each(['Getting your Trinity Audio player ready...', 'Duration: 2 minutes 14 seconds2m 14s', 'Video', 'Edit this page', 'Read Less', "Join ST's Telegram channel and get the latest breaking news delivered to you.", 'Did this page help you?', 'Sign in to answer', 'Accepted answer', 'Scroll to continue', 'Image credits: Jane Roe', 'Medically reviewed by Samuel Okafor, MD — Written by Jessica Lorenz — Updated on March 5, 2025', 'We include products we think are useful for our readers. If you buy through links on this page, we may earn a small commission.', 'Was this helpful?', 'Is this page useful?', 'Tipp: Wir sind bei WhatsApp!', '📲 Siga o canal do g1 SP no WhatsApp', 'Simak Video "Banjir Rendam Jakarta Utara"'])('drops the line %j', (line) => {
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<div class="tts"><strong>${line}</strong></div><p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}` })).html;
    expect(html).not.toContain(line);
    for (const text of [LEAD, ...REST]) expect(html).toContain(text);
  });

  it('reads the content a stray </html> left outside the page (a template include closing it early)', () => {
    const html = extract(`<!DOCTYPE html><html><head><title>Glacier retreats</title></head><body><div class="header"><a href="/">Home</a></div></body></html>\n<div class="article"><h1>Glacier retreats</h1><p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}</div>\n</body></html>`).html;
    for (const text of [LEAD, ...REST]) expect(html).toContain(text);
  });

  it("drops MediaWiki's [edit] links beside the headings in their wrappers", () => {
    const heading = '<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=X&amp;action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></div>';
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${heading}${REST.map((p) => `<p>${p}</p>`).join('')}` })).html;
    expect(html).toContain('History');
    expect(html).not.toContain('action=edit');
  });

  it("keeps each live-blog entry's header, its time and headline, among entries alike", () => {
    const entry = (time: string, headline: string, text: string) => `<article class="live-story-post"><div class="live-story-post__wrapper"><header class="live-story-post__header"><time class="live-story-post__timestamp">${time}</time><h2 class="live-story-post__headline">${headline}</h2></header><div class="live-story-post__content"><p>${text}</p></div></div></article>`;
    const body = [entry('9:41 a.m. ET, May 14, 2024', 'Crews from three states arrive to restore power', LEAD), entry('9:05 a.m. ET, May 14, 2024', 'Third tornado confirmed in central Iowa', REST[0]!), entry('8:20 a.m. ET, May 14, 2024', 'Schools in two districts cancel classes', REST[1]!)].join('');
    const html = extract(articlePage({ title: 'Live updates: storms', body })).html;
    for (const text of ['9:41 a.m. ET, May 14, 2024', 'Crews from three states arrive to restore power', 'Third tornado confirmed in central Iowa', 'Schools in two districts cancel classes', LEAD, REST[0]!, REST[1]!]) expect(html).toContain(text);
  });

  it.each([
    'Originally Published: March 5, 2024 at 5:00 AM MST',
    'Stand: 22.11.2024 08:14 Uhr',
    'Quelle: ntv.de, mau/dpa',
    'المصدر : الجزيرة',
    "This article has been reviewed according to Science X's editorial process and policies.",
    'Citation: Glacier retreats faster than thought (2024, March 7) retrieved 7 March 2024 from https://phys.example.org/news/2024-03-glacier.html',
    'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.',
  ])('drops the closing line %j', (line) => {
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}<p>${line}</p>` })).html;
    expect(html).not.toContain(line.slice(0, 20));
    for (const text of [LEAD, ...REST]) expect(html).toContain(text);
  });

  it("drops a pull quote that repeats the article's words, keeping one that quotes what the text does not", () => {
    const repeated = `<div class="PullQuoteWrapper-kKyMLj" data-journey-hook="pull-quote"><p class="PullQuoteText-dRkVlc">${REST[0]!.slice(0, 60)}</p></div>`;
    const own = '<blockquote class="wp-block-pullquote"><p>Nobody on the ice that morning had seen the water so dark.</p></blockquote>';
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${repeated}${own}${REST.map((p) => `<p>${p}</p>`).join('')}` })).html;
    expect(html.split(REST[0]!.slice(0, 60)).length - 1).toBe(1);
    expect(html).toContain('Nobody on the ice that morning');
  });

  it("drops a caption's show and hide buttons written as bold text (NPR's), keeping the caption and its credit", () => {
    const photo = '<div class="bucketwrap image"><img src="https://media.example.org/ice.jpg" alt=""><div class="credit-caption"><div class="caption"><p>Nets pulled through a hole in the ice.</p></div><span class="credit">Amber Bracken for NPR</span><b class="hide-caption"><b>hide caption</b></b><b class="toggle-caption"><b>toggle caption</b></b></div></div>';
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${photo}${REST.map((p) => `<p>${p}</p>`).join('')}` })).html;
    expect(html).toContain('Nets pulled through a hole in the ice.');
    expect(html).toContain('Amber Bracken for NPR');
    expect(html).not.toContain('caption</b>');
  });

  it("drops a caption's label for screen readers, keeping the caption, and a newsletter box a component attribute names", () => {
    const figure = '<figure><img src="https://cdn.example.com/boat.jpg" alt=""><figcaption class="e34-Caption"><span class="ssrcss-1ixzgla-VisuallyHidden">Image caption, </span>Skipper Tom Hale on the quay</figcaption></figure>';
    const signup = '<div data-component="newsletter-signup"><a href="#after">skip past newsletter promotion</a><p>Sign up to Down to Earth, our free weekly newsletter about the planet.</p></div>';
    const html = extract(articlePage({ title: 'Glacier retreats', body: `<p>${LEAD}</p>${figure}${signup}${REST.map((p) => `<p>${p}</p>`).join('')}` })).html;
    expect(html).toContain('Skipper Tom Hale on the quay');
    expect(html).not.toContain('Image caption');
    expect(html).not.toContain('Down to Earth');
  });
});

describe("an agency's story", () => {
  it("keeps its sign-off naming the byline's reporter, and drops what a link tells screen readers (', opens new tab')", () => {
    const body = `<p>${LEAD} The <a href="https://example.gov/s">statement<span class="sr">, opens new tab</span></a> said so.</p>${REST.map((p) => `<p>${p}</p>`).join('')}<p class="sign-off">Reporting by Susanna Twidale; Editing by Jan Harvey</p>`;
    const article = extract(articlePage({ title: 'Glacier retreats', head: '<meta name="author" content="Susanna Twidale">', body }));
    expect(article.html).toContain('Reporting by Susanna Twidale; Editing by Jan Harvey');
    expect(article.html).not.toContain('opens new tab');
    expect(article.html).toContain('statement</a>');
  });
});

describe("an article's lead", () => {
  it('keeps a box named as the lead before the body, however short (36kr\'s div.summary, a standfirst)', () => {
    const summary = '<div class="summary">The glacier lost two hundred metres in a summer.</div>';
    const related = `<div class="more"><h3>More stories</h3><ul>${['Ice shelf cracks widen', 'Record melt in the north', 'Sea level figures revised'].map((t, i) => `<li><a href="/s/${i}">${t}</a></li>`).join('')}</ul></div>`;
    const html = extract(`<html><head><title>Glacier retreats</title></head><body><nav><a href="/">Home</a></nav><div class="story"><div class="head"><h1>Glacier retreats</h1><span class="time">2024-03-05</span></div>${summary}<div class="story-body"><p>${LEAD}</p>${REST.map((p) => `<p>${p}</p>`).join('')}</div>${related}<div class="share"><a href="/s">Share</a> <a href="/t">Tweet</a></div></div></body></html>`).html;
    expect(html).toContain('The glacier lost two hundred metres in a summer.');
    for (const text of [LEAD, ...REST]) expect(html).toContain(text);
  });
});

describe('threads', () => {
  const posts = ['Our hive swarmed on Sunday and again on Thursday, and the second swarm was smaller than the first one.', 'A second swarm a few days after the first is called an afterswarm, and it usually leaves with a virgin queen.', 'Check for queen cells before you combine anything, and leave only the best-looking capped cell in the hive.'];

  it("writes every post of a forum thread whose posts are written alike (XenForo's article.message), not the first alone", () => {
    const post = (user: string, text: string) => `<article class="message message--post" data-author="${user}"><div class="message-inner"><div class="message-cell message-cell--user"><a href="/members/${user}">${user}</a><div class="message-userExtras"><a href="/members/${user}/joined">Joined Mar 2019</a> <a href="/members/${user}/posts">Messages 1,204</a> <a href="/members/${user}/reactions">Reaction score 312</a></div></div><div class="message-cell message-cell--main"><div class="message-content"><article class="message-body"><div class="bbWrapper">${text}</div></article></div><footer class="message-footer"><a href="/report">Report</a> <a href="/reply">Reply</a></footer></div></div></article>`;
    const first = `${posts[0]} ${'We had added a super the week before, so space was not the problem, and the weather had been warm all week. '.repeat(3)}`;
    const thread = `<div class="block-body">${post('Marty', first)}${post('Hollis', posts[1]!)}${post('Ann', posts[2]!)}</div>`;
    const html = extract(`<html><head><title>Hive swarmed twice</title></head><body><nav><a href="/">Forums</a></nav><div class="p-body"><h1>Hive swarmed twice</h1>${thread}</div></body></html>`).html;
    for (const text of posts) expect(html).toContain(text);
  });

  it('writes a thread whose posts are all named as comments (a Q&A page), not the sign-in box left when they are taken out', () => {
    const comment = (text: string) => `<div class="timeline-comment-group"><div class="timeline-comment"><div class="comment-body"><p>${text}</p><p>${text.toUpperCase()}</p></div></div></div>`;
    const body = `<div class="js-discussion">${posts.map(comment).join('')}</div><div class="flash">Sign up for free to join this conversation. Already have an account? Sign in to comment.</div>`;
    const html = extract(articlePage({ title: 'Hive swarmed twice', body })).html;
    for (const text of posts) expect(html).toContain(text);
    // Cleaned lightly, its lines of furniture still go.
    expect(html).not.toContain('Sign up for free');
  });
});

describe('formulas and code kept as source', () => {
  it("marks Discourse's bare TeX (span.math, div.math) as formulas, and drops Joplin's hidden copy of a block's source", () => {
    const body = `<p>${LEAD}</p><p>The range <span class="math">h_1 - h_2</span> changes daily.</p><div class="math">\\int_0^T h(t)\\,dt</div><div class="joplin-editable"><pre class="joplin-source">print(1)</pre><pre class="hljs"><code>print(1)</code></pre></div>${REST.map((p) => `<p>${p}</p>`).join('')}`;
    const html = extract(articlePage({ title: 'Glacier retreats', body })).html;
    expect(html).toContain('<span class="math-tex" data-tex="h_1 - h_2">h_1 - h_2</span>');
    expect(html).toContain('<div class="math-tex" data-tex="\\int_0^T h(t)\\,dt" data-display="block">');
    expect(html.split('print(1)').length - 1).toBe(1);
  });

  it("marks Zenn's KaTeX elements as formulas: inline, and displayed (display-mode=\"1\" inside <eqn>)", () => {
    const body = `<p>${LEAD}</p><p>比較<embed-katex><eq class="zenn-katex">a &lt; b</eq></embed-katex>のような処理。</p><section class="zenn-katex"><eqn><embed-katex display-mode="1">\\sum_{k=1}^{n} k</embed-katex></eqn></section>${REST.map((p) => `<p>${p}</p>`).join('')}`;
    const html = extract(articlePage({ title: 'Glacier retreats', body })).html;
    expect(html).toContain('<embed-katex class="math-tex" data-tex="a &lt; b">a &lt; b</embed-katex>');
    expect(html).toContain('<embed-katex class="math-tex" data-tex="\\sum_{k=1}^{n} k" data-display="block">');
  });
});
