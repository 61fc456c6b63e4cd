// The article's author as the page states it: JSON-LD, then metas, then visible byline
// markup, then bylines written as text. Undefined when the page names none: the site-name
// fallback is the renderer's business, not a finding.
import { decodeText } from '../../decode/entities.js';
import type { CheerioAPI } from 'cheerio';
import { isTag, type Element } from 'domhandler';
import { cleanText } from '../dom.js';
import { escapeRegExp } from '../../escape-regexp.js';
import { AUTHOR_LABELS, AUTHOR_METAS, CREDIT_LABELS, DATE_LABELS, inCommentList, SOURCE_LABELS, SOURCE_OPENING, WRITER_LABELS, SOURCE_METAS, AUTHOR_SELECTORS, BYLINE_PREFIX, GLUED_BY, GLUED_DATELINE, BYLINE_SUFFIX, INSTITUTION_AFTER, NOT_NAMES, PLACEHOLDER_AUTHORS, POSTER_BADGE, SPECIAL_TO_AFTER } from './constants.js';
import { firstFound, type Found } from './found.js';
import { ldFirst, ldName, ldOrganisationsOnly, type JsonLdNode } from './json-ld.js';
import { metaValue, metaValues, type Metas } from './metas.js';
import { HAS_NEWSROOM_ROLE, isBoilerplate, isCaselessName, isNameInMarkup, isNameList, isNameToken, isPersonName, joinSpacedName, isSentence, NAME_SEPARATOR, newsroomNames, notAName, reporterNames } from './names.js';
import { relativeIndex } from './relative-date.js';
import { findDate } from './parse-date.js';
import { authorFromText, bylineLine, coAuthors, labelListWith, creditedAsEditor, creditedAsSoftware, creditedAsSource, latinLabelled, leadCreditWith, leadingNames, OUTLET_NAME, PROFILE_HREF, reportingCredit, SPACED_WRITER_LABEL } from './text-author.js';
import { inCaption } from './text-date.js';
import { DOMAIN_AFTER } from './site-name.js';
import { gluedLines, lineText, type TextLine } from './text-lines.js';
import { contains, isWithin, previousElement, selectBelow, selectorTest } from '../../clean/tree.js';
import { queryPage } from '../page-index.js';
import { LEGAL_FORMS, namesWire, wireRelease } from './wire-release.js';

/** A trailing date glued to the name ("Ann Lee March 11, 2015 3:46 PM", "Joe Wee Monday, February 29, 2016"). */
function withoutTrailingDate(text: string): string {
  // A labelled stamp before the names ("更新于2024年6月3日 06:02 英国《金融时报》 丽莎•奥康纳"): the names after it.
  const opening = findDate(text);
  if (opening && opening.end < text.length && LEADING_STAMP.test(text.slice(0, opening.index))) return withoutTrailingDate(text.slice(opening.end).trim());
  // A time without its year or relative to now after the name ("新周刊 03-11 21:36", "张三 2小时前") ends it too.
  // The earliest of them: "Marius Ionescu 3 months ago. Updated 10 days ago." ends at the first.
  const index = opening?.index ?? earliest([/\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}/i.exec(text)?.index, afterStart(relativeIndex(text)), LONG_AGO.exec(text)?.index]);
  // A date's weekday left after a name when the byline was cut at the date's comma ("Mary Elizabeth Williams Monday").
  return index ? text.slice(0, index).replace(WEEKDAY_BEFORE_DATE, '').replace(ON_BEFORE_DATE, '').trim() : text.replace(WEEKDAY_AFTER_NAME, '');
}

/** A date's label alone before it, opening a byline (not a bare date: a header's time, source and place). */
const LEADING_STAMP = new RegExp(`^\\s*(?:${[...DATE_LABELS, '更新于', '更新於', '更新时间', '更新時間', 'Updated on', 'Updated'].join('|')})\\s*[:：]?\\s*$`, 'i');

/** A magazine's credit role before the name, no "by" after it ("Text Sade Ogunleye", "Words Lauren Fisk"). */
const CREDIT_ROLE = /^(?:Text|Words|TEXT|WORDS)\s*[:：]?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/** A time long ago, too vague to date a post ("caius 9 months ago | flag"), still ends the name before it. */
const LONG_AGO = /\s(?:\d+|an?|one)\s+(?:weeks?|months?|years?)\s+ago\b/i;

const earliest = (indices: (number | undefined)[]) => {
  const found = indices.filter((index): index is number => index !== undefined);
  return found.length ? Math.min(...found) : undefined;
};

/** An index past the text's start: a date there is no name's end. */
const afterStart = (index: number) => (index > 0 ? index : undefined);

const WEEKDAY_AFTER_NAME = /(?<=\S\s+\S+)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** The word joining a name to its date ("By Ellen Hendriksen on March 18, 2025"). */
const ON_BEFORE_DATE = /\s+(?:on|at)\s*$/i;

const WEEKDAY_BEFORE_DATE = /\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*$/i;

/**
 * A name run together with its neighbours ("Jane DoeThe Daily PostMar 3, 2019 at 9:15 am": the
 * elements' texts joined without spaces): the name before the first glued word, when a date
 * follows. A name with a capital inside it ("Mary MacKenzie") has no date glued after it.
 */
function beforeGluedNeighbours(text: string): string {
  const parts = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1\u0000$2').split('\u0000');
  if (parts.length < 2) return text;
  const name = parts[0]!.trim();
  const rest = parts.slice(1).join(' ');
  // Or the writer's role ("Rhodri PembertonScience correspondent, BBC News", the BBC's byline__name and byline__title).
  return isPersonName(name) && (findDate(rest) || GLUED_ROLE.test(rest)) ? name : text;
}

/** A writer's role, in the languages bylines are written in ("Science correspondent", "Repórter da Agência Brasil"). */
const GLUED_ROLE = /^(?:[\p{L}-]+ ){0,3}(?:correspondent|reporter|editor|writer|columnist|contributor|journalist|producer|repórter|reportera|redator|redatora|periodista|corresponsal|correspondente|journaliste|rédacteur|rédactrice|giornalista|redakteur|redakteurin|korrespondent|korrespondentin)\b/iu;

/** "Jane Doe | The Daily Post", "Noreen Castillo - Corporate Vice President, …": the name before the outlet or role a bar or a dash sets apart. */
function beforeOutlet(text: string): string {
  const beforeDomain = text.replace(DOMAIN_AFTER, '');
  if (beforeDomain !== text && isPersonName(beforeDomain)) return beforeDomain;
  const [name, ...rest] = text.split(/\s+[|｜–—-]\s+/);
  // Not another person's name after it; a role may read as one ("Larissa Fontes - Repórter da Agência Brasil").
  return rest.length && isPersonName(name!) && (!rest.every(isPersonName) || GLUED_ROLE.test(rest[0]!)) ? name! : text;
}

/** Profile-box counters after a name ("粉丝 - 1 关注 - 0", "園齡 3年", a stock forum's "影响力 吧龄 6.2年"). */
const COUNTERS = /\s*(?:(?:影响力|影響力)\s*)?(?:粉丝|粉絲|关注|關注|园龄|園齡|吧龄|吧齡|获赞|獲讚|文章|阅读|閱讀|评论|評論|followers?|following)\s*[-:：]?\s*\d.*$/i;
/** A button's word after a name ("关注", "+ Follow", "收起"). */
const BUTTON = /\s*\+?\s*(?:已关注|关注|關注|收起|展开|展開|follow(?:ing)?|subscribe)\s*$/i;

/** A Hatena user's id after the display name ("つれづれK (id:tsurezure_k)"). */
const HATENA_ID = /\s*[(（]\s*id:[\w-]+\s*[)）]\s*$/;

/** Share buttons' words after a name ("韩昱 微信微博", "分享到：QQ空间"). */
const SHARE_AFTER = /\s+(?:分享到|分享|微信|微博|QQ空间|QQ|朋友圈|收藏|打印|举报|複製連結|复制链接)(?:[\s:：]*(?:微信|微博|QQ空间|QQ|朋友圈|收藏|打印|举报))*\s*$/;

/** A word for what someone does, not a name ("程序员", "设计师", "博主"). */
const TRADE_ENDING = /[员員师師者家主]$/u;
/** A credit's word after the writer's name ("白露，题图来自…"), not another writer. */
const CREDIT_WORD = /^(?:题图|題圖|头图|頭圖|配图|配圖|插图|插圖|封面|图片|圖片|摄影|攝影|编辑|編輯|来源|來源|视频|視頻)/u;

/** A post's category or tags after its byline ("风之旅人 收录于 建站", LoveIt's post-category). */
const CATEGORY_AFTER = /(?:^|\s+)(?:收录于|收錄於|分类|分類|标签|標籤|归档于|歸檔於)(?:\s|[:：]).*$/u;

/** The name alone, out of a profile line: before a bio after "，", counters, buttons, categories and an id in brackets, out of brackets around it all ("（Qiuqiuqiu）"). */
function nameOfProfile(text: string): string {
  const name = text.replace(COUNTERS, '').replace(BUTTON, '').replace(SHARE_AFTER, '').replace(CATEGORY_AFTER, '').replace(HATENA_ID, '').replace(/^[（(]\s*([^（()）]+?)\s*[)）]$/, '$1').trim();
  // Names listed with "，" ("杜知航，安丽敏") are no name and its bio ("小王，程序员": a trade's word; "白露，题图…": a credit's).
  const listed = HAS_HAN.test(name) && isNameList(name) && name.split('，').every((part) => !TRADE_ENDING.test(part) && !CREDIT_WORD.test(part));
  const beforeBio = listed ? undefined : /^([^，]{2,20})，/.exec(name)?.[1];
  return beforeBio && isNameList(beforeBio) ? beforeBio : name;
}

/**
 * A byline cleaned of its label, role and date; undefined when what is left is not a name.
 * A team is a name only where the page's metadata declares it the author.
 */
