// A date written in the page's text, when no structured source gives one: a labelled date
// ("发布时间：2021-10-29 08:30") or a bare one beside the headline, then a labelled date
// anywhere outside comment sections, then a periodical's issue credit.
import { isTag, type Element } from 'domhandler';
import type { Found } from './found.js';
import { DATE_LABELS, GLUED_MONTH, HEADER_LINES_AFTER, HEADER_LINES_BEFORE, inComments, ISSUE_CREDIT, isUpdateDate, POSTED_BY_FOOTER } from './constants.js';
import { findDate, fromParts, partsOffset, type DateParts } from './parse-date.js';
import { relativeDate, relativeIndex, yearlessDate } from './relative-date.js';
import { lineText, type TextLine } from './text-lines.js';
import { escapeRegExp } from '../../escape-regexp.js';
import { contains, firstShownChild, isWithin, withinCode } from '../../clean/tree.js';

/** How the page writes dates: the zone of its wall-clock times, and whether "05/03/2024" is the 5th of March. */
export interface DateReading {
  timeZone?: string;
  dayFirst?: boolean;
  /** When the page was retrieved: what dates written relative to it ("3小时前", "昨天 10:30") count from. */
  retrievedAt?: Date;
  /** The year the page shows it was served in (its address's, its copyright's): a year-less date's when the retrieval is not known. Read only when such a date is found. */
  servedYear?: () => number | undefined;
}

/** The date written by `parts`, found at `from`; a day without a time is marked as such. */
function partsFound(parts: DateParts, from: string, { timeZone, dayFirst }: DateReading = {}): Found<Date> | undefined {
  const value = fromParts(dayFirst && parts.orderUnknown ? { ...parts, month: parts.day, day: parts.month } : parts, timeZone);
  const zone = partsOffset(parts) ?? (parts.hour !== undefined ? timeZone : undefined);
  return value && { value, from, ...(parts.hour === undefined && { dateOnly: true as const }), ...(zone && { zone }) };
}

/** A date shown to readers (a <time>'s text): read in the page's zone and order of day and month. */
export function shownDate(text: string, from: string, reading: DateReading): Found<Date> | undefined {
  const found = findDate(text);
  return found && partsFound(found.parts, from, reading);
}

/** How far before a label a profile's label ending in it may start ("建立" of "建立时间"). */
const PROFILE_LABEL_BEFORE = 4;

/** The date right after `label` ("发布时间：…", "Posted on …") or right before it ("…更新"). */
function labelledDate(text: string, label: string): DateParts | undefined {
  const after = new RegExp(`${escapeRegExp(label)}\\s*[:：@]?\\s*`, 'gi');
  for (let m = after.exec(text); m; m = after.exec(text)) {
    // A deadline's label ending in the one looked for ("截止日期：" of "日期"): a day still to come.
    if (COMING_BEFORE.test(text.slice(0, m.index + m[0].length))) continue;
    // Nor the label of a profile's day ends in it ("建立时间：" of "时间", the day a blog was opened).
    if (PROFILE_DATE_LABEL.test(text.slice(Math.max(0, m.index - PROFILE_LABEL_BEFORE), m.index + m[0].length))) continue;
    const rest = text.slice(m.index + m[0].length);
    const found = findDate(rest);
    if (found && found.index === 0) return found.parts;
  }
  const found = findDate(text);
  if (found && text.slice(found.end).trimStart().startsWith(label)) return found.parts;
  return undefined;
}

/** `updates`: labels of an update's date too (更新于), else the publication's only. */
function firstLabelled(lines: TextLine[], reading?: DateReading, updates = true): Found<Date> | undefined {
  // "Originally published March 5": English labels in any case.
  const lowered = lines.map((line) => line.text.toLowerCase());
  for (const label of DATE_LABELS) {
    if (!updates && OTHER_DATE_LABEL.test(label)) continue;
    const lowerLabel = label.toLowerCase();
    for (const [i, line] of lines.entries()) {
      if (!lowered[i]!.includes(lowerLabel) || ISSUE_LINE.test(line.text)) continue;
      const parts = labelledDate(line.text, label);
      const found = parts && partsFound(parts, `text "${label}"`, reading);
      if (found) return found;
    }
  }
  return undefined;
}

