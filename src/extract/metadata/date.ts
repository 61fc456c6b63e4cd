// The publication date: JSON-LD, metas, <time>, then dates written as text beside the
// headline; the modification date only when nothing says when the article came out.
import type { CheerioAPI } from 'cheerio';
import { cleanText } from '../dom.js';
import { isTag, type Element } from 'domhandler';
import { DATE_METAS, inComments, isUpdateDate, MODIFIED_METAS } from './constants.js';
import { firstFound, type Found } from './found.js';
import { firstMetaValue, type Metas } from './metas.js';
import { articleNodes, ldFirst, ldString, type JsonLdNode } from './json-ld.js';
import { findDate, foundDate, fromEpoch, fromParts, parseDate, statedOffset, zoneOffsetMinutes } from './parse-date.js';
import { dateFromText, datelineDate, inProfileCard, shownDate, timeOnDay, type DateReading } from './text-date.js';
import { showsAge } from './relative-date.js';
import { ruleTime, ruleValues, scriptDate, stateDate } from './rule-fields.js';
import type { SiteRule } from '../../site-rules/rule.js';
import type { TextLine } from './text-lines.js';
import { queryPage } from '../page-index.js';
import { contains, firstShownChild } from '../../clean/tree.js';
import { textUnits } from '../text-units.js';

/** The headline's line, and whether it shows the title (not a heading taken for want of one). */
export interface Headline {
  index: number;
  showsTitle: boolean;
}

const PUBLISHED_THEN_UPDATED = /^(.*\d.*?)[\s/|·–—-]*\bUpdated\b/i;
/** A <time>'s text is a date and a time or two: a longer one is not read for them (the pattern above backtracks). */
const MAX_TIME_TEXT = 200;

/** A label saying the time after it is an update's ("Last updated on ", "Updated: ", "更新于"), at the end of the text before it. */
const UPDATE_LABEL = /(?:\b(?:last\s+)?(?:updated|modified|edited)(?:\s+(?:on|at))?|\blast\s+update|更新(?:于|時間|时间)?|修改(?:于|时间)?)\s*[:：]?\s*$/i;

/**
 * A <time> that says when the article was updated by its wrapper's name (BuzzFeed's `span.buzz-timestamp__updated`)
 * or by the label before it in that wrapper.
 */
function labelledUpdate($: CheerioAPI, el: Element): boolean {
  const parent = el.parent;
  if (!parent || parent.type !== 'tag') return false;
  if (isUpdateDate(parent)) return true;
  let before = '';
  for (const sibling of parent.children) {
    if (sibling === el) break;
    before += $(sibling).text();
  }
  return UPDATE_LABEL.test(before.slice(-40));
}

/** <time>, and the custom elements GitHub's components write a time in (<relative-time datetime>). */
const TIME_ELEMENTS = 'time, relative-time, local-time, time-ago';

