// A byline written in the page's text, when no structured source names one: labelled
// ("作者：", "文/", "记者 "), a name alone under the headline, a thread poster's profile link, a
// bracketed name after the date,
// who compiled the post (编辑：), the 来源 source a news page credits, a name in brackets
// closing the article. The desk editor (责任编辑) is never the author.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { cleanText } from '../dom.js';
import type { Found } from './found.js';
import { BLOCK_TAGS, BYLINE_STOP_WORDS, GLUED_MONTH, POSTED_BY_FOOTER, COMPILER_LABELS, DATE_LABELS, inComments, INSTITUTION_WORDS, HEADER_LINES_AFTER, NEWSROOM_ROLE, NOT_NAMES, POSTER_BADGE, SOURCE_LABELS, SOURCE_OPENING, SPECIAL_TO_AFTER, WRITER_LABELS } from './constants.js';
import { CJK, HAS_NEWSROOM_ROLE, SPACED_RUN, isFamilyNamed, isNameList, isNameToken, isPersonName, JOB_TITLE, joinSpacedName, NAME_SEPARATOR, newsroomNames, personNameLength, notAName, SELF_REFERENCE } from './names.js';
import { findDate } from './parse-date.js';
import { relativeIndex } from './relative-date.js';
import { showsTitle } from './headline.js';
import { domainName } from './site-name.js';
import { headerIndices, headerLines, inCaption } from './text-date.js';
import { lineText, type TextLine } from './text-lines.js';
import { escapeRegExp } from '../../escape-regexp.js';
import { isWithin, rawText, selectBelow } from '../../clean/tree.js';

/**
 * "由张三张贴", "由 北风 2024-03-05发表" (a date between), "本文由夜雨原创发布", "本文由 青柠 创作，采用…" (a licence's credit): who
 * posted or wrote it; not a host's disclaimer ("博客内容由用户自行发布": its users themselves).
 */
const POSTED_BY = /由\s*([^\s由]{2,12}?)\s*(?:(?:于|於)?\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*)?(?:自行|自主)?(?:(?:原创\s*|原創\s*)?(?:张贴|張貼|发表|發表|发布|發佈|發布|撰写|撰寫|上传|上傳|创作|創作)|原创(?=[，,。；;\s]|$))/;
/** Words as a pattern's alternatives, the longest first. */
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const STOP = new RegExp(`^(?:${alternatives(BYLINE_STOP_WORDS)})`);
/** A newsroom's role or a place's report after a name ("每经编辑", "南方日报记者", "深圳报道"): the next credit, not a name. */
const ROLE_AFTER = /(?:记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯|报道|報導|报导)$/;

/**
 * A label glued to the name before it, as adjacent spans run together ("作者：张三发布时间：2024-03-05"):
 * a stop word of two characters or more after a Han character, before its colon, count or date.
 */
const GLUED_STOP = new RegExp(`(?<=[\\u3400-\\u9fff])(?:${gluedStopWords()})(?=\\s*[:：(（\\d])`, 'g');

/** The stop words of two characters or more, each not read inside a longer one it ends ("编辑" of "责任编辑"). */
function gluedStopWords(): string {
  const words = BYLINE_STOP_WORDS.filter((word) => word.length >= 2);
  return [...words].sort((a, b) => b.length - a.length).map((word) => `${notEnding(word)}${escapeRegExp(word)}`).join('|');
}

/** A lookbehind that keeps `word` from being read as the end of a longer label or stop word ("编辑" of "责任编辑", "作者" of "工作者"). */
function notEnding(word: string): string {
  const heads = [...BYLINE_STOP_WORDS, '工作者'].filter((longer) => longer.length > word.length && longer.endsWith(word)).map((longer) => escapeRegExp(longer.slice(0, -word.length)));
  return heads.length ? `(?<!${heads.join('|')})` : '';
}

/** A reporter's role standing between two names ("郑直 实习记者 刘鹏", "王春 实习记者|李竹青"): both are the story's writers. */
const REPORTER_BETWEEN = /(?<=[\u3400-\u9fff])\s+(?:(?:特约|特約|实习|實習|见习|見習|首席)?(?:记者|記者)|实习生|實習生)(?:\s*[|｜︱/／]\s*|\s+)(?=[\u3400-\u9fff])/g;
/** A correspondent's role between two names ("钱涛 通讯员 沈悦"): a writer too when named as a person (isFamilyNamed), not a press office's pen name ("粤发宣"). */
const CORRESPONDENT_BETWEEN = /(?<=[\u3400-\u9fff])\s+(?:本报|本報)?(?:通讯员|通訊員)\s*(?=([\u3400-\u9fff]{2,3})(?![\u3400-\u9fff]))/g;

/** Professions a Chinese credit writes beside the name (a doctor, a professor, a lawyer, a dietitian, a pharmacist, a nurse). */
const PROFESSIONS = '醫師|医师|醫生|医生|教授|律師|律师|營養師|营养师|藥師|药师|護理師|护理师';
/** A hospital's, a university's or a court's department, maybe with the writer's title, before the name ("心臟血管內科 林志明", "化学系 王芳", "小兒部主治醫師 王珮瑜", "民一庭 陈佳怡"). */
const DEPARTMENT_BEFORE = new RegExp(`^[\\u3400-\\u9fff]{2,10}(?:科|系|學院|学院|中心|組|组|庭|處|处|室|局|所|(?:${PROFESSIONS}|講師|讲师|老師|老师|研究員|研究员))\\s+(?=[\\u3400-\\u9fff]{2,4}(?:\\s|$|[\\u3400-\\u9fff]))`);
/** A profession glued after a name ("林志明醫師", "王芳教授"): the name alone. */
const PROFESSION_AFTER = new RegExp(`([\\u3400-\\u9fff]{2,4}?)(?:${PROFESSIONS}|博士)(?=\\s|$|[、，,])`, 'g');

/** A page's font-size links after the credits ("大 中 小", "【字号：大 中 小】"): no one's name. */
const FONT_SIZES = /(?:^|\s)(?:[【\[]\s*)?(?:(?:字号|字號|字体|字體)\s*[:：]?\s*)?大\s+中\s+小(?:\s*[】\]])?(?=\s|$)/g;

/** An ampersand set apart between two names ("阿柚 & 老周"); one inside a handle ("放飞&心情") is the handle's. */
const SPACED_AMPERSAND = /\s+[&＆]\s+/g;

/** A credit's label the glued-label split set apart with a space after the token before it. */
const LABEL_SET_APART = /^ (编辑|編輯|记者|記者|摄影|攝影|审核|審核|校对|校對)\s*[:：]/;

/**
 * The names at the start of `rest`: tokens while they look like names, up to a stop word; as the
 * page lists them ("张三、李四", "宋怡 杨志华").
 */
