// The zone a page's wall-clock times are in when they carry none: where the page's language
// is spoken. Chinese pages (by `lang`, a content-language meta, or their text) show Beijing
// time; Taiwan and Hong Kong pages their own.
import type { CheerioAPI } from 'cheerio';
import type { TextLine } from './text-lines.js';
import { queryPage } from '../page-index.js';

const ZONES: [RegExp, string][] = [
  [/^zh[-_](?:hant[-_])?tw\b/i, 'Asia/Taipei'],
  [/^zh[-_](?:hant[-_])?(?:hk|mo)\b/i, 'Asia/Hong_Kong'],
  [/^(?:zh|cn)\b/i, 'Asia/Shanghai'],
];

const HAN = /[\u3400-\u9fff]/gu;
const KANA_OR_HANGUL = /[\u3041-\u3096\u30a1-\u30fa\uac00-\ud7af]/gu;
const LETTER = /\p{L}/gu;
const SAMPLE_LINES = 200;

/** Mostly Han characters, and next to no kana or hangul (Japanese, Korean): written in Chinese. */
function chineseText(lines: TextLine[]): boolean {
  const sample = lines.slice(0, SAMPLE_LINES).map((l) => l.text).join('');
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

export function pageZone($: CheerioAPI, lines: TextLine[]): string | undefined {
  for (const lang of declaredLanguages($)) {
    const zone = lang && ZONES.find(([re]) => re.test(lang.trim()))?.[1];
    if (zone) return zone;
  }
  return chineseText(lines) ? 'Asia/Shanghai' : undefined;
}
