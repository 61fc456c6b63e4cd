// The post's date as a front-matter dialect writes it: the instant as a wall-clock time in the
// zone the post is shown in, or, for a page that gives only the day, that calendar day as it is.
import { offsetAt } from '../extract/metadata/zone.js';
import type { Article } from '../types.js';

export type PostDate = Pick<Article, 'dateOnly' | 'dateZone'> & { date: Date };

/** A date's fields as shown in a zone, and the zone's offset then (minutes east of UTC). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offset: number;
}

const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** Minutes east of UTC: `zone` is an IANA name, `Z`/`UTC`, or a stated offset such as `+05:30`. */
function offsetIn(zone: string, utcMs: number): number {
  if (zone === 'Z' || zone === 'UTC') return 0;
  const stated = OFFSET.exec(zone);
  if (stated) return (stated[1] === '-' ? -1 : 1) * (Number(stated[2]) * 60 + Number(stated[3]));
  return offsetAt(zone, utcMs);
}

/** The wall clock of `date` in `zone`; a day without a time stays that day at midnight. */
export function wallClock({ date, dateOnly }: PostDate, zone: string): WallClock {
  const offset = dateOnly ? 0 : offsetIn(zone, date.getTime());
  const shown = new Date(date.getTime() + offset * 60_000);
  return {
    year: shown.getUTCFullYear(), month: shown.getUTCMonth() + 1, day: shown.getUTCDate(),
    hour: shown.getUTCHours(), minute: shown.getUTCMinutes(), second: shown.getUTCSeconds(), offset,
  };
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 2021-10-29 */
export const isoDay = (w: WallClock) => `${w.year}-${pad(w.month)}-${pad(w.day)}`;

/** 08:30:00 */
export const clockTime = (w: WallClock) => `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;

/** +08:00, or `separator` '' for +0800. */
export function offsetText(minutes: number, separator = ':'): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}
