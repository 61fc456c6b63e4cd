// A Markdown body as lines, each marked as inside a fenced code block or not: what the
// Hexo-safe pass and the excerpt marker both need to know before touching a line.

export interface MarkdownLine {
  text: string;
  /** Part of a fenced code block: its opening and closing fence lines included. */
  fenced: boolean;
}

/** An opening fence: after `>` quote markers, indentation and one list marker, three or more ` or ~. */
const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$/;

/** Splits on `\n`; a fence is closed by a run of the same character at least as long (CommonMark). */
export function markdownLines(markdown: string): MarkdownLine[] {
  const lines: MarkdownLine[] = [];
  let fence: string | undefined;
  for (const text of markdown.split('\n')) {
    if (fence) {
      lines.push({ text, fenced: true });
      const close = FENCE_CLOSE.exec(text)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      continue;
    }
    const open = FENCE_OPEN.exec(text);
    // A backtick fence's info string cannot hold a backtick (```a``` is a code span).
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      fence = open[1]!;
      lines.push({ text, fenced: true });
    } else {
      lines.push({ text, fenced: false });
    }
  }
  return lines;
}
