// Dates and bylines written as text on Chinese pages, and the --timezone reading of them.
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../src/extract/dom.js';
import { extractMetadata } from '../src/extract/metadata/index.js';
import { parseDate } from '../src/extract/metadata/parse-date.js';

const PARA = '<p>正文第一段，讲述事情的经过。这里有足够多的文字，让它看起来像一篇真正的文章正文。</p>';
const meta = (body: string, options = {}) => extractMetadata(loadHtml(`<html><head><title>测试标题_频道_某网站</title></head><body>${body}</body></html>`), undefined, options);
const iso = (body: string, options = {}) => meta(body, options).date?.value.toISOString();
const author = (body: string) => meta(body).author?.value;

describe('dates written as text', () => {
  it.each([
    ['发布时间：', '<h1>测试标题</h1><div class="info">发布时间：2021-10-29 08:30:00</div>', '2021-10-29T08:30:00.000Z'],
    ['时间：', '<h1>测试标题</h1><div>时间：2021年10月29日 08:30</div>', '2021-10-29T08:30:00.000Z'],
    ['日期：', '<h1>测试标题</h1><div>日期：2021/10/29</div>', '2021-10-29T00:00:00.000Z'],
    ['发表于', '<h1>测试标题</h1><p>发表于 2004年12月27日 12:40 - (阅读:37)</p>', '2004-12-27T12:40:00.000Z'],
    ['a bare date under the headline', '<h1>测试标题</h1><div>2005-5-7 21:23:57 来源：某报</div>', '2005-05-07T21:23:57.000Z'],
    ['a date before "更新"', '<h1>测试标题</h1><td>2005-04-05 06:40更新</td>', '2005-04-05T06:40:00.000Z'],
    ['month-first US dates with AM/PM', '<b>测试标题</b><div>发布日期： 9/17/2004 5:54:13 PM</div>', '2004-09-17T17:54:13.000Z'],
    ['month-first dates with dashes (forums)', '<h1>测试标题</h1><span>11-29-2024, 09:03 AM #1</span>', '2024-11-29T09:03:00.000Z'],
    ["a date in a span of its own after a name's", '<h1>测试标题</h1><div><span>张三</span><span>2024-03-05</span><span>阅读 1234</span></div>', '2024-03-05T00:00:00.000Z'],
    ['a date in the info list above the headline, three items up', '<ul class="time"><li>2024-03-12 16:47:22</li><li>来源：某网</li><li>字号：<a>大</a><a>中</a><a>小</a></li></ul><h3>测试标题</h3><p>正文第一段。</p>', '2024-03-12T16:47:22.000Z'],
    ["a date in a span of its own after a Latin name's or a source's", '<h1>测试标题</h1><div><a href="/u/1">钛媒体APP</a><span>2024年3月5日 10:30</span></div>', '2024-03-05T10:30:00.000Z'],
    ["the headline's dateline, not the date a picture's caption gives (the photo's)", '<h1>测试标题</h1><figure><img src="/a.jpg"><figcaption>车站的告示＝2024年3月4日，王小明摄</figcaption></figure><p>2024-03-05 21:32</p><p>正文第一段。</p>', '2024-03-05T13:32:00.000Z'],
    ['a date after a source glued to it', '<h1>测试标题</h1><div><span>来源：某某TV</span><span>2024-03-05 10:30</span></div>', '2024-03-05T10:30:00.000Z'],
    ["the declared date, not a notice's closing date after its first sentences nor the day it was written (成文日期)", '<head><meta name="PubDate" content="2024-01-18 09:40"></head><table><tr><td>成文日期：</td><td>2024-01-12</td></tr><tr><td>发布日期：</td><td>2024-01-18</td></tr><tr><td class="title">测试标题</td></tr></table><p>各区县人民政府，市政府各部门：</p><p>《湖州市优化营商环境三年行动计划》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。</p><p>本计划自2024年2月18日起施行，有效期至2026年12月31日，请各单位遵照执行。</p><p>湖州市人民政府办公室</p><p>2024年1月12日</p>', '2024-01-18T01:40:00.000Z'],
    ['a periodical issue credit', `<h1>测试标题</h1>${PARA}<p>——《某某之春》1998年3月号</p>`, '1998-03-01T00:00:00.000Z'],
    ["the dateline's date, not a magazine issue's (週刊文春 2024年3月7日号) above it", '<h1>测试标题</h1><p class="source">source : <a href="/m">週刊文春</a> 2024年3月7日号</p><p class="date">2024/03/05</p>', '2024-03-05T00:00:00.000Z'],
  ])('%s', (_, body, expected) => {
    expect(iso(body)).toBe(expected);
  });

  it("reads the <h1> over a <title> that puts the site's name before the headline without spaces (光明日报数字报-…)", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>光明日报数字报-战国至汉代墓地考古取得重要收获</title></head><body><h3>本报讯</h3><h1>战国至汉代墓地考古取得重要收获</h1>${PARA}</body></html>`), undefined);
    expect(page.title?.value).toBe('战国至汉代墓地考古取得重要收获');
  });

  it("reads a thread's title shown beside a <title> that adds a label before it and the forum's name in brackets after it (【图片】…【考研吧】_百度贴吧)", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>【图片】二战上岸，分享一下这一年的作息【考研吧】_百度贴吧</title></head><body><h3 class="core_title_txt" title="二战上岸，分享一下这一年的作息">二战上岸，分享一下这一年的作息</h3>${PARA}</body></html>`), undefined);
    expect(page.title?.value).toBe('二战上岸，分享一下这一年的作息');
  });

  it("reads a headline without the one-character badge it opens with (开源中国's <span class=\"original-label\">原</span>), and a tutorial's headline from its <h4> in the <title>", () => {
    const badged = extractMetadata(loadHtml(`<html><head><title>一次 JVM 堆外内存泄漏的排查记录 - 某某的个人空间</title></head><body><h1 class="article-box__title"><span class="ui label original-label"><i class="icon-original"></i>原</span> 一次 JVM 堆外内存泄漏的排查记录</h1>${PARA}</body></html>`), undefined);
    expect(badged.title?.value).toBe('一次 JVM 堆外内存泄漏的排查记录');
    const tutorial = extractMetadata(loadHtml(`<html><head><title>使用dict和set - Python教程 - 某某的官方网站</title></head><body><div class="x-content"><h4>使用dict和set</h4>${PARA}</div></body></html>`), 'https://www.example.com/books/python/1');
    expect(tutorial.title?.value).toBe('使用dict和set');
  });

  it("reads a headline without the badge it ends with (搜狐号's <span class=\"article-tag\"><i>原创</i></span>)", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>中学生的第二课堂正在被短视频改写_手机搜狐网</title></head><body><h1>\n中学生的第二课堂正在被短视频改写\n<span class="article-tag"><i>原创</i></span>\n</h1>${PARA}</body></html>`), undefined);
    expect(page.title?.value).toBe('中学生的第二课堂正在被短视频改写');
  });

  it("reads a topic's headline without the forum's node linked at its head (Ruby China's <a class=\"node\">Rails</a>), a link inside the words kept", () => {
    const title = (h1: string) => extractMetadata(loadHtml(`<html><head><title>Rails 7.1 中 Solid Queue 的生产环境使用体验 · Ruby China</title></head><body><h1 class="media-heading">${h1}</h1>${PARA}</body></html>`), undefined).title?.value;
    expect(title('<a class="node" href="/topics/node2">Rails</a> Rails 7.1 中 Solid Queue 的生产环境使用体验')).toBe('Rails 7.1 中 Solid Queue 的生产环境使用体验');
    expect(title('<span class="node-name"><a href="/topics/node139">Rails</a></span> Rails 7.1 中 Solid Queue 的生产环境使用体验')).toBe('Rails 7.1 中 Solid Queue 的生产环境使用体验');
    expect(title('<a href="/wiki/rails">Rails</a> 7.1 中 Solid Queue 的生产环境使用体验')).toBe('Rails 7.1 中 Solid Queue 的生产环境使用体验');
  });

  it("reads the title, writer and date Founder's CMS keeps in its <!--enpproperty--> comment (Chinese papers' sites and e-papers)", () => {
    const comment = '<!--enpproperty <articleid>231876</articleid><date>2024-03-18 08:15:00.0</date><author>袁 林</author><title>多元解纷让矛盾纠纷化解在基层</title><keyword></keyword><siteid>1</siteid>/enpproperty-->';
    const page = extractMetadata(loadHtml(`<html><head><title>人民法院报</title>${comment}</head><body><table><tr><td class="font01">多元解纷让矛盾纠纷化解在基层</td></tr></table>${PARA}</body></html>`), undefined);
    expect([page.title?.value, page.author?.value, page.date?.value.toISOString()]).toEqual(['多元解纷让矛盾纠纷化解在基层', '袁林', '2024-03-18T00:15:00.000Z']);
    // An e-paper's template puts it in its layout table, beside the article.
    const nested = extractMetadata(loadHtml(`<html><head><title>人民法院报</title></head><body><table><tr><td>${comment}<table><tr><td class="font01">多元解纷让矛盾纠纷化解在基层</td></tr></table>${PARA}</td></tr></table></body></html>`), undefined);
    expect([nested.title?.value, nested.author?.value, nested.date?.value.toISOString()]).toEqual(['多元解纷让矛盾纠纷化解在基层', '袁林', '2024-03-18T00:15:00.000Z']);
  });

  it('keeps the ideographic spaces a headline sets between its clauses, and writes other runs of spaces as one', () => {
    const page = (h1: string, og: string) => extractMetadata(loadHtml(`<html><head><title>t</title><meta property="og:title" content="${og}"></head><body><h1>${h1}</h1>${PARA}</body></html>`), undefined).title?.value;
    expect(page('能登の仮設住宅、入居始まる　輪島市で200戸完成', '能登の仮設住宅、入居始まる　輪島市で200戸完成 - 朝日新聞')).toBe('能登の仮設住宅、入居始まる\u3000輪島市で200戸完成');
    expect(page('嘉義夫妻檔賣古早味豆花30年&#12288;一碗25元不漲價', '嘉義夫妻檔賣古早味豆花30年&#12288;一碗25元不漲價 | ETtoday')).toBe('嘉義夫妻檔賣古早味豆花30年\u3000一碗25元不漲價');
    expect(page('春耕备耕全面展开  \n 多地农资供应保障有力', '春耕备耕全面展开 多地农资供应保障有力')).toBe('春耕备耕全面展开 多地农资供应保障有力');
  });

  it("reads a two-character headline after its permalink mark (VuePress' '<h1><a class=\"header-anchor\">#</a> 配置</h1>')", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>配置 | Fastkit</title></head><body><h1 id="配置"><a class="header-anchor" href="#配置" aria-hidden="true">#</a> 配置</h1>${PARA}</body></html>`), undefined);
    expect(page.title?.value).toBe('配置');
  });

  it("reads a site's name without the domain written after it (og:site_name '香港經濟日報 hket.com')", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>测试标题</title><meta property="og:site_name" content="香港經濟日報 hket.com"></head><body><h1>测试标题</h1>${PARA}</body></html>`), undefined);
    expect(page.siteName?.value).toBe('香港經濟日報');
  });

  it("reads a site's name without a stray separator after it (og:site_name 'Netsmartz |')", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>Consulting Services</title><meta property="og:site_name" content="Netsmartz |"></head><body><h1>Consulting Services</h1>${PARA}</body></html>`), undefined);
    expect(page.siteName?.value).toBe('Netsmartz');
  });

  it("reads the writer after a labelled source and a bar before the date ('来源：文艺报 | 周明远  2024年06月26日08:39', people.cn's template)", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>县城文学的新面孔--中国作家网</title></head><body><h1>县城文学的新面孔</h1><div class="fl">来源：<a href="http://www.wenyibao.com.cn/">文艺报</a> | 周明远&nbsp;&nbsp;2024年06月26日08:39</div>${PARA}</body></html>`), undefined);
    expect(page.author?.value).toBe('周明远');
  });

  it("reads the writer a closing credit names before the photographer's label ('文/张晓彤 摄影/李浩然') over the office that posted the page (发布者：新闻中心)", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>复旦新闻</title></head><body><h1>校园里的秋天</h1><p class="arti_metas"><span class="arti_publisher">发布者：新闻中心</span><span class="arti_update">发布时间：2024-11-05</span></p>${PARA}<p style="text-align:right;">文/张晓彤 摄影/李浩然</p></body></html>`), undefined);
    expect(page.author?.value).toBe('张晓彤');
  });

  it("reads the release time Baidu's time factor declares (<meta property=\"og:release_date\">, 大鱼号's), in Beijing time", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>新能源车下乡</title><meta property="og:release_date" content="2025-05-25 09:48:00"></head><body><h1>新能源车下乡</h1><span class="time">05-25 09:48</span>${PARA}</body></html>`), undefined);
    expect(page.date?.value.toISOString()).toBe('2025-05-25T01:48:00.000Z');
  });

  it("reads the reporters a Hong Kong paper's news tag opens the lead with ('【大公報訊】記者黃慧儀報道：') over the 來源 its header names, the share bar glued after it", () => {
    const header = '<h2 class="tkp_con_author"><span>2025-02-27 04:23:56</span><span>來源：大公報</span><span class="tkp_share"><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></span></h2>';
    const page = (lead: string) => extractMetadata(loadHtml(`<html><head><title>啟德體育園演唱會帶動消費 - 大公報</title><meta property="og:site_name" content="大公報"></head><body><h1>啟德體育園演唱會帶動消費</h1>${header}<p>${lead}啟德體育園開幕以來，已舉辦多場大型演唱會，帶動周邊餐飲及零售生意。</p>${PARA}</body></html>`), undefined).author?.value;
    expect(page('【大公報訊】記者黃慧儀報道：')).toBe('黃慧儀');
    expect(page('')).toBe('大公報');
  });

  it("reads a writer's name between the department before it and the profession glued after it ('撰文／心臟血管內科 林志明醫師', a hospital's news)", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>彰化基督教醫院-最新消息</title></head><body><td class="newsTitle"><span id="lblTitle">冬季心血管疾病預防</span></td><p>撰文／心臟血管內科 林志明醫師</p>${PARA}</body></html>`), undefined);
    expect(page.author?.value).toBe('林志明');
  });

  it("takes no note about the writer in an element named for the author ('（作者為資深銀行家、註冊財務策劃師）') for a name", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>利率見頂了嗎</title></head><body><h1>利率見頂了嗎</h1>${PARA}<p class="author_intro">（作者為資深銀行家、註冊財務策劃師）</p></body></html>`), undefined);
    expect(page.author).toBeUndefined();
  });

  it("reads a reporter's name without the word 報導 after it ('（GNN 記者 魔方 報導）')", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>新作公布</title></head><body><h1>新作公布</h1><span class="GN-lbox3C">（GNN 記者 魔方 報導） 2025-03-19 12:00:17</span>${PARA}</body></html>`), undefined);
    expect(page.author?.value).toBe('魔方');
  });

  it("reads the date an element named for it shows inside the list item holding the whole post (emlog's theme), not one in a short item", () => {
    const post = (text: string) => `<html><head><title>父亲的自行车</title></head><body><ul><li><h2>父亲的自行车</h2><div class="post">${text}</div><div class="date"><span>作者:</span><a href="/author/1">老周</a> 2024-7-9 22:41 Tuesday</div></li></ul></body></html>`;
    expect(extractMetadata(loadHtml(post(PARA.repeat(30))), undefined).date?.value.toISOString()).toBe('2024-07-09T14:41:00.000Z');
    const listed = `<html><head><title>父亲的自行车</title></head><body><h1>父亲的自行车</h1>${PARA.repeat(30)}<ul><li><div class="date">2024-7-9 22:41</div></li></ul></body></html>`;
    expect(extractMetadata(loadHtml(listed), undefined).date).toBeUndefined();
  });

  it("keeps the headline's own part of an <h1> that holds an audio button too", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>一季度全市经济运行稳中向好-新华网</title></head><body><h1><span class="title">一季度全市经济运行稳中向好</span><span class="btn-audio">播报</span></h1>${PARA}</body></html>`), undefined);
    expect(page.title?.value).toBe('一季度全市经济运行稳中向好');
  });

  it("reads the headline where the <title> or og:title is only an institution's or an app's name (a ministry's portal, a company, an exchange, a museum, a paper's app)", () => {
    const page = (head: string, body: string) => extractMetadata(loadHtml(`<html><head>${head}</head><body>${body}${PARA}</body></html>`), undefined).title?.value;
    expect(page('<title>中华人民共和国教育部政府门户网站</title>', '<div id="content_body"><h1>多地高校扎实推进毕业生就业促进行动</h1></div>')).toBe('多地高校扎实推进毕业生就业促进行动');
    expect(page('<title>上海证券交易所</title>', '<div class="article-infor"><h2 class="title">关于发布《自律监管指引第14号》的通知</h2></div>')).toBe('关于发布《自律监管指引第14号》的通知');
    expect(page('<title>湖南博物院</title><meta property="og:title" content="湖南博物院">', '<h3 class="news-detail-title">“闲来弄风雅”在我院开幕</h3>')).toBe('“闲来弄风雅”在我院开幕');
    expect(page('<title>人民日报客户端</title>', '<h1 class="article-title">春灌高峰到来 南水北调中线工程向沿线加大供水</h1>')).toBe('春灌高峰到来 南水北调中线工程向沿线加大供水');
    expect(page('<title>云上枝江</title><meta property="og:title" content="云上枝江">', '<h1 class="article-title">百里洲镇砂梨进入盛花期 梨农忙着人工授粉</h1>')).toBe('百里洲镇砂梨进入盛花期 梨农忙着人工授粉');
    expect(page('<title>上观新闻</title>', '<div class="fenxiang-title">长三角示范区迎来五周年 跨域项目加速落地</div>')).toBe('长三角示范区迎来五周年 跨域项目加速落地');
    // A paper's name alone (农民日报), or before the headline after a double dash (工人日报--).
    expect(page('<title>农民日报</title>', '<h1 class="article-title">“小庭院”做出增收“大文章”</h1>')).toBe('“小庭院”做出增收“大文章”');
    expect(page('<title>工人日报--让技能人才“钱袋子”更鼓“上升路”更宽</title>', '<founder-title>让技能人才“钱袋子”更鼓“上升路”更宽</founder-title>')).toBe('让技能人才“钱袋子”更鼓“上升路”更宽');
    // The innermost element named as a title, not the box holding it with the credits' line beside it.
    expect(page('<title>上观新闻</title>', '<div class="news-title"><div class="title">浦东“智慧工地”试点扩围 塔吊装上“电子眼”</div><div class="fenxiang-zz"><span>来源：解放日报</span><span>作者：查睿</span><span>2024-04-23 07:13</span></div></div>')).toBe('浦东“智慧工地”试点扩围 塔吊装上“电子眼”');
  });

  it("credits the office a government page says issued it ('發布單位：觀光發展處') over the government its Dublin Core meta names", () => {
    const page = (line: string) => extractMetadata(loadHtml(`<html><head><title>夏日海洋音樂祭7月登場</title><meta name="DC.Creator" content="北濱縣政府"></head><body><h3>夏日海洋音樂祭7月登場</h3>${PARA}<ul class="info"><li>${line}</li><li>發布日期：113-05-20</li></ul></body></html>`), undefined).author?.value;
    expect(page('發布單位：觀光發展處')).toBe('觀光發展處');
    expect(page('點閱次數：1234')).toBe('北濱縣政府');
  });

  it("reads the reporters a closing line credits over a 来源 line naming the site itself, never over an outlet a writer's label names", () => {
    const page = (title: string, body: string, head = '') => extractMetadata(loadHtml(`<html><head><title>${title}</title>${head}</head><body><h1>测试标题</h1>${body}</body></html>`), undefined).author?.value;
    // The site's own copy: its reporters, before the photographer (（津云新闻记者 王音 摄影 张磊）), or unbracketed with the correspondent, written as a list (记者 张华 通讯员 赵丽 文/图).
    expect(page('测试标题_津云', `<div class="article-meta"><span class="time">2024-04-03 17:30</span><span class="source">来源：津云</span></div>${PARA}<p>（津云新闻记者 王音 摄影 张磊）</p>`, '<meta name="author" content="津云">')).toBe('王音');
    expect(page('测试标题_某河网', `<div class="info">2024-03-18 09:12 来源：<span id="source_baidu">某河网</span></div>${PARA}<p>记者 张华 通讯员 赵丽 文/图</p>`)).toBe('张华, 赵丽');
    // Where nothing else names a writer: the reporters a line of its own opening the story credits, never a menu's link (a board named 记者江湖).
    expect(page('测试标题', `<div class="info">2024-06-08 09:00</div><p>记者 王阳 周明</p>${PARA}`)).toBe('王阳, 周明');
    // After the mark a paper sets before its credit (上海证券报's "◎记者 许子皓"), the header naming the outlet alone.
    expect(page('测试标题', `<div class="info">2024-06-08 09:00 来源：上海证券报</div><p>◎记者 许子皓</p>${PARA}`)).toBe('许子皓');
    expect(page('测试标题', `<ul class="menu"><li><a href="/b/7">记者江湖</a></li><li><a href="/b/8">摄影专区</a></li></ul><div class="info">2024-06-08 09:00</div>${PARA}`)).toBeUndefined();
    // An outlet a writer's label names (作者：新京报, a reprint's), not that outlet's reporters.
    expect(page('测试标题_某浪网', `<div class="info">2024-03-18 09:12 作者：新京报</div><p>新京报讯（记者 奚丹霓 张赛）今天上午，市中级人民法院公开宣判了这起案件，法庭当庭作出判决。</p>${PARA}`)).toBe('新京报');
  });

  it("reads a print page's headline where its <title> names the site only (浙江在线--打印页面)", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>浙江在线--打印页面</title></head><body><table><tr><td><img src="/logo.gif" alt="浙江在线"></td></tr><tr><td class="print_title">我市春季旅游迎来热潮 多个景区游客量同比增三成</td></tr><tr><td>来源：浙江日报　2024年03月05日 08:12</td></tr><tr><td>${PARA}</td></tr></table></body></html>`), undefined);
    expect(page.title?.value).toBe('我市春季旅游迎来热潮 多个景区游客量同比增三成');
  });

  it("reads the headline and date of a Taiwanese government or hospital site's story, its <title> naming the site and a section the page links to (新聞稿), the date in the Republic's years (114-05-26)", () => {
    const TW_PARA = '<p>　　雲林縣政府積極推動有機及友善環境耕作，根據農業處最新統計，截至去年底，全縣有機及友善耕作面積已達兩千餘公頃，較前一年成長約一成二。</p>';
    const gov = (titleTag: string) => extractMetadata(loadHtml(`<html><head><title>${titleTag}</title><meta name="DC.Title" content="新聞稿"></head><body><div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="/News.aspx?n=3">新聞專區</a> &gt; <a href="/News.aspx?n=3&amp;sms=9">新聞稿</a></div><h2 class="pagetitle">新聞稿</h2><table class="table_news"><tr><th>標題</th><td><span class="news_title">雲林縣有機及友善耕作面積突破2千公頃 縣府持續加碼補助</span></td></tr><tr><th>發布日期</th><td>114-05-26</td></tr><tr><th>內容</th><td>${TW_PARA.repeat(4)}</td></tr></table><div class="news_other"><h3>其他新聞</h3><ul><li><a href="/n/1">縣府舉辦農產品展售會</a>（114-05-20）</li></ul></div></body></html>`), undefined);
    for (const titleTag of ['雲林縣政府全球資訊網-新聞稿', '新聞稿']) {
      const page = gov(titleTag);
      expect(page.title?.value).toBe('雲林縣有機及友善耕作面積突破2千公頃 縣府持續加碼補助');
      expect(page.date?.value.toISOString()).toBe('2025-05-26T00:00:00.000Z');
    }
    // A newspaper's name (國語日報社) and its section, the headline in an old table layout's td.newstitle.
    const paper = extractMetadata(loadHtml(`<html><head><title>國語日報社-新聞</title></head><body><table><tr><td class="topmenu"><a href="/">首頁</a>｜<a href="/info/news/list.asp">新聞</a></td></tr><tr><td class="newstitle"><font size="5"><b>國小英語課 明年起增加口說練習</b></font></td></tr><tr><td>${TW_PARA.repeat(4)}</td></tr></table></body></html>`), undefined);
    expect(paper.title?.value).toBe('國小英語課 明年起增加口說練習');
    // A section's name the page does not link to may be the headline's own words.
    const story = extractMetadata(loadHtml(`<html><head><title>縣府新聞與公告</title></head><body><div class="news_title">雲林縣有機及友善耕作面積突破2千公頃</div>${TW_PARA.repeat(4)}</body></html>`), undefined);
    expect(story.title?.value).toBe('縣府新聞與公告');
    // A blog's post its sidebar lists as a link among the recent ones: the headline a titled element shows, opening the <title>.
    const blog = extractMetadata(loadHtml(`<html><head><title>外公的收音机 - 小鱼儿的博客 - 西陆博客</title></head><body><div class="box_title">博主档案</div><ul><li><a href="/200903/16387.html">外公的收音机</a></li><li><a href="/200902/16021.html">春天的菜园</a></li></ul><div class="art_title">外公的收音机</div>${TW_PARA.repeat(4)}</body></html>`), undefined);
    expect(blog.title?.value).toBe('外公的收音机');
  });

  it("reads a Republic of China date its label names, the era's full name before it (發佈日期：中華民國100年3月7日), not the day a banner shows", () => {
    expect(iso(`<div class="topdate">中華民國100年3月8日 星期二</div><h1>测试标题</h1><div>【發佈日期：中華民國100年3月7日 星期一】 瀏覽人次：1537</div>${PARA}`)).toBe('2011-03-07T00:00:00.000Z');
  });

  it("reads no date from a code listing under the headline (a shell line's \"-newermt '2025-01-01'\", a config's 'published: 2024-03-05')", () => {
    expect(iso(`<h1>测试标题</h1><pre class="src src-sh">find ~/notes -name '*.org' -newermt '2025-01-01' | wc -l</pre>${PARA}`)).toBeUndefined();
    expect(iso(`<h1>测试标题</h1>${PARA}<pre><code>title: Hello\npublished: 2024-03-05</code></pre>${PARA}`)).toBeUndefined();
    expect(iso(`<h1>测试标题</h1><p>2024-03-06</p><pre class="src src-sh">find . -newermt '2025-01-01'</pre>${PARA}`)).toBe('2024-03-06T00:00:00.000Z');
  });

  it('reads the date an element named for it shows far from the headline, not the dates of a listing', () => {
    expect(iso(`<h2 class="itemTitle">测试标题</h2><div class="itemBody">${PARA.repeat(6)}<div class="createddate">2024-03-05 HKT 10:30</div></div>`)).toBe('2024-03-05T00:00:00.000Z');
    const teaser = (day: string) => `<div class="views-row"><div class="views-field-title"><a href="/news/${day}">市政府发布新一轮就业促进计划</a></div><div class="views-field-release-date">2024-03-${day}</div></div>`;
    expect(iso(`<h1>测试标题</h1>${PARA.repeat(6)}${teaser('05')}`)).toBeUndefined();
    expect(iso(`<h1>测试标题</h1>${PARA.repeat(6)}<div class="post-date">2024-03-05</div><div class="post-date">2024-03-06</div>`)).toBeUndefined();
  });

  it("reads the date a post's permalink shows under a short Chinese post, beside its links to the posts before and after (LOFTER's a.date)", () => {
    const post = `<div class="m-post"><div class="text"><h2>测试标题</h2>${PARA.repeat(14)}</div><div class="info"><a class="date" href="/post/1e8a3b_2b9f1c3e">2025-04-03</a><a class="tag" href="/tag/x">#西安</a></div><div class="m-prevnext"><a class="prev" href="/post/1">上一篇：三月读书记录和一些随想</a></div></div>`;
    expect(iso(post)).toBe('2025-04-03T00:00:00.000Z');
    // A date inside a link is the linked page's.
    expect(iso(post.replace('<a class="date" href="/post/1e8a3b_2b9f1c3e">2025-04-03</a>', '<a href="/post/1e8a3b_2b9f1c3e"><span class="date">2025-04-03</span></a>'))).toBeUndefined();
  });

  it("credits the meta author of a blog named for its owner ('小林的博客'), not the text below", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>测试标题 - 小林的博客</title><meta name="author" content="小林"><meta property="og:site_name" content="小林的博客"></head><body><h1>测试标题</h1><p>本文最后更新于：2024-03-06</p>${PARA}</body></html>`), undefined);
    expect(page.author?.value).toBe('小林');
  });

  it("credits the writer of a university's closing credits ('文字：黄晓' over '编辑：刘洁'), and the correspondent a closing credit names alone over a school that is the source ('（通讯员：刘佳琪 审核：李明）')", () => {
    expect(author(`<h1>测试标题</h1>${PARA}${PARA}<p style="text-align:right">文字：黄晓<br/>图片：化学学院<br/>编辑：刘洁<br/>审核：王强</p>`)).toBe('黄晓');
    expect(author(`<h1>测试标题</h1><div class="info"><span>作者：</span><span>来源：机械科学与工程学院</span><span>2025-03-18</span></div>${PARA}${PARA}<p class="vsbcontent_end">（通讯员：刘佳琪 审核：李明）</p>`)).toBe('刘佳琪');
  });

  it("takes no writer from a photo's closing credit ('（記者彭清仁攝）') nor from a bracketed source and section after the date ('[汽车之家 新闻]')", () => {
    expect(author(`<h1>测试标题</h1>${PARA}<p>（記者彭清仁攝）</p>${PARA}`)).not.toBe('彭清仁攝');
    expect(author(`<h1>测试标题</h1><div class="article-info"><span class="time">2025-03-18 10:00</span> <span class="source">[汽车之家 新闻]</span></div>${PARA}${PARA}`)).toBeUndefined();
  });

  it("credits the reporter a Chinese lead names over a WordPress login the JSON-LD and byline give ('cnews06')", () => {
    const page = extractMetadata(loadHtml(`<html><head><title>測試標題</title><meta name="author" content="cnews06"><script type="application/ld+json">{"@type":"NewsArticle","headline":"測試標題","author":{"@type":"Person","name":"cnews06"}}</script></head><body><h1>測試標題</h1><div class="jeg_meta_author">by <a href="/author/cnews06/">cnews06</a></div><p>【匯流新聞網記者陳昱凱／高雄報導】高雄市政府今天宣布，捷運黃線第一階段工程將於年底前全面動工，預計二〇三〇年通車。</p>${PARA}</body></html>`), undefined);
    expect(page.author?.value).toBe('陳昱凱');
  });

  it("credits the reporter a closing credit names over a meta author that is the site's initials (RFA of Radio Free Asia)", () => {
    const page = (author: string) => extractMetadata(loadHtml(`<html><head><title>测试标题 — 普通话主页</title><meta name="author" content="${author}"><meta property="og:site_name" content="Radio Free Asia"></head><body><h1>测试标题</h1>${PARA}${PARA}<p>记者：石山 责编：何平 网编：洪伟</p></body></html>`), undefined).author?.value;
    expect(page('RFA')).toBe('石山');
    expect(page('RFE')).toBe('RFE');
  });

  it("credits the owner of a blog named for them on a domain of their name (Evan of \"Evan's Blog\" on evan.blog), never a level badge beside the name ('Lv3')", () => {
    const byline = '<div class="author flex"><span class="name">Evan</span><span class="author-label">Lv3</span></div>';
    const page = (head: string) => extractMetadata(loadHtml(`<html><head><title>测试标题 - Evan's Blog</title>${head}</head><body><h1>测试标题</h1>${byline}${PARA}</body></html>`), 'https://evan.blog/2024/06/04/rust/').author?.value;
    expect(page(`<meta name="author" content="Evan"><meta property="og:site_name" content="Evan's Blog">`)).toBe('Evan');
    expect(page('')).not.toBe('Lv3');
  });

  it("credits a government page's office (its ContentSource meta) where the page names no one, after any byline", () => {
    const page = (body: string) => extractMetadata(loadHtml(`<html><head><title>测试标题</title><meta name="ContentSource" content="某某市人民政府办公室"></head><body><h1>测试标题</h1>${body}${PARA}</body></html>`), undefined).author?.value;
    expect(page('<div>发布日期：2024-03-05</div>')).toBe('某某市人民政府办公室');
    expect(page('<div>发布日期：2024-03-05 作者：张三</div>')).toBe('张三');
  });

  it("takes the byline the text writes over a meta holding an account's handle", () => {
    const page = (meta: string) => extractMetadata(loadHtml(`<html><head><title>测试标题</title><meta name="author" content="${meta}"></head><body><h1>测试标题</h1><p class="author">本报记者  孙国栋</p><div>2024年03月05日10:30 | 来源：人民网</div>${PARA}</body></html>`), undefined).author?.value;
    expect(page('caijing')).toBe('孙国栋');
    expect(page('王芳')).toBe('王芳');
  });

  it("takes the writer the text labels over a meta author that is the site's name with its domain's (ZOL中关村在线 on zol.com.cn)", () => {
    const html = `<html><head><title>测试标题_中关村在线</title><meta property="og:site_name" content="中关村在线"><meta name="author" content="ZOL中关村在线"></head><body><h1>测试标题</h1><div><span id="author_baidu">作者：<strong>李思源</strong></span> <span id="editor_baidu">责任编辑：王晓</span></div>${PARA}</body></html>`;
    expect(extractMetadata(loadHtml(html), 'https://mobile.zol.com.cn/860/8601234.html').author?.value).toBe('李思源');
  });

  it.each([
    ["a blog host's post: its <h3 class=\"title\"> under the blog's <h1>, the owner's 日志 in the <title>", '<title>又是一年桂花香 - 云水禅心的日志 - 网易博客</title>', '<h1 class="ztag"><a href="/">禅心小筑</a></h1><h3 class="title"><span class="tcnt">又是一年桂花香</span></h3>', '又是一年桂花香', '云水禅心'],
    ["QQ空间's post: the owner's 日志 in brackets after the headline", '<title>旅行日记：川西七日 [小鹿的日志] - QQ空间</title>', '<h3 id="blogTitle" class="tit_detail">旅行日记：川西七日</h3>', '旅行日记：川西七日', '小鹿'],
    ['a blog named for its nickname between the headline and the host', '<title>毕业那天的雨_蓝色海岸线_百度空间</title>', '<div class="tit">毕业那天的雨</div>', '毕业那天的雨', '蓝色海岸线'],
    ["a headline and blogger chained with tight dashes, the headline in a camel-cased title element", '<title>当前楼市调控的几点思考-王建平-和讯博客</title>', '<span class="ArticleTitleText"><a href="/x">当前楼市调控的几点思考</a></span>', '当前楼市调控的几点思考', '王建平'],
    ["a forum's name after a tight dash (…房子-水木社区)", '<title>在北京租房十年，说说换过的七个房子-水木社区</title>', '<div class="b-head"><span class="n-left">文章主题: 在北京租房十年，说说换过的七个房子</span></div>', '在北京租房十年，说说换过的七个房子', undefined],
    ["an institution's name before the headline (湖南省人民政府--…), not a section's label after a site's (北医新闻网_(新闻))", '<title>湖南省人民政府--省政府召开全省春耕生产工作电视电话会议</title>', '<table><tr><td><font><b>省政府召开全省春耕生产工作电视电话会议</b></font></td></tr></table>', '省政府召开全省春耕生产工作电视电话会议', undefined],
  ])('%s', (_, head, body, title, blogger) => {
    const page = extractMetadata(loadHtml(`<html><head>${head}</head><body>${body}${PARA}</body></html>`), undefined);
    expect(page.title?.value).toBe(title);
    expect(page.author?.value).toBe(blogger);
  });

  it("reads a thread poster's longer handle, linked to a user's number on the site's my. host", () => {
    const html = `<html><head><title>测试标题</title></head><body><h1>测试标题</h1><span>亮了(318)浏览(11.3万)</span><div class="post-user-info"><a class="post-user-comp-info-top-name" href="https://my.example.com/155432118887654">沈阳的篮球老炮</a><span class="tip">楼主</span><span>2024-01-22 23:41</span></div>${PARA}</body></html>`;
    expect(extractMetadata(loadHtml(html), 'https://bbs.example.com/622123.html').author?.value).toBe('沈阳的篮球老炮');
  });

  it("reads the date of the headline's header box above it: year, day and time in spans of their own, the source and tools between (Xinhua's)", () => {
    const header = '<div class="header"><div class="header-time"><span class="year"><em>2024</em></span> <span class="day"><em>03</em>/<em>30</em></span> <span class="time">10:25:31</span></div><div class="source">来源：某某网</div><div class="header-cont"><div class="fontSize">字体：<span>小</span><span>大</span></div><div class="share">分享到：</div></div><div class="head-line"><h1>测试标题</h1></div></div>';
    expect(iso(`<div class="topMenu"><a href="/">首页</a></div>${header}<div id="detail">${PARA}${PARA}</div>`)).toBe('2024-03-30T02:25:31.000Z');
  });

  it("takes the article's time, not the date of the weekly's issue it is in (《财新周刊》 2024年第10期 出版日期 …)", () => {
    expect(iso(`<div class="issue-info">《某某周刊》 2024年第10期 出版日期 2024年03月11日</div><h1>测试标题</h1><div class="artInfo">文｜某某 张三<br>2024年03月09日 17:00</div>${PARA}`)).toBe('2024-03-09T09:00:00.000Z');
  });

  it("takes the dateline's time over a meta giving the same day alone", () => {
    const page = (head: string) => extractMetadata(loadHtml(`<html><head><title>测试标题</title>${head}</head><body><h1>测试标题</h1><div>2024年03月05日10:30 | 来源：人民网</div>${PARA}</body></html>`), undefined).date?.value.toISOString();
    expect(page('<meta name="publishdate" content="2024-03-05">')).toBe('2024-03-05T02:30:00.000Z');
    expect(page('<meta name="publishdate" content="2024-03-05T09:00:00Z">')).toBe('2024-03-05T09:00:00.000Z');
  });

  it("takes the published date a header's meta line shows among its parts (byline · published · updated) over a JSON-LD date stamped on the update", () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'Ridge Regression From Scratch', datePublished: '2024-02-02T09:00:00.000Z', dateModified: '2024-02-02T09:00:00.000Z' });
    const meta = '<div class="post-hero__meta"><span class="byline">By <a href="/about">Amara Okeke</a></span><span class="dot">·</span><span>Published <time dateTime="2023-08-14">14 August 2023</time></span><span class="dot">·</span><span class="updated">Updated 2 February 2024</span></div>';
    const page = extractMetadata(loadHtml(`<html><head><title>Ridge Regression From Scratch</title><script type="application/ld+json">${ld}</script></head><body><h1>Ridge Regression From Scratch</h1>${meta}<p>${'Ordinary least squares falls apart when two of your features say almost the same thing. '.repeat(4)}</p></body></html>`), undefined);
    expect(page.date?.value.toISOString()).toBe('2023-08-14T00:00:00.000Z');
    // Two parts dating the line, one the update's unlabelled: which is whose is not clear, the declared date stands.
    const republished = extractMetadata(loadHtml(`<html><head><title>Ridge Regression From Scratch</title><script type="application/ld+json">${JSON.stringify({ '@type': 'BlogPosting', datePublished: '2024-03-09T15:22:00Z' })}</script></head><body><h1>Ridge Regression From Scratch</h1><div class="meta">1 May, 2024 | 8:00 AM · first published 9 Mar, 2024 by Leo Martins</div><p>${'Ordinary least squares falls apart when two of your features say almost the same thing. '.repeat(4)}</p></body></html>`), undefined);
    expect(republished.date?.value.toISOString()).toBe('2024-03-09T15:22:00.000Z');
  });

  it('never reads the year of a dashed date as a zone offset', () => {
    const found = meta('<h1>测试标题</h1><time datetime="02-12-2025">02-12-2025</time>').date;
    expect(found?.value.toISOString()).toBe('2025-02-12T00:00:00.000Z');
    expect(found?.zone).toBeUndefined();
  });

  it('prefers a labelled date to a bare one and ignores dates glued to words', () => {
    expect(iso('<h1>测试标题</h1><p>精选文章(截止2006年8月10日)</p><div>发布时间：2021-10-29 08:30</div>')).toBe('2021-10-29T08:30:00.000Z');
    expect(iso('<h1>测试标题</h1><p>精选文章(截止2006年8月10日)</p>')).toBeUndefined();
  });

  it("reads the date a post's footer shows after a clock's icon with no label (Puock's), where nothing else dates the page", () => {
    const footer = '<div class="footer-info"><div><span>发表至：</span><a href="/category/code">编程</a></div><div><span class="c-sub"><i class="fa-regular fa-clock mr-1"></i>2025-03-25 20:13:02</span></div></div>';
    expect(iso(`<h1>测试标题</h1>${PARA}${footer}`)).toBe('2025-03-25T12:13:02.000Z');
  });

  it("reads the day a bulletin's table gives under its header cell, not the deadline's after 截止日期： on the same line", () => {
    expect(iso('<h1>测试标题</h1><table><tr><th>公告日期</th><td><span>2009/10/05</span>　　截止日期：<span>2009/11/30</span>　　點閱次數：<span>1532</span></td></tr></table>')).toBe('2009-10-05T00:00:00.000Z');
  });

  it('never reads a date in a comment section', () => {
    expect(iso(`<h1>测试标题</h1>${PARA}<div id="comments"><p>发表于 2022-01-01 10:00</p></div>`)).toBeUndefined();
  });

  it('uses the heading with a date after it when the <title> is only the site name', () => {
    const body = '<h2>栏目</h2><ul><li>其他</li></ul><td class="post-title">真正的标题</td><td>2005-06-14 03:25:55</td>';
    expect(iso(body)).toBe('2005-06-14T03:25:55.000Z');
  });

  it('takes the date above the shown headline before a related post\'s dated title further down', () => {
    const body = '<div>Last updated:</div><div>Dec 12, 2025</div><h1>测试标题</h1><p>By Jane Doe</p>'
      + `${PARA.repeat(6)}<h2>Related Posts</h2><h3>Another story of ours</h3><div>December 2, 2025</div>`;
    expect(iso(body)).toBe('2025-12-12T00:00:00.000Z');
  });

  it('never takes a date from running prose under the headline', () => {
    const prose = '<p>As of late 2025, the kernel has carried this code since its merge on October 30, 2025, and it is now a core part of it.</p>';
    expect(iso(`<div>Dec 12, 2025</div><h1>测试标题</h1>${prose}`)).toBe('2025-12-12T00:00:00.000Z');
    expect(iso(`<h1>测试标题</h1>${prose}`)).toBeUndefined();
  });

  it('reads wall-clock times in the --timezone zone, keeps explicit zones, leaves dates alone', () => {
    const zone = { timezone: 'Asia/Shanghai' };
    expect(iso('<h1>测试标题</h1><div>发布时间：2021-10-29 08:30</div>', zone)).toBe('2021-10-29T00:30:00.000Z');
    expect(parseDate('2021-10-29T08:30:00Z', 'Asia/Shanghai')?.toISOString()).toBe('2021-10-29T08:30:00.000Z');
    expect(parseDate('2021-10-29', 'Asia/Shanghai')?.toISOString()).toBe('2021-10-29T00:00:00.000Z');
    expect(parseDate('2021-07-01 12:00', 'Europe/Paris')?.toISOString()).toBe('2021-07-01T10:00:00.000Z');
    expect(parseDate('2021-01-01 12:00', 'Europe/Paris')?.toISOString()).toBe('2021-01-01T11:00:00.000Z');
  });
});

