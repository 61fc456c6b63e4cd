import { isSpaceCode } from '../clean/text-size.js';

/** Han, kana and hangul: one such character carries about as much as a word. */
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Text size with CJK characters counting double, so that scores and thresholds work across scripts. */
export const textUnits = (text: string): number => text.length + (text.match(WIDE)?.length ?? 0);

const isWideCode = (c: number) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);

/** `textUnits(text.replace(/\s+/g, ''))`, counted in one pass without copying the text. */
export function packedUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) units += isWideCode(c) ? 2 : 1;
  }
  return units;
}
