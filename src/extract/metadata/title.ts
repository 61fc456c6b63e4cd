// The article's title: JSON-LD, then title metas, then the <title> read as Readability reads
// it, then headings; a site-name part is dropped ("Headline | Site", "标题_频道_网站").
import type { CheerioAPI } from 'cheerio';
import { cleanText } from '../dom.js';
import { contains, selectBelow, withinCode } from '../../clean/tree.js';
import { decodeText } from '../../decode/entities.js';
import { isTag, isText, type Element } from 'domhandler';
import { CAMEL_TITLE_NAME, isCommentSection, TITLE_ELEMENT_NAME, TITLE_ELEMENTS, TITLE_METAS, TITLE_SEPARATORS, TITLE_TIGHT_SEPARATOR } from './constants.js';
import { documentTitle } from './document-title.js';
import { firstFound, type Found } from './found.js';
import { articleNodes, headlinedNodes, type JsonLdNode } from './json-ld.js';
import { metaValue, type Metas } from './metas.js';
import { textUnits } from '../text-units.js';
import { findDate } from './parse-date.js';
import { DOMAIN_NAME, domainName, siteKey, squash } from './site-name.js';
import { gluedLines, lineText } from './text-lines.js';
import { queryPage } from '../page-index.js';
import { declaresArticle } from '../declares-article.js';
import { escapeRegExp } from '../../escape-regexp.js';

/** The last part of a title after a spaced separator: " | Site", " - Site", " — Site", " « Site" (WordPress' old themes). */
const LAST_PART = /\s(?:[|\-–—·•»«]|::)\s((?:(?!\s(?:[|\-–—·•»«]|::)\s).)+)$/;
/** The first part of a title before a colon: "Site: " (Blogger's "Blog: Post"). */
const FIRST_PART = /^(.+?)\s*[:：]\s*/;

/** "Headline | Punto Rojo" on puntorojo.com: a last part that is the domain's name (or holds it) goes. */
function stripDomainName(title: string, domain: string | undefined): string {
  const m = domain && domain.length >= 4 ? LAST_PART.exec(title) : null;
  if (!m) return title;
  const part = squash(m[1]!);
  const name = squash(domain!);
  const named = part.length >= 3 && (part.includes(name) || name.includes(part));
  const rest = title.slice(0, m.index).trim();
  return named && rest.split(/\s+/).length >= 2 ? rest : title;
}

/** `frontPage`: the site's name before the title stays, naming what the page is about. */
export function stripSiteName(title: string, siteName: string | undefined, domain?: string, frontPage = false): string {
  const stripped = withoutChannel(stripSiteNameOnly(title, siteName));
  if (stripped !== title) return stripped;
  // A Chinese site or institution's name after the last separator ("… - 国务院国有资产监督管理委员会", "…_湖南博物院"), the page declaring no name;
  // or before its slogan, the last part ("…-职场人生-水木社区-源于清华的高知社群").
  let rest = title;
  for (let tries = 0; tries < 2; tries++) {
    const named = BEFORE_LAST_PART.exec(rest);
    if (!named) break;
    if (CHINESE_SITE_NAME.test(named[3]!) && named[1]!.length >= 4) return withoutChannel(sectionBefore(named[1]!, named[2]!));
    rest = named[1]!;
  }
  // Or before the headline ("湖南省人民政府--省政府召开…", an old government site's).
  const first = FIRST_TIGHT_PART.exec(title);
  if (first && CHINESE_SITE_NAME.test(first[1]!) && first[2]!.replace(/[\p{P}\s]/gu, '').length >= MIN_HEADLINE_AFTER_SITE) return first[2]!;
  const withoutDomain = stripDomainName(title, domain);
  return frontPage ? withoutDomain : stripSitePrefix(withoutDomain, siteName, domain);
}

/** A site's channel left after its name went ("…-新闻频道" of "…-新闻频道-东方网"): a section, not the headline's words. */
const CHANNEL_AFTER = /\s*(?:[|｜_\-–—]|\s[-–—]\s)\s*\p{Script=Han}{1,8}(?:频道|頻道)$/u;

const withoutChannel = (title: string): string => {
  const rest = title.replace(CHANNEL_AFTER, '');
  return rest.length >= 4 ? rest : title;
};

/** A headline after the site's name has words of its own, not a section's label ("北医新闻网_(新闻)"). */
const MIN_HEADLINE_AFTER_SITE = 6;

/** A title's part before its first separator, and what goes after it. */
const FIRST_TIGHT_PART = /^([^|｜_\-–—\s]+)\s*(?:--|——|[|｜_]|\s[-–—]\s)\s*(.+)$/;

/** A title's part after its last separator, and what goes before it. */
const BEFORE_LAST_PART = /^(.+?)(\s+[|\-–—]\s+|\s*[|｜_]\s*|(?<=\p{Script=Han})-(?=\p{Script=Han})|(?<=[\p{Script=Han}\s])—(?=\p{Script=Han}))([^|｜_\-–—\s]+)$/u;

/** A section's word left at the end, set off as the site's name was ("…图谱 —新闻" of "…图谱 —新闻—科学网", "…_国内" of "…_国内_某某网"). */
const sectionBefore = (rest: string, separator: string): string => {
  const mark = separator.trim() || separator;
  const at = rest.lastIndexOf(mark);
  const section = rest.slice(at + mark.length).trim();
  const headline = rest.slice(0, at).trim();
  return at > 0 && /^\p{Script=Han}{1,4}$/u.test(section) && headline.length >= 8 ? headline : rest;
};

/** "Coast Notes: The harbour plan explained" on coastnotes.blogspot.com: a first part that is the site's name goes. */
function stripSitePrefix(title: string, siteName: string | undefined, domain: string | undefined): string {
  const m = FIRST_PART.exec(title);
  const site = m && siteKey(m[1]!);
  const rest = m ? title.slice(m[0].length).trim() : '';
  const named = !!site && site.length >= 3 && (site === (siteName && siteKey(siteName)) || site === domain);
  return named && rest.split(/\s+/).length >= 2 ? rest : title;
}

/** Before the site's own name only (it may part a headline from its subtitle elsewhere): "…：日経新聞", "… ～ サイト". */
const SITE_NAME_COLON = '\\s*[：～〜]\\s*';

function stripSiteNameOnly(title: string, siteName: string | undefined): string {
  if (siteName) {
    for (const part of [siteName, ...siteName.split(TITLE_SEPARATORS)]) {
      const name = part.trim();
      if (!name) continue;
      // The pattern is compiled only for a title that ends with the name: it cannot match otherwise.
      const escaped = escapeRegExp(name);
      const stripped = (title.endsWith(name) ? title.replace(new RegExp(`(?:${TITLE_SEPARATORS.source}|${SITE_NAME_COLON})${escaped}$`), '') : title).trim();
      if (stripped && stripped !== title) return stripped;
    }
  }
  return title;
}