/** `reading` for the dates the text shows; `declaredZone` for the metadata's times without an offset. */
export function extractDate($: CheerioAPI, ld: JsonLdNode[], metas: Metas, lines: TextLine[], { index: headline, showsTitle }: Headline, url: string | undefined, reading: DateReading, declaredZone?: string): Found<Date> | undefined {
  const parsed = (text: string | undefined, from: string, readIn = declaredZone): Found<Date> | undefined => {
    const found = text === undefined ? undefined : foundDate(text, parseDate(text, readIn), from);
    const zone = statedOffset(text);
    return found && { ...found, ...(zone && { zone }) };
  };
  const fromText = (found: Found<string> | undefined) => found && parsed(found.value, found.from);
  // A <time>'s text is what readers are shown, and its datetime without an offset is the same
  // wall-clock time (HTML's "local date and time"): in the zone the page shows its times in.
  const fromTime = (found: Element[]) => {
    const dated = found.find((el) => el.attribs.datetime);
    // A <time> that shows the publication, then "Updated …", holds the update in its datetime (NBC's).
    const shown = dated ? cleanText($(dated).text()) : '';
    const published = shown.length <= MAX_TIME_TEXT ? PUBLISHED_THEN_UPDATED.exec(shown)?.[1] : undefined;
    const shownFirst = published ? shownDate(published, '<time> (the date it shows before "Updated")', reading) : undefined;
    return shownFirst ?? parsed(dated?.attribs.datetime, '<time datetime>', declaredZone ?? reading.timeZone) ?? (found[0] && shownDate(cleanText($(found[0]).text()), '<time>', reading));
  };
  // The article's <time>s first: not a comment's, not the one saying when it was updated.
  const allTimes = queryPage($, TIME_ELEMENTS).toArray();
  const times = allTimes.filter((el) => !inComments(el) && !inProfileCard(el));
  const articleTimes = times.filter((el) => !isUpdateDate(el) && !labelledUpdate($, el));
  const fromMeta = () => fromText(firstMetaValue(metas, DATE_METAS));
  const declared = firstFound(
    () => {
      // A JSON-LD day without its time (a review's "2024-03-12") gives way to a meta's time on that day.
      const fromLd = fromText(ldFirst(ld, 'datePublished', ldString));
      const timed = fromLd?.dateOnly ? fromMeta() : undefined;
      return timed && !timed.dateOnly && sameDate(timed.value, fromLd!.value) ? timed : fromLd;
    },
    fromMeta,
    () => fromTime(articleTimes),
    () => {
      const el = queryPage($, '[itemprop~="datePublished"]:not(meta), .published[title], .dt-published[title]').toArray().find((found) => !inComments(found));
      const declaredIn = el && (el.attribs.content ?? el.attribs.datetime ?? el.attribs.title);
      // Its text is what readers are shown, read as the page writes dates ("05/03/2024" day first on an en-AU page).
      return el && (declaredIn !== undefined ? parsed(declaredIn, 'microdata or microformat published') : shownDate(cleanText($(el).text()), 'microdata or microformat published (its text)', reading));
    },
    () => epochShown($),
    () => tooltipDate($, declaredZone ?? reading.timeZone),
    () => fromText(ldFirst(articleNodes(ld), 'dateCreated', ldString)),
    // A modification meta after the <time> the article shows as its publication (GeneratePress': its updated <time> first, hidden).
    () => fromText(firstMetaValue(metas, MODIFIED_METAS)),
  );
  // Readers are shown the dateline beside the title; a declared date far from it is another one (a template's, a re-publication's).
  const shown = declared && showsTitle ? datelineDate(lines, headline, reading) : undefined;
  // A declared day without its time (a publishdate meta) gives way to the dateline showing that day with its time.
  // So does a declared time without an offset (read as UTC) that the dateline shows on the same clock with its zone ("22:30 WIB").
  const refines = shown && declared && ((declared.dateOnly && !shown.dateOnly && sameDate(shown.value, declared.value)) || (!declaredZone && sameClock(declared, shown)));
  // So does a modification meta, the only date declared (an update's time, hours after the one the dateline shows).
  const updateOnly = declared && MODIFIED_METAS.some((key) => declared.from === `meta ${key}`);
  const found = shown && declared && (refines || (updateOnly && shown.value <= declared.value) || (!sameDate(shown.value, declared.value) && !sameDate(monthAndDaySwapped(shown.value), declared.value)))
    ? shown
    : ((declared && !declared.zone && !declared.dateOnly && !declaredZone ? zonedByTime($, declared, articleTimes) : declared) ?? firstFound(
      () => dateFromText(lines, headline, reading.retrievedAt ? reading : { ...reading, servedYear: () => servedYear(lines, url) }),
      () => dateInUrl(url, lines, headline, reading),
      // A <time> labelled as the update's only after the day the address names (VitePress' "Last updated").
      () => fromTime(times),
      () => datedElement($, reading),
      () => stateDate($, reading.timeZone),
      () => iconDated($, reading),
      // Where only comments show <time>s (a thread whose opening post is marked up as one), the first.
      () => fromTime(allTimes),
      () => fromText(ldFirst(ld, 'dateModified', ldString)),
    ));
  const ordered = found && dayOrderOfAddress(found, url);
  return ordered && (ordered.zone && ordered.zone !== 'Z' ? ordered : { ...ordered, ...shownZone($, ordered.value) });
}

