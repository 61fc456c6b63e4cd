// What a byline may be: person-like names, not URLs, dates, boilerplate or sentences.
import { cleanText } from '../dom.js';
import { BOILERPLATE_AUTHORS, COMMON_FAMILY_NAMES, CREDIT_LABELS, INSTITUTION_WORDS, NEWSROOM_ROLE, NOT_NAMES } from './constants.js';
import { findDate, parseDate } from './parse-date.js';

export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** One Chinese name: two to four characters, or a transliteration joined by "·". */
const CJK_NAME = new RegExp(`^[${CJK}]{2,4}$|^[${CJK}]{1,8}(?:[·•‧・][${CJK}]{1,8})+$`);
/** A Latin-script (or Greek, Cyrillic) name or handle: letters with dots, hyphens, apostrophes, "&". */
const LATIN_NAME = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\d.'’&_-]*$/u;
/** One Korean name: two to four Hangul syllables ("김철수"). */
const HANGUL_NAME = /^[\uac00-\ud7af]{2,4}$/;
/** A forum handle mixing Chinese with "&" or "_" ("放飞&心情"), or with Latin letters ("小林coding", "Java小白"). */
const CJK_HANDLE = new RegExp(`^[${CJK}\\w]{1,8}[&_][${CJK}\\w]{1,8}$|^[${CJK}]{1,6}[A-Za-z][A-Za-z\\d]{1,15}$|^[A-Za-z][A-Za-z\\d]{1,15}[${CJK}]{1,6}$`);
const SEPARATORS = /\s*(?:[、，,;；/／]|\s+(?:and|und|et|y|和|与|及)\s+|\s)\s*/u;

/**
 * A Chinese page's words for its boxes, links and badges, as four characters read like a pen name: "作者信息", "推荐阅读",
 * "我要评论", "精华", "优质媒体".
 */
const INTERFACE_WORD = /^(?:热门|熱門|推荐|推薦|相关|相關|我要|更多|最新|精华|精華|优质|優質|置顶|置頂|查看|进入|進入|关于|關於)|(?:信息|資訊|简介|簡介|介绍|介紹|阅读|閱讀|推荐|推薦|评论|評論|排行|专题|專題|创作者|創作者|达人|達人|认证|認證)$/;

/** A single name token, Chinese, Korean or Latin. */
/** Words for the page itself or its site ("本文最后更新于…", "本站", "这篇文章发布于"): no one's name starts so. */
export const SELF_REFERENCE = /^(?:本文|本站|本网|本报|本刊|这篇|這篇|此文|该文|該文)/;

const CREDITS = new Set<string>(CREDIT_LABELS);

/** A picture's or a video's credit ("資料圖片", "示意图", "网络图片"): no one's name. */
const MEDIA_CREDIT = /(?:图片|圖片|照片|视频|視頻|影片|示意图|示意圖)$/;

/** A country's name opening a text ("中国中铁", "中国银行", "中华书局"): a company's or an institution's, no one's. */
const NATION_FIRST = /^(?:中国|中國|中华|中華|全国|全國)/;

export const isNameToken = (token: string): boolean => !NOT_NAMES.has(token) && !INTERFACE_WORD.test(token) && !CREDITS.has(token) && !MEDIA_CREDIT.test(token) && !SELF_REFERENCE.test(token) && !NATION_FIRST.test(token) && (CJK_NAME.test(token) || HANGUL_NAME.test(token) || CJK_HANDLE.test(token) || (LATIN_NAME.test(token) && token.length <= 30));

/**
 * "赵 培" → "赵培": single Chinese characters spaced out for alignment are one name; four or six
 * are two-character names each padded to a column ("王　浩　贺　苗" → "王浩 贺苗", a paper's credit).
 */
export function joinSpacedName(text: string): string {
  if (!SPACED_CHARS.test(text)) return text;
  const chars = text.split(' ');
  return chars.length % 2 ? chars.join('') : chars.length === 2 ? chars.join('') : chars.map((c, i) => (i % 2 ? `${c} ` : c)).join('').trim();
}
const SPACED_CHARS = new RegExp(`^[${CJK}](?: [${CJK}]){1,5}$`);

/** True when the whole text is one to four names (the way a Chinese byline line lists them). */
export function isNameList(text: string): boolean {
  const tokens = joinSpacedName(text).split(SEPARATORS).filter(Boolean);
  return tokens.length > 0 && tokens.length <= 4 && tokens.every(isNameToken) && !/[\d@:：]/.test(text);
}