/** "标题_频道_网站" → "标题": Chinese sites chain channel and site after the headline without spaces. */
function firstTightPart(title: string): string {
  if (!/[\u3400-\u9fff]/.test(title)) return title;
  const parts = title.split(TITLE_TIGHT_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  // Only when the first part is the longest: otherwise "_" may be the headline's own.
  return parts.every((p) => p.length <= parts[0]!.length) ? parts[0]! : title;
}

/** Similarity of two titles: the share of b's words that a has (Readability's measure). */
function similarity(a: string, b: string): number {
  // Words, and each Chinese or Japanese character a word of its own (they are written without spaces).
  const tokens = (s: string) => s.toLowerCase().replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' $& ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const ta = new Set(tokens(a));
  const tb = tokens(b);
  if (!ta.size || !tb.length) return 0;
  const extra = tb.filter((t) => !ta.has(t)).join(' ');
  return 1 - extra.length / tb.join(' ').length;
}

/** Quotes and case aside, for comparing two writings of one title ("State's", "State’s"). */
const plainQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();

/** The name is the headline with the site's name after a separator ("… » Buckeye Gridiron Report"). */
const nameIsHeadlineAndSite = (name: string, headline: string) => {
  const [n, h] = [plainQuotes(name), plainQuotes(headline)];
  return n.length > h.length && n.startsWith(h) && /^\s+[|»·:\-–—]\s/.test(n.slice(h.length));
};

/**
 * JSON-LD name or headline: when they differ, the one the page's <h1> shows, else the one that resembles
 * the <title>; the headline when the name is it with the site's name after. Entities in the JSON are
 * decoded (WordPress writes "State&#8217;s" there).
 */
function fromJsonLd(ld: JsonLdNode[], pageTitle: string, h1s: string[]): Found<string> | undefined {
  const node = articleNodes(ld)[0] ?? headlinedNodes(ld)[0];
  if (!node) return undefined;
  const name = typeof node.name === 'string' ? cleanText(decodeText(node.name)) : '';
  const headline = typeof node.headline === 'string' ? cleanText(decodeText(node.headline)) : '';
  if (name && headline && nameIsHeadlineAndSite(name, headline)) return { value: headline, from: 'JSON-LD headline' };
  if (name && headline && name !== headline) {
    // A title written for search results in the name ("The 3 Best Electric Kettles of 2025"), the <h1>'s words in the headline.
    if (h1s.includes(headline) !== h1s.includes(name)) return h1s.includes(headline) ? { value: headline, from: 'JSON-LD headline, as the <h1> shows it' } : { value: name, from: 'JSON-LD name, as the <h1> shows it' };
    const useHeadline = similarity(headline, pageTitle) > 0.75 && !(similarity(name, pageTitle) > 0.75);
    return useHeadline ? { value: headline, from: 'JSON-LD headline' } : { value: name, from: 'JSON-LD name' };
  }
  if (name) return { value: name, from: 'JSON-LD name' };
  return headline ? { value: headline, from: 'JSON-LD headline' } : undefined;
}

/** An element whose class or id names it a title ("post-title", "viewpost_TitleUrl"); not a highlighter's token in code (highlight.js's span.hljs-title). */
const isTitledElement = (el: Element) => namesTitle(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`) && !withinCode(el);

/** A class, an id or a data attribute's value naming a title ("post-title", "main_ArticleTitle", "ContentHeaderHed"). */
const namesTitle = (names: string): boolean => TITLE_ELEMENT_NAME.test(names) || CAMEL_TITLE_NAME.test(names);

/** A page without <title>: its <h1>, else an element named as a title ("post-title", "viewpost_TitleUrl"), else an <h2>. */
function fromElements($: CheerioAPI): Found<string> | undefined {
  for (const selector of TITLE_ELEMENTS) {
    const usable = (el: Element) => (selector !== '[class], [id]' || isTitledElement(el)) && !isCommentSection(el);
    const text = (queryPage($, selector).toArray() as Element[]).filter(usable).map(lineText).find((t) => t.length >= 2 && t.length <= 200);
    if (text) return { value: text, from: selector };
  }
  return undefined;
}

const compact = (text: string) => text.replace(/\s+/g, '');
const QUOTE = /^["“”'‘’「『]/;
/** What may stand before a headline in a title: nothing, or a counter in brackets ("(99+ 封私信) "). */
const BESIDE_BEFORE = /^(?:[(（[【][^)）\]】]{0,30}[)）\]】]\s*)?$/;
/** The separator after a section's label, before the headline, in a title: a bar, or a dash after a space. */
const LABEL_SEPARATOR = /\s*(?:[|｜]|\s[-–—])\s*$/;
/** A kind's label and a colon before the <h1>'s words that end the title (the Globe's headline "Opinion: …"): the <h1> is the headline. */
const KIND_BEFORE = /^\s*\p{L}+(?: \p{L}+)?:\s*$/u;
/** A section's label before an <h1>'s words in the metadata's title ("Analysis | ", "Blog | ", 明報's "港聞 - "): the <h1> is the headline. */
const SECTION_BEFORE = new RegExp(String.raw`^\s*\p{L}+(?: \p{L}+)?${LABEL_SEPARATOR.source}`, 'u');
/** What may follow it: nothing, a separator and the site's words (a Taiwanese blog's "…@慢慢走|PChome 個人新聞台"), or a forum's name in brackets (贴吧's "【考研吧】"), a blog's (QQ空间's "[小鹿的日志] - QQ空间"), an SEO tag the headline does not show ("[+ 23 Templates]"). */
const BESIDE_AFTER = /^(?:\s*[|｜_\-－–—:：·•»@]|\s*【[^】]{1,12}】\s*$|\s+\[[^\]]{1,20}\]\s+[|\-–—]\s|\s+\[[^\]]{1,24}\]\s*$|$)/;
const LEADING_SEPARATOR = /^\s*[|｜_\-－–—:：·•»]+\s*/;
const TRAILING_SEPARATOR = /\s*[|｜_\-－–—:：·•»]+\s*$/;
const MAX_KICKER_WORDS = 2;
/** A pipe or bullet after the shown headline: what follows is the site or its section, whatever its length. */
const PIPE_AFTER = /^\s*[|｜·•»]\s/;

const CHINESE_SITE_NAME = /^[A-Za-z\d]{0,10}\p{Script=Han}{1,10}(?:网|網|网站|網站|在线|在線|官网|官網|社区|社區|论坛|論壇|客户端|客戶端|新闻|新聞|百科|文库|文庫|日报|日報|晚报|晚報|时报|時報|早报|早報|报|報|报社|報社|杂志社|雜誌社)$|^学习强国$|^\p{Script=Han}{2,16}(?:门户网站|門戶網站|信息公开|政务公开|資訊公開|有限公司|公司|集团|集團|交易所|协会|協會|学会|學會|图书馆|圖書館|博物馆|博物館|博物院|气象局|气象台|氣象局|委员会|委員會|人民政府|大学|大學|学院|學院|医院|醫院|法院|检察院|檢察院|研究院|研究所)$/u;

/**
 * Whether the words after a headline name the site: a site word in them, a Chinese site's name, or their last part
 * (" - JavaScript | MDN", " — Flask Documentation") opening with a word of the site's names.
 */
function namesSite(after: string, siteWords: string[]): boolean {
  const lower = after.toLowerCase();
  if (siteWords.some((word) => lower.includes(word))) return true;
  // A documentation's own name ("Celery 5.6.2 documentation", "Flask Docs").
  if (/\b(?:documentation|docs)\s*$/.test(lower)) return true;
  const parts = lower.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  // A Chinese site names itself so ("经济观察网", "某某大学新闻网", "人民网").
  if (parts.some((part) => CHINESE_SITE_NAME.test(part))) return true;
  const first = parts[parts.length - 1]?.split(/\s+/)[0];
  const opening = first && squash(first);
  return !!opening && opening.length >= 3 && siteWords.some((word) => squash(word).startsWith(opening) || opening.startsWith(squash(word)));
}


const BEFORE_SEPARATOR = /\s*(?:[|｜:：·•»－]|\s(?:--|[-–—]))\s*/;
const ENDS_WITH_SEPARATOR = new RegExp(`${BEFORE_SEPARATOR.source}$`);
/** All before the last separator: the site's name in "Amazon.com: ". */
const BEFORE_LAST_SEPARATOR = new RegExp(`^(.+?)${BEFORE_SEPARATOR.source}$`);

/**
 * "Amazon.com: " before the headline: the site's name and a separator; or the site's name and
 * the path to the page in words of its own ("The Island Ledger » Blog Archive » ", old WordPress themes').
 */
function siteBefore(before: string, siteWords: string[]): boolean {
  if (!ENDS_WITH_SEPARATOR.test(before)) return siteAlone(before, siteWords);
  const whole = BEFORE_LAST_SEPARATOR.exec(before)?.[1];
  // A domain's name ("Amazon.com: ") names a site, whichever.
  if (whole && (namesTheSite(whole, siteWords) || DOMAIN_NAME.test(whole))) return true;
  const [first, ...path] = before.split(BEFORE_SEPARATOR).filter((part) => part.trim());
  return !!first && namesTheSite(first, siteWords) && path.length > 0 && path.every((part) => part.trim().split(/\s+/).length <= 3);
}

/** A part of a site's path before its headline: a name of a few words ("竹溪高中", "校園新聞", "Campus News"). */
const PATH_PART = /^(?:[^\s|｜:：·•»－]{1,12}|\S+(?: \S+){0,2})$/u;
/** Between a path's parts: a separator of the <title>'s, or a dash or two set tight after Chinese ("科学网—", "江苏省教育考试院--"). */
const PATH_SEPARATOR = new RegExp(`${BEFORE_SEPARATOR.source}|(?<=\\p{Script=Han})(?:--|——|[—―])`, 'u');
/** A hyphen set tight after Chinese parts a path of two parts or more ("台視全球資訊網-新聞-"); after one part, a blog's name may be the headline's own words. */
const TIGHT_HYPHEN = /(?<=\p{Script=Han})-/u;
const TIGHT_PATH_SEPARATOR = new RegExp(`${PATH_SEPARATOR.source}|${TIGHT_HYPHEN.source}`, 'u');
const ENDS_WITH_PATH_SEPARATOR = new RegExp(`(?:${PATH_SEPARATOR.source})$`, 'u');

/**
 * The site's and its section's names before a headline, each part short and parted by a separator ("竹溪高中 - 校園新聞 - ",
 * "臺大醫院健康電子報－", old templates' titles): the headline an element named as a title shows ends the <title>.
 */
function pathBefore(before: string, heading: string): boolean {
  const tight = /(?<=\p{Script=Han})-$/u.test(before) && before.split(TIGHT_HYPHEN).filter(Boolean).length >= 2;
  if (!ENDS_WITH_PATH_SEPARATOR.test(before) && !tight) return false;
  const parts = before.split(tight ? TIGHT_PATH_SEPARATOR : PATH_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((part) => PATH_PART.test(part) && textUnits(part) < textUnits(heading));
}

/** The site's name alone beside a headline, parted from it by a space or a tight separator ("小陈的折腾日记-", " ThinkCMF技术笔记"). */
const siteAlone = (beside: string, siteWords: string[]): boolean => /^\s|[\s|｜_\-–—:：·•»]$/.test(beside) && namesTheSite(beside.replace(/^\s+|[\s|｜_\-–—:：·•»]+$/g, ''), siteWords);

/** A text that is the site's name ("Harbour Light Bakery", "The Island Ledger" on islandledger.net): a logo's heading, not a headline. */
const namesTheSite = (text: string, siteWords: string[]): boolean => {
  if (CHINESE_SITE_NAME.test(text.trim())) return true;
  const key = siteKey(text).replace(/^the/, '');
  return key.length >= 3 && siteWords.some((word) => siteKey(word).replace(/^the/, '') === key);
};

/** An event's day and time after its name, behind a comma ("…Night, Thu, Mar 20, 2025, 6:30 PM | Meetup"): no part of the headline. */
function datedAfter(after: string): boolean {
  const comma = /^\s*[,，]\s*/.exec(after);
  const found = comma ? findDate(after.slice(comma[0].length)) : undefined;
  return !!found && found.index <= MAX_WEEKDAY_BEFORE;
}
/** A weekday's short name and its comma ("Thu, ") before the date. */
const MAX_WEEKDAY_BEFORE = 5;

/**
 * The headline a page shows, when the title found is that headline cut short (an og:title
 * cut at an unescaped quote) or that headline with a site's name or a counter beside it
 * ("… - 博客园", "(99+ 封私信) …", "Amazon.com: … : Electronics"): what follows it must name the
 * site, or be shorter than it.
 * Headings in order of strength: <h1>s, then <h2>s.
 */
/** The page's headings by level, each level read only when the one before holds no headline. */
type HeadingLevels = (() => string[])[];

/** A reading done at most once, when first asked for. */
function once<T>(read: () => T[]): () => T[] {
  let value: T[] | undefined;
  return () => (value ??= read());
}

function shownHeadline(found: Found<string>, levels: HeadingLevels, siteWords: string[], linkedH1s: string[]): Found<string> {
  const h1s = levels[0]!();
  const h1Parts = levels[1]!();
  const title = compact(found.value);
  // An <h1> showing the title whole: no part of it is the headline ("shelve — Python object persistence", its module's name a link).
  if (h1s.some((heading) => compact(heading) === title)) return found;
  for (const read of levels) {
    const level = read();
    // Of a level's headings in the title, the longest: a section's <h1> ("本地新闻") may stand in it beside the headline's.
    let shownOne: string | undefined;
    for (const heading of level) {
      const shown = compact(heading);
      // Two Chinese characters make a heading ("配置"); four letters at least a Latin one.
      if (shown.length < (/^[\p{Script=Han}]+$/u.test(shown) ? 2 : 4) || shown === title || heading.length > 200) continue;
      if (shown.startsWith(title) && QUOTE.test(shown.slice(title.length))) return { value: heading, from: `${found.from}, completed by the headline` };
      const at = found.value.indexOf(heading);
      if (at < 0) continue;
      const after = found.value.slice(at + heading.length);
      const before = found.value.slice(0, at);
      // The <h1>'s part after its kicker in a part of its own, the title joining both ("Opinion | Our downtowns don't need…",
      // the Washington Post's <span>Opinion</span><span>Our downtowns…</span>): the headline, not the kicker.
      // A kicker is a label of a word or two, not a headline a subtitle follows ("What Tutoring Is. - Choosing a tutor").
      const kicker = before.replace(TRAILING_SEPARATOR, '');
      if (level === h1Parts && h1Parts.includes(kicker) && kicker.split(/\s+/).length <= MAX_KICKER_WORDS && (BESIDE_AFTER.test(after) || siteAlone(after, siteWords))) return { value: heading, from: `${found.from}, the headline after its kicker` };
      const pathed = !h1s.length && pathBefore(before, heading);
      if (!(BESIDE_BEFORE.test(before) || siteBefore(before, siteWords) || pathed || (level === h1s && ((SECTION_BEFORE.test(before) && !shownAsHeading(before, levels)) || (KIND_BEFORE.test(before) && !after.trim())))) || !(BESIDE_AFTER.test(after) || siteAlone(after, siteWords) || datedAfter(after))) continue;
      // The words after it measured without their separator: "潮位計の話 - 山田の日記" is two parts of one size.
      // The words after it measured to the next separator: "又是一年桂花香 - 云水禅心的日志 - 网易博客" is a headline, a blog and its host.
      const next = after.replace(LEADING_SEPARATOR, '').split(TITLE_SEPARATORS)[0]!;
      // Or the <h1> a link, a lesser heading before it in the title: the blog's name over its post's ("阿嬤的菜脯蛋 - 貓小姐的廚房筆記 - yam天空部落").
      const blogName = level !== h1s && linkedH1s.includes(next.trim());
      if ((PIPE_AFTER.test(after) || namesSite(after, siteWords) || blogName || textUnits(heading) >= textUnits(next)) && heading.length > (shownOne?.length ?? 0)) shownOne = heading;
    }
    if (shownOne) return { value: shownOne, from: `${found.from}, the headline in it` };
  }
  return found;
}

/**
 * The words before an <h1> in the title shown as a heading of the page: the page's headline, the <h1> its site's
 * name (mdBook's h1.menu-title, "Recoverable Errors - The Example Guide" over a chapter's h2), no section's label.
 */
function shownAsHeading(before: string, levels: HeadingLevels): boolean {
  const words = compact(before.replace(LABEL_SEPARATOR, ''));
  return levels.slice(1).some((read) => read().some((heading) => compact(heading) === words));
}

/** A word or two and a colon before a headline: a forum's or a section's label ("Thread: ", "Re: ", "Video: "). */
const HEADING_LABEL = /^\s*\p{L}+(?: \p{L}+)?\s*[:：]\s*$/u;
/** A forum's label before a thread's title: "Thread: ", "Topic: ", "主题：". */
const FORUM_LABEL = /^\s*(?:thread|topic|subject|主题|主題|帖子)\s*[:：]\s*/i;

/** A story's kind before its headline: the news's and opinion pages' labels, in the languages pages are written in. */
const KICKER_WORD = /^(?:exclusive|opinion|analysis|breaking|live|watch|video|review|explainer|interview|podcast|photos|editorial|commentary|perspective|investigation|essay|column|exklusiv|meinung|analyse|kommentar|exclusif|tribune|opinión|análisis|opinião|esclusiva)$/i;

/**
 * What an <h1> holds before the metadata's headline that is no part of it: a label and a colon
 * ("Thread: ", vBulletin's), a story's kind ("Exclusive ", "Opinion"), or one capitalised word
 * glued to it (a kicker's element run into the headline's: Die Zeit's "BahnverkehrDie stille…").
 */
const isKicker = (before: string): boolean =>
  HEADING_LABEL.test(before) || KICKER_WORD.test(before.trim()) || /^\p{Lu}\p{Ll}+$/u.test(before);

/** Whether the page has an <h1> named as its headline, and one that is no link. */
interface NamedHeadline {
  any: () => boolean;
  unlinked: () => boolean;
}

/**
 * The page's one <h1>, when it words the same headline differently from the metadata (a
 * shortened og:title, a title written for search engines): what the reader sees is the title.
 * On a page declared an article, over its og:title or JSON-LD headline only when the <h1> says
 * more (a news site's headline shortened for search results) or is named as the headline (a
 * title written for search: "Auckland ferries: Electric ferry build delayed again…" over the
 * shown "Auckland’s ferry fleet upgrade stalls…"); a shorter bare <h1> is the article's label
 * for show, the metadata its headline.
 */
function loneHeadline(found: Found<string>, h1s: string[], parts: string[], article: boolean, pageTitle: string, shownOnPage: (text: string) => boolean, namedHeadline: NamedHeadline): Found<string> {
  const headings = h1s.filter((h) => h.length >= 4 && h.length <= 200);
  // The title is the headline's own part of the <h1> (its span.title before an audio button's "播报").
  if (headings.length !== 1 || headings[0] === found.value || parts.includes(found.value)) return found;
  const heading = headings[0]!;
  // A shorter one named as the headline is the shown headline, unless it is a link (a listing's item, Digg's, an <h1> linking to another site's story).
  if (article && !found.from.startsWith('<title>') && heading.length < found.value.length && !namedHeadline.unlinked()) return found;
  // The same words, the quotes typeset in one and typed in the other.
  if (plainQuotes(heading) === plainQuotes(found.value)) return found;
  // An <h1> in capitals words the metadata's headline as styled for show ("TIPS FOR ONLINE SUCCESS");
  // one that puts a label before it ("Thread: …", vBulletin's) adds to it.
  if (!/\p{Ll}/u.test(heading) && heading.toLowerCase() === found.value.toLowerCase()) return found;
  if (heading.endsWith(found.value) && isKicker(heading.slice(0, -found.value.length))) return found;
  // A forum's label before the thread's title in its <h1> ("Thread: …", vBulletin's): the title without it.
  const label = FORUM_LABEL.exec(heading);
  if (label && heading.slice(label[0].length).startsWith(found.value)) return { value: heading.slice(label[0].length), from: `${found.from}, as the <h1> words it` };
  // The same words where the <h1>'s elements ran two of them together ("<span>KALLAX</span><span>Shelving unit</span>", IKEA's).
  if (heading.replace(/\s+/g, '') === found.value.replace(/\s+/g, '')) return found;
  if (similarity(heading, found.value) >= 0.5 && similarity(found.value, heading) >= 0.5) return { value: heading, from: `${found.from}, as the <h1> words it` };
  // Metadata running Chinese words on from the <h1> named as the headline, for search ("番茄炖牛腩" of og:title's "番茄炖牛腩的做法步骤图"): the shown one.
  if (!found.from.startsWith('<title>') && found.value.startsWith(heading) && /^\p{Script=Han}/u.test(found.value.slice(heading.length)) && namedHeadline.unlinked()) return { value: heading, from: `the <h1> named as the headline (${found.from} lengthens it)` };
  // An article's <h1> named as its headline, worded otherwise than the metadata's (a news site's line for search results and
  // shares, "Octopuses 'taste' crabs before they pounce", over "An octopus can taste a hidden crab before it ever sees it"): the shown one.
  if (article && !found.from.startsWith('<title>') && isSentenceLong(heading) && !heading.includes(found.value) && namedHeadline.any()) return { value: heading, from: `the <h1> named as the headline (${found.from} words it otherwise)` };
  // A part of a <title> the page shows nowhere and that holds none of the <h1> (an old paper's "明報新聞網 - 每日明報 daily news" on
  // every story, its site's names; not a dictionary's "RESTAURANT Definition & Meaning" over its <h1> "restaurant"): the <h1>.
  const named = found.value.toLowerCase().includes(heading.toLowerCase());
  return found.from.startsWith('<title>') && found.value !== pageTitle && !named && !shownOnPage(found.value) ? { value: heading, from: `the <h1> (${found.from}'s part is shown nowhere on the page)` } : found;
}

/**
 * A <title> that is only a few Chinese characters, maybe after a Latin brand, on a page without an <h1>: an app's name
 * (a mobile page's "微博", "UC头条"), its headline set in an element named as a title. Not a blog's name the <title>
 * gives before its host's ("海姑娘 | blog.wenxuecity.com": there the post is no element named as a title).
 */
const APP_NAME = /^[A-Za-z]{0,4}\p{Script=Han}{1,4}$/u;

/** A section's label in Chinese ("新聞稿", "最新消息", "通知公告"). */
const SECTION_LABEL = /^\p{Script=Han}{2,6}$/u;

/**
 * A <title> naming only the site and a section the page links to ("新聞稿" under the breadcrumb "首頁 > 新聞專區 > 新聞稿",
 * "彰化基督教醫院-最新消息"): a government or hospital site's template, its story's headline in an element named as a title.
 */
function namesSectionOnly(title: string, siteWords: string[], linkTexts: () => Set<string>): boolean {
  const parts = title.split(TITLE_SEPARATORS).map((part) => part.trim()).filter(Boolean);
  if (!parts.some((part) => SECTION_LABEL.test(part))) return false;
  const names = (part: string) => CHINESE_SITE_NAME.test(part) || siteWords.some((word) => siteKey(word) === siteKey(part));
  const sections = parts.filter((part) => !names(part));
  if (!sections.length || !sections.every((part) => SECTION_LABEL.test(part))) return false;
  const links = linkTexts();
  return sections.every((part) => links.has(part));
}

/**
 * A title that is only the site's name ("Coast News" on coastnews.com, "浙江在线" on a print page), not the first line of
 * an <h1> (PHPCMS's "…安全教育进社区" over its dateline, a headline ending as sites' names do): the page's one <h1>
 * names the page; without an <h1>, the first element named as a title (a print page's `td.print_title`).
 */
function besidesSiteName(found: Found<string>, h1s: string[], parts: string[], titled: string[], siteWords: string[], pageTitle: string, linkTexts: () => Set<string>): Found<string> {
  // A section's name from the <title>, or from metadata repeating a part of it (Dublin Core's "新聞稿" of "雲林縣政府全球資訊網-新聞稿").
  const inTitle = found.from.startsWith('<title>') || pageTitle.split(TITLE_SEPARATORS).some((part) => part.trim() === found.value);
  // Not one an element named as a title shows whole, opening a <title> of three parts or more ("外公的收音机 - 小鱼儿的博客 - 西陆博客":
  // a blog's post, its link in a sidebar's list of recent ones): the headline.
  const headlineFirst = titled.includes(found.value) && pageTitle.startsWith(found.value) && pageTitle.split(TITLE_SEPARATORS).length >= 3;
  const sectionOnly = !h1s.length && inTitle && !headlineFirst && namesSectionOnly(found.value, siteWords, linkTexts);
  // The site's name and its tagline, the <title> of every page of a single-page app ("Vant 4 - 轻量、可定制的移动端组件库"), holding none of the <h1>.
  const [first, ...rest] = found.value.split(TITLE_SEPARATORS);
  const taglined = found.value === pageTitle && rest.length > 0 && h1s.length === 1 && !found.value.includes(h1s[0]!) && siteWords.some((word) => siteKey(word) === siteKey(first!));
  const siteOnly =
    sectionOnly ||
    taglined ||
    siteWords.some((word) => siteKey(word) === siteKey(found.value)) ||
    (CHINESE_SITE_NAME.test(found.value.replace(LATIN_NAME_AFTER, '')) && !parts.includes(found.value)) ||
    (!h1s.length && found.from.startsWith('<title>') && found.value === pageTitle && APP_NAME.test(found.value)) ||
    // The app's name as the <title> and the og:title alike, over a headline of its own in the one <h1> (a 融媒体 app's share page, "云上枝江").
    (h1s.length === 1 && found.value === pageTitle && APP_NAME.test(found.value) && !h1s[0]!.includes(found.value));
  const usable = (h: string) => h.length >= 4 && h.length <= 200 && siteKey(h) !== siteKey(found.value) && !found.value.includes(h);
  // A headline says more than the names: a sidebar's titled "本地新聞" over the story's is a section's.
  const longer = (h: string) => usable(h) && hanCount(h) > hanCount(found.value);
  const pathOnly = !siteOnly && found.value === pageTitle && namesPathOnly(found.value);
  if (!siteOnly && !pathOnly) return found;
  const named = sectionOnly ? 'section' : pathOnly ? 'site and section' : 'site';
  if (h1s.length) {
    const headings = h1s.filter(pathOnly ? longer : usable);
    if (h1s.length === 1 && headings.length === 1) return { value: headings[0]!, from: `the <h1> (${found.from} names the ${named} only)` };
    // Of several, the one the <title> opens with (a docs page's headline beside its site's "Documentation" and a hidden footer's <h1>).
    const titled = headings.filter((h) => pageTitle.startsWith(h) && h !== pageTitle);
    return titled.length === 1 ? { value: titled[0]!, from: `the <h1> the <title> opens with (${found.from} names the ${named} only)` } : found;
  }
  // Only for a <title>, or metadata that repeats it or its part (Dublin Core's "經濟部全球資訊網" of "經濟部全球資訊網-本部新聞"): a metadata
  // headline naming the site alone, the <title> naming more, is the site's choice, not a print page's template.
  // A headline's sentence first: a sidebar's box over the story may be named as a title too ("往期報章").
  const heading = inTitle || sectionOnly ? titled.find((h) => longer(h) && isSentenceLong(h)) ?? titled.find(longer) ?? (pathOnly ? undefined : titled.find(usable)) : undefined;
  return heading ? { value: heading, from: `an element named as a title (${found.from} names the ${named} only)` } : found;
}

/** A site's name in English after its Chinese one ("蘋果日報 Apple Daily"). */
const LATIN_NAME_AFTER = /(?<=\p{Script=Han})\s+[A-Za-z][A-Za-z&.' -]*$/u;

const hanCount = (text: string): number => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/** A name in a <title>'s path: a few Chinese characters, maybe beside a Latin brand ("星島日報 Sing Tao Daily", "港聞"), no clause. */
const PATH_NAME = /^(?=.*\p{Script=Han})[\p{Script=Han}A-Za-z&. ]+$/u;
const MAX_PATH_NAME = 10;

/**
 * A <title> of names alone, the site's and its section's ("香港電台網站 : 新聞", "華僑報 - 澳門新聞", "國立自然科學博物館-科博館訊"):
 * an old template's, the story's headline set on the page, longer than all of them.
 */
function namesPathOnly(title: string): boolean {
  const parts = title.split(TITLE_SEPARATORS).map((part) => part.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((part) => PATH_NAME.test(part) && hanCount(part) <= MAX_PATH_NAME);
}

/**
 * Metadata's headline that the page shows nowhere, where the <title> (the site's name cut from it) and the one <h1>
 * agree on another (og:title's shorter marketing line, "Partial Prerendering is now stable", over the <h1> the
 * "… - Vercel" <title> repeats): the shown one. A <title> with nothing cut may be the site's, as its <h1> is, unless it reads as a headline.
 */
function shownByTitle(found: Found<string>, fromTitle: Found<string> | undefined, pageTitle: string, h1s: string[], h2s: string[], parts: string[]): Found<string> {
  if (!fromTitle || found.from.startsWith('<title>')) return found;
  // The metadata's headline is the <h1>'s last element, after a kicker in one of its own (taz's span.kicker, span.hide ": ", span.headline).
  if (h1s.length === 1 && h1s[0] !== found.value && h1s[0]!.endsWith(found.value) && parts.includes(found.value)) return found;
  const title = compact(fromTitle.value);
  // Uncut, a headline's sentence still: a site's name is no sentence of several words.
  const headline = compact(pageTitle) !== title || fromTitle.value.split(/\s+/).length >= MIN_HEADLINE_WORDS;
  // The one <h1>; without one, an <h2> that words it (Politico's h2.headline).
  const shown = h1s.length === 1 ? compact(h1s[0]!) === title : !h1s.length && h2s.some((h2) => compact(h2) === title);
  if (headline && shown && compact(found.value) !== title) return { value: fromTitle.value, from: `${fromTitle.from}, as the ${h1s.length ? '<h1>' : '<h2>'} shows it (${found.from} differs)` };
  // The one <h1> opening the <title> whole, its section and site after it ("… | Politics News | Sky News"), a headline's length.
  const h1 = h1s.length === 1 ? h1s[0]! : undefined;
  const opens = !!h1 && h1.split(/\s+/).length >= MIN_HEADLINE_WORDS && pageTitle.startsWith(h1) && SECTION_AFTER.test(pageTitle.slice(h1.length));
  return opens && compact(found.value) !== compact(h1) ? { value: h1, from: `<h1>, as the <title> opens with it (${found.from} differs)` } : found;
}

/** What follows a headline in a <title>: a separator, then its section's or site's words. */
const SECTION_AFTER = /^\s*(?:[|｜·•»]|\s[-–—])\s*\S/;

const MIN_HEADLINE_WORDS = 5;
/** Han characters that make as long a headline: a Chinese or Japanese one is written without spaces. */
const MIN_HEADLINE_HAN = 10;
/** A headline long enough to be a sentence, not a label: five words, or ten Han characters. */
const isSentenceLong = (text: string): boolean => text.split(/\s+/).length >= MIN_HEADLINE_WORDS || hanCount(text) >= MIN_HEADLINE_HAN;

/** A title wholly in straight double quotes, with none inside ("\"What is Git?\"" in a JSON-LD headline): the quotes go. */
function unquoted(found: Found<string>): Found<string> {
  const m = /^"([^"]+)"$/.exec(found.value);
  return m ? { ...found, value: m[1]!.trim() } : found;
}

/** The length from which a metadata headline may have been cut by its CMS (JSON-LD's 110 characters, for search engines). */
const CUT_AT = 100;

/**
 * A title the page's own metadata cut short (a JSON-LD headline ending "… (Including"): another
 * source that goes on from it with more words of the same sentence, not after a separator, is the whole.
 */
function completed(found: Found<string>, others: (Found<string> | undefined)[]): Found<string> {
  // A headline cut at the 110 characters search engines show may end inside a word ("… Very Small Shi").
  const goesOn = (rest: string) => /^ [\p{L}\p{N}(]/u.test(rest) || (found.value.length >= CUT_AT && /^\p{L}/u.test(rest));
  const longer = others.find((other) => other && other.value.startsWith(found.value) && goesOn(other.value.slice(found.value.length)));
  return longer ? { value: longer.value, from: `${longer.from}, where ${found.from} is cut short` } : found;
}

/** A logo drawn as an image names the site in its alt text ("<a class="li-logo"><img alt="理想汽车"></a>"). */
const logoAlt = (a: Element): string => cleanText(decodeText(selectBelow([a], 'img').find((img) => img.attribs.alt)?.attribs.alt ?? ''));

/** A logo's or a site title's name (WordPress' `site-title`, Bootstrap's `navbar-brand`, Z-Blog's `h1#BlogTitle`). */
const BRAND_NAME = /(?:^|[\s_-])(?:logo|brand|site-?(?:title|name)|blog-?(?:title|name))(?:$|[\s_-])/i;
const MAX_BRAND = 30;
const FEED_WORDS = /^(?:(?:comments?\s+)?feed|rss(?:\s*[\d.]+)?|atom(?:\s*[\d.]+)?|评论|評論|订阅|訂閱)$/i;

/**
 * The names the page gives itself besides its metadata: its feed's title (`<link rel="alternate" title="小陈的折腾日记">`,
 * WordPress' "Site » Feed" without its feed words) and the text of a logo linking to the front page.
 */
function shownSiteNames($: CheerioAPI): string[] {
  const feeds = queryPage($, 'link[rel="alternate"][title]').toArray()
    .filter((el) => /(?:rss|atom)/i.test(el.attribs.type ?? ''))
    .map((el) => cleanText(decodeText(el.attribs.title ?? '')).split(/\s+[»|\-–—]\s+/).filter((part) => !FEED_WORDS.test(part)))
    // A post's own feed names the post too ("Headline » Site » RSS 2.0", Typecho's): which part is the site is not said.
    .flatMap((parts) => (parts.length === 1 ? parts : []));
  // A front page's address: the page's URL is not always known (a saved page), and a logo links to no other site.
  // Or a single-page app's route to it ("#/", "#/zh-CN": Vant's docs).
  const isFront = (href: string) => href === '/' || /^(?:https?:)?\/\/[^/?#]+\/?$/i.test(href) || /^#\/(?:[a-z]{2}(?:-[a-z]{2,4})?)?$/i.test(href);
  const brands = queryPage($, 'a[href]').toArray().filter((a) => isFront(a.attribs.href!)).filter((a) => {
    for (let el: Element | null = a, up = 0; el && up < 3; el = el.parent as Element | null, up++) {
      if (el.type === 'tag' && (el.name === 'h1' || BRAND_NAME.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`))) return true;
    }
    return false;
  }).map((a) => lineText(a) || logoAlt(a));
  // A site's title set without a link home (Gridea's h1.site-title).
  const titles = queryPage($, SITE_TITLE_ELEMENTS).toArray().filter((el) => SITE_TITLE.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`) || BLOG_TITLE_ID.test(el.attribs.id ?? '')).map(lineText);
  return [...feeds, ...brands, ...titles].filter((name) => name.length >= 2 && name.length <= MAX_BRAND);
}
const SITE_TITLE = /(?:^|[\s_-])site-?(?:title|name)(?:$|[\s_-])/i;
const SITE_TITLE_ELEMENTS = '[class*="site-title" i], [class*="sitetitle" i], [class*="site-name" i], [class*="sitename" i], [id*="site-title" i], [id*="site-name" i], [id*="blogtitle" i], [id*="blog-title" i], [id*="blogname" i], [id*="blog-name" i]';
/** A blog host's title of the blog, its one element so named (無名小站's `h1#blogtitle`, Blogger's old `#blog-title`): by class, a post's title may be named so. */
const BLOG_TITLE_ID = /^blog-?(?:title|name)$/i;

/** The site's names, lower-case: og:site_name (and its parts), the domain's name, the names the page shows. */
function siteWordsOf($: CheerioAPI, siteName: string | undefined, url: string | undefined): string[] {
  const words = siteName ? [siteName, ...siteName.split(TITLE_SEPARATORS)] : [];
  words.push(...shownSiteNames($));
  const domain = domainName(url);
  if (domain) words.push(domain);
  return words.map((w) => w.trim().toLowerCase()).filter((w) => w.length >= 2);
}

/**
 * The headline's own part of an <h1> that holds more: an element of it (Discuz!'s label link
 * before `span#thread_subject`, an audio button after `span.title`) or its first line (PHPCMS's
 * dateline after a <br>).
 */
function headlineParts($: CheerioAPI): string[] {
  return queryPage($, 'h1').toArray().flatMap((h1) => {
    const lines = gluedLines(h1);
    const children = h1.children.filter((child): child is Element => child.type === 'tag').map(lineText);
    return [...(lines.length > 1 ? [lines[0]!] : []), ...(children.length > 1 ? children : [])];
  }).filter((text) => text.length >= 4);
}

/**
 * On a page without an <h1>: the texts of elements named as titles ("content_left_title", "main-title"), the first few, then of large fonts;
 * the innermost of those inside each other (上观's div.title in div.news-title, beside the credits' line).
 */
const titledTexts = ($: CheerioAPI): string[] => {
  const titled = (queryPage($, '[class], [id]').toArray() as Element[]).filter((el) => isTitledElement(el) && !isCommentSection(el)).slice(0, 20);
  const inner = titled.filter((el) => !titled.some((other) => other !== el && TITLE_BLOCK.test(other.name) && contains(el, other))).map(lineText);
  // After them, text an old template sets large and unnamed (`<font size="4"><b>…</b></font>`, `<td style="font-size:22px">`).
  const large = (queryPage($, 'font[size], [style*="font-size" i]').toArray() as Element[]).filter((el) => (el.attribs.size === undefined ? largeStyle(el.attribs.style!) : LARGE_FONT.test(el.attribs.size.trim())));
  return [...inner, ...large.slice(0, 20).map(lineText)];
};
/** A font size over the text's (3, HTML's default): 4 to 7, or +1 to +4. */
const LARGE_FONT = /^(?:[4-7]|\+[1-4])$/;
/** A headline's size set in pixels or points: 18px or 14pt and up. */
const largeStyle = (style: string): boolean => {
  const size = /font-size\s*:\s*(\d+(?:\.\d+)?)(px|pt)/i.exec(style);
  return !!size && Number(size[1]) >= (size[2]!.toLowerCase() === 'px' ? 18 : 14);
};
/** A block of its own inside a titled element, not a subtitle's <span> in the headline. */
const TITLE_BLOCK = /^(?:div|p|h[1-6]|header|td)$/;

/** phpBB 2's "Forum :: View topic - Topic title": the forum and the page's kind before the topic. */
const FORUM_VIEW_PREFIX = /^.{1,80}?\s::\s(?:view topic|view forum|thema anzeigen|voir le sujet|ver tema|查看主题|查看主題)\s+-\s+(?=\S)/i;

/** What forum software writes after a site's name in every title: its credit ("- Powered by Discuz!"), the edition ("- 手机版"). */
const SOFTWARE_SUFFIX = /(?:\s*[-|_–—]\s*(?:powered by\b.*|手机版|手機版|触屏版|移动版))+$/i;

/** A site's front page ("https://linear.app/"): its title names the site, on purpose. */
const isFrontPage = (url: string | undefined) => !!url && /^https?:\/\/[^/?#]+\/?(?:index\.\w+)?(?:[?#].*)?$/i.test(url);

/** A label set before a Chinese post's headline in an element of its own: "原创", "转载", "置顶". */
const BADGE = /^(?:原|转|轉|译|譯|顶|頂|荐|薦|精|原创|原創|转载|轉載|翻译|翻譯|置顶|置頂|精华|精華|热门|熱門|推荐|推薦|独家|獨家|首发|首發)$/;

/** A thread's type in brackets before its subject (Discuz!'s "<em>[经验分享]</em>"). */
const BRACKETED = /^(?:\[[^\]]{1,12}\]|【[^】]{1,12}】)$/;

/** A forum's node or a site's section, linked at the head of a topic's heading (Ruby China's `<a class="node">Rails</a>`). */
const SECTION_CLASS = /(?:^|[\s_-])(?:node|nodes|tag|tags|category|categories|topic-category|section|channel|forum|board)(?:$|[\s_-])/i;
const MAX_SECTION_LINK = 16;
const MAX_KICKER = 40;
/** A kicker set inside the headline before its words (Mail & Guardian's `<span class="mg-kicker">OPINION</span>`). */
const KICKER_CLASS = /(?:^|[\s_-])(?:kicker|eyebrow|overline|label)(?:$|[\s_-])/i;
/** Named a kicker by its class or a data attribute (Süddeutsche's `<span data-manual="kicker">`). */
const namedKicker = (el: Element): boolean => Object.entries(el.attribs).some(([name, value]) => (name === 'class' || name.startsWith('data-')) && KICKER_CLASS.test(value));
const isSectionLink = (el: Element): boolean =>
  [el, ...el.children.filter(isTag)].some((node) => node.name === 'a' && SECTION_CLASS.test([node.attribs.class ?? '', el.attribs.class ?? ''].join(' ')));

/** A heading's text without the badge element it opens or ends with (`<h1><span class="label">原创</span>用 Rust…</h1>`, `<em>[经验分享]</em>…`). */
export function headingText(el: Element): string {
  const text = lineText(el);
  const shown = el.children.filter((child) => !isText(child) || child.data.trim());
  const [first, last] = [shown[0], shown.at(-1)];
  const badge = first && isTag(first) ? cleanText(lineText(first)) : '';
  const leading = BADGE.test(badge) || BRACKETED.test(badge) || (!!first && isTag(first) && ((isSectionLink(first) && badge.length <= MAX_SECTION_LINK) || (namedKicker(first) && badge.length <= MAX_KICKER)));
  if (leading && text.startsWith(badge) && text.length > badge.length + 3) return text.slice(badge.length).replace(LEADING_SEPARATOR, '').trim();
  // Or ends with (搜狐号's "<span class="article-tag"><i>原创</i></span>" after the headline).
  const after = last && last !== first && isTag(last) ? cleanText(lineText(last)) : '';
  return BADGE.test(after) && text.endsWith(after) && text.length > after.length + 3 ? text.slice(0, -after.length).trim() : text;
}

export function extractTitle($: CheerioAPI, ld: JsonLdNode[], metas: Metas, siteName: string | undefined, url?: string): Found<string> | undefined {
  const domain = domainName(url);
  const front = isFrontPage(url);
  // A heading's permalink mark ("QuerySet API reference¶", VuePress' "# 配置") is not part of it.
  const texts = (selector: string) => queryPage($, selector).toArray().map((el) => headingText(el).replace(/\s*[¶#§]$|^[¶#§]\s+/gu, ''));
  const siteWords = siteWordsOf($, siteName, url);
  // A logo set in an <h1> (named so, or its text the site's name) names the site: never the headline.
  const h1s = texts('h1:not([class*="logo" i])').filter((h1) => !namesTheSite(h1, siteWords));
  const h2s = texts('h2');
  // Without an <h1>, an element named as a title; without an <h1> or <h2>, an <h3> (old news templates').
  // Read once, and only when needed: without an <h1> (lesser), or when the levels above it show no headline.
  const titled = once(() => titledTexts($));
  const lesser = h1s.length ? [] : titled();
  // A headline with a bar of its own ("带爸妈去安吉两天一夜｜路线和避坑都在这了") that the page shows whole is not cut at it.
  const shownWhole = (title: string) => h1s.includes(title) || h2s.includes(title) || lesser.includes(title);
  const strip = (found: Found<string> | undefined) => {
    if (!found) return undefined;
    const value = stripSiteName(found.value, siteName, domain, front);
    return { ...found, value: shownWhole(value) ? value : firstTightPart(value) };
  };
  const pageTitle = cleanText(queryPage($, 'title').first().text()).replace(SOFTWARE_SUFFIX, '').replace(FORUM_VIEW_PREFIX, '');
  const fromTitle = pageTitle ? strip({ value: documentTitle(pageTitle, [...h1s, ...h2s], h1s), from: '<title>' }) : undefined;
  // An og:title that is a domain's name alone ("W3Schools.com" on every page of the site) names the site, not the page.
  const declared = metaValue(metas, TITLE_METAS);
  const meta = declared && !DOMAIN_NAME.test(declared.value) ? declared : undefined;
  // A CMS may leave its editor's markup in the value ("…凝聚强大智慧和力量<div>"): tags are never a headline's words.
  const fromMeta = strip(meta && meta.value.search(MARKUP_TAG) >= 0 ? { ...meta, value: cleanText(meta.value.replace(MARKUP_TAG, ' ')) } : meta);
  const found = firstFound(
    () => strip(fromJsonLd(ld, fromTitle?.value ?? pageTitle, h1s)),
    () => fromMeta,
    () => fromTitle,
    () => fromElements($),
  );
  const parts = headlineParts($);
  const whole = found && withoutShownKicker($, withoutBracketedNote(shownByTitle(completed(unquoted(found), [fromTitle, fromMeta]), fromTitle, pageTitle, h1s, h2s, parts), h1s), h1s.length ? h1s : h2s);
  // An <h1> that is not in the title (a blog's name over its post's <h3 class="title">): the lesser headings are looked at after it.
  const h3s = once(() => texts('h3'));
  // A documentation's page titled by a lesser heading still (廖雪峰's tutorial: its <h4>).
  const h4s = once(() => texts('h4'));
  const levels: HeadingLevels = [() => h1s, () => parts, () => h2s, titled, h3s, h4s];
  const linkedH1s = queryPage($, 'h1').toArray().filter(isLink).map(headingText);
  let headline = whole && shownHeadline(whole, levels, siteWords, linkedH1s);
  // A <title> cut at its last separator may have cut the headline off ("Site » Blog Archive » Headline"): the whole <title> is searched too,
  // unless a heading shows the part kept whole (Language Log's <h2> under its site's <h1>).
  if (headline === whole && whole?.from === '<title>' && pageTitle !== whole.value && !shownWhole(whole.value)) {
    const inWhole = shownHeadline({ value: pageTitle, from: '<title>' }, levels, siteWords, linkedH1s);
    if (inWhole.value !== pageTitle) headline = inWhole;
  }
  const linkTexts = once(() => queryPage($, 'a').toArray().map(lineText));
  const shown = headline && !front ? besidesSiteName(headline, h1s, parts, lesser, siteWords, pageTitle, () => new Set(linkTexts())) : headline;
  const namedH1s = once(() => queryPage($, 'h1').toArray().filter((h1) => isTitledElement(h1) || dataNamesTitle(h1) || selectBelow([h1], '[class]').some(isTitledElement)));
  const named: NamedHeadline = { any: () => namedH1s().length > 0, unlinked: () => namedH1s().some((h1) => !isLink(h1)) };
  const lone = shown && loneHeadline(shown, h1s, parts, declaresArticle($), pageTitle, (text) => compact(cleanText(queryPage($, 'body').text())).includes(compact(text)), named);
  // Elements named as titles are looked at only where the <title> names a chapter: reading them costs a walk of the page.
  return lone && chapterHeading(lone, [...h1s, ...h2s, ...h3s()], CHAPTER_IN.test(pageTitle) ? titled : () => []);
}

/** An element a data attribute names as a title (Hearst's `data-theme-key="content-header-title"`, a test id "ContentHeaderHed"). */
const dataNamesTitle = (el: Element): boolean => Object.entries(el.attribs).some(([name, value]) => name.startsWith('data-') && namesTitle(value));

/** An element whose text is all a link's. */
const isLink = (el: Element): boolean => selectBelow([el], 'a').some((a) => lineText(a) === lineText(el));

/** A note in brackets after a headline ("… (Updated)", "… [Video]"). */
const BRACKETED_NOTE = /[([][^()[\]]{1,20}[)\]]$/;

/** The headline without a note in brackets the metadata adds and the <h1> leaves out (Automotive News' "(Updated)"). */
function withoutBracketedNote(found: Found<string>, h1s: string[]): Found<string> {
  const note = BRACKETED_NOTE.exec(found.value);
  // The spaces before the note are no part of the headline (trimmed here: a pattern opening with them backtracks through long runs).
  const headline = note && found.value.slice(0, note.index).trimEnd();
  return headline && h1s.includes(headline) ? { value: headline, from: `${found.from}, as the <h1> shows it` } : found;
}

/** Elements named as a headline's kicker, set over it (taz's p.typo-kicker, "article__topline"). */
const KICKERS = '[class*="kicker" i], [class*="topline" i], [class*="eyebrow" i], [class*="overline" i]';

/**
 * A headline the metadata opens with its kicker ("Vergesellschaftung in Berlin: Ein Gesetz, das niemand eilig hat"), the
 * page showing the kicker in an element of its own over the headline or named so inside it (Süddeutsche's
 * `<span data-manual="kicker">` in its <h2>): the headline as its heading shows it.
 */
function withoutShownKicker($: CheerioAPI, found: Found<string>, headings: string[]): Found<string> {
  const at = found.value.indexOf(': ');
  const [kicker, headline] = [found.value.slice(0, at), found.value.slice(at + 2)];
  if (at <= 0 || !headings.includes(headline)) return found;
  const shownBy = (selector: string, named: (el: Element) => boolean) => queryPage($, selector).toArray().some((el) => named(el) && lineText(el) === kicker);
  const shown = shownBy(KICKERS, () => true) || shownBy('h1 > *, h2 > *', namedKicker);
  return shown ? { value: headline, from: `${found.from}, as its heading shows it under its kicker` } : found;
}

/** A Chinese novel's chapter heading ("第8章 山雨欲来", "第三回 …"). */
const CHAPTER = /^第\s*[零〇一二三四五六七八九十百千万两\d]+\s*[章回节節卷]/;
const CHAPTER_IN = new RegExp(CHAPTER.source.slice(1));

/**
 * A chapter's page: the book's name in the metadata ("乡村小神医"), the chapter's heading on the page.
 * The one heading that reads as a chapter's is the title, unless the found one is it or holds none.
 */
function chapterHeading(found: Found<string>, headings: string[], titled: () => string[]): Found<string> {
  if (CHAPTER.test(found.value)) return found;
  const chaptersIn = (texts: string[]) => [...new Set(texts.filter((h) => CHAPTER.test(h) && h.length <= 60))];
  // The headings first; an element named as a title may hold the chapter's byline too.
  const inHeadings = chaptersIn(headings);
  const chapters = inHeadings.length ? inHeadings : chaptersIn(titled());
  return chapters.length === 1 ? { value: chapters[0]!, from: `the chapter's heading (${found.from} names the book)` } : found;
}

const MARKUP_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * The title with the ideographic spaces the page sets between its clauses ("能登の仮設住宅、入居始まる　輪島市で200戸完成",
 * "嘉義夫妻檔賣古早味豆花30年　一碗25元不漲價"): read texts have every run of spaces as one
 * ASCII space; where the page's headline (or an element named as a title), <title> or og:title shows that run as ideographic spaces alone, so does the title.
 */
export function withIdeographicSpaces($: CheerioAPI, title: string): string {
  if (!title.includes(' ')) return title;
  const sources = [
    ...queryPage($, 'h1, h2, h3, title, [class*="title" i], [id*="title" i]').toArray().map((el) => $(el).text()),
    ...queryPage($, 'meta[property="og:title"], meta[name="twitter:title"]').toArray().map((el) => el.attribs.content ?? ''),
  ].map(decodeText).filter((text) => text.includes(IDEOGRAPHIC_SPACE) && cleanText(text).includes(title));
  const pattern = new RegExp(title.split(' ').map(escapeRegExp).join('([\\s\\u00a0\\u3000]+)'));
  for (const text of sources) {
    const runs = pattern.exec(text)?.slice(1);
    if (!runs) continue;
    let i = 0;
    return title.replace(/ /g, () => (/^\u3000+$/.test(runs[i++]!) ? IDEOGRAPHIC_SPACE : ' '));
  }
  return title;
}