export function leadingNames(rest: string): string | undefined {
  // Names padded to a column with spaces ("王　浩　贺　苗", "陈海波　苏　雁") are joined first.
  // A bar between the label and the names ("界面新闻记者 | 陈思远").
  const text = cleanText(rest).replace(FONT_SIZES, ' ').replace(/^[|｜︱]\s*/, '').replace(LEADING_OUTLET, '').replace(DEPARTMENT_BEFORE, '').replace(PROFESSION_AFTER, '$1').replace(REPORTER_BETWEEN, ' ').replace(CORRESPONDENT_BETWEEN, (role, name: string) => (isFamilyNamed(name) ? ' ' : role)).replace(GLUED_STOP, ' $&').replace(SPACED_RUN, joinSpacedName).replace(SPACED_AMPERSAND, '、');
  let count = 0;
  let end = 0;
  // A note in brackets after a name ("钱塘客（浙江杭州）": where the writer lives) ends the list.
  for (const m of text.matchAll(/[^\s、，,;；|｜/／（]+/g)) {
    // Only separators between two names: a run of other text ends the list.
    if (count && /[^\s、，,;；]/.test(text.slice(end, m.index))) break;
    const raw = m[0];
    const token = raw.replace(/^[(（[【]+|[)）\]】。.]+$/g, '');
    // An outlet's name after the writer's ("王一芝 天下雜誌 818期", the issue it ran in) ends the list.
    if (!token || STOP.test(token) || ROLE_AFTER.test(token) || !isNameToken(token) || count === 4 || (count && OUTLET_NAME.test(token))) break;
    // An outlet's short name glued to the next credit's label ("王珊珊　每经编辑：何小桃"), set apart above: that credit's.
    const label = count ? LABEL_SET_APART.exec(text.slice(m.index + raw.length))?.[1] : undefined;
    if (label && rest.includes(`${token}${label}`)) break;
    count++;
    end = m.index + raw.length - (raw.length - raw.replace(/[)）\]】。.]+$/, '').length);
    if (raw !== token) break;
  }
  // A semicolon between two names is a list's comma ("郭思琪；黄进").
  const names = text.slice(0, end).replace(/^[\s(（[【]+/, '').replace(/[\s、，,;；]+/g, (sep) => (/[;；]/.test(sep) ? '、' : /[、，,]/.test(sep) ? sep.trim() : ' '));
  return count ? joinSpacedName(names) || undefined : undefined;
}

/**
 * A label's pattern: "作者：", "文/"; 记者 also without a colon after a newsroom's name
 * ("光明日报记者 王建宏"), never a bare word in running text.
 */
/** A name of two to four Han characters ahead, alone before a space or the end: what may follow a label without a colon. */
const SPACED_NAME_AHEAD = '[\\u3400-\\u9fff]{2,4}(?:\\s|$)';
/** The writer's label and a space alone, opening a line of its own (中新社's "作者 林书瑶 郭晓川" under its 题：). */
export const SPACED_WRITER_LABEL = `^作者\\s+(?=${SPACED_NAME_AHEAD})`;

const REPORTED = /^(?:报道|報導|报导|報道)$/;

function labelPattern(label: string): RegExp {
  // A time may run into the label ("10:30作者：张三": adjacent spans' texts joined), and "本文" (this article's) precede it.
  const lead = '(?:^|(?<=\\d|本文)|[\\s(（\\[【〔|｜·•,，。])';
  // Taiwan's papers open a line with it ("記者林佳慧／台北報導"), 自由時報 in tortoise-shell brackets ("〔記者陳昀／台北報導〕").
  // Or after a space before the names ("東森新聞 記者 張雅婷 陳建宏 報導").
  // The newsroom's name glued before it, a colon or a slash after ("广州日报新花城记者：何瑞琪", "本刊记者/何焰", "看看新闻Knews记者：…").
  // A magazine's name in its title marks before it, the name glued after ("《瞭望东方周刊》记者孙岩 | 北京报道").
  if (label === '记者' || label === '記者') return new RegExp(`(?:${lead}[记記]者\\s*[:：｜|︱/／]|(?<=\\s)[记記]者\\s+(?=[\\u3400-\\u9fff]{2,4}(?:\\s|[、，,]|$))|[\\u3400-\\u9fff·+A-Za-z》][记記]者(?=\\s|[|｜︱]|[\\u3400-\\u9fff]{2,4}[/／])|(?<=》)[记記]者(?=[\\u3400-\\u9fff]{2,4}(?:\\s|[|｜︱]|$))|(?<=[\\u3400-\\u9fffA-Za-z])[记記]者\\s*[:：/／](?=\\s*[\\u3400-\\u9fff])|(?:^|(?<=[〔(（【]))[记記]者(?=[\\u3400-\\u9fff]{2,4}[/／]))\\s*`, 'g');
  // Magazines put a bar after the label ("撰文｜张三", "文|李四", "作者︱春春"); text and pictures by one ("文/图：彭思琪", "图/文 李明").
  if (label === '文') return new RegExp(`${lead}(?:文\\s*[/／]\\s*图|图\\s*[/／]\\s*文)(?:\\s*[:：｜|︱]\\s*|\\s+)|${lead}文\\s*[/／:：｜|︱‧●]\\s*`, 'g');
  // BBC's Chinese pages write a comma after the label ("作者, 王小明"): only before a name alone.
  // Or a slash ("作者/阿朵", ONE·一个's), a dot or a bullet ("撰文‧吳佳蓉", "报道●陈丽娟", old papers' and magazines').
  const after = `${escapeRegExp(label)}\\s*(?:[:：｜|︱/／‧●]|[,，](?=\\s*[\\u3400-\\u9fff]{2,4}(?:\\s|$)))\\s*`;
  // Adjacent spans run together ("来源：东方网作者：刘晓晶"): a label of two characters or more glued to the field before, with its colon (not a worker's "工作者：").
  // Not a report's word glued to its reporter ("記者何嘉敏報道：踏入夏季…"): the name is before it, the story after.
  const glued = label.length >= 2 && !REPORTED.test(label) ? `|(?<=[\\u3400-\\u9fff])${notEnding(label)}${escapeRegExp(label)}\\s*[:：]\\s*` : '';
  // Or in lenticular brackets, as 南方网 closes an article ("【作者】 黄春晖　伍颖瑜").
  const bracketed = `|(?:^|(?<=\\s))[【［〔]${escapeRegExp(label)}[】］〕]\\s*`;
  // Or a space alone, on a line of its own.
  const spaced = label === '作者' ? `|${SPACED_WRITER_LABEL}` : '';
  return new RegExp(`${lead}${after}${glued}${bracketed}${spaced}`, 'g');
}

/** A photograph's credit after the names ("新华社记者 赵强 摄"): the photographer, not the writer. "摄影：", "摄影/", "摄影●" are the next field's label. */
const PHOTO_CREDIT = /^\s*(?:摄影?|攝影?|拍摄|拍攝|供图|供圖)(?![\u3400-\u9fff]|\s*[:：/／｜|‧●])/;

/** A photograph's label before a role and its name ("（摄影：朝日新闻记者 佐藤健一）", a caption's): the photographer, not the writer. */
const PHOTO_LABEL_BEFORE = /(?:摄影|攝影|拍摄|拍攝|图片|圖片|供图|供圖)\s*[:：/／]\s*[^，。；、)）]{0,16}$/;

/** Whether the names at the start of `rest` are followed by a photograph's credit. */
function photographed(rest: string, names: string): boolean {
  const last = names.split(/[\s、，,]+/).at(-1)!;
  const at = rest.indexOf(last);
  return at >= 0 && PHOTO_CREDIT.test(rest.slice(at + last.length));
}

const LEADING_ROLE = new RegExp(`^(?:${NEWSROOM_ROLE.source})\\s*`);
/** A paper's name before the writer's, after the label ("作者：解放日报 查睿"). */
const LEADING_OUTLET = /^[\u3400-\u9fff]{1,8}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|周刊|週刊)\s+(?=[\u3400-\u9fff]{2,4}(?:\s|$))/;

/** A name, then its role with the outlet glued before it ("李瑞華 BBC中文記者 台北", BBC's byline): the name comes first. */
const NAME_BEFORE_ROLE = /^([\u3400-\u9fff·]{2,4})\s+[^\s]{0,12}[记記]者(?=\s|$)/;

function labelledIn(text: string, label: string): string | undefined {
  const before = (label === '记者' || label === '記者') && NAME_BEFORE_ROLE.exec(text)?.[1];
  // Not a newsroom's name before its reporter's role ("華視新聞 記者 林佩君").
  if (before && isNameToken(before) && !OUTLET_NAME.test(before)) return before;
  const pattern = labelPattern(label);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // A newsroom's role after the label ("作者：记者 王琦 通讯员 张可").
    const rest = text.slice(m.index + m[0].length).replace(LEADING_ROLE, '');
    const names = leadingNames(rest) ?? penName(label, m[0], rest);
    if (names && !photographed(rest, names) && !PHOTO_LABEL_BEFORE.test(text.slice(0, m.index))) return names;
  }
  if (label === FIELD_LABEL) return gluedAlone(text, label);
  return GLUED_LABELS.has(label) ? gluedInDateline(text, label) : undefined;
}

/** Labels naming who wrote or posted a text, after which a pen name may stand. */
const PEN_NAME_LABELS = new Set(['楼主', '樓主', '作者', '原作者', '文章作者', '发布者', '发布人', '投稿人']);
/** A pen name longer than a person's ("电脑百事通", "前端小咸鱼"), alone before the line's next field. */
const PEN_NAME = new RegExp(`^([${CJK}]{5,8})(?=\\s|$)`);

/** The pen name after an author's label and its colon ("作者：电脑百事通"), never an outlet's or the page's own words. */
function penName(label: string, labelText: string, rest: string): string | undefined {
  if (!PEN_NAME_LABELS.has(label) || !/[:：]\s*$/.test(labelText)) return undefined;
  const name = PEN_NAME.exec(cleanText(rest))?.[1];
  return name && !OUTLET_NAME.test(name) && !ROLE_AFTER.test(name) && !STOP.test(name) && !NOT_NAMES.has(name) && !SELF_REFERENCE.test(name) ? name : undefined;
}

/** Labels a dateline may write without a colon before the name ("发表于2014-08-24 21:30 | 来源CSDN | 作者魏星"). */
const GLUED_LABELS = new Set(['作者', '撰文', '记者']);
/** A label that is a field's name of its own, in a box of fields: never a word of a menu's item (记者江湖, a forum's board). */
const FIELD_LABEL = '文章作者';
const HAN_NAME = /^[\u3400-\u9fff·]{2,4}$/;

/** A line that is a label and a name, the label's element and the name's run together ("文章作者小林": Hugo even's copyright box). */
function gluedAlone(text: string, label: string): string | undefined {
  const name = text.startsWith(label) ? text.slice(label.length).trim() : '';
  return HAN_NAME.test(name) && isNameToken(name) ? name : undefined;
}

/** A name glued to its label, alone in a segment of a dateline ('|'-separated, with a date). */
function gluedInDateline(text: string, label: string): string | undefined {
  if (!/[|｜]/.test(text) || !findDate(text)) return undefined;
  for (const segment of text.split(/[|｜]/)) {
    const part = segment.trim();
    const name = part.startsWith(label) ? part.slice(label.length).trim() : '';
    if (HAN_NAME.test(name) && isNameToken(name)) return name;
  }
  return undefined;
}

/** The first line (in `zones` order) with a name after one of `labels`, the labels in their order. */
function firstLabelled(labels: readonly string[], ...zones: TextLine[][]): Found<string> | undefined {
  for (const label of labels) {
    for (const lines of zones) {
      for (const line of lines) {
        const value = line.text.includes(label.trim()) ? labelledIn(line.text, label) : undefined;
        if (value) return { value, from: `text "${label}"` };
      }
    }
  }
  return undefined;
}

const HAN_LABEL_ALONE = new RegExp(`^(?:本文)?(?:${WRITER_LABELS.filter((label) => /\p{Script=Han}/u.test(label)).map(escapeRegExp).join('|')})\\s*[:：]?$`, 'u');

const inListItem = (line: TextLine) => line.el.name === 'li' || (line.el.parent as Element | null)?.name === 'li';

/** A writer's label on a line of its own, the name on the next (a field box's heading and value: Icarus's "<h6>作者</h6><p>林小北</p>"). */
function labelAbove(lines: TextLine[]): Found<string> | undefined {
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = lines[i + 1]!.text;
    if (!labelAlone(lines[i]!, HAN_LABEL_ALONE) || !isNameList(name)) continue;
    // One name a line, each a list's item (鏡週刊's credits: 文 over <li>簡竹書</li><li>吳宗翰</li>): all of them.
    const names = [joinSpacedName(name)];
    for (let j = i + 2; j < lines.length && inListItem(lines[i + 1]!) && inListItem(lines[j]!) && isNameList(lines[j]!.text); j++) names.push(joinSpacedName(lines[j]!.text));
    return { value: names.join(', '), from: `text "${lines[i]!.text}" above the name` };
  }
  return undefined;
}