/** A date standing on its own, not glued to words before it ("截止2006年8月10日" is not a dateline). */
const standsAlone = (text: string, index: number) => index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1]!);

/** A weekly's issue line ("《财新周刊》 2024年第10期 出版日期 2024年03月11日"): the issue's day, not the article's. */
const ISSUE_LINE = /《[^》]{1,30}》\s*\d{4}\s*年\s*第\s*\d{1,3}\s*期/;

/** A magazine's issue named by its date ("週刊文春 2024年3月7日号"): the issue's day, not the article's. */
const ISSUE_AFTER = /^\s*[号號]/;

/** Longer lines are prose: a date in running text ("… since October 30, 2025 …") is not the article's. */
const DATELINE_LENGTH = 80;

/** A member's profile beside a forum post: the date they joined or were last seen is not the post's; nor the day a blog was opened (建立时间) its sidebar shows. */
const PROFILE_DATE_LABEL = /\b(?:joined|member since|registered|last (?:seen|active|visit|login))\b|注册|註冊|加入|入站|最后登录|最後登入|建立时间|建立時間|开通时间|開通時間/i;

/** The words around a date: the rest of its line, or the line before when the date stands alone (a <dt> "Joined" over its <dd>). */
function dateLabel(lines: TextLine[], i: number, found: { index: number; end: number }, text = lines[i]!.text): string {
  const rest = (text.slice(0, found.index) + text.slice(found.end)).trim();
  return rest || (lines[i - 1]?.text.length ?? Infinity) > DATELINE_REST ? rest : lines[i - 1]!.text;
}

/** A writer's card that shows on hovering the byline (dev.to's profile-preview-card, GitHub's hovercard): its dates are the writer's. */
const PROFILE_CARD = /profile-?(?:preview|card)|author-?(?:preview|card)|user-?(?:card|preview)|hovercard/i;
export function inProfileCard(el: Element | undefined): boolean {
  for (let up: Element | null | undefined = el; up && up.type === 'tag'; up = up.parent as Element | null) if (PROFILE_CARD.test(up.attribs.class ?? '')) return true;
  return false;
}

/** Labels of dates that are not the publication's: an update, a book's or a product's release, the day a document was written or takes effect (成文日期, 施行日期). */
const OTHER_DATE_LABEL = /updated|last update|modified|edited|reviewed|released|release date|成文日期|印发日期|印發日期|生效日期|施行日期|实施日期|實施日期|mis à jour|mise à jour|aktualisiert|actualizado|atualizado|aggiornato|bijgewerkt|zaktualizowano|обновлено|güncelleme|更新|업데이트|수정/i;

