// Dates of the shapes pages write, to a Date. An explicit zone is kept. A time without a
// zone keeps its wall-clock digits as UTC, unless a zone (--timezone) says where the site
// is; a date without a time is midnight (how the seed's date came about).
import type { Found } from './found.js';
import { offsetAt, wallClockIn } from './zone.js';

/** "2024-03-05 10:30", "2024年3月5日 下午3:30", "2024. 3. 5. 오후 3:30" (Korean: a dot after the day, the half of the day before the time), "2024 03/05 10:30" (the year in a span of its own). */
const NUMERIC = /(\d{4})(?:\s*[-/.年년]|\s+(?=\d{1,2}\/\d{1,2}(?!\d)))\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})(?!\d)\s*[日일.]?(?:\s*T?\s*(?:(오전|오후|上午|下午)\s*)?(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:[.,]\d+)?)?\s*秒?)?\s*(?:([AP])\.?M\.?)?\s*(Z|[+-]\d{2}(?::?\d{2})?(?!\d)|[+-]\d{3}(?!\d)|GMT|UTC)?/i;
/** 9/17/2004 5:54:13 AM, 11-29-2024, 09:03 AM, 03/05/2024 - 10:00 (Drupal's): month first, as US-English servers write it, unless the first number cannot be a month. */
const SLASHED = /(?<![\d-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?!\d)(?:,?\s+(?:[-–@|·]\s+|at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP])\.?M\.?)?)?/i;
/** 05.03.2024 14:30: day first, as Europe writes dates with dots. */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])(?:,?\s+(\d{1,2}):(\d{2}))?/;
/** 114-05-26, 民國114年5月26日: a year of the Republic of China (Taiwan's official calendar, 1912 its first), three digits. */
const MINGUO = /(?<![\d./-])(?:(?:中華|中华)?(?:民國|民国)\s*)?(1[0-4]\d)\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)(?![\d./-])(?:\s+(\d{1,2}):(\d{2}))?/;
const MINGUO_ERA = 1911;
/**
 * Month names and their usual abbreviations in the languages pages are written in: English,
 * French, German, Dutch, Spanish, Portuguese, Italian, the Nordic languages, Polish (the
 * genitive dates take), Russian (likewise) and Turkish. Whole words only.
 */
const MONTH_FORMS = [
  'january jan janvier janv janeiro enero ene gennaio gen januar jänner jän januari stycznia sty января янв ocak',
  'february feb febr février févr fevrier fevereiro fev febrero febbraio februar februari lutego lut февраля фев şubat',
  'march mar mars märz mär maerz maart marzo março marca марта мар mart maret',
  'april apr avril avr abril aprile kwietnia kwi апреля апр nisan',
  'may mai mei mayo maio maggio mag maj maja мая mayıs',
  'june jun juin junio junho giugno juni czerwca cze июня haziran',
  'july jul juillet juil julio julho luglio lug juli lipca lip июля temmuz',
  'august aug août aout agosto ago augusti sierpnia sie августа авг ağustos agustus',
  'september sep sept septembre septiembre setembro settembre set września wrz сентября сен eylül',
  'october oct octobre octubre outubro out ottobre ott oktober okt października paź октября окт ekim',
  'november nov novembre noviembre novembro listopada lis ноября ноя kasım',
  'december dec décembre decembre dezember dez diciembre dic dezembro dicembre desember des grudnia gru декабря дек aralık',
];
/** Thai months, in full and abbreviated ("5 มี.ค. 2567"), with the Buddhist year (BUDDHIST_ERA). */
const THAI_MONTHS = 'มกราคม ม.ค. กุมภาพันธ์ ก.พ. มีนาคม มี.ค. เมษายน เม.ย. พฤษภาคม พ.ค. มิถุนายน มิ.ย. กรกฎาคม ก.ค. สิงหาคม ส.ค. กันยายน ก.ย. ตุลาคม ต.ค. พฤศจิกายน พ.ย. ธันวาคม ธ.ค.'.split(' ');
const MONTH_OF = new Map([
  ...MONTH_FORMS.flatMap((forms, i) => forms.split(' ').map((form) => [form, i + 1] as const)),
  ...THAI_MONTHS.map((form, i) => [form, Math.floor(i / 2) + 1] as const),
]);
const MONTH_NAME = `(${[...MONTH_OF.keys()].sort((x, y) => y.length - x.length).map((form) => form.replace(/\./g, '\\.')).join('|')})(?!\\p{L})`;
/**
 * A day and month in words with its time and no year, as forums show this year's posts (Steam's "3 Jul @ 11:12am",
 * "Jul 3 @ 11:12am", "July 3 at 9:05 PM"): day, month or month, day, then hour, minute and AM/PM. Only with its time.
 */