export function cleanAuthor(raw: string | undefined, declared = false, outlet = false): string | undefined {
  // A profile line's name ends at a zero-width break ("等风\u200b2023 年度新知答主").
  // An icon font's glyph is a private-use character (起点's `<i class="iconfont">&#xe650;</i>` before the name): no letter of it.
  const beforeBreak = raw?.replace(/\p{Co}/gu, '').split(/[\u200b\u200c\u200d\ufeff]/).find((part) => part.trim());
  // Each writer's own label in one byline ("By — Ann Lee, Associated Press By — Bo Chen, Associated Press").
  // A decoration before the label ("// By …", Dropbox's) is no separator between names; an author box's link to the writer's
  // other pieces after the name ("Deniz Yalçın Tüm Yazıları", Hürriyet's) is no part of it.
  // The place after a slash, or another's credit ("…吳宗翰　圖／吳宗翰"), goes before a slash is read as parting an outlet from its writer ("林佳穎／台北").
  let text = withoutNewsroomRoles(joinSpacedName(nameOfProfile(cleanText(beforeBreak).replace(EMAIL_AFTER, ''))).replace(PLACE_AFTER_NAME, '').replace(OTHER_CREDIT_AFTER, '')).replace(/^[\s|｜·•/／]+/, '').replace(ALL_WRITINGS_AFTER, '').replace(REPEATED_BY, ', ').replace(IN_SQUARE_BRACKETS, '$1');
  // A byline line that ends with its writer after the post's sections ("in 動画, ハードウェア, Posted by log1p_kr", GIGAZINE's).
  text = POSTED_BY_AFTER.exec(text)?.[1] ?? text;
  // A newsroom's unnamed credit ("Our Correspondent", "Staff Reporter, Sunamganj"): no one named.
  if (UNNAMED_CREDIT.test(text) || AUTHOR_NOTE.test(text)) return undefined;
  // A credit line opening with another's field ("供稿：电子信息与电气工程学院 文字：张雨晴 摄影：…", a university's): the writer's field.
  const writerField = OTHER_FIELD_OPENING.test(text) ? WRITER_FIELD.exec(text) : null;
  if (writerField) text = text.slice(writerField.index).trim();
  // A source's credit in an element named for the author (大公報's h2.tkp_con_author: its date and "來源：大公報"): an outlet, no writer.
  if (SOURCE_OPENING.test(text)) return undefined;
  // The label before the name, its colon or slash sometimes left out ("作者 王小明").
  // Or a dot or a bullet ("撰文‧吳佳蓉", a magazine's; "报道●陈丽娟", a paper's).
  const label = AUTHOR_LABELS.map((l) => new RegExp(`^${l}(?:\\s*[:：/／‧·•●]|\\s+(?=\\p{Script=Han}))\\s*`, 'u').exec(text)).find(Boolean);
  if (label) text = leadingNames(text.slice(label[0].length)) ?? '';
  text = withoutTrailingDate(beforeOutlet(beforeGluedNeighbours(withoutHandleOrMarks(text.replace(BYLINE_PREFIX, '').replace(GLUED_BY, '').replace(CREDIT_ROLE, '')))).replace(GLUED_DATELINE, '').replace(/\s*[(（]\s*(?:https?:\/\/|www\.)[^)）]*[)）]/g, '').trim()).replace(BYLINE_SUFFIX, '').replace(INSTITUTION_AFTER, '').replace(/[\s,;，、；|·•–—»›/／-]+$/, '').replace(/^[\s|｜·•/／]+/, '').trim();
  // Read once more without the date its line ended with ("新頭殼newtalk | 王小明 綜合報導 發布 2024.03.12").
  text = withoutTrailer(beforeBio(withoutNewsroomRoles(text.replace(DATE_LABEL_AFTER, '').replace(TIME_WORD_AFTER, '').replace(VIA_AFTER, '').replace(SPECIAL_TO_AFTER, ''))).replace(WIRE_AFTER, '').replace(ROLE_AFTER_NAME, '$1').replace(POSTER_BADGE, '').replace(STAFF_CODE, '').replace(OTHER_CREDIT_AFTER, '').replace(DISPATCHED_FROM, '').replace(PLACE_AFTER_NAME, '').replace(PROFILE_MARK, '').replace(PRESENCE_AFTER, ''));
  if (notAName(text) || LABEL_WORDS.has(text) || (isBoilerplate(text) && !(declared && (TEAM_CREDIT.test(text) || COMPANY_NAME.test(text))) && !(outlet && TRADE_NAME.test(text))) || isInterfaceText(text) || isSentence(text)) return undefined;
  return capitalised(capsBeforeOutlet(withoutDeskCredits(barredNames(text.replace(ARABIC_PLACE_BEFORE, '')))));
}