/** A zone a time's text names ("04:30 AM EST", "10:30 GMT+8"). */
const SHOWN_ZONE = /\b(?:[ECMP][SD]T|GMT|UTC)\b|[+-]\d{2}:?\d{2}\s*$/;

/**
 * A declared time without an offset (read as UTC) that a <time> shows on the same wall clock
 * with its zone ("<time datetime="2024-03-05 04:30:00">03/05/2024 04:30 AM EST</time>"): the time in that zone.
 */
function zonedByTime($: CheerioAPI, declared: Found<Date>, times: Element[]): Found<Date> {
  for (const el of times) {
    const text = cleanText($(el).text());
    if (parseDate(el.attribs.datetime)?.getTime() !== declared.value.getTime() || !SHOWN_ZONE.test(text)) continue;
    const zoned = parseDate(text);
    const shift = zoned && declared.value.getTime() - zoned.getTime();
    if (zoned && shift && Math.abs(shift) <= 14 * 3_600_000 && shift % 900_000 === 0) return { ...declared, value: zoned, from: `${declared.from}, in the zone its <time> shows` };
  }
  return declared;
}

/** A time without an offset, read as UTC, and one with a stated offset that shows the same wall clock. */
function sameClock(unzoned: Found<Date>, zoned: Found<Date>): boolean {
  if (unzoned.zone || unzoned.dateOnly || !zoned.zone || !/^[+-]\d/.test(zoned.zone)) return false;
  return unzoned.value.getTime() - zoned.value.getTime() === zoneOffsetMinutes(zoned.zone) * 60_000;
}

/** A date whose month and day the address files the other way round ("05/03/2024" under /20240305/): read as the address has it. */
function dayOrderOfAddress(found: Found<Date>, url: string | undefined): Found<Date> {
  const filed = dayInAddress(url);
  if (!filed || sameDate(found.value, filed)) return found;
  const swapped = monthAndDaySwapped(found.value);
  return sameDate(swapped, filed) ? { ...found, value: swapped, from: `${found.from}, day first as the address files it` } : found;
}

/** Attributes a script reads to show a time in the reader's zone: the instant in seconds or milliseconds since 1970. */
const EPOCH_ATTRIBUTES = ['data-unix-time', 'data-timestamp', 'data-utime', 'data-time', 'data-val'];
const EPOCH = /^\d{9,13}$/;
/** How far an instant may be from the day its element shows (the zones' spread and a day). */
const SHOWN_DAY_SPREAD = 38 * 3_600_000;

/**
 * "<span class="posthaven-formatted-date" data-unix-time="1485316260">January 24, 2017</span>": the instant, where the element
 * shows its day, or a time relative to now (界面's `<span data-time="1711442520">2小时前</span>`) or without its year (搜狐's).
 */
function epochShown($: CheerioAPI): Found<Date> | undefined {
  for (const el of queryPage($, EPOCH_ATTRIBUTES.map((name) => `[${name}]`).join(', ')).toArray() as Element[]) {
    const epoch = EPOCH_ATTRIBUTES.map((name) => el.attribs[name]).find((value) => value && EPOCH.test(value));
    const text = cleanText($(el).text());
    if (!epoch || text.length > MAX_TIME_TEXT || inComments(el)) continue;
    const instant = fromEpoch(epoch);
    if (standsFor(text, instant)) return { value: instant, from: `the instant an element showing its day holds (${EPOCH_ATTRIBUTES.find((name) => el.attribs[name] === epoch)})` };
  }
  return undefined;
}