/** "由张三张贴" (posted by), "张三/文" (written by), "张三 著" (by), "김철수 기자": the credit written around the name. */
function creditAround(lines: TextLine[]): Found<string> | undefined {
  for (const line of lines) {
    const m = POSTED_BY.exec(line.text);
    if (m && isNameList(m[1]!)) return { value: m[1]!, from: 'text "由…发表"' };
  }
  for (const line of lines) {
    const m = /(?:^|[\s·])([\u3400-\u9fff]{2,4})\s*[/／]\s*文/.exec(line.text);
    if (m && isNameToken(m[1]!)) return { value: m[1]!, from: 'text "/文"' };
  }
  for (const line of lines) {
    // A credit after the name: a book's or a column's 著 ("张三 著"), a Korean reporter's 기자 ("김철수 기자"), after
    // the agency's dateline in a lead ("[서울=뉴시스] 최희정 기자 = …").
    // Not a link's words: a listing card's name ending in 著 ("海淀·云著", a housing estate).
    const m = inLink(line.el) ? null : /^(?:\[[^\]]{1,20}\]\s*)?([\u3400-\u9fff·]{2,8}|[\uac00-\ud7af]{2,4})\s*(著|기자|특파원)(?=\s|$)/.exec(line.text);
    if (m && isNameToken(m[1]!)) return { value: m[1]!, from: `text "${m[2]}"` };
  }
  for (const line of lines) {
    // Who supplied or posted the text ("计算机学院 供稿", "供稿：宣传部", "发布者：图书馆办公室"): an office's news is credited so.
    const m = SUPPLIED_BY.exec(line.text);
    if (m) return { value: (m[1] ?? m[3])!, from: `text "${m[2] ?? '供稿'}"` };
  }
  return undefined;
}

const SUPPLIED_BY = new RegExp(`(?:^|[\\s(（/／|｜])([${CJK}·]{2,12})\\s*供稿|(供稿(?:单位|單位|人)?|发布(?:者|人|单位|單位|部门|部門))\\s*[:：]\\s*([${CJK}·]{2,12})`);


/** "By" and "author" in the other languages bylines are written in. */
const BY_ELSEWHERE = 'par|von|por|di|door|oleh|yazar|penulis|autor|autore|tác giả|nina|ni';
/** A piece's kind before "by" ("Blog Post by", "Analysis by", "Op-Ed by"), or a report's "Prepared by": the writer's label. */
const KIND_BY = '(?:blog\\s+)?post|analysis|commentary|essay|column|op-ed|opinion|prepared';
/** A byline line's label: "By", "Written by", "Posted by", a forum's "Thread starter" or "Started by". */
const LATIN_LABEL = new RegExp(`^(?:(?:written|posted|published|filed|submitted|reported|reviewed|words|story|article|started|guest\\s+post|${KIND_BY})\\s+by|by|words(?=\\s*:)|thread starter|original poster|author|writer|${BY_ELSEWHERE})\\s*[:—–]?\\s+`, 'i');
/** The labels that name the writer, not who posted, reviewed or started a thread. A colon or a dash may follow (PBS' "By — Jane Doe"). */
const WRITER_LABEL = new RegExp(`^(?:(?:written|words|story|article|reported|guest\\s+post|${KIND_BY})\\s+by|by|words(?=\\s*:)|author|writer|${BY_ELSEWHERE})\\s*[:—–]?\\s+`, 'i');

/**
 * The names after an English byline label, each a run of capitalised words ("Jane Doe and
 * Li Wei, Sam Roe") or a handle alone ("beijingwalker"), up to what is not a name ("in seo").
 */
function namesAfterLabel(line: string): string | undefined {
  const names: string[] = [];
  // A full stop closing the byline (Ouest-France's "Par Camille Le Goff."), not an initial's.
  const rest = line.replace(SPECIAL_TO_AFTER, '').replace(/(?<=\p{Ll}{2})\.\s*$/u, '');
  for (const part of rest.split(NAME_SEPARATOR)) {
    const words = part.replace(HONORIFIC, '').split(/\s+/).filter(Boolean);
    // A day after "By" opens a sentence ("By Friday I counted eleven."), not a byline.
    if (!names.length && WEEKDAY.test(words[0] ?? '')) return undefined;
    let run = Math.min(personNameLength(words), 5);
    // The sentence goes on after the words read as a name ("By June I had potatoes, broad beans and…"): no byline.
    // (Past a comma the words are the name's apposition: "Ann Marie Collins, a registered nurse…".)
    if (!names.length && words.length > run && opensSentence(rest.split(/\s+/).filter(Boolean).slice(run))) return undefined;
    // The role's field read as a third name ("Rhodri Pemberton Science correspondent"): the name before it.
    if (run >= 3 && JOB_TITLE.test(words[run] ?? '')) run--;
    // Another credit's label ("Photos by") ends the writers; so does the date's weekday after a comma ("Erin Castellano, Tue, 03/04/2025", Drupal's).
    if (/^by$/i.test(words[Math.max(run, 1)] ?? '') || (names.length && DAY_NAME.test(words[0] ?? ''))) break;
    // A writer's role after their name ("Ingrid Sørensen, Senior Engineer, and Tomás Aguirre, Staff Engineer"): the next name may follow it.
    if (names.length && !run && words.length <= MAX_ROLE_WORDS && JOB_TITLE.test(words.at(-1) ?? '')) continue;
    // A writer's degrees after the name ("Leah Morgan, PT, DPT", "Ann Lee, PhD"): no one's name.
    if (names.length && words.length === 1 && CREDENTIAL.test(words[0]!)) continue;
    const name = run > 0 ? words.slice(0, run).join(' ') : words.length === 1 && isNameToken(words[0]!) ? words[0] : undefined;
    // Words before a role are the outlet's name or the role's field ("Marcus Bell, Courier Staff", "Andrew Hayden, Software Engineer",
    // "HARRIET MOSS, SOUTH WEST CORRESPONDENT").
    // Or a writer's institution ("Rosalind Achterberg, Montana State University").
    if (!name || (names.length && (JOB_TITLE.test(words[run] ?? '') || INSTITUTION_WORD.test(words[run] ?? '')))) break;
    names.push(name);
    if (run < words.length) break;
  }
  // Between full names, one word is an outlet ("Ann Lee, ProPublica, and Bo Chen, The Texas Tribune").
  const people = names.filter((name, i) => name.includes(' ') || !names[i - 1]?.includes(' ') || !names[i + 1]?.includes(' '));
  return people.length ? people.join(', ') : undefined;
}

/** A title before the name ("By Dr Priya Raman", "Prof. Anna Berg"): no part of it. */
const HONORIFIC = /^\s*(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Rev|Revd)\.?\s+(?=\p{Lu})/u;
const MAX_ROLE_WORDS = 4;
/** A degree or a licence written after a name: capitals alone ("PT", "DPT", "MBA"), or "PhD", "M.D.", "R.N.". */
const CREDENTIAL = /^(?:[A-Z]{2,5}|Ph\.?D\.?|(?:[A-Z]\.){2,3})$/;

/** Words a byline may go on with after the names ("for The Times", "and Bo Chen", "updated March 5", "under Syntax, Semantics"), or a bio ("who lives…", "is a…"). */
const BYLINE_GOES_ON = /^(?:for|of|at|in|under|and|with|via|on|from|to|the|updated|published|posted|reporting|contributed|staff|photos?|video|special|senior|editor|correspondent|reporter|writer|who|is|was|has|writes|covers|leads|joined|lives|works|reports)$/i;
const opensSentence = (rest: string[]) => rest.length >= 4 && /^\p{Ll}/u.test(rest[0]!) && !BYLINE_GOES_ON.test(rest[0]!);

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|today|then|now)$/i;
/** A weekday's name, whole or short ("Tue", "Thurs."). */
const DAY_NAME = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?$|^(?:wednes|satur)day$/i;

const INSTITUTION_WORD = new RegExp(`^(?:${INSTITUTION_WORDS})$`, 'i');

/** A byline's label alone on its line, the names on the next ("Written by" / "Edzel Tabing"). */
const LABEL_ALONE = /^(?:(?:written|posted|article|authored)\s+by|by|authors?|about the authors?|penulis|autor|autore|auteur|yazar)\s*:?$/i;
/** A label alone on its line; a table's column heading ("Author | Message", a forum's) labels a column, not the name after it. */
const labelAlone = (line: TextLine, label = LABEL_ALONE) => label.test(line.text) && line.el.name !== 'th';


/** The text of the element a line opens with (its inline siblings' run on), or of one inside it, that opens with the line's label. */
function labelledPart(el: Element, label: string, depth = 0): string | undefined {
  const text = lineText(el);
  if (!text.startsWith(label)) return undefined;
  const inner = depth < MAX_LABEL_DEPTH ? el.children.find((child): child is Element => child.type === 'tag' && lineText(child).startsWith(label)) : undefined;
  return (inner && labelledPart(inner, label, depth + 1)) ?? text;
}
const MAX_LABEL_DEPTH = 4;

/** The byline a label at `index` gives: on its line, or (`alone`) a label alone with the names on the next. */
function labelledAt(lines: TextLine[], index: number, alone: boolean, label = LATIN_LABEL): Found<string> | undefined {
  const text = lines[index]!.text.replace(GLUED_MONTH, '$1 ');
  const m = label.exec(text);
  const whole = m && namesAfterLabel(text.slice(m[0].length));
  // Names running on into the next element are cut where the element the label opens ends ("<span>By Joe Harbert</span>
  // <span>Local Democracy Reporting Service</span>": not "Joe Harbert Local Democracy Reporting").
  const own = whole ? labelledPart(lines[index]!.el, m![0].trim()) : undefined;
  const part = own && own !== text ? namesAfterLabel(own.slice(m![0].length)) : undefined;
  const inline = part && whole!.startsWith(`${part} `) ? part : whole;
  if (inline) return { value: inline, from: `text "${m![0].trim()}"` };
  const next = lines[index + 1]?.text;
  if (!alone || !next || !labelAlone(lines[index]!)) return undefined;
  const value = namesAfterLabel(next);
  return value ? namedAfterLabel(lines, text, index + 1, value) : undefined;
}

/** The people a byline's label alone on its line lists when `name` is the first of them and not the only one (an "Authors" box after the report). */
export function labelListWith(lines: TextLine[], name: string): string | undefined {
  for (const [i, line] of lines.entries()) {
    if (!labelAlone(line) || !lines[i + 1]?.text.startsWith(name)) continue;
    const listed = labelledAt(lines, i, true)?.value;
    if (listed?.startsWith(`${name}, `)) return listed;
  }
  return undefined;
}

/** The names after a label alone on its line: on the line after it, and after a plural label the people listed below. */
function namedAfterLabel(lines: TextLine[], label: string, at: number, value: string): Found<string> {
  const others = listedPeople(lines, at, PLURAL_LABEL.test(label)).filter((name) => name !== value);
  return others.length ? { value: [value, ...others].join(', '), from: `text "${label}" and the lines after it` } : { value, from: `text "${label}" and the line after it` };
}

