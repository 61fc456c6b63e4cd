// The scoring of bench/extract.mjs, free of I/O: the body metric of shared/corpus/README.md
// (the Zyte benchmark's evaluate.py) with a choice of tokenizer, the metadata matches, and
// modern-dev's measures (its README: lenient title, byline names, same day, snippets).
//
// Body metric: 4-gram shingles of tokens, per-page precision/recall, corpus means, F1 of
// the means. Tokens are \w+ runs (tokenizeWordRuns); for Chinese, where a \w+ run is a
// whole sentence, each Han character is a token of its own (tokenizeHanChars).

// ---------------------------------------------------------------- tokenizers

/** Runs of Unicode word characters: letters, digits, marks, underscore (Python's \w+). */
const WORD_RUN = /[\p{L}\p{N}\p{M}_]+/gu;
/** One Han character, or a run of word characters that are not Han. */
const HAN_CHAR_OR_WORD_RUN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}_])+/gu;

export function tokenizeWordRuns(text) {
  return (text ?? '').match(WORD_RUN) ?? [];
}

export function tokenizeHanChars(text) {
  return (text ?? '').match(HAN_CHAR_OR_WORD_RUN) ?? [];
}

// ---------------------------------------------------------------- body metric

const SHINGLE_SIZE = 4;