/** The writer's address after the name, maybe in brackets ("BY PARK JI-WON, YONHAP [park.jiwon@joongang.co.kr]"). */
const EMAIL_AFTER = /(?<=\S)(?:\s+|\s*[[(<（]\s*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>）]?\s*$/;

/** An Arabic dateline's city before the writer, with its colon ("القاهرة: سارة الخطيب"): the place the story was filed from. */
const ARABIC_PLACE_BEFORE = /^\p{Script=Arabic}{2,15}(?:\s\p{Script=Arabic}{2,15})?\s*[:：]\s*(?=\p{Script=Arabic})/u;

/** Writers parted by bars ("Sameer Baloch | Ayesha Qureshi", Dawn's linked names), each a person's: a list. */
function barredNames(text: string): string {
  const names = /\s[|｜]\s/.test(text) ? text.split(/\s*[|｜]\s*/) : [];
  return names.length > 1 && names.every((name) => isPersonName(name)) ? names.join(', ') : text;
}

const HAN_WRITER_LABELS: string[] = WRITER_LABELS.filter((label) => /^\p{Script=Han}+$/u.test(label));
/** A field of another credit or a source opening a credit line ("供稿：", "摄影：", "来源："). */
const OTHER_FIELD_OPENING = new RegExp(`^(?:${[...CREDIT_LABELS, ...SOURCE_LABELS].filter((label) => !HAN_WRITER_LABELS.includes(label)).join('|')})\\s*[:：]`);
/** The writer's field further on in a credit line ("… 文字：张雨晴"). */
const WRITER_FIELD = new RegExp(`(?<=\\s)(?:${HAN_WRITER_LABELS.join('|')})\\s*[:：]`);

const ALL_WRITINGS_AFTER = /\s*(?:tüm yazıları|all (?:articles|posts|stories)|alle artikel|tous (?:ses|les) articles|todos (?:sus|los) artículos|tutti gli articoli|più articoli|meer artikelen)\s*$/i;

/** A byline in square brackets, a Japanese news site's ("[佐野達也，ITmedia]"). */
const IN_SQUARE_BRACKETS = /^[[［]\s*([^[\]［］]+?)\s*[\]］]$/;

/** A user's handle, as a byline element shows a poster's: a word with digits or an underscore in it ("log1p_kr", "kenta_dev"). */
const USER_HANDLE = /^[a-z][a-z0-9]*[_\d][a-z0-9_]*$/i;

/** The heading of the writer's note to readers under a chapter (作者的话, 作者有话说：…), or a note about the writer ("（作者為資深銀行家、註冊財務策劃師）", a column's closing line): no name. */
const AUTHOR_NOTE = /^(?:作者的话|作者的話|作者有话(?:要)?说|作者有話(?:要)?說|作者感言|作者寄语|作者寄語|[（(]?作者(?:為|为|是|系)\S)/;

const UNNAMED_CREDIT = /^(?:by\s+)?(?:our|staff|special|own|a)\s+(?:correspondents?|reporters?|writers?)\b/i;

/** A newsroom's desk credited beside its reporters ("KWTX Staff", "Digital Team", "News Desk"): no one's name. */
const DESK_CREDIT = /^(?:[\p{L}\d.&'-]+\s+){0,3}(?:staff|team|desk|newsroom|news)$/iu;

/** A news agency credited by its acronym before the writer ("ČTK, Jana Nováková", "AFP and Ann Lee"). */
const AGENCY_ACRONYM = /^\p{Lu}{2,5}$/u;

/** A list of names without the desks credited in it, when a person is left ("Alexis Jones, KWTX Staff", "Kemberly Richardson and Eyewitness News"). */
function withoutDeskCredits(text: string): string {
  const parts = text.split(/\s*,\s*|\s+and\s+/);
  // An agency's acronym before the names ("ČTK, Jana Nováková"), not letters after a name (its holder's degrees: "Dylan Bailey, MS, RD").
  const people = parts.filter((part, i) => !DESK_CREDIT.test(part) && !(i === 0 && AGENCY_ACRONYM.test(part)));
  return parts.length > 1 && people.length && people.length < parts.length ? people.join(', ') : text;
}

/** A dateline's label left after the name once its date is cut ("Ikram Junaidi Published", "王小明 綜合報導 發布"). */
const DATE_LABEL_AFTER = /\s+(?:published|updated|posted|last updated|发布|發布|發佈|发表|發表|更新)\s*[:：]?$/i;
/** A word of time after a Chinese name, where the sentence the credit opens goes on ("文/阿毛 近日，…"). */
const TIME_WORD_AFTER = /(?<=\p{Script=Han})\s+(?:近日|日前|昨日|今日|昨天|今天|近期|此前|目前|本周|上周|当地时间|當地時間)$/u;

const POSTED_BY_AFTER = /[,，]\s*(?:posted|written)\s+by\s+([^,，]{2,40})$/i;

/** A credit's label alone ("記者", "文字", "作者" in an element of its own, the name in the next): no one's name. */
const LABEL_WORDS = new Set<string>([...AUTHOR_LABELS, ...SOURCE_LABELS, ...CREDIT_LABELS, ...NOT_NAMES]);

/** What a byline's element writes after the name: how long ago ("54 mins ago - Health"), an institution's unit (", College of Engineering", ", ARD-Hauptstadtstudio"). */
const AGO_AFTER = /\s+\d+\s*(?:mins?|minutes?|hrs?|hours?|days?)\s+ago\b.*$/i;
const UNIT_AFTER = /\s*,\s*(?:the\s+)?(?:college|university|school|department|faculty|institute|centre|center|office|ministry|agency|[\p{L}-]*(?:studio|redaktion|büro))\b.*$/iu;
/** After a person's name: an outlet's acronym (", CNN", ", KOMO"), the place reported from (" in Beijing"), the publication written for (" for Acme Engineering"). */
const PLACE_OR_OUTLET_AFTER = /^(.+?)(?:\s*,\s*\p{Lu}{2,5}|\s+in\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?|\s+for\s+\p{Lu}.*)$/u;
/** A column's name in capitals before its writer's ("THIS WEEK IN ENTERPRISE by Roberta Haines"). */
const COLUMN_BEFORE = /^\p{Lu}[\p{Lu}\d\s&'’-]{4,}\s+by\s+(.+)$/u;

function withoutTrailer(raw: string): string {
  const text = raw.replace(AGO_AFTER, '').replace(UNIT_AFTER, '');
  const column = COLUMN_BEFORE.exec(text);
  if (column && isPersonName(column[1]!)) return column[1]!;
  const m = PLACE_OR_OUTLET_AFTER.exec(text);
  return m && /\p{Ll}/u.test(m[1]!) && isPersonName(m[1]!) ? m[1]! : text;
}

const REPEATED_BY = /(?<=\S)\s+By\s*[—–-]?\s+(?=\p{Lu})/gu;
/** A wire service after each writer's name (", Associated Press"): the byline's names alone. */
const WIRE_AFTER = /\s*,\s*(?:the\s+)?(?:associated press|reuters|agence france-presse|bloomberg news|afp|ap|dpa|efe|ansa|upi|pti|ians|aap|yonhap|kyodo|xinhua|bernama|antara|anadolu|press association)(?=\s*(?:,|$))/gi;

/** What a sender's name was sent through, as a mailing list rewrites it ("Oskar Brandt via rsync", "Ann Lee via Google Groups") or a wire is credited ("Jane Doe via AP"). */
const VIA_AFTER = /(?<=\p{L})\s+via\s+\S.{0,40}$/u;

/** A forum's presence mark after the poster's handle ("solderfumes Offline", MyBB's); never "Online", a part of names ("ASU Online"). */
const PRESENCE_AFTER = /(?<=^\S+)\s+offline$/i;

/** Where the reporter filed from, after the name ("林秋铭 发自成都"). */
const DISPATCHED_FROM = /(?<=\p{Script=Han})\s+(?:发自|發自)\p{Script=Han}{1,10}$/u;

/** A link to the writer's profile after the name, in lenticular brackets ("佐藤 健 【Profile】", nippon.com's). */
const PROFILE_MARK = /\s*【(?:profile|プロフィール|简介|簡介|个人简介|個人簡介|作者简介|作者簡介)】$/iu;
/** The city a reporter files from, after the name ("鉅亨網記者魏志豪 台北", "記者王小明 高雄", DIGITIMES' "林佳穎／台北"): a dateline's place, no second name. */
const PLACE_AFTER_NAME = /(?<=^\p{Script=Han}{2,4})(?:\s+|\s*[/／]\s*)(?:台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|馬祖|香港|澳門|澳门|北京|上海|广州|廣州|深圳|重庆|重慶|天津|东京|東京|首尔|首爾|纽约|紐約|华盛顿|華盛頓|伦敦|倫敦|巴黎|新加坡|吉隆坡)$/u;
/** A newsroom's staff code after a Chinese name ("李勇 PN213"). */
const STAFF_CODE = /(?<=[\u3400-\u9fff])\s+[A-Z]{1,4}\d{2,6}$/;

/** Another person's credit after the writer's, past a slash or a bar ("林嘉欣 / 攝影 王大明 台北報導"), or a space ("钟梓涵 摄影 吴晓東", "鄭雅文、吳宗翰 圖／吳宗翰"). */
const OTHER_CREDIT_AFTER = /\s*[/／|｜]\s*(?:攝影|摄影|攝|摄|編輯|编辑|圖|图|(?:photos?|video)\b).*$|(?<=\p{Script=Han})\s+(?:(?:攝影|摄影|編輯|编辑)(?:\s*[:：/／‧·•●]\s*|\s+)|(?:圖|图|攝|摄)\s*[:：/／‧·•●]\s*)\p{Script=Han}.*$/iu;

/** A Korean or Japanese reporter's role after the name ("이서연 기자", "山田太郎記者"). */
const ROLE_AFTER_NAME = /^([\uac00-\ud7af]{2,4}|[\u3400-\u9fff]{2,4})\s*(?:기자|특파원|記者|特派員)$/u;

/** A name in capitals followed by its outlet in ordinary case ("ANN LEE Associated Press"): the name. */
const capsBeforeOutlet = (text: string) => /^((?:\p{Lu}[\p{Lu}.'’-]+\s+){1,3}\p{Lu}[\p{Lu}'’-]+)\s+\p{Lu}\p{Ll}/u.exec(text)?.[1] ?? text;

/** A Chinese byline's names without the newsroom's roles ("本报记者 周洪双": "周洪双"). */
const withoutNewsroomRoles = (text: string): string => (HAS_HAN.test(text) ? newsroomNames(text) ?? reporterNames(text) : text);

const HAS_HAN = /\p{Script=Han}/u;
/** An account's handle: one lower-case word of letters and digits. */
const HANDLE = /^[a-z][a-z0-9_.-]*$/;
/** Letters without their accents, lower case, nothing else ("Tomás Riedel": "tomasriedel"). */
const bareLetters = (text: string) => text.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
/** A login handle made of the person's name ("tomas", "tomasriedel", "t.riedel" aside): part of it, accents dropped. */
const handleOfName = (handle: string, name: string): boolean => HANDLE.test(handle) && bareLetters(handle).length >= 3 && bareLetters(name).includes(bareLetters(handle));

/**
 * A name with the writer's handle glued after it ("Jane Doe@janedoe / 10:30 AM EST"), or with
 * affiliation marks ("Ann Lee1, Bo Chen1,2": their <sup>s' texts): the names alone.
 */
function withoutHandleOrMarks(text: string): string {
  const handle = /^(.+?\p{L})\s*@[\w.]+\b.*$/u.exec(text);
  if (handle && isPersonName(handle[1]!)) return handle[1]!;
  const unmarked = text.replace(/(?<=\p{Ll})\d+(?:,\d+)*(?=\s*(?:,|&|\band\b|$))/gu, '');
  // Only people's names carry such marks: a handle keeps its digits ("InsaneSnow45").
  return unmarked !== text && unmarked.split(NAME_SEPARATOR).filter(Boolean).every(isPersonName) ? unmarked : text;
}

/** A bio opening with the name ("Jane Doe is a harbour engineer who…"): the name. */
function beforeBio(text: string): string {
  const m = /^(.{3,60}?) (?:is|was|has been|writes|covers|leads|who) /.exec(text);
  return m && isPersonName(m[1]!) ? m[1]! : text;
}

/**
 * A name of two words or more set in capitals ("JANE DOE", "MARY O'BRIEN-SMITH"), written as a name is: "Jane Doe". One word stays: an acronym or a handle ("CDC").
 * Each of several so set ("NICK WINGFIELD and CONOR DOUGHERTY").
 */
function capitalised(names: string): string {
  return names.split(/(\s+and\s+|\s*,\s*)/).map((part, i) => (i % 2 ? part : capitalisedName(part))).join('');
}

function capitalisedName(name: string): string {
  if (!/^[\p{Lu}\s.'’-]+$/u.test(name) || !/\p{Lu}{2}/u.test(name) || !/^\p{Script=Latin}/u.test(name) || !/\s/.test(name)) return name;
  const cased = name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  // A Korean given name romanised in two syllables keeps its second in lower case ("PARK JI-WON": "Park Ji-won").
  return KOREAN_NAME.test(cased) ? cased.replace(/-(\p{Lu})/u, (_, letter: string) => `-${letter.toLowerCase()}`) : cased;
}

/** A Korean name as English-language papers romanise it: a common family name, then two syllables joined by a hyphen. */
const KOREAN_NAME = /^(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Jo|Yoon|Yun|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Ha|Kwak|Sung|Cha|Woo|Ryu|Min)\s\p{Lu}\p{Ll}{1,4}-\p{Lu}\p{Ll}{1,4}$/u;

/** A label with no name after it ("Posted by:", "Written by", "Author"). */
const BARE_LABEL = /^(?:(?:written|posted|reviewed|reported|published|edited|words|text|story)\s+)?(?:by|par|von|por)?\s*[:：]?$|^(?:authors?|autor|auteur|posted|written|published|updated)(?:\s+(?:on|at))?\s*[:：]?$/i;
/** Words of a page's interface that stand where bylines do: buttons, headings of boxes, a commenter's "says:". */
const INTERFACE = /^(?:share(?: this)?|follow|subscribe|table of contents|contents|last updated|updated|user ?name|insights from|read more|comments?|reply|about the author|more from|see all|view all)$|\bsays:?$|^\d+\s*min(?:ute)?s?\s+read$/i;

/** A team's credit ("SolutionsHub Editorial Team"): a byline where the page's metadata declares it the author, a staff box's heading elsewhere. */
const TEAM_CREDIT = /^[^,;|]*\S\s+team$/i;
const TEAM_OR_CONTRIBUTORS = /\b(?:team|contributors|authors|maintainers)$/i;
/** A company's name with its legal form ("Northbank Minerals Corp.", "Copperline Software, Inc."): a press release's issuer, where the page's metadata declares it the author. */
const COMPANY_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}\d&.' -]*?,?\s+(?:${LEGAL_FORMS})\.?$`, 'u');
/** A tech outlet's name ("快科技", "新浪科技"): a company's trade name in a meta, an outlet in a source line. */
const TRADE_NAME = /^\p{Script=Han}{1,6}(?:科技|网络)$/u;

const isInterfaceText = (text: string) => INTERFACE.test(text) || BARE_LABEL.test(text) || /^\d{6,}$/.test(text);

const validated = (found: Found<string> | undefined, declared = false): Found<string> | undefined => {
  const value = cleanAuthor(found?.value, declared, found?.outlet);
  return value && found ? { value, from: found.from } : undefined;
};

/** Each meta in order, so that a boilerplate `author` does not hide a real `dc.creator`. */
function fromMetas(metas: Metas): Found<string> | undefined {
  for (const key of AUTHOR_METAS) {
    const single = metaValue(metas, [key]);
    // A code beside the name is an office's or an account's ("US EPA,REG 05", "user123"): no one's name.
    if (single && /\d/.test(single.value) && !HAS_HAN.test(single.value)) continue;
    // A citation meta writes the name family name first ("Ellery, Rowan"); a Dublin Core creator may too (Nature's "Ledford, Heidi").
    const inverted = key === 'citation_author' || (key.includes('creator') && !!single && FAMILY_NAME_FIRST.test(single.value));
    const found = metaList(metas, key) ?? validated(single && inverted ? { ...single, value: givenNameFirst(single.value) } : single, true);
    if (found) return found;
  }
  return undefined;
}

/** Twitter's card data under a byline label (Yoast's twitter:label1 "Written by", twitter:data1 the name). */
function fromCardData(metas: Metas): Found<string> | undefined {
  for (let n = 1; n <= 4; n++) {
    const label = metaValues(metas, `twitter:label${n}`)[0];
    if (label && /^(?:written by|author|by)$/i.test(label)) return validated({ value: metaValues(metas, `twitter:data${n}`)[0], from: `meta twitter:data${n} ("${label}")` });
  }
  return undefined;
}

/** One family name, a comma, one or two given names ("Ledford, Heidi"), not two names listed ("Jane Doe, John Roe"). */
const FAMILY_NAME_FIRST = /^\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?$/u;

/** "Doe, Jane" as citation metas write names: "Jane Doe". */
const givenNameFirst = (name: string) => name.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1');

/**
 * Scholarly citation metas give one tag per author: every name, in order, given name first.
 * Pandoc and Quarto write one `author` tag per author too, news sites one `article:author` or
 * `parsely-author` each (Reuters'): every name, when each is a person's.
 * (Otherwise a key repeated keeps Readability's reading: the last tag.)
 */
function metaList(metas: Metas, key: string): Found<string> | undefined {
  const citation = key === 'citation_author';
  const values = [...new Set(metaValues(metas, key))];
  const names = values.map((value) => cleanAuthor(citation ? givenNameFirst(value) : value));
  const usable = names.every(Boolean) && (citation || names.every((name) => isPersonName(name!)));
  return names.length > 1 && usable ? { value: names.join(', '), from: `meta ${key} (one per author)` } : undefined;
}

const ANY_AUTHOR_SELECTOR = AUTHOR_SELECTORS.join(', ');

/** A comment's or a comment form's byline ("comment-author", "comment-form-author": its label "Nama (wajib)") names no author of the article. */

function fromSelectors($: CheerioAPI, usable: (name: string) => boolean = () => true): Found<string> | undefined {
  // One walk of the document for all the selectors, then each tried in order on what it found.
  const candidates = queryPage($, ANY_AUTHOR_SELECTOR).toArray();
  for (const selector of AUTHOR_SELECTORS) {
    const test = selectorTest(selector);
    for (const el of candidates.filter((candidate) => test(candidate) && !inCommentList(candidate) && !isLinkColumn(candidate) && !inTeaserCard(candidate) && !attributesQuote(candidate)).slice(0, 3)) {
      // Microdata's <meta itemprop="name" content="…"> holds its value in an attribute.
      let text = cleanText(el.name === 'meta' ? el.attribs.content : $(el).text());
      // A label alone ("Posted by") stands before the name: read it with what follows.
      if (text && BARE_LABEL.test(text) && el.parent) text = cleanText($(el.parent).text());
      for (const value of bylineReadings(el, text)) {
        const found = validated({ value, from: selector });
        if (found && usable(found.value)) return withParallelNames($, el, listedAsOthers(found));
      }
    }
  }
  return undefined;
}

const HAS_HAN_OR_HANGUL = /[\u3400-\u9fff\uac00-\ud7af]/;

/** Classes of a quote's or a testimonial's parts. */
const QUOTE_PART = /quote|testimonial/i;
const QUOTE_LEVELS = 3;

/**
 * The person a quote is attributed to ("Maribel Ortega, Finance Director" under a landing page's testimonial, its
 * div.quote-author; a blockquote's cite): who said it, not who wrote the page.
 */
function attributesQuote(el: Element): boolean {
  const quote = (node: Element | undefined): boolean => !!node && (node.name === 'blockquote' || QUOTE_PART.test(node.attribs.class ?? ''));
  let up: Element | undefined = el;
  for (let level = 0; up && level < QUOTE_LEVELS; level++, up = up.parent && isTag(up.parent) ? up.parent : undefined) {
    // Its box or the quote just before it ("div.quote", then "div.author" naming who said it).
    if (quote(up) || quote(previousElement(up))) return true;
  }
  return false;
}

const TEASER_LEVELS = 4;
const MIN_TEASER_TITLE = 6;
/** A card holds a title, a name, a date and a count or two: more text is a post or an article. */
const MAX_TEASER_TEXT = 300;

/**
 * A name in one of a row of cards alike, each linking to another story by its title (a feed's "note-item" beside the note
 * shown, 小红书's): that story's author. Not a co-author's card, which links to the author's page.
 */
function inTeaserCard(el: Element): boolean {
  const name = lineText(el);
  let card: Element = el;
  for (let up = 0; up < TEASER_LEVELS && card.parent?.type === 'tag'; up++) {
    card = card.parent as Element;
    if (lineText(card).length > MAX_TEASER_TEXT) return false;
    const storyLink = () => selectBelow([card], 'a[href]').some((a) => !contains(a, el) && !contains(el, a) && !PROFILE_HREF.test(a.attribs.href!) && lineText(a).length >= MIN_TEASER_TITLE && !lineText(a).includes(name));
    const cls = card.attribs.class;
    const alike = !!cls && card.parent?.type === 'tag' && (card.parent as Element).children.some((sibling) => isTag(sibling) && sibling !== card && sibling.name === card.name && sibling.attribs.class === cls);
    if (alike && storyLink()) return true;
  }
  return false;
}

const MIN_COLUMN_LINKS = 3;
/** Links a line each, parted by line breaks (a sidebar's list of issues or stories in a cell named "author"): no byline. */
const isLinkColumn = (el: Element): boolean => selectBelow([el], 'a').length >= MIN_COLUMN_LINKS && selectBelow([el], 'br').length >= MIN_COLUMN_LINKS - 1;

/** People a byline element lists in words ("Luis Ortega and Mei Tanaka"), joined as every other list of authors is: with ", ". */
function listedAsOthers(found: Found<string>): Found<string> {
  const names = found.value.split(NAME_SEPARATOR).map((name) => name.trim());
  return names.length > 1 && names.every((name) => isPersonName(name)) ? { ...found, value: names.join(', ') } : found;
}

/** How far above a name's element its co-authors' may be, and how much text that byline holds at most. */
const PARALLEL_LEVELS = 4;
/** As far for a name microdata marks (itemprop=name in each itemprop=author block: Docusaurus's byline), which deeper markup holds. */
const MICRODATA_LEVELS = 6;
const MAX_PARALLEL_TEXT = 400;
/** Tags a name's element may be, a link or not. */
const INLINE_NAME_TAGS = new Set(['a', 'span']);
/** Between two names: another credit ("Photos by", "Illustration by", "Edited by"). */
const OTHER_CREDIT = /photo|foto|illustrat|graphic|video|edit|review|translat|编辑|編輯|摄|攝|翻译|翻譯|审核|審核/i;
/**
 * Such a credit's label ("Photos by", "Edited by:", "编辑："), not a writer's role under their name ("Editor team lead").
 * No word boundary after "by": the elements' texts run together ("Photographs byJada Emerson").
 */
const OTHER_CREDIT_LABEL = new RegExp(String.raw`(?:${OTHER_CREDIT.source})\S*?\s*(?:by|[:：])`, 'i');

/**
 * The co-authors of a byline that gives each name an element of its own ("<li class="author">"
 * twice, NPR's byline blocks): the elements of the same tag and class as the found name's, under
 * a short common ancestor, each a person's name, none credited for other work.
 */
function withParallelNames($: CheerioAPI, el: Element, found: Found<string>): Found<string> {
  // Korean and Japanese names carry their role in the element ("이서연 기자"): read as a byline is.
  const cjk = HAS_HAN_OR_HANGUL.test(found.value);
  const nameIn = (node: Element) => (cjk ? cleanAuthor($(node).text()) ?? '' : cleanText($(node).text()));
  const named = (name: string) => (cjk ? isNameList(name) : isNameInMarkup(name));
  // A box this big is a bio or a profile, not a byline listing names.
  if (el.name === 'meta' || !named(found.value) || cleanText($(el).text()).length > BYLINE_BOX) return found;
  // Only an element marked as a name (a class, rel=author, itemprop=name), the innermost: a bare link beside it may be a section's.
  const marked = (node: Element) => !!(node.attribs.class || node.attribs.rel || node.attribs.itemprop);
  // Or the element a selector names by its place in a marked box (Material for MkDocs' `.md-profile__description strong`).
  const own = ($(el).find('*').addBack().toArray() as Element[]).filter((node) => (marked(node) || node === el) && nameIn(node) === found.value).at(-1);
  if (!own) return found;
  let scope: Element = own;
  const levels = own.attribs.itemprop ? MICRODATA_LEVELS : PARALLEL_LEVELS;
  for (let level = 0; level < levels && scope.parent?.type === 'tag' && cleanText($(scope.parent).text()).length <= MAX_PARALLEL_TEXT; level++) scope = scope.parent as Element;
  // The same class makes the same part, though one name's link may go to no page (no rel=author, no href; a span.name for a guest
  // without a profile beside the others' a.name, Brookings').
  const sameTag = (node: Element) => node.name === own.name || (INLINE_NAME_TAGS.has(node.name) && INLINE_NAME_TAGS.has(own.name));
  const same = (node: Element) => node !== own && sameTag(node) && (own.attribs.class ? node.attribs.class === own.attribs.class : ['rel', 'itemprop'].every((key) => (node.attribs[key] ?? '') === (own.attribs[key] ?? '')));
  // In the page's order, the found one among them (a byline's second writer may be the one found first).
  const nodes = ($(scope).find(INLINE_NAME_TAGS.has(own.name) ? [...INLINE_NAME_TAGS].join(', ') : own.name).toArray() as Element[]).filter((node) => node === own || same(node));
  const names: string[] = [];
  const text = cleanText($(scope).text());
  for (const node of nodes.includes(own) ? nodes : [own, ...nodes]) {
    const name = node === own ? found.value : nameIn(node);
    const before = names.at(-1);
    const between = before === undefined ? '' : text.slice(text.indexOf(before) + before.length, text.indexOf(name));
    // Nor one whose own box credits other work after the name (Observador's "João Pedrosa" over "Fotografia").
    const role = node.parent ? cleanText($(node.parent).text()).replace(name, '') : '';
    if (node !== own && (!named(name) || names.includes(name) || name === found.value || OTHER_CREDIT_LABEL.test(between) || OTHER_CREDIT.test(role))) continue;
    names.push(name);
  }
  return names.length > 1 ? { value: names.join(', '), from: `${found.from} (each name in an element of its own)` } : found;
}

/**
 * The writers linked beside the found one, each name a link to their page under one short byline (Ghost's
 * ul.author-lists, where the JSON-LD names the first alone): the names, the found one first, or undefined.
 */
function linkedCoAuthors($: CheerioAPI, name: string): string | undefined {
  if (!isPersonName(name)) return undefined;
  const profile = (a: Element) => PROFILE_HREF.test(a.attribs.href ?? '');
  const own = (queryPage($, 'a[href]').toArray() as Element[]).find((a) => profile(a) && cleanText($(a).text()) === name);
  if (!own) return undefined;
  let scope: Element = own;
  for (let level = 0; level < PARALLEL_LEVELS && scope.parent?.type === 'tag' && cleanText($(scope.parent).text()).length <= MAX_PARALLEL_TEXT; level++) scope = scope.parent as Element;
  const text = cleanText($(scope).text());
  const names = [name];
  // Links of the same markup, after the name with nothing but a separator between (not "Fact checked by", "edited").
  for (const a of ($(scope).find('a[href]').toArray() as Element[]).filter((a) => profile(a) && a !== own && (a.attribs.class ?? '') === (own.attribs.class ?? ''))) {
    const other = cleanText($(a).text());
    const from = text.indexOf(names.at(-1)!) + names.at(-1)!.length;
    const at = text.indexOf(other, from);
    if (at < 0 || !namesBetween(text.slice(from, at)) || !isPersonName(other) || names.some((known) => sameNames(known, other))) continue;
    names.push(other);
  }
  return names.length > 1 ? names.join(', ') : undefined;
}

/**
 * The writers whose names the byline marks up as the found one's (Slack's span.c-author__name in each div.c-author, no links),
 * where the JSON-LD names the first alone: the names, the found one first, or undefined.
 */
function markedCoAuthors($: CheerioAPI, name: string): string | undefined {
  if (!isPersonName(name)) return undefined;
  const own = (queryPage($, '[class*="author" i], [class*="byline" i], [class*="contributor" i]').toArray() as Element[]).find((el) => cleanText($(el).text()) === name);
  const found = own && withParallelNames($, own, { value: name, from: '' });
  return found && found.value !== name ? found.value : undefined;
}

const LINKED_NAMES_BETWEEN = /^\s*(?:,|;|&|and|with|·|\||[-–—])?\s*$/i;
/** A role of a few words after the first name ("Senior health reporter", The 19th's), before the separator. */
const ROLE_BEFORE_SEPARATOR = /^\s*(?:\p{L}+\s+){0,3}\p{L}+\s*(?=(?:,|;|&|and|with|·|\|)?\s*$)/u;
/** Between two linked names: a separator, maybe after the first one's role; never another credit ("Photographs by"). */
const namesBetween = (between: string) => LINKED_NAMES_BETWEEN.test(between) || (!OTHER_CREDIT.test(between) && !/\bby\b/i.test(between) && LINKED_NAMES_BETWEEN.test(between.replace(ROLE_BEFORE_SEPARATOR, '')));

const LABELLED = new RegExp(`^(?:${WRITER_LABELS.map(escapeRegExp).join('|')})\\s*[:：｜|︱/／]|${SPACED_WRITER_LABEL}`);
const isLabelled = (line: string) => LABELLED.test(line);
/** The names a Chinese credit lists, parted by spaces or list marks ("鄭雅文、吳宗翰"). */
const namesOf = (credit: string): string[] => credit.split(/[\s、，,]+/);

/** A byline element's text longer than this is a box (a bio, a profile), its first lines read alone. */
const BYLINE_BOX = 300;

/**
 * The texts a byline element may give its name in: each of its first lines (a name over a role,
 * "About Jane Doe" over a bio) when it has several, then its whole text when short.
 */
function bylineReadings(el: Element, text: string): string[] {
  const lines = el.name === 'meta' || text.length >= BYLINE_BOX ? [] : gluedLines(el);
  // Lines read apart, the whole run together is never a name ("AuthorMei TanakaEngineer"); a labelled line first
  // (a paper's box: its time, its outlet, then "作者：記者 鄭曉生").
  // Another credit on a line of its own is no writer's ("Reviewed by Hara Estroff Marano" under "By Ellen Hendriksen").
  // A label ending its line ("Guest Commentary written by") is read with none of them: the name is on the next.
  const first = lines.slice(0, 3).filter((line) => !OTHER_CREDIT_LINE.test(line) && !LABEL_ENDING.test(line));
  // A newsroom's credits on lines of their own ("南方周末记者　徐庭芳" over "南方周末实习生　陈雨欣") are one byline.
  const credits = first.filter((line) => HAS_NEWSROOM_ROLE.test(line));
  if (credits.length > 1) return [credits.join(' '), ...first];
  if (lines.length > 1) return [...first.filter(isLabelled), ...first.filter((line) => !isLabelled(line))];
  return text.length < 100 && !OTHER_CREDIT_LINE.test(text) ? [text] : [];
}

const LABEL_ENDING = /\sby\s*[:：]?$/i;
const OTHER_CREDIT_LINE = /^(?:(?:medically\s+)?reviewed|edited|fact[- ]?checked|photos?|photographs?|illustrations?)\s+by\b/i;

/** Where people other than the author are pictured with their names. */
const OTHERS_VOICES = '[class*="review" i], [class*="testimonial" i], [class*="comment" i], [data-testid*="review" i]';
const PORTRAIT = /avatar|author|profile|headshot|portrait|gravatar|rounded-full|circle/i;

/** An image marked as a person's picture, by its address or the classes of it and its near ancestors. */
export function isPortrait(img: Element): boolean {
  const marks = [img.attribs.src ?? ''];
  for (let el: Element | null = img, level = 0; el && level < 3; el = el.parent as Element | null, level++) marks.push(el.attribs?.class ?? '');
  return PORTRAIT.test(marks.join(' '));
}

/**
 * An author box: a portrait whose alt text is a person's name, and that name shown as a text of
 * its own beside it (the portrait's block or the next one), as bios after an article are laid out.
 * Only when the page shows one such person: several are testimonials, reviews or a team.
 */
function fromAvatar($: CheerioAPI, usable: (name: string) => boolean): Found<string> | undefined {
  const names = new Set<string>();
  for (const img of queryPage($, 'img[alt]').toArray()) {
    const name = cleanText(img.attribs.alt);
    if (!isPersonName(name) || !usable(name) || !isPortrait(img) || $(img).closest(OTHERS_VOICES).length) continue;
    const block = $(img).closest('p, div, figure, a');
    const near = block.add(block.next());
    if (near.find('*').addBack().toArray().some((el) => el !== img && cleanText($(el).text()) === name)) names.add(name);
  }
  const [name, ...others] = names;
  return name && !others.length ? { value: name, from: 'an author box (a portrait and its name)' } : undefined;
}

const squash = (text: string) => text.toLowerCase().replace(/[\s.·_-]+/g, '');

/**
 * True when the name is the site's own ("网易" of 网易新闻, "CSDN.NET" of csdn.net), not a
 * person's or a source's. A blog named for its author ("Ann's blog") still names a person, on a domain of their name too (Evan on evan.blog).
 */
export function isSiteOwnName(name: string, siteWords: string[], domain: string | undefined): boolean {
  const own = squash(name);
  if (own.length === 0 || siteWords.some((site) => isOwnersSite(site, name))) return false;
  if (siteWords.some((site) => isInitialsOf(name, site))) return true;
  if (domain && domain.length >= 3 && (own === domain || own === `${domain}com` || own === `${domain}net` || own === `${domain}cn`)) return true;
  return siteWords.some((site) => {
    const word = squash(site);
    if (word.length < 2) return false;
    // The site's name with its domain's before or after it ("ZOL中关村在线" of 中关村在线 on zol.com.cn).
    return word.includes(own) || (word.length >= 3 && own.includes(word) && !!domain && own.replace(word, '') === domain);
  });
}

/** A name in capitals that is the initials of the site's name ("RFA" of Radio Free Asia, "NPR" of National Public Radio). */
function isInitialsOf(name: string, site: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
  const words = site.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return words.length === name.length && words.every((word, i) => word[0]!.toUpperCase() === name[i]);
}

/** A site named for its owner ("小林的博客", "Jane Doe's Notes"): the owner's name is a person's, not the site's. */
function isOwnersSite(site: string, name: string): boolean {
  const [s, n] = [site.trim().toLowerCase(), name.trim().toLowerCase()];
  return s.startsWith(n) && /^(?:的|\s*['’]s\b)/u.test(s.slice(n.length));
}

/** True when the text writes `name` as the newsroom before its reporters' role ("南方+记者 郭思琪 黄进"): an outlet, not a writer. */
const outletOfReporters = (lines: TextLine[], name: string): boolean => lines.some((line) => line.text.includes(`${name}记者`) || line.text.includes(`${name}記者`));

/** A government page's line naming the office that issued it ("發布單位：觀光發展處"): the office over the government a Dublin Core meta names. */
const ISSUER_LINE = /^(?:發布單位|发布单位|發布機關|发布机关)\s*[:：]/;
const namesIssuer = (lines: TextLine[]): boolean => lines.some((line) => ISSUER_LINE.test(line.text.trim()));

/** A city in brackets after a source's name ("第一财经日报(上海)"). */
const SOURCE_CITY = /\s*[（(]\p{Script=Han}{2,4}[）)]$/u;

/** The paper's own word for itself opening a line ("本报记者 韩钰"): its reporters, whatever the source's name. */
const OWN_REPORTER = /^(?:本报|本報)(?:特约)?(?:记者|記者)/;
const creditsOwnReporters = (lines: TextLine[]): boolean => lines.some((line) => OWN_REPORTER.test(line.text.trim()));

/** True when the text credits `name` before a writer's own label ("文 | 钛媒体APP，作者 | 芦依"): the account that published the piece, not its writer. */
const creditedBeforeWriter = (lines: TextLine[], name: string): boolean => {
  const pattern = new RegExp(`${escapeRegExp(name)}\\s*[，,、;；|｜\\s]\\s*(?:作者|撰文|记者|記者)\\s*[:：|｜︱/／]`);
  return lines.some((line) => pattern.test(line.text));
};

/** True when the text writes `name` as a byline's label ("Guest Commentary written by", then the writer): a column's name, not a writer. */
const labelsByline = (lines: TextLine[], name: string): boolean => {
  const label = new RegExp(`^${escapeRegExp(name)}\\s+(?:(?:written|posted|reported)\\s+)?by\\s*[:：]?$`, 'i');
  return lines.some((line) => line.text.length <= name.length + 14 && label.test(line.text));
};

/** A structured author standing in for a writer, or the Chinese name the page's text writes in its place. */
const givesWay = (structured: Found<string> | undefined, written: Found<string> | undefined): Found<string> | undefined =>
  written && HAS_HAN.test(written.value) && written.value !== structured?.value ? written : structured;

/** The writer the text names in an outlet's place: no outlet itself, nor the site's own name, nor a source the page credits. */
const writerInPlace = (writer: Found<string> | undefined, lines: TextLine[], siteOwn: (name: string) => boolean): Found<string> | undefined =>
  writer && !OUTLET_NAME.test(writer.value) && !siteOwn(writer.value) && !creditedAsSource(lines, writer.value) ? writer : undefined;

/** A name or a list of names, each a person's ("Priya Raman and Alex Ortiz"). */
const namesPeople = (value: string): boolean => value.split(NAME_SEPARATOR).every((name) => isPersonName(name.trim()));

/** A photographer's role in several languages. */
const PHOTOGRAPHER = /(?:photographer|photojournalist|fotograf(?:in)?|fotógrafa?|fotografo|fotografa|photographe|fotoreporter|摄影记者|攝影記者)/;

/** True when a line credits `name` with the pictures ("Photos by Amber Bracken", "Illustration: …", "摄影：林国辉"). */
const creditedForPictures = (lines: TextLine[], name: string): boolean => {
  const credit = new RegExp(`(?:^|\\s)(?:(?:photos?|photographs?|photography|pictures|images?|illustrations?|graphics?|video|fotos?)\\s*(?:by|[:：])|(?:摄影|攝影|图|圖|图片|圖片)\\s*[:：/／|｜]?)\\s*${escapeRegExp(name)}(?:$|[\\s,;|/、，])`, 'i');
  // Or named with the role after it, a byline's entry of its own ("Per Solheim Fotograf", NRK's).
  const role = new RegExp(`^${escapeRegExp(name)}\\s*[,·|–-]?\\s*${PHOTOGRAPHER.source}$`, 'iu');
  // Not a picture's caption: it credits that picture, and a writer may have taken it ("Photo by Derek Hollings, The Pantagraph").
  return lines.some((line) => line.text.length < 300 && (credit.test(line.text) || role.test(line.text)) && !inCaption(line.el));
};

/** A guest's label ("Guest post by", "Guest author:"). */
const GUEST_LABEL = /^guest\b/i;

/**
 * The guest a byline under the headline (`shown`, the writer its label names), or a byline element, labels as the writer
 * ("Guest post by Ana Kovač", span.post-author).
 */
function guestByline($: CheerioAPI, lines: TextLine[], shown: Found<string> | undefined): Found<string> | undefined {
  if (shown && /^text "guest\b/i.test(shown.from)) return shown;
  // Or whom a note in the text calls a guest ("Guest post. Margaret Ellison volunteers with…", "This is a guest post by …").
  if (shown && lines.some((line) => line.text.length <= MAX_GUEST_NOTE && GUEST_NOTE.test(line.text) && line.text.includes(shown.value))) return shown;
  for (const el of queryPage($, BYLINE_ELEMENTS).toArray().slice(0, 3)) {
    // A theme's decoration before the label ("::", Hugo hello-friend's) is none of it.
    const text = cleanText($(el).text()).replace(/^[\s:|·•/—–-]+/, '');
    const found = text.length < MAX_LABELLED_BYLINE && GUEST_LABEL.test(text) && BYLINE_PREFIX.test(text) ? validated({ value: text, from: "a byline element labelling a guest's writing" }) : undefined;
    if (found && isPersonName(found.value)) return found;
  }
  return undefined;
}
const BYLINE_ELEMENTS = '[class*="author" i], [class*="byline" i]';
const GUEST_NOTE = /^(?:this is an? )?guest (?:post|article|blog post|contribution|column)\b/i;
const MAX_GUEST_NOTE = 400;
const MAX_LABELLED_BYLINE = 80;

/** Two names of one person: one holds the other ("Jane Doe", "Dr. Jane Doe"). */
const sameNames = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());

/**
 * JSON-LD, metas, byline markup, then bylines written as text. A structured value that is
 * only the site's own name gives way to a byline or source the page's text shows.
 */
export function extractAuthor($: CheerioAPI, ld: JsonLdNode[], metas: Metas, lines: TextLine[], headline: number, title: string | undefined, site: { words: string[]; domain?: string }): Found<string> | undefined {
  const found = namedAuthor($, ld, metas, lines, headline, title, site);
  // A press release a wire carries: the company its dateline names issued it, not the wire nor the site that shows it.
  const wireLike = !!found && /wire/i.test(found.value);
  const release = !found || wireLike || isSiteOwnName(found.value, site.words, site.domain) ? wireRelease(lines) : undefined;
  return release && (!wireLike || namesWire(found!.value, release.wire)) ? release.issuer : found;
}

function namedAuthor($: CheerioAPI, ld: JsonLdNode[], metas: Metas, lines: TextLine[], headline: number, title: string | undefined, site: { words: string[]; domain?: string }): Found<string> | undefined {
  const siteOwn = (name: string) => isSiteOwnName(name, site.words, site.domain);
  // The site's own name or an outlet's before the writer's ("文/汽车之家 彭博远", "文/观察者网 熊超然", "作者：IT168 宋家雯").
  const withoutSite = (found: Found<string> | undefined): Found<string> | undefined => {
    const named = found && /^([\p{Script=Han}\p{Script=Latin}\d]+)\s+(\p{Script=Han}.*)$/u.exec(found.value);
    if (named) return (siteOwn(named[1]!) || OUTLET_NAME.test(named[1]!)) && isNameList(named[2]!) ? { ...found!, value: named[2]! } : found;
    // Or after it, no comma between (TownNews' "Dana Whitfield Tulsa World" in its metas and JSON-LD).
    const words = found?.value.split(' ') ?? [];
    for (let cut = 2; cut < words.length; cut++) {
      const writer = words.slice(0, cut).join(' ');
      if (siteOwn(words.slice(cut).join(' ')) && isPersonName(writer)) return { ...found!, value: writer };
    }
    return found;
  };
  // The writer the text credits, read once: several sources below fall back on it.
  let textCredit: { found: Found<string> | undefined } | undefined;
  const fromText = () => (textCredit ??= { found: withoutSite(authorFromText($, lines, headline, title, site.domain, validated, siteOwn)) }).found;
  // An outlet's name in the byline markup (an account's "中国证券报", a source link's "经济观察报") gives way to the reporter
  // the text credits ("中国证券报记者 吴玉华"). A site rule's source stays: where a site credits its sources, the source is the author.
  const outletOrWriter = (found: Found<string>): Found<string> => {
    const outlet = HAS_HAN.test(found.value) && (OUTLET_NAME.test(found.value) || outletOfReporters(lines, found.value) || creditedBeforeWriter(lines, found.value) || creditedAsSource(lines, found.value));
    return givesWay(found, outlet ? writerInPlace(fromText(), lines, siteOwn) : undefined)!;
  };
  const notLabel = (found: Found<string> | undefined) => (found && !labelsByline(lines, found.value) ? found : undefined);
  const declared = notLabel(validated(ldFirst(ld, 'author', ldName), true));
  // Typed as an Organization, the same author the name was read from (not a later node's).
  const declaredOrganisation = ldFirst(ld, 'author', (v) => (ldName(v) === undefined ? undefined : ldOrganisationsOnly(v)))?.value === true;
  // The writer the byline under the headline names, over another person the JSON-LD declares (a
  // CMS's account that posted the article for them).
  // The writer a label under the headline names ("By …"), read once for the structured authors it may stand against.
  let labelled: { found: Found<string> | undefined } | undefined;
  const labelledWriter = () => (labelled ??= { found: latinLabelled(lines, headline, false, true) }).found;
  const writer = declared && isPersonName(declared.value) ? validated(labelledWriter()) : undefined;
  // A meta naming an organisation (a wire service, "The Associated Press") gives way to the person the byline under the
  // headline names; a meta holding an account's handle ("caijing") on a Chinese page, to the byline its text writes.
  const shownPerson = (structured: Found<string> | undefined) => {
    // Not a list of people ("Maria Delgado, Tom Kessler, Rebecca Han", the JSON-LD's Persons): the byline a related story shows may be the one found.
    const shown = structured && !namesPeople(structured.value) ? validated(labelledWriter() ?? bylineLine(lines, headline)) ?? teamsWriters(structured.value) : undefined;
    return shown && namesPeople(shown.value) && !sameNames(structured!.value, shown.value) ? shown : undefined;
  };
  // A team or a project's contributors the metadata credits site-wide ("The stoat contributors") give way to the people the byline markup names.
  const teamsWriters = (name: string) => (TEAM_OR_CONTRIBUTORS.test(name) ? fromSelectors($, (found) => isPersonName(found) && !siteOwn(found)) : undefined);
  // A CMS's name its theme writes as the author (ThinkCMF's), the one the footer credits ("Powered by ThinkCMF"), is no one's.
  const metaAuthor = () => {
    const found = notLabel(fromMetas(metas));
    return found && !creditedAsSoftware(lines, found.value) ? found : undefined;
  };
  const metaOrShownPerson = () => {
    const meta = metaAuthor() ?? notLabel(fromCardData(metas));
    const shown = shownPerson(meta);
    if (shown) return shown;
    // A site-wide meta naming its owner gives way to a guest the byline labels so ("Guest post by Ana Kovač"); to no other name.
    const guest = meta && isPersonName(meta.value) ? guestByline($, lines, validated(labelledWriter())) : undefined;
    if (guest && namesPeople(guest.value) && !sameNames(meta!.value, guest.value)) return guest;
    // So does a meta naming an outlet ("环球网", "21世纪经济报道", one the page credits as its source) or the desk editor the page credits ("责编：杨曦").
    const standIn = meta && (HANDLE.test(meta.value) || OUTLET_NAME.test(meta.value) || creditedAsEditor(lines, meta.value) || creditedAsSource(lines, meta.value) || outletOfReporters(lines, meta.value) || namesIssuer(lines));
    if (standIn) return givesWay(meta, fromText());
    // So does a Chinese account's name that is no person's ("县城观察室", a 大鱼号's) to a writer the text credits by name ("文 | 周乔").
    const written = meta && HAS_HAN.test(meta.value) && !isNameList(meta.value) ? writerInPlace(fromText(), lines, siteOwn) : undefined;
    return written && isNameList(written.value) ? written : meta;
  };
  // A JSON-LD author naming an outlet ("東森新聞", "毎日新聞", a syndicated story's "The Independent", one typed as an Organization) gives way to the
  // reporters the text credits, or the person the byline under the headline names ("Story by Bevan Hurley").
  const declaredOrWritten = () => {
    const shown = shownPerson(declared);
    if (shown) return shown;
    // An account's handle ("fenwarden", Yoast's from the user's login) or an organisation's name ("Microsoft Corporate Blogs")
    // gives way to the person the byline markup names.
    // So does one typed as an Organization, however much its name reads as a person's ("Tuổi Trẻ Online").
    const account = declared && (HANDLE.test(declared.value) || (!HAS_HAN.test(declared.value) && (declaredOrganisation || !declared.value.split(NAME_SEPARATOR).every((name) => isPersonName(name.trim())))));
    // On a writer's own site the name is the site's too ("Tomás Riedel" of tomasriedel.dev): the one the handle is part of still counts.
    // The handle itself where the markup names its writer so (a forum's first post under "CanyonRunner16"): a later post's user title is no one's.
    const named = account ? fromSelectors($, (name) => name === declared!.value || ((isNameInMarkup(name) || namesPeople(name)) && (!siteOwn(name) || handleOfName(declared!.value, name)))) : undefined;
    // Still a login a Chinese lead's reporter stands in for ("cnews06" for 陳昱凱).
    if (named && named.value === declared!.value) return givesWay(declared, fromText());
    if (named) return named;
    // Or to the people the text credits under the headline (writers linked to their pages: Tuổi Trẻ's "/tac-gia/").
    const credited = declared && declaredOrganisation && !HAS_HAN.test(declared.value) ? fromText() : undefined;
    if (credited && namesPeople(credited.value) && !siteOwn(credited.value)) return credited;
    // Or to the reporter a Chinese text credits ("【匯流新聞網記者陳昱凱／高雄報導】" under WordPress' login "cnews06").
    if (declared && HANDLE.test(declared.value)) return givesWay(declared, fromText());
    const outlet = declared && (OUTLET_NAME.test(declared.value) || declaredOrganisation);
    // Read above already where the organisation counts as an account (its name not Chinese).
    if (outlet && declaredOrganisation && !account) {
      // A writer in a script without capitals, whom the byline markup names (Thai PBS's "ผู้เขียน กมลชนก ศรีสุข").
      const caseless = fromSelectors($, (name) => isCaselessName(name) && !siteOwn(name));
      if (caseless) return caseless;
    }
    if (!outlet) return declared;
    // The people the text credits ("作者 | 林知行") before the names in the markup, where an account's card names the outlet
    // again and holds its motto ("格隆汇研究院", "专注全球资产研究").
    const writers = writerInPlace(fromText(), lines, siteOwn);
    const people = writers && isNameList(writers.value) ? writers : undefined;
    return givesWay(declared, people ?? fromSelectors($, (name) => HAS_HAN.test(name) && !OUTLET_NAME.test(name) && !siteOwn(name)) ?? fromText());
  };
  const structured = firstFound(
    () => (writer && namesPeople(writer.value) && !sameNames(declared!.value, writer.value) ? writer : declaredOrWritten()),
    metaOrShownPerson,
    // The byline shown under the headline before markup found anywhere (a forum's first reply is marked up as an author too).
    () => validated(latinLabelled(lines, headline)),
    () => fromSelectors($),
  );
  // A person the byline markup names elsewhere ("Liza Burke" under a JSON-LD author "Levitate Media").
  const person = () => fromSelectors($, (name) => !siteOwn(name) && (isPersonName(name) || USER_HANDLE.test(name))) ?? fromAvatar($, (name) => !siteOwn(name));
  // The names a Chinese byline labels as its writers' ("作者：彭海斌　孙梦凡") when the markup found one of them only (an author
  // card per writer after the article); not an account's name beside the writer's (WeChat's "张三 某某读书").
  const textCreditWith = (name: string): string | undefined => {
    if (!HAS_HAN.test(name)) return undefined;
    const listing = (credit: string | undefined) => (credit && credit !== name && namesOf(credit).includes(name) ? credit : undefined);
    const credited = lines.filter((line) => isLabelled(line.text) && line.text.includes(name));
    // The credit that lists them, though another line names the writer alone first (a theme's "作者 鄭雅文" over "文／…鄭雅文、吳宗翰").
    const read = (line: TextLine) => {
      const credit = cleanAuthor(line.text);
      // Without the outlet's or site's name before the writer's ("作者：第一财经 赵书涵").
      return credit ? withoutSite({ value: credit, from: '' })!.value : undefined;
    };
    const listed = credited.map((line) => listing(read(line))).find((credit) => credit && isNameList(credit));
    return listed ?? (credited.length ? listing(fromText()?.value) : undefined);
  };
  const withCoAuthors = (found: Found<string>): Found<string> => {
    const all = coAuthors(lines, headline, found.value) ?? leadCreditWith(lines, headline, found.value) ?? textCreditWith(found.value) ?? linkedCoAuthors($, found.value) ?? markedCoAuthors($, found.value) ?? labelListWith(lines, found.value);
    const listed = all ? { value: all, from: `${found.from}, with the co-authors the byline lists` } : found;
    // Not the site's name after the names ("By Krishna Ramanujan, Cornell Chronicle", ITmedia's "佐野達也，ITmedia"), nor the
    // organisation the JSON-LD declares the author ("By — Renee Alvarado, Associated Press").
    const names = listed.value.split(/, |，/);
    // Nor a photographer the metadata lists beside the writer, whom the byline credits for pictures ("Words by Matt Simmons / Photos by Amber Bracken").
    // Unless a writer's label lists them too ("文／鄭雅文、吳宗翰　圖／吳宗翰": the co-author took the pictures).
    const writes = (name: string) => lines.some((line) => isLabelled(line.text) && namesOf(cleanAuthor(line.text) ?? '').includes(name));
    const people = names.filter((name) => !siteOwn(name) && !(declaredOrganisation && name === declared?.value) && !(names.length > 1 && creditedForPictures(lines, name) && !writes(name)));
    return people.length && people.length < names.length ? { ...listed, value: people.join(', ') } : listed;
  };
  // An agency credited as the author ("Reuters") gives way to the reporters its closing credit names.
  const agencyOrReporters = (found: Found<string>): Found<string> => (HAS_HAN.test(found.value) || namesPeople(found.value) ? found : reportingCredit(lines) ?? found);
  // The site's own name is the writer's where the metadata's login handle is part of it (tomasriedel.dev's "tomas" for "Tomás Riedel").
  const handled = (name: string) => [declared?.value, metaAuthor()?.value].some((handle) => !!handle && handleOfName(handle, name));
  if (structured && (!siteOwn(structured.value) || handled(structured.value))) return agencyOrReporters(withCoAuthors(outletOrWriter(withoutSite(structured)!)));
  // A government page's office (its ContentSource meta), where the page names no one.
  const metaPerson = () => {
    const meta = metaAuthor();
    return meta && !siteOwn(meta.value) ? meta : undefined;
  };
  // A byline setting the site's name beside the writer's ("هسبريس - يوسف العلمي", Hespress'): the writer.
  const besideSite = (name: string): string | undefined => {
    const parts = name.split(/\s+[-–—|｜]\s+/);
    const writer = parts.length !== 2 ? undefined : siteOwn(parts[0]!) ? parts[1] : siteOwn(parts[1]!) ? parts[0] : undefined;
    return writer && isNameInMarkup(writer) ? writer : undefined;
  };
  const siteAndWriter = () => {
    const found = fromSelectors($, (name) => !!besideSite(name));
    const writer = found && besideSite(found.value);
    return writer ? { value: writer, from: `${found!.from}, without the site's name beside the writer's` } : undefined;
  };
  const written = person() ?? siteAndWriter() ?? metaPerson() ?? fromText() ?? reportingCredit(lines) ?? contributorNote($, lines) ?? validated(metaValue(metas, [...SOURCE_METAS]), true);
  if (written && !siteOwn(written.value)) return withCoAuthors(written);
  // Here whatever was found is the site's own name. It stands in for a writer only where no one else is named: a blog's
  // owner its footer names comes first.
  return blogOwner(site.words) ?? (structured ? footerOwner(lines, siteOwn) ?? structured : written ?? ownersBlog(site.words) ?? personalSite($, site.words) ?? footerOwner(lines, siteOwn));
}

/** A person's name: two to four capitalised words. */
const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
/** A note introducing a guest's piece ("This week's post comes from Dana Whitfield, who…") or its writer ("Rahul Menon is a partner at…"). */
const CONTRIBUTOR_NOTES = [
  new RegExp(String.raw`\b(?:post|article|piece|column|essay|story)\s+(?:comes|is|was)\s+(?:(?:written|contributed)\s+)?(?:from|by)\s+(${CAPITALISED_NAME})`, 'u'),
  // "This is a guest post by Priya Raman, an ecologist…".
  new RegExp(String.raw`^[Tt]his\s+is\s+a\s+guest\s+(?:post|article|piece|column|essay)\s+by\s+(${CAPITALISED_NAME})`, 'u'),
  // A role and where it is held ("… is a partner at …"), not what a company is ("Tidewell Energy is an equal opportunity employer.").
  new RegExp(String.raw`^(${CAPITALISED_NAME})\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:at|of|for|with|in)\s`, 'u'),
];
const MAX_CONTRIBUTOR_NOTE = 400;
/** The first notes say outright who wrote the piece; the last, a writer's role, needs the note's italics. */
const SAYING_WHO_WROTE = 2;

/**
 * The writer a note opening or closing a piece names, where its byline is a placeholder ("Guest Author"): a blog's
 * italic note on its guest, a column's italic line on its writer, or a note saying outright who wrote the piece.
 */
function contributorNote($: CheerioAPI, lines: TextLine[]): Found<string> | undefined {
  for (const line of lines) {
    if (line.text.length > MAX_CONTRIBUTOR_NOTE) continue;
    const italic = line.el.name === 'em' || line.el.name === 'i' || cleanText(decodeText($(line.el).children('em, i').first().text())) === line.text;
    // The piece saying who wrote it needs no italics ("This article was written by Marcus Webb, …" in a box about the guest).
    const notes = italic ? CONTRIBUTOR_NOTES : CONTRIBUTOR_NOTES.slice(0, SAYING_WHO_WROTE);
    const name = notes.map((note) => note.exec(line.text)?.[1]).find(Boolean);
    if (name && isPersonName(name)) return { value: name, from: italic ? 'the italic note on the piece\'s writer' : 'the note saying who wrote the piece' };
  }
  return undefined;
}

/** A copyright line naming a holder: "© 2022 - 2024 钱十二", "©2021 - 2024 By 流星", "© 2024 小满 · Powered by Gridea". */
const COPYRIGHT_HOLDER = /^(?:copyright\s*)?©\s*(?:\d{4}\s*[-–~]\s*)?\d{4}\s*(?:by\s+)?(.+?)\s*(?:[·|•,，.。]\s*.*|\s+(?:powered by|all rights|版权所有|保留所有权利).*)?$/i;
const FOOTER = /(?:^|[\s_-])(?:footer|copyright|site-info|colophon)(?:$|[\s_-])/i;
const PERSONAL_HOLDER = /^\p{Script=Han}{2,5}$/u;
const ORGANISATION_END = /(?:集团|集團|公司|网|網|社|报|報|台|局|院|所|会|會|部|厅|廳|中心|科技|大学|大學|学院|學院|协会|協會|银行|銀行)$/;
const inFooter = (el: Element): boolean => isWithin(el, (up) => up.name === 'footer' || FOOTER.test(`${up.attribs.class ?? ''} ${up.attribs.id ?? ''}`));

/**
 * A personal blog's owner, whom only its footer names as the copyright's holder, where the page names no writer: a
 * Chinese name, not the site's own.
 */
function footerOwner(lines: TextLine[], siteOwn: (name: string) => boolean): Found<string> | undefined {
  for (const line of lines.slice(-30)) {
    const holder = COPYRIGHT_HOLDER.exec(line.text)?.[1]?.trim();
    if (!holder || !inFooter(line.el) || siteOwn(holder)) continue;
    // A Chinese name only, not an organisation's (海尔集团, 京东JD.com): a Latin footer's holder is a company's as often as not ("Apple Inc", "Clay Global").
    if (PERSONAL_HOLDER.test(holder) && !ORGANISATION_END.test(holder) && isNameList(holder)) return { value: holder, from: "the copyright's holder the footer names" };
  }
  return undefined;
}

/** A blog the <title> names for its owner alone, no host's name after it ("…-李明远的博文", 科学网's): the owner, where the page names no one else. */
function ownersBlog(siteWords: string[]): Found<string> | undefined {
  const owner = siteWords.map((word) => OWNERS_BLOG.exec(word)?.[1]).find((name) => name && isNameList(name));
  return owner ? { value: owner, from: "the blogger the <title> names as the blog's owner" } : undefined;
}

/** A blog host's name ("新浪博客", "财新博客", "CSDN博客", "51CTO博客"). */
const BLOG_HOST = /博客|部落格|專欄|专栏|空间|空間|blog/i;
/** A blog named for its owner ("代码搬运工小周的博客", "陈工运维笔记的技术博客", "云水禅心的日志", QQ空间's "[小鹿的日志]"). */
const OWNERS_BLOG = /^[[【]?(.{2,20}?)的(?:个人|個人|技术|技術)?(?:博客|部落格|专栏|專欄|空间|空間|主页|主頁|日志|日誌|博文)[\]】]?$/;

const BLOG_NICKNAME = /^\p{Script=Han}{2,8}$/u;

/**
 * A blog host's page names its blogger in its <title>, between the headline and the host's name
 * ("父亲的旧自行车_老树画画_新浪博客", "…_何亦凡_财新博客_财新网", "…_代码搬运工小周的博客-CSDN博客"): the blogger.
 */
function blogOwner(siteWords: string[]): Found<string> | undefined {
  const host = siteWords.findIndex((word) => BLOG_HOST.test(word) && !OWNERS_BLOG.test(word));
  if (host < 1) return undefined;
  const word = siteWords[host - 1]!;
  // Or the blog's own name, a nickname ("蓝色海岸线" of "…_蓝色海岸线_百度空间").
  const name = OWNERS_BLOG.exec(word)?.[1] ?? (isNameToken(word) || isPersonName(word) || BLOG_NICKNAME.test(word) ? word : undefined);
  return name ? { value: name, from: "the blogger the <title> names before the blog host's name" } : undefined;
}

/**
 * A personal site's owner: a person's name after the headline in the <title> ("Go ahead,
 * self-host Postgres | Pierce Freeman") that the link home shows too. The site is named for its author.
 */
function personalSite($: CheerioAPI, siteWords: string[]): Found<string> | undefined {
  const names = siteWords.filter((word) => isPersonName(word));
  if (!names.length) return undefined;
  const home = queryPage($, 'a[href="/"], a[href="./"], a[rel="home"]').toArray().map((a) => cleanText($(a).text()));
  const name = names.find((candidate) => home.includes(candidate));
  return name ? { value: name, from: "the site's name, a person's, on its link home" } : undefined;
}

/**
 * A site rule's source or account that the text credits as the outlet of its reporters ("证券时报" of
 * "证券时报记者 吴少龙", an account's "红星新闻" of "红星新闻记者|王春") or names before its writer
 * (163's closing "本文来源：钱江晚报 作者：周艳"), or a page crediting the paper's own reporters ("本报记者 韩钰"
 * under Sina's source 证券日报): those reporters, that writer. Else the rule's.
 */
export function reportersOverOutlet($: CheerioAPI, found: Found<string> | undefined, lines: TextLine[], headline: number, title: string | undefined, site: { words: string[]; domain?: string }): Found<string> | undefined {
  if (!found || !HAS_HAN.test(found.value)) return found;
  // The source's name as the closing line writes it: without the city 163's source element adds ("第一财经日报(上海)").
  const source = found.value.replace(SOURCE_CITY, '');
  if (!(outletOfReporters(lines, found.value) || creditsOwnReporters(lines) || creditedBeforeWriter(lines, source))) return found;
  const siteOwn = (name: string) => isSiteOwnName(name, site.words, site.domain);
  return givesWay(found, writerInPlace(authorFromText($, lines, headline, title, site.domain, validated, siteOwn), lines, siteOwn));
}

const RULE_LABEL = /^(?:本文)?(?:来源|作者|文|记者|撰文|by)\s*[:：/／|]\s*/i;

/** A site rule's byline elements: each cleaned of its label; several names joined as listed. */
export function ruleAuthor(found: Found<string[]> | undefined): Found<string> | undefined {
  if (!found) return undefined;
  const names = found.value
    .map((raw) => nameOfProfile(cleanText(raw).replace(RULE_LABEL, '').replace(BYLINE_PREFIX, '').trim()))
    // A rule's element may name an outlet ("新浪科技"): only placeholders and badges are refused.
    .filter((name) => !notAName(name) && !PLACEHOLDER_AUTHORS.test(name) && !NOT_NAMES.has(name));
  const unique = [...new Set(names)];
  return unique.length ? { value: unique.join(', '), from: found.from } : undefined;
}