/**
 * An English byline line in the header: "By Jane Doe", "Thread starter beijingwalker"; with
 * `alone`, also a label alone over the name ("Written by" / "Edzel Tabing"), a weaker sign;
 * with `writer`, only a label that names the writer ("By", "Written by"; not "Reviewed by").
 */
export function latinLabelled(lines: TextLine[], headline: number, alone = false, writer = false): Found<string> | undefined {
  for (const index of headerIndices(lines, headline)) {
    const found = index !== headline ? labelledAt(lines, index, alone, writer ? WRITER_LABEL : LATIN_LABEL) : undefined;
    if (found) return found;
  }
  return undefined;
}

const PLURAL_LABEL = /authors\s*:?$/i;
const MAX_LISTED_PEOPLE = 6;

/**
 * The other people a byline's label lists after the first, each after the one before and its role: under an "Authors"
 * heading, names linked on lines of their own (Chatham House's person cards: "Amara Nwosu" / "Senior Research Fellow" /
 * "Kelechi Ibe"); under any label, names set as the first is (a "Written by" box's cards, each name in the same markup).
 */
function listedPeople(lines: TextLine[], first: number, plural: boolean): string[] {
  const shape = lines[first]!.el;
  const nameOf = (line: TextLine | undefined): string | undefined => {
    if (!line) return undefined;
    // The element the name is set in: a card's name runs on into its role where both are inline ("Mei-Lin Cho Research Analyst").
    const linked = line.el.name === 'a' || (line.el.parent as Element | null)?.name === 'a';
    const name = sameShape(line.el, shape) || (plural && linked) ? lineText(line.el) : undefined;
    return name && isPersonName(name) ? name : undefined;
  };
  const people: string[] = [];
  let j = first + 1;
  while (people.length < MAX_LISTED_PEOPLE) {
    // One line of the person before's role may stand between two names; under a label for one writer it must (Medium's
    // "Written by" / writer / publication, both linked alike, is one writer and where they publish).
    const at = (plural ? [j, j + 1] : [j + 1]).find((k) => nameOf(lines[k]));
    if (at === undefined || (at > j && (lines[j]!.text.length > 80 || lines[j]!.el.name === 'a'))) break;
    const name = nameOf(lines[at])!;
    if (!people.includes(name)) people.push(name);
    j = at + 1;
  }
  return people;
}

const sameShape = (a: Element, b: Element) => !!a.attribs.class && a.name === b.name && a.attribs.class === b.attribs.class;

/** A bio opening with the name: "Lauren Vetter is a …" (not "CROSS JOIN is equivalent…", "Art Gobblers was an NFT game…"). */
const BIO_VERB = /^ (?:is an? |has |writes |covers |leads )/;
const opensBio = (name: string, next: string) => next.startsWith(name) && BIO_VERB.test(next.slice(name.length));

const WRITTEN_BY = /^written by\s+/i;

/**
 * An author box anywhere on the page: a label alone over the name ("Article by" / "Matias
 * Heikkilä"), or a name over a bio that opens with it ("Lauren Vetter" / "Lauren Vetter is a …").
 */
function authorBox(lines: TextLine[]): Found<string> | undefined {
  for (let i = 0; i + 1 < lines.length; i++) {
    const { text } = lines[i]!;
    if (labelAlone(lines[i]!)) {
      // A letter avatar may stand between the label and the name (Notion's "S" before "Sam Okonkwo").
      const at = /^\p{Lu}$/u.test(lines[i + 1]!.text) && lines[i + 2] ? i + 2 : i + 1;
      const value = namesAfterLabel(lines[at]!.text);
      if (value) return namedAfterLabel(lines, text, at, value);
    } else if (text.length <= 40 && opensBio(text, lines[i + 1]!.text) && isPersonName(text)) {
      return { value: text, from: 'author box (a name over its bio)' };
    }
  }
  // A bio's opening ("Written by Jonah Park who lives and works in Portland…", a starter blog's footer).
  for (const { text } of lines) {
    const m = WRITTEN_BY.exec(text);
    // The name ends its sentence ("Written by Doug Prentice. Send comments to…"); an initial's dot does not end one.
    const value = m && namesAfterLabel(text.slice(m[0].length).replace(/(?<=\p{L}{3})\.\s.*$/u, ''));
    if (value) return { value, from: 'text "Written by" in a bio' };
  }
  return undefined;
}

const LABEL_LINE = new RegExp(`^(?:${[...WRITER_LABELS, ...SOURCE_LABELS, ...DATE_LABELS].map(escapeRegExp).join('|')})\\s*(?:[:：]|$)`);

const HAS_CJK = new RegExp(`[${CJK}]`);
const HAS_CJK_OR_HANGUL = new RegExp(`[${CJK}\\uac00-\\ud7af]`);

/** After a name in a byline line: its date's label ("Jane Doe Posted on Mar 5", dev.to's). */
const DATE_AFTER_NAME = /^(?:posted|published|updated|last updated)\b/i;

/** The person's name a line opens with, and the words after it. */
function openingName(text: string): { name: string; rest: string[] } | undefined {
  const words = text.split(/\s+/);
  const run = personNameLength(words);
  const name = words.slice(0, run).join(' ');
  return isPersonName(name) ? { name, rest: words.slice(run) } : undefined;
}

/** A person's name followed by its date's label, the whole line a byline. */
function bylineBeforeDate(text: string): Found<string> | undefined {
  const opening = openingName(text);
  return opening && DATE_AFTER_NAME.test(opening.rest.join(' ')) ? { value: opening.name, from: 'name under the headline' } : undefined;
}

/** A person's name alone, followed by the section it is filed in ("John Crenshaw in seo"), or by its date's label. */
function latinNameLine(text: string): string | undefined {
  const opening = openingName(text);
  if (!opening) return undefined;
  const { name, rest } = opening;
  return !rest.length || (/^(?:in|on)$/.test(rest[0]!) && rest.length <= 4) || DATE_AFTER_NAME.test(rest.join(' ')) ? name : undefined;
}

/** Inside a <nav> or an <aside>, or an element marked as navigation. */
function inNavigation(el: Element): boolean {
  for (let up: Element | null = el; up && up.type === 'tag'; up = up.parent as Element | null) {
    if (up.name === 'nav' || up.name === 'aside' || up.attribs.role === 'navigation') return true;
  }
  return false;
}

const DECK_CLASS = /sub-?title|subhead|\bdek\b|standfirst|excerpt|summary|description|\blede\b/i;

/** The headline's deck: a subheading, or an element named for one. */
const isDeck = (el: Element): boolean => /^h[2-6]$/.test(el.name) || DECK_CLASS.test(el.attribs.class ?? '');

/** An element named for sharing the page ("share-list", "sns-box", "social-share"). */
const SHARE_BAR = /(?:^|[\s_-])(?:share|sharing|sns|social)(?:$|[\s_-])/i;

/** A line of names alone under the headline (skipping a repeat of it, a date line and the deck). */
function nameUnderHeadline(lines: TextLine[], headline: number, title: string | undefined): Found<string> | undefined {
  if (headline < 0) return undefined;
  const shown = lines[headline]!.text;
  for (const line of lines.slice(headline + 1, headline + 1 + 4)) {
    // A link under the headline is a category or a breadcrumb, unless its date's label follows it ("Jane Doe Posted on Mar 5").
    const link = line.el.name === 'a' ? line.el : line.el.parent && 'name' in line.el.parent && line.el.parent.name === 'a' ? line.el.parent : undefined;
    if (link) return bylineBeforeDate(line.text) ?? posterLink(line.el, link, line.text);
    if (showsTitle(line.text, shown) || (title && showsTitle(line.text, title)) || shown.includes(line.text) || findDate(line.text)) continue;
    // A dateline's or byline's label whose value is elsewhere (or markup residue), or a description list's term (Joomla's
    // dt.article-info-term "详细信息") or a table's header cell (an old bulletin's "公告單位"): the name may follow.
    if (LABEL_LINE.test(line.text) || line.el.name === 'dt' || line.el.name === 'th') continue;
    // The headline's deck ("Plus: three numbers every roaster watches"): the byline may follow it.
    // A page's navigation beside it (a docs outline's "页面导航") names no one.
    // Nor does a share bar's row of networks ("分享微博微信FacebookX").
    if (isDeck(line.el) || inNavigation(line.el) || isWithin(line.el, (up) => SHARE_BAR.test(up.attribs.class ?? ''))) continue;
    return nameLine(line.text);
  }
  return undefined;
}

/** A line that is a name alone (a forum's badge after it dropped: "篮下的风楼主"; a magazine's mark before it: "◎ 刘小念", 读者's and 意林's). */
function nameLine(text: string): Found<string> | undefined {
  const named = text.replace(POSTER_BADGE, '').replace(/^[◎●■□◆]\s*/, '');
  if (HAS_CJK.test(named)) return isNameList(named) ? { value: joinSpacedName(named), from: 'name under the headline' } : undefined;
  const name = latinNameLine(text);
  return name ? { value: name, from: 'name under the headline' } : undefined;
}

/** A link named for a user or pointing to a person's page, under a thread's title: its poster. */
const POSTER_CLASS = /name|user|author|nick/i;
const posterLink = (el: Element, link: Element, text: string): Found<string> | undefined =>
  POSTER_CLASS.test(`${el.attribs.class ?? ''} ${link.attribs.class ?? ''}`) || PROFILE_HREF.test(link.attribs.href ?? '') ? nameLine(text) : undefined;

function postedByFooter(lines: TextLine[]): Found<string> | undefined {
  // A reviewer's line in a product's reviews ("Posted by Mark T. on Jun 2nd 2024") is no entry's footer.
  for (const { text, el } of lines) {
    if (inComments(el)) continue;
    const m = POSTED_BY_FOOTER.exec(text);
    const dated = m && (findDate(m[2]!) || /^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?/i.test(m[2]!));
    const names = dated ? namesAfterLabel(m[1]!) : undefined;
    if (names) return { value: names, from: 'text "Posted by … at/on" after the post' };
    // Or ending the line of the post's sections ("in サイエンス, 食, Posted by log1h_ik", GIGAZINE's).
    const after = SECTIONS_THEN_POSTER.exec(text);
    const poster = after ? namesAfterLabel(after[1]!) : undefined;
    if (poster) return { value: poster, from: 'text "…, Posted by …" after the post' };
  }
  return undefined;
}