/**
 * Whether an element's short text stands for the instant it holds: it shows the instant's day, an age
 * ("2小时前", "1y", "3 weeks ago") or a day without its year ("03-11 21:36").
 */
function standsFor(text: string, instant: Date): boolean {
  const shown = findDate(text);
  const day = shown && fromParts({ ...shown.parts, hour: 12, minute: 0, second: 0 });
  return day ? Math.abs(instant.getTime() - day.getTime()) <= SHOWN_DAY_SPREAD : showsAge(text);
}

/** Elements looked at for a shown time with its full date in a tooltip. */
const MAX_TITLED = 400;
/** A shown time's text is short: a longer element with a tooltip is a paragraph or a link. */
const MAX_TOOLTIPPED_TEXT = 60;
/** The attributes tooltips are written in: the browser's, and tooltip libraries' (Tippy, Bootstrap's). */
const TOOLTIPS = ['title', 'data-tippy-content', 'data-original-title', 'data-bs-original-title', 'data-tooltip'];

/**
 * "<span title="2024-03-05 10:30:12 +08:00">1 天前</span>", "<span class="age" title="2024-03-15T16:42:10">on March 15, 2024</span>":
 * an age or a day shown, the full date in its tooltip (V2EX, Hacker News, Lemmy, forums).
 */
function tooltipDate($: CheerioAPI, timeZone: string | undefined): Found<Date> | undefined {
  for (const el of queryPage($, TOOLTIPS.map((name) => `[${name}]`).join(', ')).toArray().slice(0, MAX_TITLED) as Element[]) {
    const text = cleanText($(el).text());
    if (!text || text.length > MAX_TOOLTIPPED_TEXT || inComments(el)) continue;
    const name = TOOLTIPS.find((attribute) => el.attribs[attribute] && parseDate(el.attribs[attribute]));
    // A tooltip's time without its offset is on the page's clock.
    const date = name && parseDate(el.attribs[name], timeZone);
    if (date && standsFor(text, date)) return foundDate(el.attribs[name]!, date, `the full date in a shown time's tooltip (${name})`);
  }
  return undefined;
}

/** An element named for the date it shows ("createddate", "pub-date", "post_date"), not the update's. */
const DATE_NAME = /date|(?:^|[\s_-])(?:(?:pub|publish|post|create|article|entry)[-_]?)?time(?:$|[\s_-])/i;
const UPDATE_WORD = /update|modif/i;
const MAX_DATE_ELEMENT = 60;

/**
 * The date an element named for it shows, where the page shows it far from the headline (RTHK's
 * `.createddate` under the article): not in a list of other pages (a related story's date), a link, or the comments.
 */
function datedElement($: CheerioAPI, reading: DateReading): Found<Date> | undefined {
  const named = (queryPage($, '[class], [id]').toArray() as Element[]).flatMap((el): [Element, string][] => {
    const name = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    return DATE_NAME.test(name) && !UPDATE_WORD.test(name) ? [[el, `an element named for its date (.${name.trim().split(/\s+/)[0]})`]] : [];
  });
  return onlyDate($, named, reading);
}

/** An icon of a clock or a calendar (Font Awesome's `fa-clock`, `icon-calendar`, `bi-clock`). */
const DATE_ICON = /(?:^|[\s_-])(?:clock|calendar|time|date)(?:$|[\s_-])/i;

/**
 * The date an element shows after a clock's or a calendar's icon with no label (a theme's post footer: Puock's
 * `<span><i class="fa-regular fa-clock"></i>2025-03-25 20:13:02</span>`), where nothing else dates the page.
 */
