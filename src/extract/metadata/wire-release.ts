// A press release carried by a wire service opens with a dateline naming the wire and then the
// company that issued it: "BOSTON, March 5, 2024 /PRNewswire/ -- Halcyon Biotherapeutics, Inc.
// (Nasdaq: HLCY), a clinical-stage company…", "AUSTIN, Texas--(BUSINESS WIRE)--Veridian Robotics,
// a developer of…". The issuer is the release's author; the wire only carries it.
import type { Found } from './found.js';
import type { TextLine } from './text-lines.js';

/** The place and date, then the wire's name between slashes or brackets, then a dash. */
const DATELINE = /^\p{Lu}[^/()]{1,100}?\s*(?:--|[—–])?\s*[/(]\s*([A-Za-z][A-Za-z .]{0,30}?(?:wire|Wire|WIRE)(?:\.com)?)\s*[/)]\s*(?:--|[—–-])\s*(.+)$/u;
/** Where the issuer's name ends: its ticker in brackets, a clause after a comma, or the verb of the announcement. */
const ISSUER = /^(\p{Lu}[\p{L}\d&.'’ -]{1,80}?)(?=\s*\(|,\s|\s+(?:today|announced|reported|has|have|is|will|unveiled|launched|introduced)\b)/u;
/** A company's legal form after its name ("Inc.", "ASA"). */
export const LEGAL_FORMS = String.raw`Inc|Corp|Corporation|Ltd|Limited|LLC|L\.P|PLC|plc|GmbH|AG|ASA|SA|S\.A|N\.V|NV|AB|Co`;
/** Or the issuer's name with its legal form, whose comma is part of it ("Copperline Software, Inc."). */
const LEGAL_FORM = new RegExp(String.raw`^(\p{Lu}[\p{L}\d&.'’ -]{1,80}?,?\s+(?:${LEGAL_FORMS})\.?)(?=[\s,(])`, 'u');
const MAX_NAME_WORDS = 8;
/** A release's first paragraph is a sentence of some length, not a teaser's line. */
const MIN_DATELINE_LINE = 80;

/** The letters of a wire's name, however the page spells it ("GLOBE NEWSWIRE", "GlobeNewswire"). */
const letters = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

export interface WireRelease {
  wire: string;
  issuer: Found<string>;
}

/** The wire and the issuer the first dateline of the page's text names. */
export function wireRelease(lines: TextLine[]): WireRelease | undefined {
  for (const line of lines) {
    if (line.text.length < MIN_DATELINE_LINE) continue;
    const dateline = DATELINE.exec(line.text);
    if (!dateline) continue;
    const rest = dateline[2]!;
    const name = (LEGAL_FORM.exec(rest) ?? ISSUER.exec(rest))?.[1]?.trim();
    if (!name || name.split(/\s+/).length > MAX_NAME_WORDS) return undefined;
    return { wire: dateline[1]!, issuer: { value: name, from: `the company the press release's dateline names after ${dateline[1]}` } };
  }
  return undefined;
}

/** True when `name` is the wire's own ("Business Wire" for "(BUSINESS WIRE)"). */
export const namesWire = (name: string, wire: string): boolean => letters(name) === letters(wire.replace(/\.com$/, ''));