const SECTIONS_THEN_POSTER = /^in\s.{1,120}?[,，|]\s*posted\s+by\s+([^,，|]{2,40})$/i;

/** A link to a person's page (in English or the page's language: /autor/, /auteurs/, index.hu's /szerzok/): /user/…, /user_123, /u_123, /u/…, /members/…, /profile/…, /staff/…, /contributors/…, member.php?u=…, user?id=…, /@name, a host of authors' or users' pages (author.example.cn/home?id=…, a user's number on my.example.com/1234567, space.example.com/1234567). */
export const PROFILE_HREF = /(?:^|\/)(?:users?|u|members?|profiles?|people|authors?|staff|contributors?|writers?|reporters?|journalists?|columnists?|autor(?:en|es)?|autori?|auteurs?|szerzok?|yazarlar|yazar|penulis|forfattere?|tac-gia|lide)(?:\/|\.php\?|\?id=)[^/?#\s]+|(?:^|\/)(?:users?|u)_\d+\/?$|(?:^|\/)@[\w.-]+\/?(?:[?#]\S*)?$|^(?:https?:)?\/\/(?:authors?|users?|people|profiles?)\.[^/]+\/\S|^(?:https?:)?\/\/(?:my|space)\.[^/]+\/\d{4,}\/?(?:[?#]\S*)?$/i;
/** A link to a document or a download, not a page. */
const FILE_HREF = /\.(?:txt|rst|md|pdf|zip|gz|py|ipynb|json|xml|csv)(?:[?#]\S*)?$/i;
/** A forum's post header (date, post number, thread tools) may stand between the thread's title and its poster. */
const PROFILE_LINES_AFTER = 12;
/** A user name: one to three words of letters, digits, dots, dashes and underscores. */
const USER_NAME = /^[\p{L}\p{N}_.-]+(?: [\p{L}\p{N}_.-]+){0,2}$/u;

/**
 * The name of the first link to a person's page under the headline: a thread's opening poster
 * ("koconder" on a Hacker News item, a forum's member link), where no byline is written out.
 */
function profileLinkUnderHeadline($: CheerioAPI, lines: TextLine[], headline: number, title: string | undefined, domain: string | undefined): Found<string> | undefined {
  // The thread's title may show again as its first post's (the headline found may be that one).
  const shown = title ? lines.findIndex((line) => showsTitle(line.text, title)) : -1;
  const start = shown >= 0 && (headline < 0 || shown < headline) ? shown : headline;
  if (start < 0) return undefined;
  // On this site: a profile on a social network (a share bar's "Facebook") is not the writer. A file is no one's profile
  // (Sphinx's "View page source", _sources/user/retries.rst.txt).
  const onSite = (href: string) => !FILE_HREF.test(href) && (!/^(?:https?:)?\/\//i.test(href) || (!!domain && domainName(href.startsWith('//') ? `https:${href}` : href) === domain));
  for (const line of lines.slice(start + 1, start + 1 + PROFILE_LINES_AFTER)) {
    // The line's block: its text may start in a sibling of the link ("89 points by <a>koconder</a>").
    let block: Element = line.el;
    while (!BLOCK_TAGS.has(block.name) && block.parent && block.parent.type === 'tag') block = block.parent as Element;
    // Or the link holds the block (a profile card's <a><p>name</p></a>).
    const holder = $(block).closest('a').get(0) as Element | undefined;
    // The first with a name: an avatar's link to the same profile shows no text.
    const links = [...(holder ? [holder] : []), block, ...$(block).find('a').toArray()].filter((el) => el.name === 'a' && PROFILE_HREF.test(el.attribs.href ?? '') && onSite(el.attribs.href!));
    const named = links.filter((link) => cleanText($(link).text()));
    const name = named.length ? cleanText($(named[0]).text()) : undefined;
    if (name && name.length >= 2 && name.length <= 40 && USER_NAME.test(name) && !/^\d+$|\bago$/.test(name)) return { value: [name, ...coPosters($, named)].join(', '), from: 'link to a profile under the headline' };
  }
  return undefined;
}

/** What stands between two writers' links in one byline: a list's separator ("田中翔太、佐々木美穂"). */
const BETWEEN_NAMES = /^\s*(?:[、,，&/／]|and|和|及|与|與)\s*$/;

/** The names of the profile links after the first that the byline lists with it, each set off by a list's separator alone. */
function coPosters($: CheerioAPI, links: Element[]): string[] {
  const names: string[] = [];
  for (let i = 1; i < links.length; i++) {
    let between = '';
    for (let node = links[i - 1]!.next; node && node !== links[i]; node = node.next) between += $(node).text();
    const name = cleanText($(links[i]).text());
    if (!BETWEEN_NAMES.test(between) || !USER_NAME.test(name) || names.includes(name)) break;
    names.push(name);
  }
  return names;
}

/** A date's label between the name and the date ("发布于", "发表时间：", "于"). */
const DATE_LABEL_AFTER_NAME = new RegExp(`\\s*(?:${alternatives(DATE_LABELS.filter((label) => HAS_CJK_OR_HANGUL.test(label)))}|于)\\s*[:：]?\\s*$`);

const ZONE_TIME_BEFORE = /(?:北京|台北|香港|东京|東京|美东|美東|美西|当地|當地|纽约|紐約|日本|韩国|韓國)(?:时间|時間)\s*[:：]?\s*$/;

/** WeChat's badge before the writer's name in its meta line. */
const ORIGINAL_BADGE = /^(?:原创|原創|转载|轉載)\s+/;

/** "张三 发布于 2024-03-05 10:30", "张三 3小时前", "김철수 2024. 3. 5.": Chinese or Korean names alone before the date and its label. */
function cjkNamesBefore(text: string, dateIndex: number): string | undefined {
  // An agency's dateline ("中新经纬3月5日电") or a press release's ("中國杭州，2024年3月22日——", its wire's name
  // between: "杭州，2024年2月22日 /美通社/ --"): a place and its day, no writer.
  if (dateIndex <= 0 || /^[^电電]{0,12}日[电電]|^[^—－\s]{1,14}\s*(?:[/／][^/／]{1,12}[/／]\s*)?(?:——|—|－－|--)/.test(text.slice(dateIndex))) return undefined;
  // A zone's time before the date ("【新唐人北京时间2024年3月12日讯】"): a place, no writer.
  if (ZONE_TIME_BEFORE.test(text.slice(0, dateIndex))) return undefined;
  const head = text.slice(0, dateIndex);
  const label = DATE_LABEL_AFTER_NAME.exec(head);
  // A bare 日期 or 时间 glued to a word is that word's date label ("公告日期：", "成文日期："), no name before it.
  if (label && /^\s*(?:日期|时间|時間)/.test(label[0]) && /[\u3400-\u9fff]$/.test(head.slice(0, label.index))) return undefined;
  const shown = head.replace(DATE_LABEL_AFTER_NAME, '').replace(/[\s·•|｜]+$/, '');
  const before = shown.replace(ORIGINAL_BADGE, '');
  if (!/[\u3400-\u9fff\uac00-\ud7af]/.test(before)) return undefined;
  if (isNameList(before)) return joinSpacedName(before);
  // The writer after a labelled source and a bar ("来源：文艺报 | 周明远 2024年06月26日08:39", people.cn's template).
  const [source, writer, ...others] = before.split(/\s*[|｜]\s*/);
  if (writer && !others.length && SOURCE_OPENING.test(source!) && isNameList(writer)) return joinSpacedName(writer);
  // After WeChat's badge, the writer and the account ("原创 孙雪 健康科普站 2024年03月05日": its meta line, copied onto other sites).
  const [named, account, ...more] = before.split(/\s+/);
  return ORIGINAL_BADGE.test(shown) && !more.length && account && isNameToken(named!) && !isNameToken(account) ? named : undefined;
}

/** An editor's label and the names after it ("（责编：杨曦、王震）", "[ 责编：赵文婷 ]", "责任编辑：刘亮"). */
const EDITOR_CREDIT = /(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*([^\])）】]{2,40})/g;

/** True when the page's text credits `name` as an editor: a meta's author that is the desk editor, not the writer. */
export const creditedAsEditor = (lines: TextLine[], name: string): boolean =>
  anyCredited(lines, EDITOR_CREDIT, (credited) => (leadingNames(credited) ?? '').split(/[\s、，,;；]+/).includes(name));

// Or a platform's account the story came from ("本文来自微信公众号：商业观察笔记", a repost's note).
const SOURCE_CREDIT = new RegExp(`(?:${SOURCE_LABELS.join('|')})(?:微信)?(?:公众号|公眾號)?\\s*[:：]\\s*(\\S+)`, 'g');
/** True when the text labels `name` as the story's source ("本文来源：第一财经 作者：胡弋杰"): an outlet, not a writer. */
export const creditedAsSource = (lines: TextLine[], name: string): boolean => anyCredited(lines, SOURCE_CREDIT, (credited) => credited.startsWith(name));

const POWERED_BY = /\b(?:powered|driven)\s+by\s+(\S+)/gi;
/** True when the text credits `name` as the software running the site ("Powered by ThinkCMF"): a program, not a writer. */
export const creditedAsSoftware = (lines: TextLine[], name: string): boolean => anyCredited(lines, POWERED_BY, (credited) => namesSoftware(name.toLowerCase(), credited.toLowerCase()));

/** The software's name, or its team's ("UCenter Home Team and Comsenz UI Team" of "Powered by UCenter Home", the credit's first word read). */
const namesSoftware = (name: string, software: string): boolean => name === software || (software.length >= 4 && name.startsWith(`${software} `) && /\bteam\b/.test(name));

/** Whether a credit the text writes with `label` (what its first group holds) passes `test`. */
const anyCredited = (lines: TextLine[], label: RegExp, test: (credited: string) => boolean): boolean =>
  lines.some((line) => [...line.text.matchAll(label)].some((m) => test(m[1]!)));

/** A news agency's, a paper's, a site's, a channel's or a desk's name ("新华社", "环球网", "21世纪经济报道", "地方组"). */
export const OUTLET_NAME = /^(?=.*\p{Script=Han})[\p{Script=Han}\dA-Za-z]{1,10}(?:\s?编辑部|\s?編輯部|组|組|周刊|週刊|杂志|雜誌|通讯社|通訊社|社|日报|日報|晚报|晚報|报|報|报道|報導|网|網|电视台|電視台|新闻|新聞)$/u;

/** Between a dateline's parts: "Jane Doe · March 5, 2024 · 4 min read". */
const DATELINE_PARTS = /\s*[·•|]\s*|\s+[–—]\s+/;
const MAX_DATELINE = 120;
/** The most a dateline holds from its relative day on ("昨天 10:30 来自 iPhone"). */
const RELATIVE_DATELINE = 24;
/** What may stand between a date and the "by" after it: its time ("at 9:15 am", "@ 7:12 am"), a comma, a verb ("· Filed by"). */
const BY_AFTER_DATE = /^\s*(?:(?:at\s+|@\s*)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*[,·|-]?\s*(?:(?:posted|written|filed)\s+)?by\s+/i;

/**
 * The writer in a dateline of the header: after "by" following its date ("Posted on March 5, 2024
 * by Jane Doe", classic blog themes), or a part of it that is a person's name alone ("Jane Doe ·
 * March 5, 2024 · 4 min read", "March 5, 2024 · 3 min · Jane Doe").
 */
function nameInDateline(lines: TextLine[]): Found<string> | undefined {
  for (const line of lines) {
    const text = line.text.replace(GLUED_MONTH, '$1 ');
    // A headline is no dateline, whatever day it names ("全国高考今日放榜").
    if (text.length > MAX_DATELINE || /^h[1-6]$/.test(line.el.name)) continue;
    const date = findDate(text);
    if (date) {
      const by = BY_AFTER_DATE.exec(text.slice(date.end));
      const named = by && namesAfterLabel(text.slice(date.end + by[0].length));
      if (named) return { value: named, from: 'text "by" after the date' };
      const parts = text.split(DATELINE_PARTS);
      const name = parts.length >= 2 ? parts.find((part) => !findDate(part) && isPersonName(part)) : undefined;
      if (name) return { value: name, from: 'name in the dateline' };
    }
    // A relative day opens a dateline's time ("张三 昨天 10:30"), not a sentence going on after it ("政府今日（5日）公布…",
    // a caption's "有業主昨日在屋苑大堂張貼告示，反對…。").
    const relative = date ? -1 : relativeIndex(text);
    const datelineAfter = relative >= 0 && text.length - relative <= RELATIVE_DATELINE && !/[，。！？]/.test(text.slice(relative));
    const names = cjkNamesBefore(text, date ? date.index : datelineAfter ? relative : -1);
    if (names && !namedSection(line.el, names)) return { value: names, from: 'name before the date' };
  }
  return undefined;
}

/** A class naming a section or a category ("section", "category", "channel", "column-name", "kicker"). */
const SECTION_CLASS = /(?:^|[\s_-])(?:section|category|categories|channel|column|kicker|topic)(?:$|[\s_-])/i;

/** Whether the line (its first element, text lines glued) sets `name` in an element its class names a section ("<span class="section">港聞</span> 2024年3月5日", 明報's). */
const namedSection = (line: Element, name: string): boolean =>
  [line, ...selectBelow([line], '[class]')].some((el) => SECTION_CLASS.test(el.attribs.class ?? '') && cleanText(rawText(el)) === name);

/** "2004年7月16日08:19 [ 黄宇 ]": a bracketed name right after the date line's date. */
function bracketAfterDate(lines: TextLine[]): Found<string> | undefined {
  for (const line of lines) {
    const date = findDate(line.text);
    const m = date && /^\s*[[【［]\s*([^\]】］]{2,30}?)\s*[\]】］]/.exec(line.text.slice(date.end));
    if (m && isNameList(m[1]!)) return { value: m[1]!, from: 'bracket after the date' };
  }
  return undefined;
}

/** How many lines after the header the lead paragraph may come. */
const LEAD_LINES = 6;

/**
 * The reporters a news lead credits in brackets ("新华社北京3月5日电（记者王晓明、李华）",
 * "〔記者王小明／台北報導〕"): the names after the role, the place after a slash left out.
 */
function leadCredit(lines: TextLine[], headline: number): Found<string> | undefined {
  for (const line of lines.slice(Math.max(0, headline + 1), headline + 1 + HEADER_LINES_AFTER + LEAD_LINES)) {
    const m = /^[^。！？]{0,40}?[（(〔【[]\s*([^）)〕】\]]{0,12}?(?:记者|記者|通讯员|通訊員)[^）)〕】\]]{2,30})[）)〕】\]]/.exec(line.text);
    const names = m && !PHOTOGRAPHED.test(m[1]!.trim()) && withoutDatelinePlace(newsroomNames(m[1]!));
    if (names && isNameList(names)) return { value: names, from: 'credit in the lead' };
    // An agency's dateline, then the writer alone in brackets ("中新经纬3月5日电 (王玉玲)").
    const after = AGENCY_DATELINE.exec(line.text);
    if (after && isNameList(after[1]!)) return { value: after[1]!, from: 'credit in the lead' };
    const placed = PLACE_AND_WRITER.exec(line.text)?.[1];
    if (placed && isNameList(placed)) return { value: placed, from: 'credit in the lead' };
    const reported = (OUTLET_REPORT.exec(line.text) ?? OUTLET_REPORT_OPENING.exec(line.text))?.[1]?.replace(/\s+[\u3400-\u9fff]{2,5}$/, '');
    if (reported && isNameList(reported)) return { value: reported, from: 'credit in the lead' };
    const spaced = OUTLET_WRITER_DAY.exec(line.text)?.[1];
    if (spaced && isNameList(spaced)) return { value: spaced, from: 'credit in the lead' };
    const opening = REPORTER_AND_PLACE.exec(line.text)?.[1];
    if (opening && isNameList(opening)) return { value: opening, from: 'credit in the lead' };
    const dispatched = DISPATCH_CREDIT.exec(line.text)?.[1]?.split(/\s+/).join('、');
    if (dispatched && isNameList(dispatched)) return { value: dispatched, from: 'credit in the lead' };
    const tag = NEWS_TAG_CREDIT.exec(line.text);
    const tagged = tag?.[1] ?? tag?.[2];
    const taggedNames = tagged && newsroomNames(tagged);
    if (taggedNames && isNameList(taggedNames)) return { value: taggedNames, from: 'credit in the lead' };
  }
  return undefined;
}