function iconDated($: CheerioAPI, reading: DateReading): Found<Date> | undefined {
  const icons = queryPage($, 'i[class], span[class], svg[class]').toArray() as Element[];
  const dated = icons.flatMap((icon): [Element, string][] => {
    const holder = icon.parent;
    if (!holder || !isTag(holder) || !DATE_ICON.test(icon.attribs.class!) || cleanText($(icon).text())) return [];
    // The icon opens what holds it: nothing shown before it.
    const first = firstShownChild(holder);
    return first === icon ? [[holder, "a date after a clock's or a calendar's icon"]] : [];
  });
  return onlyDate($, dated, reading);
}

/**
 * The one date the elements show (several: a listing's items, none of them the page's), each where it is the page's own;
 * or a thread's opening post's, the first and earliest of its posts' dates in elements alike (a forum's div.FM-posttime per floor).
 */
function onlyDate($: CheerioAPI, candidates: [Element, string][], reading: DateReading): Found<Date> | undefined {
  const dated: { el: Element; found: Found<Date> }[] = [];
  for (const [el, from] of candidates) {
    // Not one its label says is the update's (MkDocs' "Last update: …" before its "Created: …", both spans named alike).
    if (isUpdateDate(el) || labelledUpdate($, el)) continue;
    const text = cleanText($(el).text());
    // A link that is the date itself is the post's permalink (LOFTER's a.date under the post); a date inside a link is another page's.
    if (!text || text.length > MAX_DATE_ELEMENT || $(el).closest('nav, aside, footer').length || inListItem($, el) || $(el.parent!).closest('a').length || inComments(el) || isTeaserDate($, el)) continue;
    const found = shownDate(text, from, reading);
    if (found) dated.push({ el, found });
  }
  const times = new Set(dated.map(({ found }) => found.value.getTime()));
  if (times.size === 1) return dated[0]!.found;
  const [first, ...rest] = dated;
  const alike = first && rest.length > 0 && rest.every(({ el }) => el.name === first.el.name && el.attribs.class === first.el.attribs.class);
  // Each in a post of its own: the nearest block around each that says more than its date is no other's.
  const posts = alike ? dated.map(({ el }) => postAround($, el)) : [];
  const apart = posts.every((post, i) => post && posts.every((other, j) => i === j || (other && other !== post && !contains(other, post) && !contains(post, other))));
  return alike && apart && rest.every(({ found }) => found.value > first.found.value) ? { ...first.found, from: `${first.found.from}, the first of a thread's posts` } : undefined;
}

/** What a post's block shows besides its date, at least: its floor's number, its poster, its text. */
const MIN_POST_EXTRA = 2;

/** The nearest element around a post's date that shows more than the date (its header's floor and IP, or the post itself). */
function postAround($: CheerioAPI, el: Element): Element | undefined {
  const own = cleanText($(el).text()).length;
  for (let up = el.parent; up && isTag(up); up = up.parent) if (cleanText($(up).text()).length > own + MIN_POST_EXTRA) return up;
  return undefined;
}

/** In a list's item, a listed page's: not in one that holds a whole post (emlog's theme lists the post it shows). */
function inListItem($: CheerioAPI, el: Element): boolean {
  const item = $(el).closest('li');
  return item.length > 0 && textUnits(item.text()) <= MAX_TEASER_TEXT;
}

/** A headline's link in the date's item: a listed page's teaser (a Drupal view's row), its date that page's. */
const MIN_TEASER_LINK = 12;
function isTeaserDate($: CheerioAPI, el: Element): boolean {
  const item = el.parent?.parent;
  // A teaser is short (a Chinese character counting as much as a word): an article's own date, its headline a link to itself above the text, is no teaser's.
  return !!item && textUnits($(item).text()) <= MAX_TEASER_TEXT && $(item).find('a').toArray().some((a) => cleanText($(a).text()).length >= MIN_TEASER_LINK);
}
const MAX_TEASER_TEXT = 1000;

/**
 * The day a news site's address files the article under: "/2024/03/05/slug", "/2024-03-05-slug",
 * and as Chinese CMSs write it, "/20240305/", "/2024/0305/", "/2024-03/05/", "/202403/t20240305_123.html".
 */