describe("what an app's share page declares in its script state or shows whole", () => {
  it('takes the publication time its script state names (window.jsonData.publishTime) when the page shows a day without its year', () => {
    const page = loadHtml(`<html><head><title>测试标题</title></head><body><h1>测试标题</h1><div class="time">03-05 21:30</div>${PARA}<script>window.jsonData = {"title":"测试标题","publishTime":"2024-03-05 21:30:15","ipLocation":"广东"};</script></body></html>`);
    const found = extractMetadata(page, undefined).date;
    expect(found?.value.toISOString()).toBe('2024-03-05T13:30:15.000Z');
    expect(found?.from).toBe("the page script's publishTime");
  });

  it('keeps a headline with a bar of its own that the page shows whole, its site name dropped', () => {
    const page = loadHtml(`<html><head><title>带爸妈去安吉两天一夜｜路线和避坑都在这了 - 小红书</title><meta name="og:site_name" content="小红书"><meta name="og:title" content="带爸妈去安吉两天一夜｜路线和避坑都在这了 - 小红书"></head><body><div id="detail-title" class="title">带爸妈去安吉两天一夜｜路线和避坑都在这了</div>${PARA}</body></html>`);
    expect(extractMetadata(page, undefined).title?.value).toBe('带爸妈去安吉两天一夜｜路线和避坑都在这了');
  });

  it("never takes a commenter's name from a list of comments, though the name's element is named as an author's", () => {
    const page = loadHtml(`<html><head><title>测试标题</title></head><body><div class="author-container"><a href="/user/profile/5f1e" class="name"><span class="username">桃子不吃辣</span></a></div><div class="title">测试标题</div>${PARA}<div class="comments-container"><div class="comment-item"><div class="author"><a class="name">小熊软糖</a></div><div class="content">收藏了！</div></div></div></body></html>`);
    expect(extractMetadata(page, undefined).author?.value).toBe('桃子不吃辣');
    // A comment's box named a view or a post of one (界面's comment-view > comment-post > p.author-name).
    const viewed = loadHtml(`<html><head><title>测试标题</title></head><body><h1>测试标题</h1>${PARA}<div class="comment-view"><h3>评论</h3><div class="comment-post"><p class="author-name">界面网友</p><p class="comment">顺德的小家电真的是全国有名。</p></div></div></body></html>`);
    expect(extractMetadata(viewed, undefined).author).toBeUndefined();
  });

  it("reads a personal blog's owner from its footer's copyright where the page names no writer, never Hexo's default John Doe", () => {
    const blog = (head: string, footer: string) => extractMetadata(loadHtml(`<html><head><title>测试标题 - 拾贰的光影</title>${head}</head><body><h1 class="site-name">拾贰的光影</h1><article><h2>测试标题</h2>${PARA}</article><footer class="site-footer"><section class="copyright">${footer}</section></footer></body></html>`), undefined).author?.value;
    expect(blog('<meta property="og:site_name" content="拾贰的光影">', '© 2022 - 2024 钱十二')).toBe('钱十二');
    expect(blog('<meta name="author" content="John Doe">', '© 2024 小满 · Powered by Gridea')).toBe('小满');
    expect(blog('', '© 2024 某某科技有限公司 版权所有')).toBeUndefined();
    expect(blog('', 'Copyright © 2004-2024 京东JD.com 版权所有')).toBeUndefined();
    expect(blog('', '© 2024 海尔集团')).toBeUndefined();
  });
});

