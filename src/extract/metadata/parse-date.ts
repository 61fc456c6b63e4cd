// Dates of the shapes pages write, to a Date. An explicit zone is kept. A time without a
// zone keeps its wall-clock digits as UTC, unless a zone (--timezone) says where the site
// is; a date without a time is midnight (how the seed's date came about).
import { wallClockIn } from './zone.js';

const NUMERIC = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:[.,]\d+)?)?\s*秒?)?\s*(?:([AP])\.?M\.?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|GMT|UTC)?/i;
/** 9/17/2004 5:54:13 AM: month first, as US-English servers write it, unless the first number cannot be a month. */
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AP])\.?M\.?)?)?/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})/i;
const MONTH_DAY_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|[ECMP][SD]T))\s*$/i;

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "Z", "+08:00", "GMT"… when the text gives one. */
  zone?: string;
}

function valid(date: Date): Date | undefined {
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 1970 || year > 2100 ? undefined : date;
}

function zoneOffsetMinutes(zone: string): number {
  if (/^(Z|GMT|UTC)$/i.test(zone)) return 0;
  const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm ?? 0));
}

const hour24 = (hour: string | undefined, half: string | undefined): number | undefined => {
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

function numericParts(m: RegExpExecArray): DateParts {
  const [, y, mo, d, h, mi, s, half, zone] = m;
  return { year: Number(y), month: Number(mo), day: Number(d), hour: hour24(h, half), minute: mi === undefined ? undefined : Number(mi), second: s === undefined ? undefined : Number(s), zone };
}

function slashedParts(m: RegExpExecArray): DateParts {
  const [, a, b, y, h, mi, s, half] = m;
  const [month, day] = Number(a) > 12 ? [Number(b), Number(a)] : [Number(a), Number(b)];
  return { year: Number(y), month, day, hour: hour24(h, half), minute: mi === undefined ? undefined : Number(mi), second: s === undefined ? undefined : Number(s) };
}

function wordParts(value: string): DateParts | undefined {
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return { year: Number(dmy[3]), month: MONTHS.indexOf(dmy[2]!.toLowerCase()) + 1, day: Number(dmy[1]) };
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) return { year: Number(mdy[3]), month: MONTHS.indexOf(mdy[1]!.toLowerCase()) + 1, day: Number(mdy[2]) };
  return undefined;
}

/** The first date written in `text`, with where it starts and ends, as parts. */
export function findDate(text: string): { parts: DateParts; index: number; end: number } | undefined {
  const numeric = NUMERIC.exec(text);
  if (numeric) return { parts: numericParts(numeric), index: numeric.index, end: numeric.index + numeric[0].trimEnd().length };
  const slashed = SLASHED.exec(text);
  if (slashed) return { parts: slashedParts(slashed), index: slashed.index, end: slashed.index + slashed[0].trimEnd().length };
  return undefined;
}

export function parseDate(text: string | undefined, timeZone?: string): Date | undefined {
  if (!text) return undefined;
  const value = text.trim();
  const found = findDate(value);
  if (found) return fromParts(found.parts, timeZone);
  // RFC 1123/2822 and other forms that carry their own zone: the platform reads them right.
  if (HAS_ZONE.test(value) && /[a-z]{3}/i.test(value)) {
    const parsed = valid(new Date(value));
    if (parsed) return parsed;
  }
  const words = wordParts(value);
  return words && fromParts(words, timeZone);
}
