// Escaping text only where Markdown would read it as syntax. Turndown escapes each text node
// blind; we wrap every text node in marks instead and decide afterwards, on the whole output,
// with the characters really next to each one (line start, flanking, brackets).

/** Private marks (Unicode noncharacters, stripped from the page's own text). */
export const TEXT_OPEN = '\uFDD0';
export const TEXT_CLOSE = '\uFDD1';
/** Put before a character a rule wants escaped whatever its context. */
export const FORCE = '\uFDD2';
/** A <br>: a hard break inside a paragraph, a paragraph break when doubled, nothing at its ends. */
export const BREAK = '\uFDD3';
/** Around a table's caption, for the table rule to place above the table. */
export const CAPTION = '\uFDD4';
/** Around a table's footer rows, for the table rule to place after its body rows. */
export const FOOTER = '\uFDD5';
const MARKS = /[\uFDD0-\uFDD5]/g;

/** Turndown's `escape` hook: marks the text (its edge whitespace stays outside the marks). */
export function markText(text: string): string {
  const clean = text.replace(MARKS, '');
  // Found by index, not by a regex: a regex backtracks quadratically over long space runs.
  let start = 0;
  while (start < clean.length && /\s/.test(clean[start]!)) start++;
  if (start === clean.length) return clean;
  let end = clean.length;
  while (/\s/.test(clean[end - 1]!)) end--;
  return `${clean.slice(0, start)}${TEXT_OPEN}${clean.slice(start, end)}${TEXT_CLOSE}${clean.slice(end)}`;
}

/** A marked string with no marks. */
export const unmark = (s: string): string => s.replace(MARKS, '');

const isSpace = (c: string) => c === '' || /\s/u.test(c);
const isWord = (c: string) => /[\p{L}\p{N}]/u.test(c);
const isAsciiPunct = (c: string) => /[!-/:-@[-`{-~]/.test(c);
/** Block containers a line may open with before its text: quote marks, list markers. */
const CONTAINER_PREFIX = /^(?: {0,3}(?:>|[-+*]|\d{1,9}[.)])(?: +|$))* *$/;

interface Plain {
  text: string;
  /** Whether each character came from page text (so may need escaping): 1 or 0. */
  fromText: Uint8Array;
  forced: Uint8Array;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The text without its marks, in runs between them (not character by character: long articles). */
function toPlain(marked: string): Plain {
  const runs: string[] = [];
  const fromText = new Uint8Array(marked.length);
  const forced = new Uint8Array(marked.length);
  let length = 0;
  let runStart = 0;
  let inText = 0;
  let force = 0;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch === TEXT_OPEN || ch === TEXT_CLOSE || ch === FORCE) {
      runs.push(marked.slice(runStart, i));
      runStart = i + 1;
      if (ch === FORCE) force = 1;
      else inText = ch === TEXT_OPEN ? 1 : 0;
      continue;
    }
    fromText[length] = inText;
    forced[length++] = force;
    // A character beyond the BMP is two code units, both marked as it is.
    if (isHighSurrogate(marked.charCodeAt(i)) && isLowSurrogate(marked.charCodeAt(i + 1))) {
      fromText[length] = inText;
      forced[length++] = force;
      i++;
    }
    force = 0;
  }
  runs.push(marked.slice(runStart));
  return { text: runs.join(''), fromText: fromText.subarray(0, length), forced: forced.subarray(0, length) };
}

/** Whether position i is the first character of a line's text (after container markers). */
function atLineStart(p: Plain, i: number): boolean {
  const start = p.text.lastIndexOf('\n', i - 1) + 1;
  for (let k = start; k < i; k++) if (p.fromText[k]) return false;
  return CONTAINER_PREFIX.test(p.text.slice(start, i));
}

function lineStartEscape(p: Plain, i: number): number | undefined {
  const rest = p.text.slice(i, p.text.indexOf('\n', i) === -1 ? undefined : p.text.indexOf('\n', i));
  if (/^(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|(?:-[ \t]*){3,}$|\[[ xX]\])/.test(rest)) return i;
  const ordered = /^\d{1,9}([.)])(?:[ \t]|$)/.exec(rest);
  return ordered ? i + ordered[0].indexOf(ordered[1]!) : undefined;
}

function lineOf(t: string, i: number): string {
  const end = t.indexOf('\n', i);
  return t.slice(t.lastIndexOf('\n', i) + 1, end === -1 ? undefined : end);
}

/** Whether the text character at i would be read as Markdown syntax where it stands. */
function needsEscape(p: Plain, i: number): boolean {
  const t = p.text;
  const c = t[i]!;
  const prev = t[i - 1] ?? '';
  const next = t[i + 1] ?? '';
  switch (c) {
    case '\\': return next === '' || next === '\n' || isAsciiPunct(next);
    case '`': return true;
    case '*': return !(isSpace(prev) && isSpace(next));
    case '~': return !(isSpace(prev) && isSpace(next)) && lineOf(t, i).split('~').length > 2;
    case '_': return !((isWord(prev) && isWord(next)) || (isSpace(prev) && isSpace(next)));
    case ']': return next === '(' || next === '[' || next === ':';
    case '[': return next === '^';
    case '<': return /[A-Za-z/!?]/.test(next);
    case '&': return /^&#?[A-Za-z0-9]+;/.test(t.slice(i, i + 34));
    case '$': return /\S/.test(next) && /\S\$/.test(t.slice(i + 1, i + 1 + lineOf(t, i).length));
    default: return false;
  }
}

