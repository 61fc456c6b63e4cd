// Dates of the shapes pages write, to a Date. A time without a zone keeps its wall-clock
// digits as UTC; a date without a time is midnight UTC (how the seed's date came about).

const NUMERIC = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:[.,]\d+)?)?\s*秒?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|GMT|UTC)?/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})/i;
const MONTH_DAY_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|[ECMP][SD]T))\s*$/i;

function valid(date: Date): Date | undefined {
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 1970 || year > 2100 ? undefined : date;
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || /^(Z|GMT|UTC)$/i.test(zone)) return 0;
  const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm ?? 0));
}

function fromNumeric(m: RegExpExecArray): Date | undefined {
  const [, y, mo, d, h, mi, s, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const wall = Date.UTC(Number(y), month - 1, day, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  return valid(new Date(wall - zoneOffsetMinutes(zone) * 60_000));
}

export function parseDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const value = text.trim();
  const numeric = NUMERIC.exec(value);
  if (numeric) return fromNumeric(numeric);
  // RFC 1123/2822 and other forms that carry their own zone: the platform reads them right.
  if (HAS_ZONE.test(value) && /[a-z]{3}/i.test(value)) {
    const parsed = valid(new Date(value));
    if (parsed) return parsed;
  }
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return valid(new Date(Date.UTC(Number(dmy[3]), MONTHS.indexOf(dmy[2]!.toLowerCase()), Number(dmy[1]))));
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) return valid(new Date(Date.UTC(Number(mdy[3]), MONTHS.indexOf(mdy[1]!.toLowerCase()), Number(mdy[2]))));
  return undefined;
}