/** Characters set apart by spaces, each alone: a name padded to a column's width ("许　晴"), or two of them. */
export const SPACED_RUN = new RegExp(`(?<=^|\\s)[${CJK}](?: [${CJK}]){1,5}(?=\\s|$)`, 'g');

/** Chinese names a byline sets apart with spaces ("罗连军 张多钧", "周明远　孙　瑶", "郑远航　许　晴"): a list, written as one ("罗连军, 张多钧"). */
export function asNameList(value: string): string {
  const names = value.replace(SPACED_RUN, joinSpacedName).split(' ');
  return names.length > 1 && names.every((name) => CJK_NAME.test(name) && isNameToken(name)) ? names.join(', ') : value;
}

/** Lower-case words inside a person's name: "Ludwig van Beethoven", "Maria de la Cruz". */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'y']);
/** Words joining names in a byline ("Jane Roe and John Doe", "photos by …"). */
const CONJUNCTIONS = new Set(['and', 'und', 'et', 'e', 'y', 'by', 'with', 'of']);
/**
 * A sentence where a byline would be ("This review is posted in Mobile App Reviews"): it opens
 * with a determiner or a pronoun no name starts with, and has lower-case words a name has not.
 */
export function isSentence(text: string): boolean {
  const words = text.split(/\s+/);
  return SENTENCE_START.test(words[0]!) && words.filter((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word) && !CONJUNCTIONS.has(word)).length >= 3;
}

const SENTENCE_START = /^(?:this|that|these|those|the|a|an|it|its|our|we|you|your|i|my|he|she|they|there|here)$/i;

/** A capitalised word of a name ("Anne-Marie", "O'Brien", "McDonald") or an initial ("J."). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|(?:\p{Lu}\.){1,3})$/u;

/**
 * True when a line of Latin script reads as a person's name: two to four capitalised words
 * (particles aside), so that "Share this post", "X min read" or "Share Post." are not.
 */
export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= 5 && personNameLength(words) === words.length && words.filter((w) => !NAME_PARTICLES.has(w)).length >= 2;
}

/** A word of a script without capitals (Hebrew, Arabic, Thai, Devanagari, Bengali, Tamil): no case to tell a name by. */
const CASELESS_WORD = /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{M}'’-]{2,20}$/u;

/**
 * Two to four words of a script without capitals ("נועה שפירא", "سارة الخطيب", "กมลชนก ศรีสุข"): a name only where the
 * markup says so (an element named for the author), as nothing in the words themselves can.
 */
export const isCaselessName = (text: string): boolean => {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 4 && words.every((word) => CASELESS_WORD.test(word));
};

/** A person's name as an element named for the author gives it: in a script with capitals, or in one without. */
export const isNameInMarkup = (text: string): boolean => isPersonName(text) || isCaselessName(text);

/** A generation's suffix closing a name ("Berkeley Lovelace Jr.", "Sr."). */
const GENERATION = /^(?:Jr|Sr)\.$/;

/** How many of the words, from the first, belong to a person's name: capitalised words and the particles between them. */
export function personNameLength(words: string[]): number {
  const nameWord = (i: number) => {
    const word = words[i];
    if (!word || !NAME_WORD.test(word) || NOT_NAME_WORD.test(word)) return false;
    return !(DATE_WORD.test(word) && /^\d/.test(words[i + 1] ?? ''));
  };
  let n = 0;
  // Particles run two together ("van der", "de la") before the family name.
  const particles = (i: number) => NAME_PARTICLES.has(words[i]!) && (nameWord(i + 1) || (NAME_PARTICLES.has(words[i + 1]!) && nameWord(i + 2)));
  while (n < words.length && (nameWord(n) || (n > 0 && particles(n)) || (n >= 2 && GENERATION.test(words[n]!)))) n++;
  return n;
}