/** The first date standing on a short line; with `updates`, also one labelled as the update's. */
function firstBare(lines: TextLine[], reading?: DateReading, updates = false): Found<Date> | undefined {
  for (const [i, line] of lines.entries()) {
    const text = line.text.replace(GLUED_MONTH, '$1 ');
    const found = text.length <= DATELINE_LENGTH ? findDate(text) : undefined;
    const label = found && dateLabel(lines, i, found, text);
    const before = found && text.slice(0, found.index);
    const date = found && standsAlone(text, found.index) && !ISSUE_AFTER.test(text.slice(found.end)) && !PROFILE_DATE_LABEL.test(label!) && !COMING_BEFORE.test(before!) && (updates || !UPDATE_BEFORE.test(before!)) ? partsFound(found.parts, 'text beside the headline', reading) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** A label saying the date after it is still to come: a review's, an offer's or an application's ("Next review due: 14 March 2026", "Expires", "截止日期"). */
const COMING_BEFORE = /(?:\b(?:due|expires?|expiry|expiration|valid (?:until|through|till)|deadline|closing date|apply by|ends)|截止(?:日期|时间|時間)?|有效期至)\s*(?:on|date)?\s*[:：]?\s*$/i;

/** An update's label right before a date ("Mis à jour le 12 mars 2024", "Updated: …"). */
const UPDATE_BEFORE = new RegExp(`(?:${OTHER_DATE_LABEL.source})\\s*(?:on|le|am|el|em|il|op|:)?\\s*[:：]?\\s*$`, 'i');

function issueCredit(lines: TextLine[]): Found<Date> | undefined {
  for (const line of lines) {
    const m = ISSUE_CREDIT.exec(line.text);
    const date = m ? partsFound({ year: Number(m[1]), month: Number(m[2]), day: 1 }, 'issue credit') : undefined;
    if (date) return date;
  }
  return undefined;
}

/** The lines after the headline, then the few before it (forums put the date above the title). */
export function headerLines(lines: TextLine[], headline: number): TextLine[] {
  return headerIndices(lines, headline).map((i) => lines[i]!);
}

/** The indices of headerLines(): after the headline, then before it and the headline itself. */
export function headerIndices(lines: TextLine[], headline: number): number[] {
  if (headline < 0) return [];
  // Asked for by every reader of the header (dates, bylines): found once per page's lines and headline.
  const known = headerCache.get(lines)?.get(headline);
  if (known) return known;
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  const indices = [...range(headline + 1, headerEnd(lines, headline)), ...range(aboveStart(lines, headline), headline + 1)];
  // A code listing's dates and names are the program's ("find … -newermt '2025-01-01'").
  // Nor the site's banner apart from the headline: its date is today's (a paper's masthead "Thursday, February 13, 2025").
  const headlineEl = lines[headline]!.el;
  const found = indices.filter((i) => !inCaption(lines[i]!.el) && !inComments(lines[i]!.el) && !withinCode(lines[i]!.el) && !inBannerApart(lines[i]!.el, headlineEl) && !inDateLinks(lines, i));
  if (!headerCache.has(lines)) headerCache.set(lines, new Map());
  headerCache.get(lines)!.set(headline, found);
  return found;
}

/** A line that is only a date, linked (an archive's "2008年5月7日" in a column of days). */
const isDateLink = (line: TextLine | undefined): boolean => {
  const found = line && line.el.name === 'a' ? findDate(line.text) : undefined;
  return !!found && found.index === 0 && !line!.text.slice(found.end).trim();
};

/** One of a column of linked dates, each a line of its own: an archive's days, none the article's. */
const inDateLinks = (lines: TextLine[], i: number): boolean => isDateLink(lines[i]) && (isDateLink(lines[i - 1]) || isDateLink(lines[i + 1]));

const headerCache = new WeakMap<TextLine[], Map<number, number[]>>();

const MASTHEAD = /(?:^|\s)masthead/i;

/** Inside the page's banner (role="banner", a box named masthead) that does not hold the headline. */
function inBannerApart(el: Element, headline: Element): boolean {
  for (let up = el.parent as Element | null; up && up.type === 'tag'; up = up.parent as Element | null) {
    if ((up.attribs.role === 'banner' || MASTHEAD.test(up.attribs.class ?? '')) && !contains(up, headline)) return true;
  }
  return false;
}

/** A sentence of Chinese or Japanese prose: the article has begun. */
const HAN_SENTENCE = /[\u3400-\u9fff][^。！？]{20,}[。！？]["”』」）)]?$/;

/**
 * Where the header after the headline ends: HEADER_LINES_AFTER lines on, or at the second sentence of
 * Chinese prose, the body well begun (a notice's closing date, "2024年1月12日", is no dateline).
 */
function headerEnd(lines: TextLine[], headline: number): number {
  let end = Math.min(lines.length, headline + 1 + HEADER_LINES_AFTER);
  // A photo's caption and a share bar's buttons under the headline are lines of no header's own ("Share", "Facebook", "Twitter"…).
  for (let i = headline + 1; i < end && end < lines.length; i++) if (inCaption(lines[i]!.el) || SHARE_TOOL.test(lines[i]!.text)) end++;
  let sentences = 0;
  for (let i = headline + 1; i < end; i++) if (HAN_SENTENCE.test(lines[i]!.text) && ++sentences === 2) return i;
  return end;
}

/** A share bar's button, each a line of its own. */
const SHARE_TOOL = /^(?:share(?: this(?: article| story)?)?|tweet|facebook|twitter|x|e-?mail|linkedin|whatsapp|pinterest|reddit|print|copy link|分享|分享到|微信|微博)$/i;

/** How many more lines of one list or box above the headline are read with it. */
const MORE_ABOVE = 3;

/**
 * The first line above the headline read with it: HEADER_LINES_BEFORE lines back, and further
 * while the lines are siblings of that one (the items of one info list over the headline:
 * "<li>2024-03-12 16:47</li><li>来源：…</li><li>字号</li>").
 */
function aboveStart(lines: TextLine[], headline: number): number {
  let start = Math.max(0, headline - HEADER_LINES_BEFORE);
  const parent = lines[start]?.el.parent;
  let more = 0;
  for (; more < MORE_ABOVE && start > 0 && parent && lines[start - 1]!.el.parent === parent && lines[start - 1]!.el !== parent; more++) start--;
  // Or while they are in the headline's own header box (Xinhua's div.header: date, source, tools, then the <h1>).
  const box = headerBox(lines, headline);
  for (; more < MORE_ABOVE && start > 0 && box && contains(box, lines[start - 1]!.el); more++) start--;
  return start;
}

/** The largest box around the headline that holds none of the lines after it: the page's header, when the body is outside it. */
function headerBox(lines: TextLine[], headline: number): Element | undefined {
  const next = lines[headline + 1]?.el;
  if (!next) return undefined;
  let box: Element | undefined;
  for (let up = lines[headline]!.el.parent as Element | null; up && up.type === 'tag' && !contains(up, next); up = up.parent as Element | null) box = up;
  return box;
}

/** A picture's caption: its date is the photo's ("＝2024年3月4日、佐藤由紀撮影"), its name the photographer's. */
export const inCaption = (el: Element): boolean => isWithin(el, (up) => up.name === 'figcaption');

/** True when a date is written just after the line `headline` (or, with `above`, just before it too). */
export function datedHeadline(lines: TextLine[], headline: number, above = false): boolean {
  const near = above ? headerLines(lines, headline) : lines.slice(headline + 1, headline + 1 + HEADER_LINES_AFTER);
  return !!(firstLabelled(near) ?? firstBare(near));
}

export function dateFromText(lines: TextLine[], headline: number, reading: DateReading): Found<Date> | undefined {
  const header = headerLines(lines, headline);
  // A bare date under the headline before a notice of the last update ("本文最后更新于…").
  return firstLabelled(header, reading, false) ?? firstBare(header, reading) ?? firstLabelled(lines.filter((line) => !withinCode(line.el)), reading) ?? postedByFooterDate(lines, reading) ?? issueCredit(lines) ?? firstRelative(header, reading) ?? firstBare(header, reading, true) ?? boldLeadDate(lines, headline, reading);
}

/** How many lines after the headline the lead may come, and how long the bold day opening it may be. */
const LEAD_LINES = 6;
const MAX_BOLD_DAY = 40;

/** A lead opening with its day in bold ("<p><strong>Thursday, 6 March 2025.</strong> Over 180 programs …", KDE's announcements). */
function boldLeadDate(lines: TextLine[], headline: number, reading: DateReading): Found<Date> | undefined {
  // A line is named for the element it opens with: the paragraph's, or its bold text's.
  const paragraph = (el: Element) => (el.name === 'p' ? el : el.parent && isTag(el.parent) && el.parent.name === 'p' ? el.parent : undefined);
  const lead = lines.slice(headline + 1, headline + 1 + LEAD_LINES).map((line) => paragraph(line.el)).find(Boolean);
  const first = lead && firstShownChild(lead);
  if (!first || !isTag(first) || (first.name !== 'strong' && first.name !== 'b')) return undefined;
  const bold = lineText(first);
  const found = bold.length <= MAX_BOLD_DAY ? findDate(bold) : undefined;
  return found && bold.slice(found.end).trim().replace(/^[.:—–-]$/, '') === '' ? partsFound(found.parts, 'the day in bold opening the lead', reading) : undefined;
}

/** The date of a classic blog's entry footer ("Posted by Jane Doe on March 5, 2024"). */
function postedByFooterDate(lines: TextLine[], reading: DateReading): Found<Date> | undefined {
  for (const { text, el } of lines) {
    const date = inComments(el) ? undefined : findDate(POSTED_BY_FOOTER.exec(text)?.[2] ?? '');
    if (date && date.index === 0) return partsFound(date.parts, 'text "Posted by … on" after the post', reading);
  }
  return undefined;
}

/**
 * A line at the head of the page (above the headline or just under it) showing the given day
 * with its time: the time of a day known from elsewhere (the page's address).
 */
export function timeOnDay(lines: TextLine[], headline: number, day: Date, reading: DateReading): Found<Date> | undefined {
  for (const line of lines.slice(0, Math.max(0, headline) + 1 + HEADER_LINES_AFTER)) {
    const parts = findDate(line.text)?.parts;
    if (parts?.hour !== undefined && parts.year === day.getUTCFullYear() && parts.month === day.getUTCMonth() + 1 && parts.day === day.getUTCDate()) {
      return partsFound(parts, "a time shown on the address's day", reading);
    }
  }
  return undefined;
}

/** A dateline beside the headline that counts from the retrieval ("3小时前", "昨天 10:30", "03-05 10:30"). */
function firstRelative(lines: TextLine[], { retrievedAt, timeZone, servedYear }: DateReading): Found<Date> | undefined {
  if (!retrievedAt && !servedYear) return undefined;
  // Without the retrieval, a year-less date is read in the year the page was served: the last moment of that year stands for its retrieval.
  let year: number | undefined;
  const readAt = () => retrievedAt ?? ((year ??= servedYear!()) !== undefined ? new Date(Date.UTC(year, 11, 31, 23, 59)) : undefined);
  const read = retrievedAt ? relativeDate : yearlessDate;
  for (const line of lines) {
    if (line.text.length > DATELINE_LENGTH || PROFILE_DATE_LABEL.test(line.text) || relativeIndex(line.text) < 0) continue;
    const at = readAt();
    const found = at && read(line.text, { retrievedAt: at, timeZone });
    if (found) return { ...found, from: retrievedAt ? `text counted from the retrieval (${retrievedAt.toISOString()})` : `text without its year, in the year the page was served (${year})` };
  }
  return undefined;
}

/** Besides its date, a dateline holds a label at most ("Published", "Posted on", "·"). */
const DATELINE_REST = 24;

/** The dot or bar between the parts of a header's meta line. */
const META_SEPARATOR = /\s*[·•]\s*|\s+[|｜]\s+/;

/** The date on a line of its own beside the headline: what readers are shown as the article's date. */
export function datelineDate(lines: TextLine[], headline: number, reading: DateReading): Found<Date> | undefined {
  const header = headerLines(lines, headline);
  for (const [i, line] of header.entries()) {
    // A line opening with the update's date (its element marked so) shows the update first.
    if (isUpdateDate(line.el) || inProfileCard(line.el)) continue;
    // The line whole, or the one part a dot or a bar sets apart that dates it, an update's aside ("By Amara Okeke · Published
    // 14 August 2023 · Updated …"; not "1 May, 2024 · first published 9 Mar, 2024": which is whose is not clear), its label
    // words alone (not a time the date reader leaves: "November 18, 2019 -- 19:14 GMT").
    const split = line.text.length <= DATELINE_LENGTH ? line.text.split(META_SEPARATOR) : [];
    const dated = split.length > 1 ? split.filter((part) => findDate(part) && !OTHER_DATE_LABEL.test(part)) : [];
    const parts = [line.text, ...(dated.length === 1 ? dated : [])];
    for (const [p, text] of parts.entries()) {
      const found = findDate(text);
      const rest = found && (text.slice(0, found.index) + text.slice(found.end)).trim();
      const label = found && (p === 0 ? dateLabel(header, i, found) : /\d/.test(rest!) ? undefined : rest);
      if (label === undefined) continue;
      if (found && !found.parts.shortYear && standsAlone(text, found.index) && !ISSUE_AFTER.test(text.slice(found.end)) && label!.length <= DATELINE_REST && !OTHER_DATE_LABEL.test(label!) && !PROFILE_DATE_LABEL.test(label!)) return partsFound(found.parts, 'the dateline beside the headline', reading);
    }
  }
  return undefined;
}
