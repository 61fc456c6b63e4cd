// The zone a page's wall-clock times are in when they carry none: where the page's language
// is spoken. Chinese pages (by `lang`, a content-language meta, or their text) show Beijing
// time, Taiwan and Hong Kong pages their own, in their metadata too; a page in another language
// of one zone (Japanese, German, en-GB…) shows that zone's times to its readers.
import type { CheerioAPI } from 'cheerio';
import type { TextLine } from './text-lines.js';
import { queryPage } from '../page-index.js';

const ZONES: [RegExp, string][] = [
  [/^zh[-_](?:hant[-_])?tw\b/i, 'Asia/Taipei'],
  [/^zh[-_](?:hant[-_])?(?:hk|mo)\b/i, 'Asia/Hong_Kong'],
  [/^(?:zh|cn)\b/i, 'Asia/Shanghai'],
];

/**
 * Languages spoken in one zone, or a language's country ("en-GB"): where a page in it shows its
 * times. A language spread over zones (English, Spanish, Portuguese, Arabic, Russian) gives none.
 */
const LANGUAGE_ZONES: Record<string, string> = {
  'en-gb': 'Europe/London', 'en-uk': 'Europe/London', 'en-ie': 'Europe/Dublin', 'en-in': 'Asia/Kolkata', hi: 'Asia/Kolkata',
  'en-sg': 'Asia/Singapore', 'en-nz': 'Pacific/Auckland', 'es-es': 'Europe/Madrid', 'pt-pt': 'Europe/Lisbon', 'pt-br': 'America/Sao_Paulo',
  de: 'Europe/Berlin', 'de-at': 'Europe/Vienna', 'de-ch': 'Europe/Zurich', fr: 'Europe/Paris', 'fr-be': 'Europe/Brussels', 'fr-ch': 'Europe/Zurich',
  it: 'Europe/Rome', nl: 'Europe/Amsterdam', 'nl-be': 'Europe/Brussels', pl: 'Europe/Warsaw', cs: 'Europe/Prague', sk: 'Europe/Bratislava',
  hu: 'Europe/Budapest', sv: 'Europe/Stockholm', da: 'Europe/Copenhagen', nb: 'Europe/Oslo', nn: 'Europe/Oslo', no: 'Europe/Oslo',
  fi: 'Europe/Helsinki', el: 'Europe/Athens', ro: 'Europe/Bucharest', bg: 'Europe/Sofia', hr: 'Europe/Zagreb', sl: 'Europe/Ljubljana',
  uk: 'Europe/Kyiv', tr: 'Europe/Istanbul', he: 'Asia/Jerusalem', th: 'Asia/Bangkok', vi: 'Asia/Ho_Chi_Minh', ja: 'Asia/Tokyo', ko: 'Asia/Seoul',
  // Indonesian and Malay: the capital's zone, where the national press writes from.
  id: 'Asia/Jakarta', ms: 'Asia/Kuala_Lumpur',
};

/** Countries far from where these languages are otherwise spoken ("fr-CA", "fr-SN", "nl-SR"). */
const ABROAD = new Set(['ca', 'us', 'ma', 'dz', 'tn', 'sn', 'ci', 'cd', 'ht', 'sr', 'cy']);

/** The zone of a declared language: its country's entry, else the language's own unless the country lies abroad. */
function languageZone(lang: string): string | undefined {
  const [language = '', country] = lang.trim().toLowerCase().replace(/_/g, '-').split('-');
  if (!country) return LANGUAGE_ZONES[language];
  return LANGUAGE_ZONES[`${language}-${country}`] ?? (ABROAD.has(country) ? undefined : LANGUAGE_ZONES[language]);
}

const HAN = /[\u3400-\u9fff]/gu;
const KANA_OR_HANGUL = /[\u3041-\u3096\u30a1-\u30fa\uac00-\ud7af]/gu;
const LETTER = /\p{L}/gu;
const SAMPLE_LINES = 200;

/** Mostly Han characters, and next to no kana or hangul (Japanese, Korean): written in Chinese. */
const chineseText = (lines: TextLine[]): boolean => isChinese(lines.slice(0, SAMPLE_LINES).map((l) => l.text).join(''));

/** The text is mostly Han characters, with next to no kana or hangul. */
export function isChinese(sample: string): boolean {
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const han = count(HAN);
  // More than half of at least 20 letters: the letters of other pages need not be counted.
  if (han <= 10) return false;
  const letters = count(LETTER);
  return letters >= 20 && han / letters > 0.5 && count(KANA_OR_HANGUL) < han * 0.02;
}

const declaredLanguages = ($: CheerioAPI) => [queryPage($, 'html').attr('lang'), queryPage($, 'meta[http-equiv="content-language" i]').attr('content'), queryPage($, 'meta[name="language" i]').attr('content')];

/** English as the United States (or a page that says only "en") writes it: month first. */
const MONTH_FIRST = /^en(?:[-_](?:us|ph|ca))?$/i;
/** Languages whose dates run year first (2024/03/05): their slashed dates are left as read. */
const YEAR_FIRST = /^(?:zh|ja|ko|cn)\b/i;

/** True when the page's declared language writes numeric dates day first ("05/03/2024", en-GB, fr, de…). */
export function writesDayFirst($: CheerioAPI): boolean {
  const lang = declaredLanguages($).find((l) => l?.trim())?.trim();
  return !!lang && !MONTH_FIRST.test(lang) && !YEAR_FIRST.test(lang);
}

/**
 * The zone of the times a page shows its readers, by its declared language: metadata without an
 * offset is left as UTC (as Readability and most CMSs mean it), text is read where it is written.
 */
export function shownZone($: CheerioAPI): string | undefined {
  for (const lang of declaredLanguages($)) {
    const zone = lang?.trim() ? languageZone(lang) : undefined;
    if (zone) return zone;
  }
  return undefined;
}

export function pageZone($: CheerioAPI, lines: TextLine[]): string | undefined {
  for (const lang of declaredLanguages($)) {
    const zone = lang && ZONES.find(([re]) => re.test(lang.trim()))?.[1];
    if (zone) return zone;
  }
  return chineseText(lines) ? 'Asia/Shanghai' : undefined;
}