/** Resolves the marks: escapes what needs it, and nothing else. */
export function finalizeText(marked: string): string {
  const p = toPlain(marked);
  const escapeAt = new Set<number>();
  for (let i = 0; i < p.text.length; i++) {
    if (p.forced[i]) escapeAt.add(i);
    if (!p.fromText[i]) continue;
    if ((i === 0 || !p.fromText[i - 1] || p.text[i - 1] === '\n') && atLineStart(p, i)) {
      const at = lineStartEscape(p, i);
      if (at !== undefined && p.fromText[at]) escapeAt.add(at);
    }
    if (needsEscape(p, i)) escapeAt.add(i);
  }
  if (!escapeAt.size) return p.text;
  const parts: string[] = [];
  let from = 0;
  // '<' is written as an entity: a backslash escape is not read inside an HTML block.
  for (const i of [...escapeAt].sort((a, b) => a - b)) {
    parts.push(p.text.slice(from, i), p.text[i] === '<' ? '&lt;' : `\\${p.text[i]}`);
    from = i + 1;
  }
  parts.push(p.text.slice(from));
  return parts.join('');
}

/** A line's lead: its quote marks and its list marker. */
const LINE_LEAD = /^([ >]*)((?:[-+*]|\d{1,9}[.)]) +)?/;

/** Resolves <br> marks by where they stand (see BREAK). */
export function resolveBreaks(md: string): string {
  // A mark with text right after it (its newline gone with the spaces of an inline element that held it) breaks the line too,
  // its next line set under the one it ends (a quote's marks, a list item's indent).
  return md.replace(/(?:\uFDD3[^\S\n]*(?:\n([ >]*)|$)?)+/g, (run: string, newlinePrefix: string | undefined, offset: number, all: string) => {
    const after = all[offset + run.length] ?? '';
    const lineBefore = all.slice(all.lastIndexOf('\n', offset - 1) + 1, offset);
    const lead = LINE_LEAD.exec(lineBefore)!;
    const prefix = newlinePrefix ?? lead[1]! + ' '.repeat(lead[2]?.length ?? 0);
    if (after === '' || after === '\n') return '\n';
    if (lead[0].length === lineBefore.length) return prefix;
    if (run.split(BREAK).length > 2) return `\n${prefix.trimEnd()}\n${prefix}`;
    return `\\\n${prefix}`;
  });
}
