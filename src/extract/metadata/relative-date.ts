// Dates a page writes relative to when it was read ("3小时前", "昨天 10:30", "2 days ago") or
// without their year ("03-05 10:30", "3月5日"), as news sites and forums show recent posts:
// counted from the time the page was retrieved (its fetch, or its saver's note), never from
// the clock of a later run. Only to the precision written: "5天前" is a day, "3 weeks ago" none.
import type { Found } from './found.js';
import { fromParts, hour24, monthOf, YEARLESS_WORD_DATE, type DateParts } from './parse-date.js';
import { offsetAt } from './zone.js';

export interface RelativeReading {
  retrievedAt: Date;
  /** The zone of the page's wall-clock times; UTC when unknown. */
  timeZone?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "3小时前", "15分钟前", "3 hours ago", "an hour ago", "刚刚", "just now": an instant. */
const AGO_CJK = /(\d+)\s*(秒|分钟|分鐘|分|小时|小時|時間)\s*前/;
const AGO_LATIN = /\b(\d+|an?|one)\s+(sec(?:ond)?|min(?:ute)?|hour|hr)s?\s+ago\b/i;
const JUST_NOW = /刚刚|剛剛|\bjust now\b/i;
/** "5天前", "2 days ago": a day. */
const DAYS_AGO = /(\d+)\s*(?:天|日)\s*前|\b(\d+|a|one)\s+days?\s+ago\b/i;
/** "昨天 10:30", "yesterday at 10:30 am", "今天": a day, and its time when written. */
const NAMED_DAY = /(今天|今日|昨天|昨日|前天|一昨日|\btoday\b|\byesterday\b)(?:\s*(?:at\s+)?(\d{1,2})[:：](\d{2})(?:\s*([ap])\.?m\.?)?)?/i;
/** "3月5日 10:30", "03-05 10:30" (the dashed form only with a time: bare "03-05" is any pair of numbers). */
const YEARLESS = /(?<!\d|年)(\d{1,2})月(\d{1,2})[日号](?:\s*(\d{1,2})[:：](\d{2}))?|(?<![\d/.-])(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})(?![\d:]|-\d)/;

/** Every form, in the order a line is read for them. */
const FORMS = [AGO_CJK, AGO_LATIN, JUST_NOW, DAYS_AGO, NAMED_DAY, YEARLESS, YEARLESS_WORD_DATE];

/** Where the line writes a date relative to its retrieval (or without its year), whatever the time: the index, or -1. */
export function relativeIndex(text: string): number {
  const m = FORMS.map((re) => re.exec(text)).find(Boolean);
  return m ? m.index : -1;
}

/** Ages too vague to date ("3 weeks ago", "1 年前", "2个月前"), the short ones a whole label shows ("1y", "3d", "5h"), and a whole label that is a span of time, its "ago" outside it (Redmine's "<a title=…>3 months</a> ago", Rails' "about 1 year"). */
const VAGUE_AGE = /(?:\d+|an?|one)\s+(?:weeks?|months?|years?)\s+ago\b|^(?:about|over|almost|less than)?\s*(?:\d+|an?|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$|\d+\s*(?:周|週|星期|个月|個月|年)\s*前|^\d+\s*(?:s|m|min|h|d|w|mo|y|yr)$/i;

/** Whether a short text shows an age, precise or not, in place of a date. */
export function showsAge(text: string): boolean {
  return relativeIndex(text) >= 0 || VAGUE_AGE.test(text);
}

const DAYS_BACK: Record<string, number> = { 今天: 0, 今日: 0, today: 0, 昨天: 1, 昨日: 1, yesterday: 1, 前天: 2, 一昨日: 2 };

const count = (word: string) => (/^\d+$/.test(word) ? Number(word) : 1);

/** The retrieval's wall-clock time in the page's zone, held in a Date's UTC fields. */
const wallClock = ({ retrievedAt, timeZone }: RelativeReading) => new Date(retrievedAt.getTime() + (timeZone ? offsetAt(timeZone, retrievedAt.getTime()) : 0) * MINUTE);

/** The wall-clock day `back` days before the retrieval, in the page's zone, at the given time. */
function dayBefore(reading: RelativeReading, back: number, hour?: number, minute?: number): Date | undefined {
  const wall = new Date(wallClock(reading).getTime() - back * 24 * HOUR);
  const parts: DateParts = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour, minute };
  return fromParts(parts, reading.timeZone);
}

/** The latest date with this month and day not after the retrieval (a year-less date is a recent one). */
function latestYear(reading: RelativeReading, month: number, day: number, hour?: number, minute?: number): Date | undefined {
  const year = wallClock(reading).getUTCFullYear();
  const date = fromParts({ year, month, day, hour, minute }, reading.timeZone);
  return date && date.getTime() > reading.retrievedAt.getTime() + 24 * HOUR ? fromParts({ year: year - 1, month, day, hour, minute }, reading.timeZone) : date;
}

/** A day found, with its time in the page's zone when the line writes one, else marked as a day only. */
const dayFound = (value: Date | undefined, timed: boolean, { timeZone }: RelativeReading) => value && { value, ...(timed ? timeZone && { zone: timeZone } : { dateOnly: true as const }) };

/** The date a line writes relative to the retrieval, or undefined. */
export function relativeDate(text: string, reading: RelativeReading): Omit<Found<Date>, 'from'> | undefined {
  const at = reading.retrievedAt.getTime();
  const instant = (ms: number) => ({ value: new Date(at - ms) });
  const day = (value: Date | undefined, timed: boolean) => dayFound(value, timed, reading);
  let m = AGO_CJK.exec(text);
  if (m) return instant(Number(m[1]) * (m[2]!.startsWith('秒') ? 1000 : /^分/.test(m[2]!) ? MINUTE : HOUR));
  m = AGO_LATIN.exec(text);
  if (m) return instant(count(m[1]!) * (/^s/i.test(m[2]!) ? 1000 : /^m/i.test(m[2]!) ? MINUTE : HOUR));
  if (JUST_NOW.test(text)) return instant(0);
  m = DAYS_AGO.exec(text);
  if (m) return day(dayBefore(reading, count(m[1] ?? m[2]!)), false);
  m = NAMED_DAY.exec(text);
  if (m) {
    const timed = m[2] !== undefined;
    return day(dayBefore(reading, DAYS_BACK[m[1]!.toLowerCase()]!, hour24(m[2], m[4]), timed ? Number(m[3]) : undefined), timed);
  }
  return yearlessDate(text, reading);
}

/** The date a line writes without its year ("03-05 10:30", "3月5日"), read as the latest before the retrieval, or undefined. */
export function yearlessDate(text: string, reading: RelativeReading): Omit<Found<Date>, 'from'> | undefined {
  const day = (value: Date | undefined, timed: boolean) => dayFound(value, timed, reading);
  let m = YEARLESS.exec(text);
  if (m) {
    const [month, dayOfMonth, hour, minute] = (m[1] ? [m[1], m[2], m[3], m[4]] : [m[5], m[6], m[7], m[8]]).map((part) => (part === undefined ? undefined : Number(part)));
    return day(latestYear(reading, month!, dayOfMonth!, hour, minute), hour !== undefined);
  }
  m = YEARLESS_WORD_DATE.exec(text);
  if (m) return day(latestYear(reading, monthOf(m[2] ?? m[3]!), Number(m[1] ?? m[4]), hour24(m[5], m[7]), Number(m[6])), true);
  return undefined;
}