const URL_DAY = /\/(?<year>(?:19|20)\d{2})(?:([/-])(?<month>0?[1-9]|1[0-2])\2(?<day>0?[1-9]|[12]\d|3[01])(?=[/-]|\.html?|$)|(?:\/|-|\d{2}\/t\d{4})?(?<mm>0[1-9]|1[0-2])(?:\/)?(?<dd>0[1-9]|[12]\d|3[01])(?=[/_]|[A-Z]\d{2}[A-Z0-9]{3,}(?:$|[/.])))/;

function dayInAddress(url: string | undefined): Date | undefined {
  const m = url ? URL_DAY.exec(new URL(url).pathname)?.groups : undefined;
  return m ? fromParts({ year: Number(m.year), month: Number(m.month ?? m.mm), day: Number(m.day ?? m.dd) }) : undefined;
}

/** A year the address files the page under ("/2025/", "/202504/", "/2025410/"). */
const ADDRESS_YEAR = /\/((?:19|20)\d{2})(?:\d{1,4})?\//;
/** A copyright line's years ("© 2005-2025", "Copyright 2025 …", "2025 版权所有"): the last is the year the page was served. */
const COPYRIGHT_LINE = /©|\(c\)|&copy;|\bcopyright\b|版[权權]所有/i;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/** The year the page was served in, as its address or its copyright line shows it. */
function servedYear(lines: TextLine[], url: string | undefined): number | undefined {
  const filed = url ? ADDRESS_YEAR.exec(new URL(url).pathname)?.[1] : undefined;
  if (filed) return Number(filed);
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    const years = COPYRIGHT_LINE.test(text) ? text.match(YEAR)?.map(Number) : undefined;
    if (years) return Math.max(...years);
  }
  return undefined;
}

/** The address's day, with its time when a line at the head of the page shows that day. */
function dateInUrl(url: string | undefined, lines: TextLine[], headline: number, reading: DateReading): Found<Date> | undefined {
  const value = dayInAddress(url);
  return value && (timeOnDay(lines, headline, value, reading) ?? { value, from: "the page's address", dateOnly: true });
}

/** More than a day apart whatever the zones: another date, not the same one written in another zone. */
const DAYS_APART = 36 * 3600_000;
const sameDate = (a: Date, b: Date) => Math.abs(a.getTime() - b.getTime()) <= DAYS_APART;

/** "06/02/2022" read the other way (June 2 as February 6), when both numbers can be a month: how the page may have meant it. */
function monthAndDaySwapped(date: Date): Date {
  const [month, day] = [date.getUTCMonth() + 1, date.getUTCDate()];
  if (day > 12) return date;
  return new Date(Date.UTC(date.getUTCFullYear(), day - 1, month, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()));
}

/**
 * The offset the page shows a UTC date in: a <time datetime> for the same instant with its own
 * offset ("2025-12-19T03:05:00+00:00" in the metas, "2025-12-18T19:05:00-08:00" on the page).
 */
function shownZone($: CheerioAPI, date: Date): { zone: string } | undefined {
  for (const el of queryPage($, 'time[datetime]').toArray()) {
    const text = el.attribs.datetime;
    const zone = statedOffset(text);
    if (zone && zone !== 'Z' && parseDate(text!)?.getTime() === date.getTime()) return { zone };
  }
  return undefined;
}

/** A site rule's date: its script variables, then its date elements, read in `zone`. */
export function ruleDate($: CheerioAPI, rule: SiteRule, params: Record<string, string>, zone: string | undefined): Found<Date> | undefined {
  const fromScript = scriptDate($, rule.dateVariable, zone);
  if (fromScript) return fromScript;
  const found = ruleValues($, rule.dateSelector, params);
  for (const text of found?.value ?? []) {
    const date = foundDate(text, ruleTime(text, zone), found!.from);
    if (date) return date;
  }
  return undefined;
}