/** The reporters a lead's credit names when `name` is one of them and not the only one ("（记者马宁 闫笑天）" beside a meta's 马宁). */
export function leadCreditWith(lines: TextLine[], headline: number, name: string): string | undefined {
  const credit = leadCredit(lines, headline)?.value;
  return credit && credit !== name && credit.split(/[\s、，,]+/).includes(name) ? credit : undefined;
}

/** A Hong Kong paper's news tag, then its reporters and a colon, opening the lead ("【大公報訊】記者黃慧儀報道："); a mainland paper's, spaced ("本报讯　记者孙一鸣报道　连日来…"). */
const NEWS_TAG_CREDIT = /^[【[][^】\]]{2,14}[訊讯][】\]]\s*((?:记者|記者)[^：:。]{2,30}?)(?:報道|報導|报道|报导)?\s*[：:]|^(?:本报|本報|本刊|本网|本網)[訊讯]\s+((?:记者|記者)[^：:。，,]{2,30}?)(?:報道|報導|报道|报导)\s/;

/** A lead opening with its outlet's reporter and the place they filed from, spaced apart ("鉅亨網記者林宜萱　台北　受終端需求…"). */
const REPORTER_AND_PLACE = /^[\u3400-\u9fffA-Za-z]{0,12}(?:记者|記者)([\u3400-\u9fff]{2,4}(?:[、，,][\u3400-\u9fff]{2,4}){0,3})\s+[\u3400-\u9fff]{2,4}\s+(?=[\u3400-\u9fff])/;

/** A lead opening with its outlet, the writer and the day, spaced apart ("乐居财经 王一凡 3月25日，…"). */
const OUTLET_WRITER_DAY = /^[\p{Script=Han}A-Za-z]{0,8}(?:财经|財經|新闻|新聞|网|網|报|報|社|客户端|客戶端|频道|頻道)\s+([\u3400-\u9fff]{2,4}(?:[、，,][\u3400-\u9fff]{2,4}){0,3})\s+\d{1,2}月\d{1,2}日[，,]/u;

/** A Taiwanese paper's credit on a line of its own, no role named: the outlet, a slash, the names and their report ("壹蘋新聞網／張家豪報導", "民視新聞／陳柏翰、林宜蓁 台中報導"). */
const OUTLET_REPORT = /^[〔(（]?[\u3400-\u9fffA-Za-z\d]{2,12}\s*[/／]\s*([\u3400-\u9fff·、，, ]{2,24}?)(?:即時|即时|綜合|综合)?(?:報導|報道|报道|报导)[〕)）]?$/;

/** The same credit in brackets opening the lead ("（民視新聞／張家瑋 台北報導）中職今（30）日…"). */
const OUTLET_REPORT_OPENING = /^[〔(（][\u3400-\u9fffA-Za-z\d]{2,12}\s*[/／]\s*([\u3400-\u9fff·、，, ]{2,24}?)(?:即時|即时|綜合|综合)?(?:報導|報道|报道|报导)[〕)）]/;

/** The writers on a line of their own, spaced, and where they filed from (量子位's "沈岚 明敏 发自 凹非寺"). */
const DISPATCH_CREDIT = /^((?:[\u3400-\u9fff]{2,4}\s+){0,3}[\u3400-\u9fff]{2,4})\s+(?:发自|發自)\s*[\u3400-\u9fff]{2,12}$/;

/** A Japanese paper's dateline opening the lead: the place and the reporter in lenticular brackets ("【ニューヨーク=伊藤雄大】"). */
const PLACE_AND_WRITER = /^【[^=＝】]{1,12}[=＝]([^】]{2,30})】/;

