/** Han, kana and hangul: one such character carries about as much as a word. */
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Text size with CJK characters counting double, so that scores and thresholds work across scripts. */
export const textUnits = (text: string): number => text.length + (text.match(WIDE)?.length ?? 0);