/** Job titles written after a name in a byline ("Marcus Bell, Courier Staff", "Jane Doe, Senior Writer"). */
const JOB_TITLES = 'staff|editor|reporter|writer|contributor|correspondent|columnist|director|manager|engineer|developer|designer|researcher|scientist|analyst|consultant|lecturer|professor|journalist|photographer|producer|officer|adviser|advisor|coordinator|specialist';
/** A job title alone: one word before it after a byline's name is an outlet or the job's field. */
export const JOB_TITLE = new RegExp(`^(?:${JOB_TITLES})$`, 'i');
/** Capitalised words that follow a name in a byline without being part of it ("Jane Doe Updated …"), or label a release ("Peer-Reviewed Publication"), or that headings and buttons are made of ("Related Posts", "Read More"), or institutions' ("Montana State University"). */
const NOT_NAME_WORD = new RegExp(`^(?:updated|published|posted|reviewed|peer-reviewed|edited|medically|fact-checked|publication|release|${JOB_TITLES}|editors|contributing|founder|member|members|moderator|president|ceo|cto|head|lead|senior|chief|associate|assistant|marketing|related|posts?|articles?|stories|news|more|read|share|home|about|contact|menu|search|popular|latest|recent|trending|comments?|subscribe|follow|sign|login|privacy|policy|terms|table|contents|updates|blog|documentation|docs|community|wiki|manual|handbook|tags?|categories|category|next|previous|back|view|all|see|our|the|your|my|of|for|with|and|to|in|on|blogs|corporate|team|newsroom|communications|${INSTITUTION_WORDS})$`, 'i');
/** A month or a weekday: not a name when a number follows ("Steven Musil January 4, 2019"). */
const DATE_WORD = /^(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?$/i;

/** Software credits, companies, publishers (a site may be named for its author, so the site name is allowed). */
export const isBoilerplate = (name: string): boolean => BOILERPLATE_AUTHORS.some((re) => re.test(name));

/** A day of the week, written alone. */
const WEEKDAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|星期[一二三四五六日天]|週[一二三四五六日])$/i;