describe('bylines written as text', () => {
  it.each([
    ['作者：', '<h1>测试标题</h1><div>作者：王小明 阅读(1660)</div>', '王小明'],
    ['作者:', '<h1>测试标题</h1><div>作者:zboygirl 评论(5)</div>', 'zboygirl'],
    ['作者： with two names', '<h1>测试标题</h1><div>编辑： 金金</div><div>作者：宋怡 杨志华</div>', '宋怡 杨志华'],
    ['撰文者： a name, then the magazine and issue it ran in (天下雜誌 818期)', '<h1>测试标题</h1><div class="author"><span>撰文者：<a href="/author/1094">王一芝</a></span> <span><a href="/magazine/818">天下雜誌 818期</a></span></div>', '王一芝'],
    ['文/', `<h1>测试标题</h1><p>文/李四</p>${PARA}`, '李四'],
    ['记者 after a newsroom', `<h1>测试标题</h1><p>光明日报记者 王建宏 张文攀</p>${PARA}`, '王建宏, 张文攀'],
    ['记者…/文', `<h1>测试标题</h1><p>河南商报记者马俊峰/文受访者供图</p>${PARA}`, '马俊峰'],
    ['编辑, who compiled the post, before its source', `<h1>测试标题</h1>${PARA}<p>来源：新闻晨报 编辑：山石</p>`, '山石'],
    ['the 来源 source when no person is named', `<h1>测试标题</h1><div>2019-09-07 13:43:45 来源: 证券市场红周刊</div>${PARA}<p>（ 责任编辑：杨倩 ）</p>`, '证券市场红周刊'],
    ['a source in brackets', `<h1>测试标题</h1><div>2005年3月11日12:12 来源：[ 人民网 ]</div>${PARA}`, '人民网'],
    ['a name alone under the headline', `<p><strong>犬儒病(上)</strong></p><p>胡平</p>${PARA}`, '胡平'],
    ['names under a repeated headline', `<b>社会资本与再就业</b><div>社会资本与再就业</div><div>赵延东、风笑天</div>${PARA}`, '赵延东、风笑天'],
    ['a bracketed name after the date', `<h1>测试标题</h1><div>2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]</div>${PARA}`, '黄宇'],
    ['a closing credit in brackets', `<h1>测试标题</h1>${PARA}<div align="right">（袁源）</div>`, '袁源'],
    ['由…张贴', '<h1>测试标题</h1><div>2005-06-14</div><em>由海姑娘张贴 @ 2005-06-14 03:25:55</em>', '海姑娘'],
    ['a forum handle', '<h1>测试标题</h1><div class="div_author">作者： <a href="/u">放飞&心情</a></div>', '放飞&心情'],
    ['作者 glued to the name in a dateline', `<h1>测试标题</h1><div>发表于2014-08-24 21:30 | 来源CSDN | 作者魏星</div>${PARA}`, '魏星'],
    ['a label after a time its span runs into', `<h1>测试标题</h1><div><span>发布时间：2024/03/05 10:30</span><span>作者：张三</span></div>${PARA}`, '张三'],
    ['本文作者：', `<h1>测试标题</h1><div><span>本文作者：张三</span> <span>2024-03-05</span></div>${PARA}`, '张三'],
    ['names listed with 、, as the page lists them', `<h1>测试标题</h1><div>作者：张三、李四 2024-03-05</div>${PARA}`, '张三、李四'],
    ['a bar after the label (撰文｜)', `<h1>测试标题</h1><p>撰文｜张三　编辑｜李四</p>${PARA}`, '张三'],
    ['a name with 著', `<h1>测试标题</h1><div><span>张三 著</span> <span>2024-03-05</span></div>${PARA}`, '张三'],
    ['a name before the date in a dateline', `<h1>测试标题</h1><div><span>张三</span> <span>发布于 2024-03-05 10:30</span></div>${PARA}`, '张三'],
    ["a name before the date, the spans' texts run together", `<h1>测试标题</h1><div><span>张三</span><span>2024-03-05</span><span>阅读 1234</span></div>${PARA}`, '张三'],
    ['a name before a relative day', `<h1>测试标题</h1><div><span>作者：张三</span> <span>昨天 10:30</span></div>${PARA}`, '张三'],
    // A newsroom's roles before the names: the names alone.
    ['本报记者 after the label', `<h1>测试标题</h1><div><span>2024-03-05 10:30</span> <span>作者：本报记者 周洪双</span></div>${PARA}`, '周洪双'],
    ['roles without labels in a byline element: the reporter, then the correspondent a family name begins', `<h1>测试标题</h1><div><span class="author">记者 吴婷婷 通讯员 黄磊</span> <span>2024-03-05</span></div>${PARA}`, '吴婷婷, 黄磊'],
    ["a lead's credit: the reporter and the correspondent, a list", `<h1>测试标题</h1><p>本报讯（记者 汪国梁 通讯员 刘文）4月2日，记者从合肥新桥科技创新示范区获悉，一批新项目集中开工。</p>${PARA}`, '汪国梁, 刘文'],
    ['a closing credit naming the correspondent first, a press office\'s pen name (园宣)', `<h1>测试标题</h1>${PARA}<p>（通讯员 园宣 记者 朱家宁）</p>`, '朱家宁'],
    ["a paper's credit of its reporter and place", `<h1>测试标题</h1><div><span class="article-content__author"><a href="/x">聯合報／</a> 記者王小明／台北即時報導</span> <span>2024-03-05</span></div>${PARA}`, '王小明'],
    // The reporters a news lead credits in brackets.
    ["a lead's credit in brackets", `<h1>测试标题</h1><div>2024-03-05 10:30 来源：新华网</div><p>新华社北京3月5日电（记者王晓明、李华）这里有足够多的文字，让它看起来像一篇真正的文章正文。</p>${PARA}`, '王晓明、李华'],
    ["a lead's credit with the place after a slash", `<h1>测试标题</h1><div>2024-03-05 10:30</div><p>〔記者王小明／台北報導〕行政院今天宣布新措施，這裡有足夠多的文字讓它看起來像正文。</p>${PARA}`, '王小明'],
    // A photograph's credit names the photographer: the source is credited instead.
    ['a photographer is no author', `<h1>测试标题</h1><div>2024-03-05 10:30 来源：新华网</div>${PARA}<p>3月5日拍摄的工业园。新华社记者 赵强 摄</p>`, '新华网'],
    ["a writer's label before the photographer's", `<h1>测试标题</h1><p><span>作者：林小雨</span><span>摄影：周凯</span><span>编辑：何静</span><span>发布时间：2024-03-05</span></p>${PARA}`, '林小雨'],
    ['信息来源 and 原作者', `<h1>测试标题</h1><div>发布日期：2024-03-05&nbsp;&nbsp;信息来源：县卫生健康局&nbsp;&nbsp;浏览次数：</div>${PARA}`, '县卫生健康局'],
    ['原作者 over 来自', `<h1>测试标题</h1><p>2024-3-5 10:30 | 发布者: <a>admin</a> | 原作者: 张伟 | 来自: 中国日报网</p>${PARA}`, '张伟'],
    ['who posted it (发布:), in the footer of the post', `<h2 class="post-title">测试标题</h2>${PARA}<h6 class="post-footer">发布:老周 | 分类:<a href="/c1">摄影技巧</a> | 评论:1</h6>`, '老周'],
    ['a place\'s report after the reporter (深圳报道)', `<h1>测试标题</h1><p>21世纪经济报道记者 倪雨晴 深圳报道</p>${PARA}`, '倪雨晴'],
    ["the next credit's newsroom and role after the reporter", `<h1>测试标题</h1><p>每经记者 孙桂芝　每经编辑 赵云</p>${PARA}`, '孙桂芝'],
    ["the next credit's newsroom glued to its labelled role after the reporter", `<h1>测试标题</h1><p>每经记者：王珊珊　　每经编辑：何小桃</p>${PARA}`, '王珊珊'],
    ['the reporter, not the correspondent after him, a press office\'s pen name (粤发宣)', `<h1>测试标题</h1><p>南方日报记者 黄叙浩 通讯员 粤发宣</p>${PARA}`, '黄叙浩'],
    ["the reporter without the list's mark before the correspondent's role (记者胡晓岚、通讯员鄂林宣)", `<h1>测试标题</h1><div>2024-03-05 10:30</div><p>湖北日报讯 （记者胡晓岚、通讯员鄂林宣）省交通运输厅昨日透露，今年全省将完成农村公路危桥改造三百座。</p>${PARA}`, '胡晓岚'],
    ["a label, then each writer's newsroom role in the same link (the intern's too)", `<h1>测试标题</h1><div class="nfzm-content__author"><span>作者：</span><a href="/authors/1">南方周末记者 汪韬</a><a href="/authors/2">南方周末实习生 陈欣然</a></div>${PARA}`, '汪韬, 陈欣然'],
    ['the label without its colon', `<h1>测试标题</h1><div class="m-from-author"><span class="m-from-author__name">作者 王小明</span></div>${PARA}`, '王小明'],
    ["an agency's dateline, then the writer in brackets", `<h1>测试标题</h1><div>2024-03-05 10:30</div><p>中新经纬3月5日电 (王玉玲)3月5日，国内某头部新能源车企发布2023年年度财报。</p>${PARA}`, '王玉玲'],
    ["a bracketed credit ending with the place and day (中央社)", `<h1>测试标题</h1><div>2024-03-05 10:30</div><p>（中央社記者王小明台北5日電）行政院今（5）日召開院會，通過修正草案。</p>${PARA}`, '王小明'],
    ["a two-character name before the place", `<h1>测试标题</h1><div>2024-03-05 10:30</div><p>（中央社記者李華台北5日電）行政院今（5）日召開院會，通過修正草案。</p>${PARA}`, '李華'],
    ["a comma after the label, BBC Chinese's byline", `<h1>测试标题</h1><ul><li><span role="text"><span>作者,</span><span>王小明</span></span></li><li><span role="text"><span>职务,</span><span>BBC中文</span></span></li></ul>${PARA}`, '王小明'],
    ["a field box's label and name run together (Hugo even's 文章作者)", `<h1>测试标题</h1>${PARA}<div class="post-copyright"><p><span class="item-title">文章作者</span><span class="item-content">小林</span></p><p><span class="item-title">上次更新</span><span class="item-content">2024-03-10</span></p></div>`, '小林'],
    ["来自 without a colon in the headline's dateline", `<h1>测试标题</h1><div class="time"><span>2024年03月05日 09:12:00</span><span>来自<a href="https://ishare.example.com/media/1">前端工程笔记</a></span></div>${PARA}`, '前端工程笔记'],
    ["a newsroom's staff code after the name", `<h1>测试标题</h1>${PARA}<p class="editor">编辑：李勇 PN213</p>`, '李勇'],
    ["a newsroom's role after the writer's label", `<h1>测试标题</h1><table><tr><td>作者：记者 王琦 通讯员 张可</td></tr></table>${PARA}<p>编辑：陈佳</p>`, '王琦, 张可'],
    ["the writer before a photographer's credit past a slash", `<h1>测试标题</h1><div class="author">林嘉欣 / 攝影 王大明 台北報導</div>${PARA}`, '林嘉欣'],
    ["names before other credits whose labels run into them (a university's header)", `<h1>测试标题</h1><div class="info"><span>作者：林小雨 黄嘉</span><span>供稿：校团委</span><span>摄影：陈凯</span><span>审核：王建国</span></div>${PARA}`, '林小雨, 黄嘉'],
    ["the writer in WeChat's meta line copied onto another site, not the account after it", `<h1>测试标题</h1><div class="meta">原创 孙雪 健康科普站 2024年03月05日 10:30 北京</div>${PARA}<p>审核：周楠 编辑：刘畅</p>`, '孙雪'],
    ["the name before a share link whose text runs into it", `<h1>测试标题</h1><div class="time"><span>2024-03-05 10:30:12</span><span>来源：观察者网</span><span>作者：王世纯</span><a class="share">分享到</a></div>${PARA}`, '王世纯'],
    ['报道：, as Malaysian papers credit their reporters', `<h1>测试标题</h1><p>报道：陈美玲</p>${PARA}`, '陈美玲'],
    ["a credit's label in an element of its own, the name in the next (記者 / 文字 / 攝影)", `<h1>测试标题</h1><div class="article_authors"><div class="reporter-container"><span>記者</span><a href="/reporter/88">林秀貞</a></div></div>${PARA}`, '林秀貞'],
    ['the writer of credit rows, not the photographer or the editor', `<h1>测试标题</h1><div class="metadata__AuthorsContainer"><div class="metadata__AuthorRow"><span class="metadata__AuthorTitle">文字</span><a href="/authors/1">鄭涵文</a></div><div class="metadata__AuthorRow"><span class="metadata__AuthorTitle">攝影</span><a href="/authors/2">余志偉</a></div><div class="metadata__AuthorRow"><span class="metadata__AuthorTitle">責任編輯</span><a href="/authors/3">洪琴宣</a></div></div>${PARA}`, '鄭涵文'],
    ["a writer's label on a line of its own above the name (Icarus's licensing box)", `<h1>测试标题</h1>${PARA}<div class="licensing-meta"><div><h6>作者</h6><p>林小北</p></div><div><h6>发布于</h6><p>2024-03-05</p></div></div>`, '林小北'],
    ['記者 opening the first line (a Taiwanese paper)', `<h1>测试标题</h1><div>2024-03-05 10:30</div><p>記者林佳慧／台北報導</p>${PARA}`, '林佳慧'],
    ["a paper's name between the label and the writer", `<h1>测试标题</h1><div class="fs"><span class="author">作者：解放日报 查睿</span><span class="time">2024-03-05 06:30</span></div>${PARA}`, '查睿'],
    ["the labelled line of a byline box, over the outlet's line before it", `<h1>测试标题</h1><div class="tkp_con_author"><span>2024-03-05 13:02:47</span><span>大公文匯全媒體新聞</span><span>作者：記者 鄭曉生</span></div>${PARA}`, '鄭曉生'],
    ['a name before a slash and the date', `<h1>测试标题</h1><div class="post-by">post by 林间 / 2024-3-5 10:30 Tuesday</div>${PARA}`, '林间'],
    ['由…发表 with the date between (a copyright card)', `<h1>测试标题</h1>${PARA}<div class="copyright-card">版权声明：本站原创文章，由 北风 2024-03-05发表，共计1234字。</div>`, '北风'],
    ['a handle mixing Chinese and Latin letters', `<h1>测试标题</h1><p class="meta">作者：小林coding　发布时间：2024-03-05 10:30:00　来源：CSDN</p>${PARA}`, '小林coding'],
    ["the office that supplied the text (供稿), not the web editor", `<h1>测试标题</h1>${PARA}<p>（计算机学院 供稿 / 摄影：陈凯 / 编辑：赵晴 / 审核：王建国）</p>`, '计算机学院'],
    ["a self-media platform's account under the headline", `<div class="title">测试标题</div><div class="media-info"><span class="media-name">某某县融媒体中心</span><span class="pub-time">2024-03-05 10:30</span></div>${PARA}`, '某某县融媒体中心'],
    ["a we-media account's name (大鱼号's wm-name)", `<h1 class="article-title">测试标题</h1><div class="wm-meta"><span class="wm-name">花花草草小园丁</span><span class="time">2023-08-19 06:03</span></div>${PARA}`, '花花草草小园丁'],
    ["a licence's credit (本文由 X 创作，采用…)", `<h1>测试标题</h1>${PARA}<div class="post-info">本文由 <a href="/author/1/">青柠</a> 创作，采用 知识共享署名4.0 国际许可协议进行许可</div>`, '青柠'],
    ["a copyright line's credit (本文由X原创发布)", `<h1>测试标题</h1>${PARA}<ul class="copyright"><li><strong>版权声明：</strong>本文由<a href="https://yeyu.cc">夜雨</a>原创发布，转载请遵守协议</li></ul>`, '夜雨'],
    ["a poster's nickname linked to their page (喜马拉雅's)", `<h1>测试标题</h1><div class="album-info">专辑：<a href="/album/1">历史那些事儿</a></div><div class="anchor-info"><a class="nick-name" href="/zhubo/998877">老卢说史</a></div>${PARA}`, '老卢说史'],
    ["a tech outlet a source line credits (稿源), though its name ends like a company's", `<h1>测试标题</h1><div class="meta"><span>2024年03月05日 21:36</span><span class="source">稿源：<a href="https://news.example.com/">快科技</a></span></div>${PARA}`, '快科技'],
    ["a thread poster's link named for the user, the forum's badge glued after it", `<h1>测试标题</h1><div class="post-user-info"><a class="post-user-comp-info-top-name" href="https://my.example.com/18812345">篮下的风</a><span class="tip">楼主</span></div><div><span>2024-03-05 12:18</span><span>发布于湖南</span></div>${PARA}`, '篮下的风'],
    ["the poster, not a thread's button to show the poster's floors alone (只看楼主)", `<h1>测试标题</h1><div class="article-data"><span>浏览 <em>48,215</em></span><a href="/Article/6138920/1?onlyAuthor=1" class="only-author">只看楼主</a></div><div class="floor-user"><a href="/blog/3301547" class="user-name">渔樵问对_K</a><div class="user-tags"><span class="tag-lz">楼主</span></div></div>${PARA}`, '渔樵问对_K'],
    ["the reporter before a report's word glued to him, not the lead's first words after its colon (記者何嘉敏報道：踏入夏季)", `<h1>测试标题</h1><div>2009-06-12 10:30</div><p>　　【大公報訊】記者何嘉敏報道：踏入夏季，到郊野公園行山的市民明顯增加，但迷路及體力不支求救的個案亦隨之上升。</p>${PARA}`, '何嘉敏'],
    ["no name out of a caption's sentence about yesterday (有業主昨日在屋苑大堂張貼告示，…)", `<h1>测试标题</h1><table><tr><td class="photoCaption">有業主昨日在屋苑大堂張貼告示，反對管理費再度加價。</td></tr></table>${PARA}`, undefined],
    ["no name out of a section's label before the date, its span named so (明報's <span class=\"section\">港聞</span>)", `<h1>测试标题</h1><div id="articleinfo"><span class="section">港聞</span> <span class="pubdate">2024年3月5日星期二</span></div>${PARA}`, undefined],
    ["no name out of a portal's thanks to a reader who sent the story in (感谢ranger_z的投递)", `<h1>测试标题</h1><div class="introduction"><p>感谢<strong>ranger_z</strong>的投递</p></div>${PARA}`, undefined],
    ["the office that posted it, not the reviewer's label glued after it (发布者：研究生院审核人：赵立新)", `<h1>测试标题</h1><p class="arti_metas"><span>发布者：研究生院</span><span>审核人：赵立新</span><span>发布时间：2025-03-21</span></p>${PARA}`, '研究生院'],
    ["no name out of a table's header cell under the headline (公告單位), a field's label", `<div class="pagetitle">活動訊息</div><table class="newsdetail"><tr><th>標題</th><td><span class="newstitle">测试标题</span></td></tr><tr><th>公告單位</th><td><span>學生事務處課外活動指導組</span></td></tr><tr><th>公告日期</th><td>2009/10/05</td></tr></table>${PARA}`, undefined],
    ["a thread's poster after 楼主：, not a reply's 作者：", `<h1>测试标题</h1><div class="atl-info"><span>楼主：<a href="http://www.example.cn/98765432">山城粉笔灰</a></span><span>时间：2016-04-17 20:31:55</span></div>${PARA}<div class="atl-item"><div class="atl-info"><span>作者：<a href="http://www.example.cn/11223344">长江边的柳树</a></span><span>时间：2016-04-17 21:20:03</span></div><div class="bbs-content">顶一个</div></div>`, '山城粉笔灰'],
    ['no name out of a headline naming a day (全国高考今日放榜)', `<h1>全国高考今日放榜 多省公布分数线</h1><div>2009-06-24 14:05:12 <a href="/">某某新闻网</a> 我要评论</div>${PARA}`, undefined],
    ['a Korean reporter after the agency\'s dateline in the lead ([서울=뉴시스] …기자 =), not the update label', `<h1>测试标题</h1><ul class="info"><li><span>입력</span> 2024-03-05 03:00</li><li><span>업데이트</span> 2024-03-05 03:00</li></ul><p>[서울=뉴시스] 최희정 기자 = 정부가 5일 새로운 대책을 발표했다. 이번 대책은 여러 분야를 포함한다.</p>${PARA}`, '최희정'],
    ["a blog's owner after 博主：, the label only screen readers hear", `<h1>测试标题</h1><div class="meta-author"><span class="sr-only">博主：</span><a class="link-title" href="/author/1">南山种豆</a></div>${PARA}`, '南山种豆'],
    ['no name out of a word glued to its date label (公告日期：)', `<h1>测试标题</h1><div class="info-line"><span class="pub-date">公告日期：2024-04-13</span><a href="/d">下载公告</a></div>${PARA}`, undefined],
    ["the name before the share buttons' words (微信微博)", `<h1>测试标题</h1><p class="inftop"><span>2024-03-05 10:30</span><span>作者：韩昱</span><span class="fx">分享到：<a>微信</a><a>微博</a></span></p>${PARA}`, '韩昱'],
    ['a name in brackets alone', `<h1>测试标题</h1>${PARA}<div class="author">（小球球）</div>`, '小球球'],
    ["the name before a word of time where the lead's sentence goes on (文/阿毛 近日，…)", `<h1>测试标题</h1><div>2024-03-05 10:30</div><p>新浪娱乐讯 文/阿毛 近日，电影在内地上映，上映以来票房和口碑双丰收。</p>${PARA}`, '阿毛'],
    ["the reporter the lead credits, not an account's name that is the outlet's (中国证券报)", `<h1>测试标题</h1><div class="media-info"><a class="media-name" href="/m/1">中国证券报</a><span>2024-03-05 10:30</span></div><p>中国证券报记者 吴玉华</p>${PARA}`, '吴玉华'],
    ["a CMS's id for its user in the author meta (F_200891), not the reporter's name", `<meta name="author" content="F_200891"><h1>测试标题</h1><div class="author cf">本报记者  郑海鸥</div>${PARA}`, '郑海鸥'],
    ['no name out of a date label (创建时间：)', `<h1>测试标题</h1>${PARA}<div class="time"><span>创建时间：2020-11-21 19:42:08</span></div>`, undefined],
    ['the writers of a byline whose reporter and intern are credited by role (红星新闻记者 … 实习记者 …)', `<h1>测试标题</h1><p>红星新闻记者 郑直 实习记者 刘鹏</p>${PARA}`, '郑直, 刘鹏'],
    ['the writers of a byline whose roles are set off by bars (红星新闻记者|… 实习记者|…)', `<h1>测试标题</h1><p>红星新闻记者|王春 实习记者|李竹青</p>${PARA}`, '王春, 李竹青'],
    ['the writers of a byline whose roles are set off by slashes (本刊记者/… 实习记者/…)', `<h1>测试标题</h1><p>本刊记者/何焰 实习记者/孙雨桐</p>${PARA}`, '何焰, 孙雨桐'],
    ['the reporter whose newsroom is glued before 记者 and a colon, not the editor credited after (广州日报新花城记者：…)', `<h1>测试标题</h1>${PARA}<p>文/广州日报新花城记者：何瑞琪 通讯员：穗教宣</p><p>广州日报新花城编辑：吴亚</p>`, '何瑞琪'],
    ["each reporter of a byline box, not the newsroom before the second one's role", `<h1>测试标题</h1><div class="content__author"><span>南方周末记者 吴小飞</span> <span>南方周末实习生 陈雨</span></div>${PARA}`, '吴小飞, 陈雨'],
    ["both writers a labelled byline under the headline names, where an author card per writer after the article was found first", `<h1>测试标题</h1><p class="names"><span>作者：彭海斌　孙梦凡</span>　　<span>责编：任绍敏</span></p>${PARA}<div class="m-authors"><h3>文章作者</h3><div class="m-author"><img src="a.jpg" alt=""><h4>彭海斌</h4><p>某某记者</p></div><div class="m-author"><img src="b.jpg" alt=""><h4>孙梦凡</h4><p>某某记者</p></div></div>`, '彭海斌, 孙梦凡'],
    ["both writers a credit with a bar after its label lists ('作者 | 周以安、许嘉琳'), where the JSON-LD names the first", `<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"测试标题","author":{"@type":"Person","name":"周以安"}}</script><h1>测试标题</h1><div class="user-info"><a class="author" href="/users/26f13c">周以安</a> <span>2025-03-20 10:21</span></div><div class="abstract">我们走访了三家正在试用人形机器人的工厂，发现真实的进展比发布会上慢。</div><p>作者 | 周以安、许嘉琳</p><p>编辑 | 郑玄</p>${PARA}`, '周以安、许嘉琳'],
    ["a poster's name without the level badge beside it (Lv.7)", `<h1>测试标题</h1><div class="author-info"><a href="/member/1">数码老顽童</a> <span>Lv.7</span></div>${PARA}`, '数码老顽童'],
    ["each reporter of a byline box whose credits run together, each in a span of its own", `<h1>测试标题</h1><div class="content__author"><span>南方周末记者　徐庭芳</span><span>南方周末实习生　陈雨欣</span></div>${PARA}`, '徐庭芳, 陈雨欣'],
    ['a reporter after a bar glued to the newsroom (每经记者|李少婷), not the editor after it', `<h1>测试标题</h1><div class="g-articl-text"><p>每经记者|李少婷 每经编辑|魏官红</p>${PARA}</div>`, '李少婷', '每日经济新闻'],
    ["a platform account's link to its /user_ page under the headline, over the platform a source line names", `<h1>测试标题</h1><div class="header-content"><div><a href="/user_1234567"><img src="/a.png"><span class="index_name">上海发布</span></a></div><div><span>2024-03-05 10:30</span></div><div><span>来源：澎湃新闻·澎湃号·政务</span></div></div>${PARA}`, '上海发布'],
    ["a closing credit's names, without the outlet before them and the place after (…／… 台中報導)", `<h1>测试标题</h1>${PARA}<p>（民視新聞／陳柏翰、林宜蓁 台中報導）</p>`, '陳柏翰、林宜蓁'],
    ["the same credit in brackets opening the lead, over a JSON-LD Organization (（民視新聞／張家瑋 台北報導）中職…)", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"测试标题","author":{"@type":"Organization","name":"民視新聞網"}}</script><h1>测试标题</h1><p>（民視新聞／張家瑋 台北報導）中職今（30）日在台北大巨蛋上演一場延長賽，中信兄弟與樂天桃猿纏鬥到11局下半。</p>${PARA}`, '張家瑋'],
    ["the writer between the outlet and the day opening the lead (乐居财经 王一凡 3月25日，…), not the editor", `<h1>测试标题</h1><p>乐居财经 王一凡 3月25日，北京完成今年第二批次集中供地，本批次共出让四宗宅地。</p>${PARA}<p>编辑：苏婧</p>`, '王一凡'],
    ["both reporters a role lists before the place, in a line with the date and font sizes (記者 陳怡君、林志明 / 台北報導)", `<h1>测试标题</h1><div class="info">更新日期：2011/04/25 19:30&nbsp;&nbsp;記者 陳怡君、林志明 / 台北報導&nbsp;&nbsp;字級：<a href="#">大</a> <a href="#">中</a></div>${PARA}`, '陳怡君、林志明'],
    ["the editor credited, not a listing card's name ending in 著 (海淀·云著, a housing estate)", `<h1>测试标题</h1>${PARA}<p>编辑：苏婧</p><ul class="house-list"><li><a href="/house/123456/"><p class="name">海淀·云著</p><p class="price">均价 98000 元/㎡</p></a></li></ul>`, '苏婧'],
    ["a lead's credit with no role named: the outlet, a slash, the name glued to its report (壹蘋新聞網／張家豪報導)", `<h1>测试标题</h1><p>壹蘋新聞網／張家豪報導</p>${PARA}`, '張家豪'],
    ["a reporter without the place filed from, written 報道 as Hong Kong papers do (香港文匯報記者 黃書蘭 深圳報道)", `<h1>测试标题</h1><p>■香港文匯報記者 黃書蘭 深圳報道</p>${PARA}`, '黃書蘭'],
    ["the reporter the text credits, not the place after a header's bare time and source (2025-03-14 09:05 新京报 北京)", `<h1>测试标题</h1><div class="ntimeAuthor"><span class="timer">2025-03-14 09:05</span> <span class="source">新京报</span> <span class="area">北京</span></div>${PARA}<p>新京报记者 吴婷婷</p>`, '吴婷婷'],
    ["the names after the time a byline opens with, without the paper in title marks before them (更新于… 英国《金融时报》 江彤)", `<h1>测试标题</h1><div class="story-byline"><span class="story-time">更新于2024年6月3日 06:02</span> <span class="story-author">英国《金融时报》 <a href="/search/?keys=江彤">江彤</a> 北京报道</span></div>${PARA}`, '江彤'],
    ["a byline element's spaced Japanese name, without the paper and its edition before it and the city after", `<h1>测试标题</h1><p class="author">日本经济新闻（中文版：日经中文网）藤井 修 东京报道</p>${PARA}`, '藤井 修'],
    ["the writer after the site's own name (文/某网站 彭博远)", `<h1>测试标题</h1>${PARA}<p>（文/某网站 彭博远）</p>`, '彭博远'],
    ["two-character names padded to a column (本报记者　王　浩　贺　苗)", `<h1>测试标题</h1><p class="sec">本报记者　王　浩　贺　苗</p>${PARA}`, '王浩, 贺苗'],
    ["a padded two-character name after a full one (光明日报记者　陈海波　苏　雁)", `<h1>测试标题</h1><p>光明日报记者　陈海波　苏　雁</p>${PARA}`, '陈海波, 苏雁'],
    ["the writer the text labels after the account it credits first (文 | 某媒体APP，作者 | 芦依), over the account's card", `<h1>测试标题</h1><div class="post-info"><a href="/user/2588">某媒体APP</a></div><div class="inner"><p>文 | 某媒体APP，作者 | 芦依，编辑 | 胡润峰</p>${PARA}</div><div class="author-card"><p class="author-name">某媒体APP</p></div>`, '芦依'],
    ["a reporter before a photographer's credit and the place", `<h1>测试标题</h1><div class="author"><a href="/author/1">林嘉欣 / 攝影 王大明 台北報導</a></div>${PARA}`, '林嘉欣'],
    ["a reporter before a photographer's credit set apart by a space", `<h1>测试标题</h1><div class="news-author">川观新闻记者 钟梓涵 摄影 吴晓東</div>${PARA}`, '钟梓涵'],
    ["the reporters a lead's credit names, over the agency before the date", `<h1>测试标题</h1><div><span class="source">新华社 2024-03-05 11:02:33</span></div><p>新华社北京3月5日电（记者林晓航、杜雨薇）记者5日从国家有关部门获悉，今年将继续扩大城市更新行动覆盖范围。</p>${PARA}`, '林晓航、杜雨薇'],
    ["a university correspondent's credit opening the lead (本网讯（通讯员 …）), over the 来源 line", `<h1>测试标题</h1><div><span>来源：化学化工学院|发布时间：2024-03-13</span></div><p>本网讯（通讯员 石磊 王宁）3月12日，化学化工学院孙教授团队在新型固态电解质研究方面取得重要进展。</p>${PARA}`, '石磊, 王宁'],
    ["the office a notice's 发布者 names", `<h2 class="arti-title">测试标题</h2><div class="arti-meta"><span>发布者：图书馆办公室</span>　<span>发布时间：2024-03-05</span>　<span>浏览次数：</span></div>${PARA}`, '图书馆办公室'],
    ["labels in elements of their own, the writer's first", `<h2>测试标题</h2><div class="info"><small>时间:</small>2024-03-05 10:30<small>来源:</small>某某日报<small>作者:</small>陈晓峰<small>点击:</small>12</div>${PARA}`, '陈晓峰'],
    ["a writer's label glued to the source before it (来源：东方网作者：…), another credit glued after", `<h1>测试标题</h1><p><span>2024-03-12 13:58:00</span><span>来源：<a href="/">东方网</a></span><span>作者：刘晓晶</span><span>选稿：汤晓蕾</span></p>${PARA}`, '刘晓晶'],
    ["the writer after a label and a vertical bar (作者︱春春), over a meta author credited as desk editor", `<h1>测试标题</h1>${PARA}<p><strong>出品︱某某栏目组</strong></p><p><strong>作者︱春春</strong></p><div>[责任编辑:肖春芳]</div>`, '春春', '肖春芳'],
    ["a name before its role and the outlet glued to it, a place after (李瑞華 BBC中文記者 台北)", `<h1>测试标题</h1><ul><li><span>李瑞華 </span><span>BBC中文記者 </span><span>台北</span></li></ul>${PARA}`, '李瑞華'],
    ["the reporter after the role, not the credit word before it (整合 新华日报·交汇点记者 徐睿翔)", `<h1>测试标题</h1><p>整合 新华日报·交汇点记者 徐睿翔</p>${PARA}`, '徐睿翔'],
    ["a reporter after a bar (界面新闻记者 | 陈思远)", `<h1>测试标题</h1><p>界面新闻记者 | 陈思远</p>${PARA}`, '陈思远'],
    ["the writer after an outlet's name (文/观察者网 熊超然)", `<h1>测试标题</h1><p>【文/观察者网 熊超然】</p>${PARA}`, '熊超然'],
    ["the reporter a lead credits, over a meta author the page credits as its desk editor", `<h1>测试标题</h1><p>本报北京3月11日电 （记者郁静娴）记者从农业农村部获悉，当前各地春耕备耕全面展开。</p>${PARA}<p>(责编：杨曦、王震)</p>`, '郁静娴', '杨曦'],
    ["the reporters the byline names, over a meta author that is the newsroom before their role (南方+记者 郭思琪 黄进)", `<h1>测试标题</h1><div class="article-author">南方+记者 郭思琪 黄进</div>${PARA}`, '郭思琪, 黄进', '南方+'],
    ["the writer the text labels, over a meta author that is an outlet", `<h1>测试标题</h1><div class="newsDate">作者：李览青</div>${PARA}`, '李览青', '21世纪经济报道'],
    ['a pen name after 作者：, longer than a name, over the site before it (出处：)', `<h1>测试标题</h1><div class="art-info"><span>出处：某某电脑网</span> <span>作者：<a href="/u/1">电脑百事通</a></span> <span>责任编辑：wangjiaqi</span></div>${PARA}`, '电脑百事通'],
    ['no pen name where a newsroom stands after 作者：', `<h1>测试标题</h1><div>作者：光明日报记者 陈海波</div>${PARA}`, '陈海波'],
    ["the writer a byline element labels (撰文者：), over a meta author that is the editorial desk written with a space (女人迷 編輯部)", `<h1>测试标题</h1><div class="article-author">撰文者：<a href="/read/author/8888">蘇予昕</a></div>${PARA}`, '蘇予昕', '女人迷 編輯部'],
    ['the writers a closing credit labels in lenticular brackets (【作者】), over the outlet it sources', `<h1>测试标题</h1><div>来源：<a href="/">南方+</a></div>${PARA}<div class="m-editor">【作者】 黄春晖　伍颖瑜</div><div class="m-editor">【来源】 南方+</div>`, '黄春晖, 伍颖瑜'],
    ["a writer's name so named (起点's a.writer-name), not the heading of the writer's note to readers (作者的话)", `<h3 class="j_chapterName">第一章 初入江湖</h3><div class="text-info"><a class="book-cover" href="/book/1">青锋问道</a> <a class="writer-name" href="/author/1">墨染青衫</a></div>${PARA}<div class="author-say-text"><h4>作者的话</h4><p>新书上传，求推荐票，求收藏！</p></div>`, '墨染青衫'],
    ["the writer a byline labels, over a CMS's default account in the meta (Joomla's Super User)", `<h1>Test title</h1><dl class="article-info"><dd class="createdby">Written by <span>Geoffrey Pruitt</span></dd></dl>${PARA}`, 'Geoffrey Pruitt', 'Super User'],
    ['a slash after the label (作者/阿朵)', `<h2 class="articulo-titulo">测试标题</h2><p class="articulo-autor">作者/阿朵</p>${PARA}`, '阿朵'],
    ['the name, not the place in brackets after it (钱塘客（浙江杭州）), over the 来源 of a reader\'s submission', `<h1>测试标题</h1><div class="con_info">作者：钱塘客（浙江杭州） 发布时间：2024-03-05 来源：会员投稿</div>${PARA}`, '钱塘客'],
    ['报导 as a label (Malaysian papers)', `<h1>测试标题</h1><div class="field--name-field-author"><span class="label">报导：</span>黄慧敏</div>${PARA}`, '黄慧敏'],
    ["a reporter's role with its colon after the body (记者：刘慧琪)", `<h1>测试标题</h1>${PARA}<div class="reporter">记者：刘慧琪</div>`, '刘慧琪'],
    ["a closing credit with the paper's name before the role (（诗华日报记者：张文杰）, （朝日新闻记者 福地慶太郎）)", `<h1>测试标题</h1>${PARA}<p>（诗华日报记者：张文杰）</p>`, '张文杰'],
    ['the kind of report glued after the name in a lead credit (（大纪元记者李辰综合报导）)', `<h1>测试标题</h1><p>【大纪元2024年03月12日讯】（大纪元记者李辰综合报导）美国国会周一通过了一项新的法案，将于下月生效。</p>${PARA}`, '李辰'],
    ['names set apart by a semicolon, listed as with 、', `<h1>测试标题</h1>${PARA}<div class="article-editor">【作者】 郭思琪；黄进<br>【来源】 南方+客户端</div>`, '郭思琪、黄进'],
    ["the writer labelled, not a font-size control under the headline (小字号)", `<h1>测试标题</h1><div><span>2024年03月12日08:15 | 来源：人民网</span><span class="fl">小字号</span></div><p>本报北京3月11日电 （记者郁静娴）记者从农业农村部获悉。</p>${PARA}`, '郁静娴'],
    ["the reporter a lead's bracket credits with a rank (首席记者), over a meta author that is the outlet and the outlet's name under the headline", `<h1>测试标题</h1><div class="info"><span class="source">来源：某龙网</span><span class="time">2024-03-17 15:08:32</span></div><div class="sub_title">某龙网</div><p>某龙网-新客户端3月17日15时讯（首席记者 刘钊）3月17日，西部科学城举行重大项目集中签约活动。</p>${PARA}<p>签约现场。某龙网首席记者 刘钊 摄</p>`, '刘钊', '某龙网'],
    ["the 来源 line's outlet where the only credit on a line of its own is a photograph's (记者 刘钊 摄)", `<h1>测试标题</h1><div class="info">2024-03-18 09:12 来源：某河网</div>${PARA}<p>记者 刘钊 摄</p>`, '某河网'],
    ["every writer a dispatch line under the headline spaces out (沈岚 明敏 发自 凹非寺), over a meta author naming the first", `<h1>测试标题</h1><p>沈岚 明敏 发自 凹非寺</p><p>量子位 | 公众号 QbitAI</p>${PARA}`, '沈岚、明敏', '沈岚'],
    ["every reporter of the lead's credit, over a meta author naming the first (（记者马宁 闫笑天）)", `<h1>测试标题</h1><p>央广网银川10月15日消息（记者马宁 闫笑天）深秋时节，走进宁夏吴忠市黄河岸边的湿地公园，芦苇摇曳，水鸟翩飞。</p>${PARA}`, '马宁, 闫笑天', '马宁'],
    ["the names a writer's label lists with a full-width comma after the outlet (文｜某某网 杜知航，安丽敏)", `<h1>测试标题</h1><div class="artInfo">文｜某某网 杜知航，安丽敏<br>2024年04月16日 18:23 <span>来源于 某某网</span></div>${PARA}`, '杜知航，安丽敏'],
    ["the writer of text and pictures (文/图：), over the unit a 来源 on the same line names", `<h1>测试标题</h1><p class="meta">时间：2024年04月12日&nbsp;&nbsp;来源：省青年志愿者协会&nbsp;&nbsp;文/图：彭思琪</p>${PARA}`, '彭思琪'],
    ["the writer after the site's name in Latin letters (作者：IT168 宋家雯)", `<meta property="og:site_name" content="IT168"><h1>测试标题</h1><span class="author">作者：IT168 <a>宋家雯</a></span>${PARA}`, '宋家雯'],
    ["no one for a 'this site's own' credit (文章来源：本站原创) where the writer is 佚名", `<h1>测试标题</h1><div class="article_info">作者：佚名 &nbsp;文章来源：本站原创&nbsp;更新时间：2024/3/31 14:22</div>${PARA}`, undefined],
    ["no one for a meta author that the footer credits as the site's software (Powered by ThinkCMF)", `<h1>测试标题</h1>${PARA}<div class="footer"><p>Powered by ThinkCMF</p></div>`, undefined, 'ThinkCMF'],
    ["the reporter of a lead's credit in tortoise-shell brackets (〔記者陳昀／台北報導〕), not the sentence after it", `<h1>测试标题</h1><p>〔記者陳昀／台北報導〕立法院會今天三讀通過食品安全衛生管理法修正草案，大幅提高違規業者罰鍰上限。</p>${PARA}`, '陳昀'],
    ["the reporter without where the copy was filed from (发自成都)", `<h1>测试标题</h1><div class="artAuthor">本刊记者 林秋铭 发自成都 编辑 杨静茹</div>${PARA}`, '林秋铭'],
    ["no one for a picture's supplier (（讀者提供）)", `<h1>测试标题</h1><div class="caption">（讀者提供）</div>${PARA}`, undefined],
    ["each writer a credit's label lists one to an item (鏡週刊's 文 over <li>s)", `<h1>测试标题</h1><div class="credits"><div class="credit-title"><span>文</span><ul><li><a href="/author/1">簡竹書</a></li><li><a href="/author/2">吳宗翰</a></li></ul></div><div class="credit-title"><span>攝影</span><ul><li><a href="/author/3">林煒凱</a></li></ul></div></div>${PARA}`, '簡竹書, 吳宗翰'],
    ["the name under the headline after a magazine's mark (◎ 刘小念), not the editor a closing credit names", `<h1 class="detail_title">测试标题</h1><div class="detail_auth"><span>◎ 刘小念</span></div><div class="detail_time">2024-03-05</div>${PARA}<p class="editor">（编辑/王晓冉）</p>`, '刘小念'],
  ])('%s', (_, body, expected, metaAuthor?: string) => {
    expect(metaAuthor ? extractMetadata(loadHtml(`<html><head><title>测试标题</title><meta name="author" content="${metaAuthor}"></head><body>${body}</body></html>`), undefined).author?.value : author(body)).toBe(expected);
  });

  it.each([
    ["a value in brackets in a table's cell (（间隙锁）)", `<h1>测试标题</h1>${PARA}<table><tr><th>隔离级别</th><th>加锁</th></tr><tr><td>可重复读</td><td><p>行锁</p><p>（间隙锁）</p></td></tr></table>`],
    ["a page property's label alone in its cell (Notion's 创建时间)", `<h1>测试标题</h1><table class="properties"><tr><th>创建时间</th><td><time>@2024年1月3日 22:10</time></td></tr></table>${PARA}`],
    ["a commenter's nickname in a box of comments named in camel case (styled__CommentWrapper)", `<h1>测试标题</h1>${PARA}<div class="styled__CommentWrapper-sc-7bg1wy-0"><h3>全部评论</h3><div class="comment"><span class="nickname">深海鱿鱼丝</span><p>太神奇了</p></div></div>`],
  ])('names no one for %s', (_, body) => {
    expect(author(body)).toBeUndefined();
  });

  it.each([
    ['the editor after 编辑 cut at the next label (编辑：何云舒 责任编辑：刘亮)', `<h1>测试标题</h1>${PARA}<div class="zebian"><p>编辑：何云舒 责任编辑：刘亮</p></div>`, '何云舒'],
  ])('%s', (_, body, expected) => {
    expect(author(body)).toBe(expected);
  });

  it.each([
    ['the desk editor (责任编辑)', `<h1>测试标题</h1>${PARA}<p>（ 责任编辑：魏喆 ）</p>`],
    ['a source that names nobody', `<h1>测试标题</h1>${PARA}<p>来源：互联网</p>`],
    ["a page tool's link beside the source (举报, 分享至)", `<h1>测试标题</h1><div class="post_info">2024-06-08 18:42:11 来源: <a class="post_jubao" href="#">举报</a> <a href="#">分享至</a></div>${PARA}`],
    ['a column name with 记者', `<h1>测试标题</h1><td>第A04版：小记者训练营</td>${PARA}`],
    ["a forum board's name that starts with a label", `<h1>测试标题</h1><table><tr><td><a href="index.asp?boardid=25"><b>记者江湖</b></a></td><td><a href="index.asp?boardid=26"><b>作者天地</b></a></td></tr></table>${PARA}`],
    ['a relative day in a sentence, not a dateline', `<h1>测试标题</h1><p>政府今日（5日）公布新一份施政報告的跟進措施，宣布將於下月起推出新一輪計劃。</p>${PARA}`],
    ['来自 without a colon away from the dateline', `<h1>测试标题</h1>${PARA}<p>来自四川的游客很多</p>`],
    ['reporters in running text', `<h1>测试标题</h1><p>他向本报记者自曝实验秘密，并称举报人动机不纯。</p>`],
    ['the author named in a sentence after a comma', `<h1>测试标题</h1><p>本文作者，张三认为这一变化将持续数年之久。</p>`],
    ['markup residue after the label', '<h1>测试标题</h1><div>作者： size="20" 来源： size="20"</div>'],
    ['a link under the headline', `<h1>测试标题</h1><div><a href="#c">发表评论</a></div>${PARA}`],
    ["a docs outline's title beside the headline", `<h1>测试标题</h1><nav class="VPDocAsideOutline"><div class="outline-title" role="heading">页面导航</div><ul><li><a href="#a">安装</a></li></ul></nav>${PARA}`],
    ['a UI word under the headline', `<h1>测试标题</h1><div>分享到</div>${PARA}`],
    ['a font-size control under the headline', `<h1>测试标题</h1><div>小字号</div>${PARA}`],
    ["a zone's time before the date in an agency's dateline (【新唐人北京时间2024年3月12日讯】)", `<h1>测试标题</h1><p>【新唐人北京时间2024年3月12日讯】中共两会期间，北京的安保措施再度升级，多名访民被拦截。</p>${PARA}`],
    ['a CMS account named for the administrator (wnadmin)', `<h1>测试标题</h1><div class="byline"><a href="/author/wnadmin/">wnadmin</a></div>${PARA}`],
    ["a press release's place before its date and its wire (杭州，2024年2月22日 /美通社/ --)", `<h1>测试标题</h1><p>杭州，2024年2月22日 /美通社/ -- 某某公司今天公布截至2023年12月31日的第四季度及全年未经审计财务业绩。</p>${PARA}`],
    ["a press release's place before its date (中國杭州，2024年3月22日——)", `<h1>测试标题</h1><p>中國杭州，2024年3月22日——阿里巴巴集團今日公佈新一季業績，多項指標好於市場預期。</p>${PARA}`],
    ["a forum's badge alone", `<h1>测试标题</h1><div><span>楼主</span></div>${PARA}`],
    ["a paid article's badge (有料記事)", `<h1>测试标题</h1><div class="byline"><span>有料記事</span></div>${PARA}`],
    ['a byline inside comments', `<h1>测试标题</h1>${PARA}<div class="comment-list"><p>作者：路人甲</p></div>`],
    ['a bracketed phrase', `<h1>测试标题</h1>${PARA}<p>（未完待续）</p><p>（按议题设十一个分会场）</p>`],
    ["a picture's credit in brackets closing its caption (（資料圖片）)", `<h1>测试标题</h1>${PARA}<figure><img src="/a.jpg"><figcaption>社福機構指，輪候時間愈來愈長。（資料圖片）</figcaption></figure><p>（資料圖片）</p>`],
  ])('finds no author: %s', (_, body) => {
    expect(author(body)).toBeUndefined();
  });

  it("writes a Chinese byline's names set apart by spaces as a list, keeps a list the page punctuates, and never splits a Japanese name; credits a correspondent named as a person", () => {
    const byline = (line: string, text = PARA) => extractMetadata(loadHtml(`<html><head><title>测试标题</title></head><body><h1>测试标题</h1><p class="author">${line}</p>${text}</body></html>`), undefined).author?.value;
    expect(byline('作者：罗连军 张多钧')).toBe('罗连军, 张多钧');
    expect(byline('作者：周明远　孙　瑶')).toBe('周明远, 孙瑶');
    // A reporters' box with no label, a two-character name padded to the three-character one's width (人民网's div.author).
    const box = (line: string) => extractMetadata(loadHtml(`<html><head><title>测试标题</title></head><body><h1>测试标题</h1><div class="author cf">${line}</div>${PARA}</body></html>`), undefined).author?.value;
    expect(box('本报记者　郑远航　许　晴')).toBe('郑远航, 许晴');
    expect(byline('作者：赵延东、风笑天')).toBe('赵延东、风笑天');
    // A correspondent is a writer when named as a person; a publicity office's pen name is not.
    expect(byline('记者 钱涛 通讯员 沈悦')).toBe('钱涛, 沈悦');
    expect(byline('记者 万承源 通讯员 苏法宣')).toBe('万承源');
    expect(byline('田中 太郎', '<p>日銀は春闘の結果を見極める考えだ。東京の株式市場では、朝から買い注文が広がった。</p>')).toBe('田中 太郎');
  });

  it("reads a TV newsroom's reporter, not its name before the role nor the photographer after a list's comma; never a description list's term or 'this article' as a name", () => {
    const page = (body: string, ld = '') => extractMetadata(loadHtml(`<html lang="zh-TW"><head><title>測試標題新聞</title>${ld}</head><body><article><h1>測試標題新聞</h1>${body}</article></body></html>`), undefined).author?.value;
    const org = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"測試標題新聞","author":{"@type":"Organization","name":"台視新聞網"}}</script>';
    expect(page(`<p>華視新聞 記者 林佩君 攝影 吳佳峰 / 台北報導</p>${PARA}`)).toBe('林佩君');
    expect(page(`<p>華視新聞 記者 林佩君 / 台北報導</p>${PARA}`)).toBe('林佩君');
    expect(page(`${PARA}<p>記者 林怡萱、攝影 陳俊傑 台北報導</p>`, org)).toBe('林怡萱');
    // A desk's account as the JSON-LD author ("地方组", the local desk) gives way to the reporter the text credits.
    const desk = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"測試標題新聞","author":{"@type":"Person","name":"地方组"}}</script>';
    expect(page(`${PARA}<p>报道：林美玲</p>`, desk)).toBe('林美玲');
    expect(page(`<dl class="article-info"><dt class="article-info-term">详细信息</dt><dd><time>2025-03-05</time></dd></dl>${PARA}`)).toBeUndefined();
    expect(page(`<div class="entry-meta">这篇文章发布于 <span class="date">2025年03月10日</span></div>${PARA}`)).toBeUndefined();
  });

  it("reads a profile card's name: a block in a link to the site's host of authors' pages", () => {
    const card = `<div class="t">测试标题</div><a href="https://author.example.cn/home?app_id=16"><img src="/a.jpg"></a><a href="https://author.example.cn/home?app_id=16"><p>财经观察家老王</p></a><span>2024-03-05 10:30</span>${PARA}`;
    const page = loadHtml(`<html><head><title>测试标题</title></head><body>${card}</body></html>`);
    expect(extractMetadata(page, 'https://mbd.example.cn/s?id=1').author?.value).toBe('财经观察家老王');
    expect(extractMetadata(page, 'https://mbd.other.cn/s?id=1').author?.value).toBeUndefined();
  });

  it("takes the blogger a blog host's <title> names before the host's name, where the page names no one else", () => {
    const owner = (title: string, head = '') => extractMetadata(loadHtml(`<html><head><title>${title}</title>${head}</head><body><h1>父亲的旧自行车</h1>${PARA}</body></html>`), undefined).author?.value;
    expect(owner('父亲的旧自行车_老树画画_新浪博客')).toBe('老树画画');
    expect(owner('父亲的旧自行车_何亦凡_财新博客_财新网', '<meta name="author" content="财新网">')).toBe('何亦凡');
    expect(owner('父亲的旧自行车_python装饰器_代码搬运工小周的博客-CSDN博客')).toBe('代码搬运工小周');
    expect(owner('父亲的旧自行车_新闻频道_新浪网')).toBeUndefined();
    // A blog the <title> names for its owner alone, no host's name after it (科学网's "…的博文"); a byline still comes first.
    expect(owner('科学网—父亲的旧自行车 - 李明远的博文')).toBe('李明远');
    expect(owner('父亲的旧自行车 - 码农阿飞的博客', '<meta property="article:author" content="阿飞">')).toBe('阿飞');
  });

  it('never takes software credits, companies or publishers from metas', () => {
    const page = (content: string) => extractMetadata(loadHtml(`<html><head><meta name="author" content="${content}"></head><body><h1>T</h1></body></html>`), undefined).author;
    expect(page('Discuz! Team and Comsenz UI Team')).toBeUndefined();
    expect(page('大汉网络')).toBeUndefined();
    expect(page('快科技')).toBeUndefined();
    expect(page('中文学术期刊,汉斯出版社,Hans Publishers')).toBeUndefined();
  });

  it.each([
    ["a reporter after 記者 and a space, over a JSON-LD author that is the outlet", `<h1>测试标题</h1><span class="small-gray-text">2024/03/05 18:05 東森新聞 記者 張雅婷 陳建宏 報導</span>${PARA}`, '張雅婷, 陳建宏', '東森新聞'],
    ["the writer a byline element labels (撰文者：), over a JSON-LD author that is the editorial desk", `<h1>测试标题</h1><div class="Single-author-row"><span class="Single-author-row-name"><a href="/authors/1">撰文者：</a><a href="/authors/1">鄭閔聲</a></span><span>商周頭條</span><span>2024.03.05</span></div>${PARA}`, '鄭閔聲', '商周編輯部'],
    ["a Japanese paper's place and reporter opening the lead (【ニューヨーク=伊藤雄大】)", `<h1>测试标题</h1><p>【ニューヨーク=伊藤雄大】5日の米株式市場でダウ工業株30種平均は続落した。</p>${PARA}`, '伊藤雄大', '日本経済新聞社'],
    ["a Japanese paper's reporters after the last paragraph's full stop (【浅川大樹、成田有佳】)", `<h1>测试标题</h1>${PARA}<p>日銀は春闘の結果を見極める考えだ。【浅川大樹、成田有佳】</p>`, '浅川大樹、成田有佳', '毎日新聞'],
    ["a Japanese paper's closing credit with its desk (（科学部　松本彩花）)", `<h1>测试标题</h1>${PARA}<p>（科学部　松本彩花）</p>`, '松本彩花', '読売新聞'],
    ["the writer the first paragraph credits (文／), over a JSON-LD Organization that is the content's provider", `<h1>测试标题</h1><div class="source">食力foodNEXT</div><p>文／黃怡萍</p>${PARA}`, '黃怡萍', '食力foodNEXT'],
    ["a reporter's credit (class 'content_reporter'): the outlet before a bar, the kind of report and the date's label after the name go", `<h1>测试标题</h1><div class="content_reporter"><a href="/reporter/1">新頭殼newtalk | 王小明</a> 綜合報導 <span>發布 2024.03.12 | 15:42</span></div>${PARA}`, '王小明', '新頭殼 Newtalk'],
    ["the writer the article's first line credits (作者 | ), over an account's card naming the outlet again beside its motto", `<h1>测试标题</h1><a href="/user/2000318" class="author-card"><span class="author-name">格隆汇研究院</span></a><div class="article-content"><p>作者 | 林知行</p>${PARA}</div><aside><div class="aside-author"><p class="name">格隆汇研究院</p><p class="desc">专注全球资产研究</p></div></aside>`, '林知行', '格隆汇研究院'],
    ["the reporter closing the story, not the photographer a caption credits with the same role ('（摄影：朝日新闻记者 佐藤健一）')", `<h1>测试标题</h1><p>${'老店的第四代传人每天清晨五点开始准备当天的点心。'.repeat(3)}</p><p class="Caption">在店内制作点心的第四代传人（摄影：朝日新闻记者 佐藤健一）</p>${PARA}<p class="Byline">（朝日新闻记者 中村美咲）</p>`, '中村美咲', '朝日新闻中文网'],
    ["a byline where the reporter filed from (發自英國曼徹斯特)", `<h1>测试标题</h1><span class="byline">端傳媒記者 林芷瑩 發自英國曼徹斯特</span>${PARA}`, '林芷瑩', '端傳媒'],
  ])('%s', (_, body, expected, outlet) => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"测试标题","author":{"@type":"Organization","name":"${outlet}"}}</script>`;
    expect(extractMetadata(loadHtml(`<html><head><title>测试标题</title>${ld}</head><body>${body}</body></html>`), undefined).author?.value).toBe(expected);
  });

  it("asks whether the JSON-LD author it read is an Organization, not another node's (a page's WebSite with its publisher as author)", () => {
    const ld = '<script type="application/ld+json">[{"@type":"NewsArticle","headline":"测试标题","author":{"@type":"Person","name":"王小明"}},{"@type":"WebPage","author":{"@type":"Organization","name":"某某网"}}]</script>';
    expect(extractMetadata(loadHtml(`<html><head><title>测试标题</title>${ld}</head><body><h1>测试标题</h1><p>文／李四</p>${PARA}</body></html>`), undefined).author?.value).toBe('王小明');
  });

  it("reads every reporter a byline links to a profile, set off by a list's separator (朝日's '<a>田中翔太</a>、<a>佐々木美穂</a>'), and no link after another kind of text", () => {
    const page = (between: string) => extractMetadata(loadHtml(`<html><head><title>能登の仮設住宅</title></head><body><h1>能登の仮設住宅</h1><div class="AkKIR"><a href="/reporter/ASU1.html" class="ZPqG9">田中翔太</a>${between}<a href="/reporter/ASU2.html" class="ZPqG9">佐々木美穂</a></div>${PARA}</body></html>`), undefined).author?.value;
    expect(page('、')).toBe('田中翔太, 佐々木美穂');
    expect(page(' 写真・')).toBe('田中翔太');
  });

  it.each([
    ['著者：', '<h1>潮位計の話</h1><div><span>著者：山田太郎</span> <span>公開日：2024.03.05</span></div>', '山田太郎'],
    ['書いた人：', '<h1>潮位計の話</h1><div><span>2024-03-05</span> <span>書いた人：山田太郎</span></div>', '山田太郎'],
    ['a Korean name before the date', '<h1>조위계 이야기</h1><div><span class="nick">김철수</span> <span>2024. 3. 5. 10:30</span></div>', '김철수'],
    ['a Korean reporter (기자) before the dateline\'s label', '<h1>조위계 이야기</h1><div><span>김철수 기자</span> <span>입력 2024.03.05 10:30</span></div>', '김철수'],
  ])('Japanese and Korean bylines: %s', (_, body, expected) => {
    expect(author(body)).toBe(expected);
  });

  it("reads C's asctime, the time between the day and the year (PTT's header, Usenet archives')", () => {
    expect(parseDate('Tue Mar 12 14:22:01 2024')?.toISOString()).toBe('2024-03-12T14:22:00.000Z');
    expect(parseDate('Tue Mar 12 14:22:01 2024', 'Asia/Taipei')?.toISOString()).toBe('2024-03-12T06:22:00.000Z');
    // Unix's date, its zone's name before the year (Mailman's archives).
    expect(parseDate('Tue Mar 12 09:41:07 EDT 2024')?.toISOString()).toBe('2024-03-12T13:41:00.000Z');
  });

  it('reads a Korean date with a dot after the day and the half of the day before the time', () => {
    expect(parseDate('2024. 3. 5. 10:30')?.toISOString()).toBe('2024-03-05T10:30:00.000Z');
    expect(parseDate('2024. 3. 5. 오후 3:30')?.toISOString()).toBe('2024-03-05T15:30:00.000Z');
    expect(parseDate('2024年3月5日 下午3:30')?.toISOString()).toBe('2024-03-05T15:30:00.000Z');
  });

  it("reads a heading's number in a span of its own as written, where a dateline's is set apart", () => {
    const found = meta('<h1>第<span>3</span>章 潮位</h1><div><span>张三</span><span>2024-03-05</span></div>');
    // A chapter's heading, the only one on the page: the title a reader sees.
    expect(found.title?.value).toBe('第3章 潮位');
    expect(found.author?.value).toBe('张三');
    expect(extractMetadata(loadHtml('<html><body><h1>第<span>3</span>章 潮位</h1><p>正文</p></body></html>'), undefined).title?.value).toBe('第3章 潮位');
  });

  it('prefers citation_author and joins a spaced-out Chinese name', () => {
    const html = '<html><head><meta name="author" content="某出版社"><meta name="citation_authors" content="赵 培"></head><body><h1>T</h1></body></html>';
    expect(extractMetadata(loadHtml(html), undefined).author?.value).toBe('赵培');
  });
});