/** Counts of the 4-grams of consecutive tokens (a shorter text gives one shorter tuple, none when empty). */
function shingleCounts(tokens) {
  const counts = new Map();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalized [tp, fp, fn] of one page. */
export function shingleMatch(truth, predicted, tokenize = tokenizeWordRuns) {
  const truthCounts = shingleCounts(tokenize(truth));
  const predCounts = shingleCounts(tokenize(predicted));
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...truthCounts.keys(), ...predCounts.keys()])) {
    const t = truthCounts.get(key) ?? 0;
    const p = predCounts.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function precisionScore([tp, fp, fn]) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore([tp, fp, fn]) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function f1Score(precision, recall) {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Corpus precision and recall are means over pages (precision where tp+fp > 0, recall where tp+fn > 0). */
function corpusBodyScores(matches) {
  const precision = mean(matches.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(matches.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  return { precision, recall, f1: f1Score(precision, recall) };
}

/** Corpus precision, recall and F1 of predicted texts against truths, plus each page's scores. */
export function bodyScores(truths, predicted, tokenize = tokenizeWordRuns) {
  const matches = truths.map((truth, i) => shingleMatch(truth, predicted[i], tokenize));
  const perPage = matches.map((match) => {
    const precision = match[0] + match[1] > 0 ? precisionScore(match) : 0;
    const recall = recallScore(match);
    return { precision, recall, f1: f1Score(precision, recall) };
  });
  return { ...corpusBodyScores(matches), perPage };
}

// ---------------------------------------------------------------- metadata matches

const normalizeSpace = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

export function sameText(expected, actual) {
  return normalizeSpace(expected) === normalizeSpace(actual);
}

/**
 * The same names in the same order, whatever stands between them: a byline as a page lays it out
 * ("王建宏 张文攀", spaces) and as a list ("王建宏, 张文攀") name the same two people.
 */
export function sameNames(expected, actual) {
  const names = (text) => (text ?? '').split(/[\s,，、;；]+/).filter(Boolean).join('\n');
  return names(expected) === names(actual);
}

/** The title rule: the expected title, or that title minus a site-name suffix. */
export function sameTitle(expected, actual) {
  if (sameText(expected, actual)) return true;
  const title = normalizeSpace(expected);
  for (const m of title.matchAll(/\s[|\-–—:·»/]\s|\s?[|｜_]\s?/g)) {
    if (m.index > 0 && title.slice(0, m.index).trim() === normalizeSpace(actual)) return true;
  }
  return false;
}

/** A byline as a person's name: Readability keeps the "By " of the page, a name does not. */
const bylineName = (text) => normalizeSpace(text).replace(/^(?:written by|posted by|by|par|von|door|por)\s+/i, '').toLowerCase();

/**
 * The same name, or the expected byline block starts with the name and goes on with what
 * is not part of it ("Nathan Willis\n October 14, 2015", "Brenda Goodman, MA\n WebMD News").
 */
export function sameByline(expected, actual) {
  const want = bylineName(expected);
  const got = bylineName(actual);
  if (!got) return false;
  return want === got || (got.length >= 2 && want.startsWith(got) && /^[\s(,;|·–—-]/.test(want.slice(got.length)));
}

/** The numbers a ground-truth date shows, in order: year, month, day, hour, minute (as many as it has). */
function dateDigits(text) {
  const parts = /(\d{4})(?:\D+(\d{1,2}))?(?:\D+(\d{1,2}))?(?:\D+(\d{1,2})\D+(\d{1,2}))?/.exec(text ?? '');
  return parts ? parts.slice(1).filter((part) => part !== undefined).map(Number) : [];
}

function utcDigits(date) {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
}

/** The wall clock the instant shows in an IANA zone: year, month, day, hour, minute. */
function zoneDigits(date, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(date);
  return ['year', 'month', 'day', 'hour', 'minute'].map((type) => Number(parts.find((p) => p.type === type).value));
}

/**
 * True when the extracted date shows the same Y(-M(-D( H:M))) as the ground truth's digits:
 * in `timeZone` when the truth is a time as the page shows it (Chinese pages: Beijing time), else in UTC.
 */
export function sameDate(expectedText, actual, timeZone) {
  const expected = dateDigits(expectedText);
  if (!(actual instanceof Date) || Number.isNaN(actual.getTime()) || expected.length === 0) return false;
  const got = timeZone ? zoneDigits(actual, timeZone) : utcDigits(actual);
  return expected.every((value, i) => got[i] === value);
}

/** ISO-like truth (Readability's publishedTime): the instant's UTC Y-M-D, and H:M when it has a time. */
export function sameInstant(expectedIso, actual) {
  const expected = new Date(expectedIso);
  if (Number.isNaN(expected.getTime())) return false;
  const digits = utcDigits(expected).slice(0, /T\d/.test(expectedIso) ? 5 : 3);
  return sameDate(digits.join('-'), actual);
}

/** A ground-truth value that says something (not empty, not the dataset's UNKNOWN). */
export const known = (value) => typeof value === 'string' && value.trim() !== '' && value.trim() !== 'UNKNOWN';

/** Share of the items with an expected value (expectedOf not undefined) that match it. */
export function matchRate(items, expectedOf, matches) {
  const scored = items.filter((item) => expectedOf(item) !== undefined);
  const hits = scored.filter((item) => matches(expectedOf(item), item));
  return { rate: scored.length ? hits.length / scored.length : 0, hits: hits.length, of: scored.length };
}

// ---------------------------------------------------------------- modern-dev matches
// As shared/corpus/modern-dev/README.md measures them ("Measures").

/** For the lenient title: NFKC, lower case, no punctuation, symbols or whitespace at all. */
const looseText = (text) => (text ?? '').normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');

/** The lenient title rule: equal when case, punctuation and symbols are ignored. */
export function sameTitleLoose(expected, actual) {
  const want = looseText(expected);
  return want !== '' && want === looseText(actual);
}

const LEADING_BY = /^by\s+/i;
/** Where a byline lists several names: "A, B and C", "A & B", "A; B". */
const NAME_SEPARATOR = /\s*(?:[,;&]|\band\b)\s*/i;

/** The names a byline lists, lower case, each without a leading "By". */
export function bylineNames(byline) {
  return normalizeSpace(byline)
    .replace(LEADING_BY, '')
    .split(NAME_SEPARATOR)
    .map((name) => name.replace(LEADING_BY, '').toLowerCase())
    .filter((name) => name !== '');
}

const isWordChar = (char) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** `word` occurs in `text` with no letter or digit right before or after it. */
function containsWord(text, word) {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  }
  return false;
}

/** Every name the expected byline lists is in the extracted one (case-insensitive, as whole words). */
export function allNamesPresent(expected, actual) {
  const names = bylineNames(expected);
  const got = normalizeSpace(actual).toLowerCase();
  return names.length > 0 && got !== '' && names.every((name) => containsWord(got, name));
}

const pad2 = (n) => String(n).padStart(2, '0');

/** The calendar day an instant falls on in an IANA zone or at a UTC offset ("+05:30", "Z"), as YYYY-MM-DD. */
function dayIn(date, timeZone) {
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(timeZone);
  if (offset || timeZone === 'Z') {
    const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
    return new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, 10);
  }
  const [year, month, day] = zoneDigits(date, timeZone);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The UTC offset a date string states ("…+05:30", "…Z"), for the day as its page shows it. */
export function statedOffset(text) {
  const m = /(Z|[+-]\d{2}:?\d{2})\s*$/i.exec(String(text ?? '').trim());
  return m ? m[1].toUpperCase() : undefined;
}

/**
 * The expected YYYY-MM-DD is the extracted instant's day in UTC, in one of `timeZones` (the
 * page's language's), or in the zone the extractor says the page shows its date in.
 */
export function sameDay(expectedDay, actual, timeZones = []) {
  if (!(actual instanceof Date) || Number.isNaN(actual.getTime())) return false;
  return ['UTC', ...timeZones].some((zone) => dayIn(actual, zone) === expectedDay.trim());
}

/**
 * One page's snippets: `with` strings found in the text are hits (the others misses), `without`
 * strings found are false positives; a substring match after collapsing whitespace, case kept.
 */
export function snippetCounts(withSnippets, withoutSnippets, text) {
  const haystack = normalizeSpace(text);
  const found = (snippet) => normalizeSpace(snippet) !== '' && haystack.includes(normalizeSpace(snippet));
  const hits = withSnippets.filter(found).length;
  return { hits, misses: withSnippets.length - hits, falsePositives: withoutSnippets.filter(found).length };
}

/** Precision, recall and F1 over all the snippets of several pages (their counts summed). */
export function snippetScores(pageCounts) {
  const sum = (key) => pageCounts.reduce((total, counts) => total + counts[key], 0);
  const [hits, misses, falsePositives] = [sum('hits'), sum('misses'), sum('falsePositives')];
  const precision = hits + falsePositives > 0 ? hits / (hits + falsePositives) : 0;
  const recall = hits + misses > 0 ? hits / (hits + misses) : 0;
  return { precision, recall, f1: f1Score(precision, recall), hits, misses, falsePositives };
}