export const YEARLESS_WORD_DATE = new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s+${MONTH_NAME}|${MONTH_NAME}\\s+(\\d{1,2}))\\.?,?\\s*(?:@|at)\\s*(\\d{1,2}):(\\d{2})\\s*(?:([ap])\\.?m\\.?)?(?![\\d:])`, 'iu');
/** A Thai year counts from the Buddha's death, 543 years before the common era's. */
const BUDDHIST_ERA = 543;
const commonYear = (year: number) => (year >= 2400 ? year - BUDDHIST_ERA : year);
/** Zone abbreviations news pages write after a time, and their offsets. */
const ZONE_OFFSETS: Record<string, string> = {
  UTC: 'Z', GMT: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', JST: '+09:00', KST: '+09:00', HKT: '+08:00', SGT: '+08:00',
  // India's (the IST news pages mean most), Indonesia's western zone, Moscow's, Indochina's.
  IST: '+05:30', WIB: '+07:00', MSK: '+03:00', ICT: '+07:00',
  AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00',
};
/** US zones named without saying whether daylight saving is on ("10:00 AM ET"): the zone's offset on that day. */
const US_ZONES: Record<string, string> = { ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles' };
/** A zone abbreviation after a time ("10:00 AM EST", "(ET)"); upper case only, checked where it is read (the patterns ignore case). */
const ZONE_NAME = `(?:\\s*\\(?(${[...Object.keys(ZONE_OFFSETS), ...Object.keys(US_ZONES)].join('|')})\\)?(?![\\p{L}\\d]))?`;

/** 10/23/24 8:59 PM ET: a year of two digits, only with a time of day and AM/PM after it (The Hill's dateline). */
const SLASHED_SHORT_YEAR = new RegExp(`(?<![\\d/-])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])\\s+(\\d{1,2}):(\\d{2})\\s*([AP])\\.?M\\.?${ZONE_NAME}`, 'iu');

/** A time after a date written in words: ", 9:15 am", " at 21:05", " - 3:04 PM", " à 10h30". */
const WORD_TIME = `(?:,?\\s*(?:at|à|um|às|alle|[-–@|·])?\\s*(\\d{1,2})[:h](\\d{2})(?::\\d{2})?\\s*(?:([ap])\\.?m\\.?)?(?![\\d:])${ZONE_NAME})?`;
/** "5 March 2024", "3. März 2024", "5 de marzo de 2024", "5 марта 2024 г.", and dashed as Oracle's and EurekAlert!'s "12-MAR-2024". */
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|\\.)?(?:\\s+(?:of\\s+|de\\s+)?|-(?=\\p{L}+-\\d))${MONTH_NAME}\\.?,?(?:\\s+|-)(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)${WORD_TIME}`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}\\d])${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(\\d{4})(?!\\d)${WORD_TIME}`, 'iu');
/** C's asctime, the time between the day and the year ("Tue Mar 12 14:22:01 2024": PTT's, Usenet archives'), a zone's name before the year in Unix's date (Mailman's "Tue Mar 12 09:41:07 EDT 2024"). */
const ASCTIME = new RegExp(`(?<![\\p{L}\\d])${MONTH_NAME}\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::\\d{2})?${ZONE_NAME}\\s+(\\d{4})(?!\\d)`, 'iu');
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|[ECMP][SD]T))\s*$/i;
/** Twitter's and Weibo's created_at: the offset before the year. */
const API_DATE = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "Z", "+08:00", "GMT"… when the text gives one. */
  zone?: string;
  /** Read month first ("05/03/2024" as May 3) though either number could be the month. */
  orderUnknown?: true;
  /** The year written with two digits ("10/23/24"): a date to read where nothing declares one, never to correct a declared one. */
  shortYear?: true;
}

function valid(date: Date): Date | undefined {
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 1970 || year > 2100 ? undefined : date;
}

export function zoneOffsetMinutes(zone: string): number {
  if (/^(Z|GMT|UTC)$/i.test(zone)) return 0;
  // An hour of one digit where three are written ("-500", the Washington Post's).
  const [, sign, hh, mm] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone)!;
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm ?? 0));
}

/** An hour on the 24-hour clock from one written with its half of the day ("P" for p.m.), if any. */
export const hour24 = (hour: string | undefined, half: string | undefined): number | undefined => {
  if (hour === undefined) return undefined;
  const h = Number(hour) % (half ? 12 : 24);
  return half?.toUpperCase() === 'P' ? h + 12 : h;
};

/** Parts to an instant: the text's own zone, else `timeZone`'s wall clock, else the digits as UTC. */
export function fromParts(p: DateParts, timeZone?: string): Date | undefined {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31 || (p.hour ?? 0) > 23 || (p.minute ?? 0) > 59) return undefined;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  if (p.zone) return valid(new Date(wall - zoneOffsetMinutes(p.zone) * 60_000));
  return valid(new Date(timeZone && p.hour !== undefined ? wallClockIn(timeZone, wall) : wall));
}

/** The half of the day written before a time, as a.m. or p.m. */
const HALF_BEFORE: Record<string, string> = { 오전: 'A', 上午: 'A', 오후: 'P', 下午: 'P' };

function numericParts(m: RegExpExecArray): DateParts {
  const [, y, mo, d, halfBefore, h, mi, s, half, zone] = m;
  return { year: Number(y), month: Number(mo), day: Number(d), hour: hour24(h, half ?? (halfBefore && HALF_BEFORE[halfBefore])), minute: mi === undefined ? undefined : Number(mi), second: s === undefined ? undefined : Number(s), zone };
}

/** Month first unless the first number cannot be a month. */
function monthFirstParts(a: string, b: string, year: number, h: string | undefined, mi: string | undefined, s: string | undefined, half: string | undefined): DateParts {
  const [month, day] = Number(a) > 12 ? [Number(b), Number(a)] : [Number(a), Number(b)];
  return { year, month, day, hour: hour24(h, half), minute: mi === undefined ? undefined : Number(mi), second: s === undefined ? undefined : Number(s), ...(day <= 12 && day !== month && { orderUnknown: true as const }) };
}

function slashedParts(m: RegExpExecArray): DateParts {
  const [, a, , b, y, h, mi, s, half] = m;
  return monthFirstParts(a!, b!, Number(y), h, mi, s, half);
}

function shortYearParts(m: RegExpExecArray): DateParts {
  const [, a, b, yy, h, mi, half, zone] = m;
  return withNamedZone({ ...monthFirstParts(a!, b!, 2000 + Number(yy), h, mi, undefined, half), shortYear: true }, zone);
}

/** The month a month's name stands for (MONTH_NAME's forms). */
export const monthOf = (name: string) => MONTH_OF.get(name.toLowerCase())!;
const timeParts = (h: string | undefined, mi: string | undefined, half: string | undefined) =>
  h === undefined ? {} : { hour: hour24(h, half), minute: Number(mi) };

/** The offset a zone abbreviation after a time stands for, on that date; none for a lower-case word ("et" in French). */
function namedZone(name: string | undefined, p: DateParts): { zone: string } | undefined {
  if (!name || name !== name.toUpperCase() || p.hour === undefined) return undefined;
  const fixed = ZONE_OFFSETS[name];
  if (fixed) return { zone: fixed };
  const zone = US_ZONES[name]!;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute ?? 0);
  return { zone: offsetText(offsetAt(zone, wallClockIn(zone, wall))) };
}

const withNamedZone = (p: DateParts, name: string | undefined): DateParts => ({ ...p, ...namedZone(name, p) });

function dayMonthYearParts(m: RegExpExecArray): DateParts {
  return withNamedZone({ year: commonYear(Number(m[3])), month: monthOf(m[2]!), day: Number(m[1]), ...timeParts(m[4], m[5], m[6]) }, m[7]);
}

function monthDayYearParts(m: RegExpExecArray): DateParts {
  return withNamedZone({ year: Number(m[3]), month: monthOf(m[1]!), day: Number(m[2]), ...timeParts(m[4], m[5], m[6]) }, m[7]);
}

function asctimeParts(m: RegExpExecArray): DateParts {
  return withNamedZone({ year: Number(m[6]), month: monthOf(m[1]!), day: Number(m[2]), ...timeParts(m[3], m[4], undefined) }, m[5]);
}

function minguoParts(m: RegExpExecArray): DateParts {
  return { year: Number(m[1]) + MINGUO_ERA, month: Number(m[3] ?? m[5]), day: Number(m[4] ?? m[6]), ...timeParts(m[7], m[8], undefined) };
}

/** 二〇二五年三月七日: a date in Chinese numerals, the year digit by digit, the month and day counted in tens ("二十一"). */
const HAN_DIGITS = '〇一二三四五六七八九';
const HAN_NUMERAL_DATE = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号號]/;
const hanDigit = (c: string) => HAN_DIGITS.indexOf(c === '零' ? '〇' : c);

/** "七" 7, "十" 10, "十二" 12, "二十" 20, "三十一" 31. */
function hanCount(text: string): number {
  const at = text.indexOf('十');
  if (at < 0) return hanDigit(text);
  return (at ? hanDigit(text[0]!) : 1) * 10 + (text[at + 1] ? hanDigit(text[at + 1]!) : 0);
}

function hanNumeralParts(m: RegExpExecArray): DateParts {
  return { year: Number([...m[1]!].map(hanDigit).join('')), month: hanCount(m[2]!), day: hanCount(m[3]!) };
}

function dottedParts(m: RegExpExecArray): DateParts {
  return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), ...timeParts(m[4], m[5], undefined) };
}

const SHAPES: [RegExp, (m: RegExpExecArray) => DateParts][] = [
  [NUMERIC, numericParts],
  [SLASHED, slashedParts],
  [SLASHED_SHORT_YEAR, shortYearParts],
  [DOTTED, dottedParts],
  [MINGUO, minguoParts],
  [HAN_NUMERAL_DATE, hanNumeralParts],
  [MONTH_DAY_YEAR, monthDayYearParts],
  [DAY_MONTH_YEAR, dayMonthYearParts],
  [ASCTIME, asctimeParts],
];

/** A time written before its date ("10:00 AM EST, Tue March 5, 2024", "14:30, 5 March 2024"), at the end of the text before it. */
const TIME_BEFORE = new RegExp(`(?<![\\d:])(\\d{1,2}):(\\d{2})\\s*(?:([ap])\\.?m\\.?)?${ZONE_NAME}\\s*,?\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?$`, 'iu');

/** The first date written in `text` (numeric, or with the month in words, its time before or after it), with where it starts and ends. */
export function findDate(text: string): { parts: DateParts; index: number; end: number } | undefined {
  let first: { parts: DateParts; index: number; end: number } | undefined;
  for (const [shape, parts] of SHAPES) {
    const m = shape.exec(text);
    if (m && (!first || m.index < first.index)) first = { parts: parts(m), index: m.index, end: m.index + m[0].trimEnd().length };
  }
  const before = first && first.parts.hour === undefined ? TIME_BEFORE.exec(text.slice(0, first.index)) : null;
  if (!first || !before) return first;
  const parts = withNamedZone({ ...first.parts, ...timeParts(before[1], before[2], before[3]) }, before[4]);
  return (parts.hour ?? 24) < 24 && (parts.minute ?? 60) < 60 ? { parts, index: before.index, end: first.end } : first;
}

export function parseDate(text: string | undefined, timeZone?: string): Date | undefined {
  if (!text) return undefined;
  const value = text.trim();
  // RFC 1123/2822 and other forms that carry their own zone (an API's "Tue Mar 05 23:41:07 +0800 2024"): the platform reads them right.
  if ((HAS_ZONE.test(value) || API_DATE.test(value)) && /[a-z]{3}/i.test(value)) {
    const parsed = valid(new Date(value));
    if (parsed) return parsed;
  }
  const found = findDate(spelledOut(value));
  return found && fromParts(found.parts, timeZone);
}

/** A date written in digits alone, as a meta's value may be ("20240305", `<meta name="pubdate">`); never in running text. */
const COMPACT_DATE = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const spelledOut = (value: string) => value.replace(COMPACT_DATE, '$1-$2-$3');

/** True when the text names a day without a time of day ("2021-10-29"): a calendar date, not an instant. */
export function namesDayOnly(text: string | undefined): boolean {
  if (!text) return false;
  const value = text.trim();
  if (HAS_ZONE.test(value) && /[a-z]{3}/i.test(value) && valid(new Date(value))) return false;
  const found = findDate(spelledOut(value));
  return found !== undefined && found.parts.hour === undefined;
}

/** An epoch's digits as an instant: milliseconds from 12 digits on, else seconds. */
export const fromEpoch = (digits: string): Date => new Date(digits.length > 11 ? Number(digits) : Number(digits) * 1000);

/** A date read from `text`, found at `from`, marked when the text gives only the day. */
export function foundDate(text: string, value: Date | undefined, from: string): Found<Date> | undefined {
  return value && { value, from, ...(namesDayOnly(text) && { dateOnly: true as const }) };
}

/** A zone after a time of day ("10:00:00 +0800", "9:15 GMT"); never a date's own digits (the "-2025" of "02-12-2025"). */
const TRAILING_ZONE = /\d:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*((?:GMT|UTC)?[+-]\d{2}:?\d{2}|GMT|UTC)\s*$/i;

/** The UTC offset a date text states for itself ("+05:30", "Z"), normalized; undefined when it states none. */
export function statedOffset(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const zone = findDate(text.trim())?.parts.zone ?? TRAILING_ZONE.exec(text.trim())?.[1];
  return zone ? offsetText(zoneOffsetMinutes(zone.replace(/^(?:GMT|UTC)(?=[+-])/i, ''))) : undefined;
}

/** Minutes east of UTC as an offset: "Z", "+05:30", "-04:00". */
export function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The offset a date's parts state, normalized as statedOffset() gives it. */
export const partsOffset = (parts: DateParts): string | undefined => (parts.zone ? offsetText(zoneOffsetMinutes(parts.zone)) : undefined);
