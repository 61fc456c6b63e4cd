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

export function pageZone($: CheerioAPI, lines: TextLine[]): string | undefined {
  const declared = [queryPage($, 'html').attr('lang'), queryPage($, 'meta[http-equiv="content-language" i]').attr('content'), queryPage($, 'meta[name="language" i]').attr('content')];
  for (const lang of declared) {
    const zone = lang && ZONES.find(([re]) => re.test(lang.trim()))?.[1];
    if (zone) return zone;
  }
  return chineseText(lines) ? 'Asia/Shanghai' : undefined;
}