/** A byline value that is plainly not a name: a URL, a date, markup residue, too long. */
export function notAName(text: string): boolean {
  if (!text || (text.length > 80 && !isPersonList(text))) return true;
  if (/^(https?:)?\/\/|^www\.|\.(?:com|cn|net|org)\b/i.test(text)) return true;
  // Digits alone are a CMS's id for its user ("1004", People's Daily's author meta), no name; a letter alone is an avatar's.
  if (/[<>="{}!！?？。*]|^[^\p{L}\p{N}]+$|^\d+$|^\p{Lu}$/u.test(text)) return true;
  // Or a letter or two before its number ("F_200891", people.com.cn's).
  if (/^[A-Za-z]{1,2}[_-]?\d{4,}$/.test(text)) return true;
  // A periodical's issue ("第252期", "Vol. 3 No. 2") in a list named as bylines.
  if (/第\s*\d+\s*[期卷号號]|^vol\.?\s*\d/i.test(text)) return true;
  // Thanks to whoever sent the story in ("感谢ranger_z的投递", a tech portal's): a tip's reader, not its writer.
  if (/^(?:感谢|感謝)\S{1,30}的(?:投递|投遞|投稿|爆料|推荐|推薦)$/.test(text)) return true;
  // A copyright notice ("The Pennsylvania State University © 2025") stands where a byline does in footers.
  if (/©|\bcopyright\b|all rights reserved/i.test(text)) return true;
  // A box's heading or a badge ("作者信息", "精华").
  if (INTERFACE_WORD.test(text)) return true;
  // A newsroom's credit for its unsigned copy ("From staff reports", "Staff report"): no one's name.
  if (/^(?:from\s+)?staff\s+reports?$/i.test(text)) return true;
  // A day of the week left of a byline holding only its date ("Tuesday, April 11, 2023", Docsy's td-byline).
  if (WEEKDAY.test(text)) return true;
  const date = findDate(text);
  if (date) return date.end - date.index >= text.replace(/\s/g, '').length * 0.5;
  return /\d{4}/.test(text) && text.length < 40 && !!parseDate(text);
}

/** Many people credited in one line ("Ann Lee, Bo Chen, Matt De La O and Jo Sims"): every part a person's name. */
function isPersonList(text: string): boolean {
  const parts = text.split(/\s*[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+/);
  return parts.length >= 3 && parts.length <= 16 && parts.every(isPersonName);
}

/** Between names of a byline: ", ", " and ", " & ", the serial comma's ", and ", "; "; "and" in the languages bylines are written in (und, et, y, e, en, i, ve, dan, och, og, và, и, و, और). */
export const NAME_SEPARATOR = /\s*(?:,\s*(?:and|&)\s+|[,;]|&|\band\b|\s(?:und|et|y|e|en|i|ve|dan|och|og|và|и|و|और)\s)\s*/;

/**
 * The names a Chinese reporter's credit gives without the newsroom's roles: the part of a
 * "／"-separated credit that names a reporter ("聯合報／ 記者王小明／台北即時報導"), each name after
 * its role, the newsroom's name before the first role dropped ("本报记者 周洪双"); a correspondent
 * after the reporters when a family name begins theirs ("记者 吴婷婷 通讯员 黄磊": "吴婷婷, 黄磊", but "记者 黄叙浩
 * 通讯员 粤发宣": "黄叙浩"), alone when no reporter is named. Undefined when no role is followed by a name.
 */
export function newsroomNames(credit: string): string | undefined {
  const part = credit.replace(FILED_FROM, '').split(/\s*[/／]\s*/).find((candidate) => candidate.match(NEWSROOM_ROLE));
  const roles = part?.match(NEWSROOM_ROLE) ?? [];
  const pieces = part?.split(NEWSROOM_ROLE).slice(1) ?? [];
  const named = pieces.map((piece, i) => ({ role: roles[i]!, name: nameAfterRole(piece, i < pieces.length - 1) })).filter((credit) => credit.name);
  // A correspondent's pen name (通讯员, a press office of the place reported on) names no one who wrote with the reporter.
  const writers = named.some((credit) => !CORRESPONDENT.test(credit.role)) ? named.filter((credit) => !CORRESPONDENT.test(credit.role) || isFamilyNamed(credit.name)) : named;
  return writers.length ? writers.map((credit) => credit.name).join(' ') : undefined;
}

/**
 * The name a role's piece of a credit gives. A piece glued to the next role ends with that role's newsroom ("吴小飞 南方周末"
 * of "…记者 吴小飞 南方周末实习生 陈雨"); the role's colon ("记者：刘慧琪"), brackets closing the credit
 * ("（朝日新闻记者 福地慶太郎）"), the list's mark before the next role ("记者胡晓岚、通讯员…") and the kind of report ("李辰综合报导") are no part of the name.
 */
function nameAfterRole(piece: string, beforeRole: boolean): string {
  const own = beforeRole && /\S\s+\S+$/.test(piece.trim()) && /\S$/.test(piece) ? piece.replace(/\s*\S+$/, '') : piece;
  return joinSpacedName(own.replace(/^\s*[:：]|[)）】\]]+\s*$|[、，,]\s*$/g, '').replace(REPORT_KIND, '').trim());
}

const CORRESPONDENT = /^(?:通讯员|通訊員)$/;
/** A Chinese person's name: two or three characters, the first a common family name; not a publicity office's pen name ("苏法宣", "郑铁宣"). */
export const isFamilyNamed = (name: string): boolean => /^[\u3400-\u9fff]{2,3}$/u.test(name) && COMMON_FAMILY_NAMES.has(name[0]!) && !name.endsWith('宣');
/** Whether a credit names a newsroom's role ("记者"): NEWSROOM_ROLE without its global flag. */
export const HAS_NEWSROOM_ROLE = new RegExp(NEWSROOM_ROLE.source);
/** The kind of report glued after the name ("李辰综合报导"), or the word "reports" alone after it ("魔方 報導", GNN's). */
const REPORT_KIND = /(?:综合|綜合|\s+)?(?:报道|報導|报导|報道)$/;

/** Where the reporter filed from, after the names ("陳柏翰、林宜蓁 台中報導", "藤井 修 东京报道", "林芷瑩 發自英國曼徹斯特"). */
const FILED_FROM = /[\s/／]+(?:[\u3400-\u9fff]{2,5}(?:即時|即时)?(?:报道|報導|報道|报导)|(?:发自|發自)[\u3400-\u9fff]{2,12})$/;
/** The outlet before the names: before a slash ("民視新聞／陳柏翰"), in title marks ("英国《金融时报》 江彤"), or with its edition in brackets ("日本经济新闻（中文版：日经中文网）藤井 修"). */
const OUTLET_BEFORE = /^(?:[^/／|｜]{2,20}[/／|｜]\s*|[\u3400-\u9fff]{0,6}《[^》]{1,12}》\s+|[\u3400-\u9fff]{2,12}[（(][^）)]{1,20}[）)]\s*)/;

/**
 * The names of a Chinese reporter's closing or header credit, without the outlet before them
 * and the place after them ("（民視新聞／陳柏翰、林宜蓁 台中報導）"); the text unchanged when
 * what is left is no list of names.
 */
export function reporterNames(credit: string): string {
  const names = credit.replace(FILED_FROM, '').replace(OUTLET_BEFORE, '').trim();
  return names !== credit && (isNameList(names) || (SPACED_FULL_NAME.test(names) && names.split(' ').every((part) => !CREDITS.has(part)))) ? names : credit;
}

/** A family name and a given name set apart, as Japanese papers write them ("藤井 修"). */
const SPACED_FULL_NAME = /^[\u3400-\u9fff]{1,3} [\u3400-\u9fff]{1,3}$/;

export const cleanName = (raw: string | undefined): string => joinSpacedName(cleanText(raw));