/** "新华社北京3月5日电", "中新经纬3月5日电", then a bracket: the lead of a news agency's copy. */
const AGENCY_DATELINE = /^[^。！？（(]{0,30}?\d{1,2}日[电電]\s*[（(]\s*([^）)]{2,20}?)\s*[）)]/;
/** The place and day a bracketed credit ends with, glued to the name ("王小明台北5日電"). */
const PLACE_DAY = /(\p{Script=Han}+)(?:\d{1,2}月)?\d{1,2}日[电電]$/u;

/**
 * The names of a credit ending with its place and day ("王小明台北5日電"): the place is 2 to 4
 * characters, the name most often 3, then 2, then 4.
 */
function withoutDatelinePlace(credit: string | undefined): string | undefined {
  const m = credit && PLACE_DAY.exec(credit);
  if (!m) return credit;
  const glued = m[1]!;
  const before = credit!.slice(0, m.index);
  for (const length of [3, 2, 4]) {
    const place = glued.length - length;
    if (place >= 2 && place <= 4 && isNameToken(glued.slice(0, length))) return before + glued.slice(0, length);
  }
  return undefined;
}

/**
 * "（袁源）" alone on a line: the closing credit of Chinese news copy (in English a line in brackets
 * is a note: "(opens in new tab)"); Japanese papers' at the end of the last paragraph ("…と話した。【浅川大樹、成田有佳】"),
 * the desk before the name ("（科学部　松本彩花）").
 */
function closingCredit(lines: TextLine[], reportersOnly = false): Found<string> | undefined {
  // Not a data table's cell ("（间隙锁）" under a lock's name): a value of the table's.
  for (const line of lines.filter((candidate) => !inCaption(candidate.el) && !inValueCell(candidate.el))) {
    const m = /^[(（]\s*([^()（）]{2,20}?)\s*[)）]$/.exec(line.text) ?? /[。」][【（(]\s*([^【】()（）]{2,30}?)\s*[】）)]$/.exec(line.text);
    // A newsroom's role before the name ("（诗华日报记者：张文杰）", "（朝日新闻记者 福地慶太郎）"): the name after it.
    // A photo's credit ("（記者彭清仁攝）") is no writer's.
    const credit = m && HAS_CJK.test(m[1]!) && !PHOTOGRAPHED.test(m[1]!.trim()) ? m[1]!.replace(OTHER_CREDITS_AFTER, '').replace(WRITER_OPENING, '') : undefined;
    const names = credit && (HAS_NEWSROOM_ROLE.test(credit) ? newsroomNames(credit) : reportersOnly ? undefined : credit.replace(DESK_BEFORE, ''));
    if (names && isNameList(names)) return { value: joinSpacedName(names), from: 'closing credit' };
  }
  return reportersOnly ? undefined : signature(lines);
}

/** An office's or a school's name: a department, a school, a bureau, a centre. */
const OFFICE_NAME = /(?:学院|學院|大学|大學|中心|办公室|辦公室|委员会|委員會|宣传部|宣傳部|部|处|處|局|厅|廳|研究院|研究所|协会|協會)$/;

/** The credits after the writer's in a closing credit ("（通讯员：刘佳琪 审核：李明）"): a reviewer's, an editor's, a photographer's. */
const OTHER_CREDITS_AFTER = /\s+(?:审核|審核|编辑|編輯|责编|責編|责任编辑|責任編輯|校对|校對|摄影|攝影|图片|圖片|图|圖)\s*[:：/／].*$/;
/** The writer's own label opening a closing credit ("（文/林静 图/张华）"). */
const WRITER_OPENING = /^(?:文|文字|撰文|撰稿|撰稿人|作者)\s*[:：/／]\s*/;

/**
 * A writer's signature closing a post in a paragraph of its own ("— Claire Whitcombe", a Tumblr's), or its credit
 * ("Story by Alexandra Sivtsova", Meduza's closing line): after prose, never a quotation's.
 */
const SIGNATURE = /^(?:[—–]\s*|(?:[Ss]tory|[Tt]ext|[Ww]ords|[Ww]ritten|[Rr]eporting) by\s+)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u;
const MIN_PROSE_BEFORE = 3;

function signature(lines: TextLine[]): Found<string> | undefined {
  let prose = 0;
  for (const line of lines) {
    // The paragraph's, or its emphasis' that holds it whole (Meduza's <p><em>Story by …</em></p>).
    const ownLine = line.el.name === 'p' || (line.el.parent as Element | null)?.name === 'p';
    const name = ownLine && prose >= MIN_PROSE_BEFORE ? SIGNATURE.exec(line.text)?.[1] : undefined;
    if (name && isPersonName(name) && !insideQuote(line.el)) return { value: name, from: 'signature closing the post' };
    const names = prose >= MIN_PROSE_BEFORE ? rightSignature(line) : undefined;
    if (names) return { value: names, from: 'signature set right under the post' };
    if (line.el.name === 'p' && line.text.length >= 80) prose++;
  }
  return undefined;
}

const RIGHT_ALIGNED = /text-align\s*:\s*right/i;

/** The writers' names alone in bold, in a paragraph set right (VnExpress' "<p style="text-align:right"><strong>Nguyễn Đông - Hoài Thu</strong>"). */
function rightSignature(line: TextLine): string | undefined {
  const bold = line.el.name === 'strong' || line.el.name === 'b';
  const p = bold ? (line.el.parent as Element | null) : null;
  if (!p || p.name !== 'p' || !(RIGHT_ALIGNED.test(p.attribs.style ?? '') || p.attribs.align === 'right') || lineText(p) !== line.text) return undefined;
  const names = line.text.split(/\s+[-–]\s+|\s*,\s*/);
  return names.every((name) => isPersonName(name)) ? names.join(', ') : undefined;
}

function insideQuote(el: Element): boolean {
  for (let up: Element | null = el; up; up = up.parent as Element | null) if (up.type === 'tag' && (up.name === 'blockquote' || up.name === 'figure' || up.name === 'q')) return true;
  return false;
}

/**
 * In a cell beside others in its row, holding little text: a table's value. An old page's layout cell (the whole story
 * in one <td>, its credit at the end) is no value.
 */
function inValueCell(el: Element): boolean {
  for (let up: Element | null = el; up && up.type === 'tag'; up = up.parent as Element | null) {
    if (up.name !== 'td' && up.name !== 'th') continue;
    const row = up.parent as Element | null;
    const cells = row?.children.filter((child) => child.type === 'tag' && (child.name === 'td' || child.name === 'th')).length ?? 0;
    return cells >= 2 && lineText(up).length <= MAX_VALUE_CELL;
  }
  return false;
}

const MAX_VALUE_CELL = 60;

/** A paper's desk before its reporter's name ("科学部　松本彩花", "経済部 山田太郎"). */
const DESK_BEFORE = /^[\u3400-\u9fff]{1,6}(?:部|局|課|班|支局|総局|組|组|處|处)\s+(?=\S)/;

const SOURCE_END = /\s|[|｜,，;；。)）\]】【]|责任编辑|責任編輯|編輯|编辑|作者|记者|記者|时间|時間|日期|发布|發布|点击|阅读|閱讀|浏览|评论|評論|字号|字体|分享|微信|微博/;

