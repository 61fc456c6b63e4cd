// A page a web archive saved: the Wayback Machine's copy (its toolbar inserted, every address
// rewritten to web.archive.org/web/<time>/<address>) or archive.today's (its header on top, the
// page re-serialised, the head's metadata describing the capture, not the article). What the
// page's own address was, and when it was captured.
import type { CheerioAPI } from 'cheerio';
import { queryPage } from './page-index.js';

export interface Snapshot {
  /** The archived page's own address. */
  url: string;
  /** When the archive captured it: "now" for the relative times the page shows ("3 days ago"). */
  capturedAt?: Date;
  /** archive.today writes its own metadata in the head; the page's is gone. */
  ownHead: boolean;
}

/** archive.today's hosts (one archive, several domains). */
const ARCHIVE_TODAY_HOST = String.raw`https?:\/\/archive\.(?:ph|today|is|li|vn|fo|md)`;
/**
 * A Wayback address (a copy's links may leave its host out): its 14-digit time, a flag for the kind of copy ("id_",
 * "im_"), then the page's address.
 */
const WAYBACK = /^(?:https?:\/\/web\.archive\.org)?\/web\/(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)[a-z_]*\/(https?:\/\/.+)$/i;
const ARCHIVE_TODAY = new RegExp(String.raw`^${ARCHIVE_TODAY_HOST}\/`, 'i');

/** The page's address and capture time out of a Wayback address, or undefined. */
function fromWayback(url: string | undefined): Snapshot | undefined {
  const m = url ? WAYBACK.exec(url) : null;
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second, original] = m;
  return { url: original!, capturedAt: new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`), ownHead: false };
}

/** archive.today's capture: the address its header's "Saved from" box holds, the time its og:description states ("archived 2 Oct 2023 14:03:59 UTC"). */
function fromArchiveToday($: CheerioAPI, address: string | undefined): Snapshot | undefined {
  if (!address || !ARCHIVE_TODAY.test(address)) return undefined;
  const original = queryPage($, '#HEADER input[name="q"]').first().attr('value')?.trim();
  if (!original || !/^https?:\/\//i.test(original)) return undefined;
  const archived = /^archived\s+(.+)$/i.exec(queryPage($, 'meta[property="og:description"]').first().attr('content')?.trim() ?? '')?.[1];
  const time = archived ? new Date(archived) : undefined;
  return { url: original, capturedAt: time && !Number.isNaN(time.getTime()) ? time : undefined, ownHead: true };
}

/** The snapshot a page is, by the address it was fetched from or the one it declares (its canonical, og:url); undefined for any other page. */
export function archivedCopy($: CheerioAPI, address: string | undefined): Snapshot | undefined {
  return fromWayback(address) ?? fromArchiveToday($, address);
}

/** A link as an archive rewrote it: Wayback's copy of the address (`/web/<time>/<address>`), archive.today's redirect (`/o/<id>/<address>`). */
const ARCHIVE_TODAY_LINK = new RegExp(String.raw`^${ARCHIVE_TODAY_HOST}\/o\/\w+\/(https?:\/\/.+)$`, 'i');

/** The copy's links as the page wrote them: the article's, pointing where its writer pointed (a profile, a source). Images stay on the archive. */
export function unwrapLinks($: CheerioAPI): void {
  for (const a of queryPage($, 'a[href]').toArray()) {
    const href = a.attribs.href!.trim();
    const original = WAYBACK.exec(href)?.[7] ?? ARCHIVE_TODAY_LINK.exec(href)?.[1];
    if (original) a.attribs.href = original;
  }
}

/** archive.today's head: the capture's title, time and address as if they were the article's (its published_time is the capture's). */
export const ARCHIVE_HEAD = 'head meta[property], head meta[itemprop], head meta[name="description"], head link[rel="canonical"], #HEADER';