/** The source a 来源 line credits ("来源: 北青网-北京青年报"): a paper or an outlet, not a person's name. */
function sourceCredit(lines: TextLine[], header: TextLine[]): Found<string> | undefined {
  for (const label of SOURCE_LABELS) {
    const pattern = new RegExp(`(?:^|[\\s(（\\[【|｜·•,，。])${escapeRegExp(label)}\\s*[:：]\\s*`, 'g');
    // The headline's dateline may write 来自 without a colon ("2024-03-05 12:08 来自新京报").
    const bare = label === '来自' ? new RegExp(`(?:^|[\\s|｜·•])来自\\s*(?=\\S)`, 'g') : undefined;
    for (const line of lines) {
      if (!line.text.includes(label)) continue;
      const found = bare && header.includes(line) && findDate(line.text) ? bare : pattern;
      for (let m = found.exec(line.text); m; m = found.exec(line.text)) {
        const rest = line.text.slice(m.index + m[0].length).replace(/^[[【(（\s]+/, '');
        const end = SOURCE_END.exec(rest);
        const value = (end ? rest.slice(0, end.index) : rest).trim();
        if (value.length >= 2 && value.length <= 30 && /\p{L}/u.test(value) && !notAName(value) && !NOT_NAMES.has(value)) return { value, from: `text "${label}"`, outlet: true };
      }
    }
  }
  return undefined;
}

/**
 * A writer's label anywhere (the header first) beats a name's position; then who compiled
 * the post (编辑：), then the source a 来源 line credits; a closing "（名字）" last. The first
 * find that `accept` takes (cleaned, a name) is the byline.
 */
export function authorFromText(
  $: CheerioAPI,
  lines: TextLine[],
  headline: number,
  title: string | undefined,
  domain: string | undefined,
  accept: (found: Found<string>) => Found<string> | undefined,
  ownSite: (name: string) => boolean = () => false,
): Found<string> | undefined {
  const header = headerLines(lines, headline).slice(0, HEADER_LINES_AFTER);
  // An office a writer's label names ("作者：宣传部", a university's news) gives way to the person its closing credit names ("（文/林静 图/张华）").
  const labelledWriter = () => {
    const found = firstLabelled(WRITER_LABELS, header, lines);
    return found && OFFICE_NAME.test(found.value) ? closingCredit(lines) ?? found : found;
  };
  const sources = [
    labelledWriter,
    () => labelAbove(lines),
    () => latinLabelled(lines, headline, true),
    () => nameUnderHeadline(lines, headline, title),
    () => authorBox(lines),
    () => postedByFooter(lines),
    () => profileLinkUnderHeadline($, lines, headline, title, domain),
    // An outlet before the date ("新华社 2024-03-05 11:02") gives way to the reporters a lead's credit names.
    () => {
      const dateline = nameInDateline(header);
      return dateline && OUTLET_NAME.test(dateline.value) ? leadCredit(lines, headline) ?? dateline : dateline;
    },
    () => bracketAfterDate(header),
    () => leadCredit(lines, headline),
    // A credit of the reporters on a line of their own ("记者 王阳 周明" opening the story, "（记者 孙梦瑶）" closing it).
    () => reporterLine(lines),
    () => creditAround([...header, ...lines]),
    // A closing credit naming the reporters or correspondents ("…新高。（通讯员 胡晓燕）") before who compiled the post.
    () => closingCredit(lines, true),
    () => firstLabelled(COMPILER_LABELS, header, lines),
    // A source that is an office or a school ("来源：机械科学与工程学院") gives way to the person a closing credit names ("（通讯员：刘佳琪 审核：李明）").
    () => {
      const source = sourceCredit([...header, ...lines], header);
      return source && OFFICE_NAME.test(source.value) ? closingCredit(lines) ?? source : source;
    },
    () => closingCredit(lines),
  ];
  // A source whose find is no name (a login form's "User Name" under the headline) gives way to the next.
  for (const source of sources) {
    const found = source();
    const accepted = found && accept(found);
    if (!accepted) continue;
    // An outlet (one under the headline, a 来源 line's naming the site itself) gives way to the reporters a credit of the copy
    // names. One a writer's label names (作者：新京报), or a 来源 line naming another outlet (a reprint's), is the author.
    const outlet = found.outlet ? ownSite(accepted.value) : source !== labelledWriter && OUTLET_NAME.test(accepted.value);
    const reporters = outlet ? leadCredit(lines, headline) ?? reporterLine(lines) : undefined;
    return (reporters && accept(reporters)) ?? accepted;
  }
  return undefined;
}

const inLink = (el: Element): boolean => isWithin(el, (up) => up.name === 'a');

/** A line of its own that is a reporter's credit, bracketed or not, up to its closing bracket; maybe after the mark a paper sets before it ("◎记者 许子皓", 上海证券报's). */
const REPORTER_LINE = /^[（(◎⊙●○■□◆◇★☆]?\s*([^（）()]{0,12}?(?:记者|記者)[^（）()]{2,40}?)\s*[)）]?$/;
/** Credits after the reporters', maybe after a list's comma: the photographer's, the editor's, "文/图" ("記者 林怡萱、攝影 陳俊傑"). */
const OTHER_CREDITS = /(?:\s+|[、，,]\s*)(?:摄影|攝影|图片|圖片|编辑|編輯)\s*[:：]?\s*\S.*$|\s*(?:文\s*[/／]\s*图|文\s*[/／]\s*圖|图\s*[/／]\s*文)$/;
const PHOTOGRAPHED = /(?:摄|攝|摄影|攝影)$/;
/** What may stand before the role: a newsroom's name and a rank ("本报", "津云新闻", "新华社", "实习"), not a column's ("第A04版：小"). */
const NEWSROOM_BEFORE = /^\s*(?:[\p{Script=Han}A-Za-z]{0,10}(?:本报|本報|本刊|社|报|報|台|网|網|新闻|新聞|客户端|客戶端)\s*)?(?:特约|特約|实习|實習|见习|見習|首席)?$/u;
const MAX_REPORTER_LINE = 50;

/**
 * A credit of the newsroom's reporters on a line of its own, bracketed or not, other credits after it
 * ("（津云新闻记者 王音 摄影 张磊）", "记者 张华 通讯员 赵丽 文/图"): the reporters. Never a photo's credit ("记者 刘钊 摄").
 */
function reporterLine(lines: TextLine[]): Found<string> | undefined {
  for (const line of lines) {
    // Not a link's words: a forum's board (记者江湖) in its menu.
    if (line.text.length > MAX_REPORTER_LINE || inCaption(line.el) || inLink(line.el)) continue;
    const credit = REPORTER_LINE.exec(line.text)?.[1]?.replace(OTHER_CREDITS, '');
    const names = credit && !PHOTOGRAPHED.test(credit) && NEWSROOM_BEFORE.test(credit.split(/记者|記者/)[0]!) ? newsroomNames(credit) : undefined;
    if (names && isNameList(names)) return { value: joinSpacedName(names), from: 'reporters credited on a line of their own' };
  }
  return undefined;
}

const MAX_BYLINE_LINE = 200;

/**
 * The byline beside the headline that lists `name` with co-authors ("Rui Ma, Heba Ledwon &
 * Suparn Patra"): a page's metadata often names the first author only. Undefined when no line
 * there lists more names after it.
 */
export function coAuthors(lines: TextLine[], headline: number, name: string): string | undefined {
  const header = headerLines(lines, headline);
  for (const [i, line] of header.entries()) {
    const at = line.text.length <= MAX_BYLINE_LINE ? line.text.indexOf(name) : -1;
    if (at < 0) continue;
    let names = leadingPeople(line.text.slice(at));
    // The next names in lines of their own, each after "and" (HBR's list: "by Lena Hofmann", "and Rafael Ortiz").
    for (const next of header.slice(i + 1)) {
      const added = AND_OPENING.exec(next.text) && leadingPeople(next.text.replace(AND_OPENING, ''));
      if (!added?.length) break;
      names.push(...added);
    }
    const label = LATIN_LABEL.exec(line.text.slice(0, at))?.[0];
    if (label && names.length) names = withRelabelled(header.slice(i + 1), label, names);
    if (names.length >= 2 && placeAfterLinkedNames(line, names)) names.pop();
    if (names.length >= 2) return names.join(', ');
  }
  return undefined;
}

/**
 * A byline linking its writers to their pages, then a comma and words that link nowhere ("By <a>Alok KN Mishra</a>, New Delhi"):
 * the place the story was filed from, no co-author.
 */
function placeAfterLinkedNames(line: TextLine, names: string[]): boolean {
  const linked = new Set(selectBelow([line.el], 'a').map((a) => cleanText(rawText(a))));
  const last = names.at(-1)!;
  return names.slice(0, -1).every((name) => linked.has(name)) && !linked.has(last) && new RegExp(`,\\s*${escapeRegExp(last)}\\s*$`).test(line.text.slice(0, line.text.indexOf(last) + last.length));
}

/**
 * Each writer in a byline of their own, the label again ("By — Ann Lee, Associated Press" / "By — Bo Chen, Associated
 * Press", PBS'): every writer, and the outlet all of them name after theirs no writer.
 */
function withRelabelled(after: TextLine[], label: string, names: string[]): string[] {
  const groups = [names];
  for (const next of after) {
    if (!next.text.startsWith(label)) break;
    const people = leadingPeople(next.text.slice(label.length));
    if (!people.length) break;
    groups.push(people);
  }
  if (groups.length < 2) return names;
  const outlet = groups[0]!.at(-1)!;
  const shared = groups.every((group) => group.length >= 2 && group.at(-1) === outlet);
  // A byline repeated for another layout (Webflow's hidden copy) names no one more.
  return [...new Set(groups.flatMap((group) => (shared ? group.slice(0, -1) : group)))];
}

const AND_OPENING = /^\s*(?:and|&)\s+/i;
/** A writer's outlet between two names of a joint byline ("Alicia Smithers, ProPublica, with Brian Jonas"). */
const OUTLET_BEFORE_WITH = /,\s*([^,]{1,40}),\s*with\s+/gi;

/** The people a byline's text names first, up to a date or to a part that is no person's name. */
function leadingPeople(text: string): string[] {
  const date = findDate(text);
  const shown = (date ? text.slice(0, date.index) : text).replace(OUTLET_BEFORE_WITH, (whole, outlet: string) => (isPersonName(outlet.trim()) ? whole : ', '));
  const names: string[] = [];
  for (const part of shown.split(NAME_SEPARATOR)) {
    const candidate = part.trim().replace(/^with\s+/i, '');
    if (!isPersonName(candidate)) break;
    names.push(candidate);
  }
  return names;
}

/**
 * A wire story's closing credit: "(Reporting by Helena Strand in Washington; Editing by Mark Porter)"; or its reporter's
 * label, before the editor's ("Pewarta: Rizal Fahmi / Editor: Bayu Prasetyo", Antara's; "Reporter: …").
 */
const REPORTING_CREDIT = /^\(?\s*(reporting by(?=\s)|(?:reporter|pewarta|wartawan|repórter|muhabir)\s*:)\s*([^;()]+?)\s*(?:;|\)|$|(?=\s(?:editor|editing by|editado por|redaktur|copyright|©)))/i;
/** Where the reporters filed from, after their names ("… in Washington", "… in London and Paris"). */
const FILED_IN = /\s+in\s+\p{Lu}[\p{L} .'-]*(?:\s+and\s+\p{Lu}[\p{L} .'-]*)?$/u;
/** The city each reporter filed from, before the next name or the end ("… in Hong Kong and …"). */
const FILED_EACH_IN = /\s+in\s+\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}(?=\s+and\s|\s*[,&]\s|\s*$)/gu;

/**
 * The reporters a wire story's closing credit names, the editors after them left out (Reuters'
 * "Reporting by … ; Editing by …"): the people behind a story its byline credits to the agency.
 */
export function reportingCredit(lines: TextLine[]): Found<string> | undefined {
  for (const line of lines) {
    const m = REPORTING_CREDIT.exec(line.text.trim());
    if (!m) continue;
    // Each reporter with their own city ("A in Singapore and B in Frankfurt"), or all of them from one or two ("… in London and Paris").
    const each = m[2]!.replace(FILED_EACH_IN, '').split(NAME_SEPARATOR).map((name) => name.trim());
    const names = each.every(isPersonName) ? each : m[2]!.replace(FILED_IN, '').split(NAME_SEPARATOR).map((name) => name.replace(FILED_IN, '').trim());
    if (names.length && names.every(isPersonName)) return { value: names.join(', '), from: `the closing credit "${m[1]}"` };
  }
  return undefined;
}

/** A line that is a byline and nothing more ("By Priya Raman and Alex Ortiz"). */
const BY_LINE = /^by\s+(\S.{2,100})$/i;
/** How far below the headline a byline line may open the text (past a platform's header of small lines). */
const BY_LINE_REACH = 15;

/**
 * The writers a line of their own names under the headline, further down than a header's lines reach
 * (the first paragraph of a post an organisation's account published on Medium).
 */
export function bylineLine(lines: TextLine[], headline: number): Found<string> | undefined {
  if (headline < 0) return undefined;
  for (let i = headline + 1; i < Math.min(lines.length, headline + 1 + BY_LINE_REACH); i++) {
    const m = BY_LINE.exec(lines[i]!.text.trim());
    const names = m?.[1]!.split(NAME_SEPARATOR).map((name) => name.trim());
    if (names?.length && names.every(isPersonName)) return { value: names.join(', '), from: `the line "${lines[i]!.text.trim()}" under the headline` };
  }
  return undefined;
}
