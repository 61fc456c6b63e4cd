// Posts that Hexo renders as the article was, template code and all.
//
// Hexo runs every post through Nunjucks (hexo/dist/hexo/post.js, extend/tag.js): `{{ … }}`
// is evaluated (an unknown name prints nothing), `{% … %}` is a tag (an unknown one fails
// `hexo generate`), `{# … #}` is dropped before Markdown even runs, and a `#}` that closes
// nothing fails the post ("unexpected end of comment"). What Hexo already keeps away from
// Nunjucks, and is left alone here:
// - fenced code blocks: highlighted and stashed before Nunjucks (backtick_code_block.js), or,
//   with the highlighter off, passed over like inline code;
// - code spans and every rendered `<code>…</code>`: their braces become &#123; &#125; just
//   before Nunjucks runs (Tag#render), except in one that holds `{% raw %}`, which Nunjucks
//   then renders: such a code span is written as an HTML `<code>` with its braces as entities;
// - HTML comments: stashed and put back after Nunjucks.
// Everything else gets the brace of each `{{`, `{%`, `{#` and `#}` written as `&#123;`/`&#125;`:
// HTML, CommonMark (in text, link text and destinations, titles) and browsers read it back as
// the brace, Nunjucks and Hexo's pre-pass never see a delimiter, and the reader sees the same.
// Inside `<style>`/`<script>`, where an entity would not be decoded, the content is wrapped
// in `{% raw %}…{% endraw %}` instead, which Hexo passes through byte for byte.
// A body without any of these delimiters is returned unchanged.
import { markdownLines } from './markdown-lines.js';

/** `{{`, `{%`, `{#` open a Nunjucks variable, tag or comment; a stray `#}` is an error. */
const DELIMITER = /\{[{%#]|#\}/;
const DELIMITER_BRACE = /\{(?=[{%#])|(?<=#)\}/g;
const OPEN = '&#123;';
const CLOSE = '&#125;';
const braceEntity = (brace: string) => (brace === '{' ? OPEN : CLOSE);

export const needsProtection = (body: string): boolean => DELIMITER.test(body);

/** Markdown (and the text body, which Hexo renders as Markdown): protects text outside code. */
export function protectMarkdown(markdown: string): string {
  if (!needsProtection(markdown)) return markdown;
  const out: string[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length) out.push(protectInline(chunk.join('\n')));
    chunk = [];
  };
  for (const line of markdownLines(markdown)) {
    if (line.fenced) {
      flush();
      out.push(line.text);
    } else {
      chunk.push(line.text);
    }
  }
  flush();
  return out.join('\n');
}

/** Text between fences: code spans are kept, backslash escapes honoured, delimiters escaped. */
function protectInline(text: string): string {
  if (!needsProtection(text)) return text;
  const unclosed = new Map<number, number>();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      // `\{` before an opener: the entity is literal already, the backslash has to go.
      if (text[i + 1] === '{' && /[{%#]/.test(text[i + 2] ?? '')) out += OPEN;
      else out += text.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      const end = codeSpanEnd(text, i, unclosed);
      const span = text.slice(i, end);
      out += RAW_TAG_IN_CODE.test(span) ? codeSpanAsHtml(span) : span;
      i = end;
    } else if ((char === '{' && /[{%#]/.test(text[i + 1] ?? '')) || (char === '}' && text[i - 1] === '#')) {
      out += braceEntity(char);
      i++;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

/** What Hexo takes for a raw block in a code span (post.js, extend/tag.js). */
const RAW_TAG_IN_CODE = /\{% *raw *%\}/;
/** Characters that would be Markdown or HTML inside an HTML `<code>`, as numeric references. */
const CODE_ENTITY = /[&<>{}\\`*_[\]~|]/g;

/** A code span as the `<code>` CommonMark would make of it, every brace and Markdown character an entity. */
function codeSpanAsHtml(span: string): string {
  const fence = /^`+/.exec(span)![0].length;
  let code = span.slice(fence, span.length - fence).replace(/\r?\n/g, ' ');
  if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
  return `<code>${code.replace(CODE_ENTITY, (c) => `&#${c.charCodeAt(0)};`)}</code>`;
}

const BLANK_LINE = /[ \t]*(?:\n|$)/y;
const blankLineAt = (text: string, at: number) => {
  BLANK_LINE.lastIndex = at;
  return BLANK_LINE.test(text);
};

/**
 * Where the backtick run at `start` stops: after its code span's closing run (the same length,
 * in the same paragraph), or right after the run itself when it opens no code span.
 */
function codeSpanEnd(text: string, start: number, unclosed: Map<number, number>): number {
  let open = start;
  while (text[open] === '`') open++;
  const length = open - start;
  // A run of this length found no closing run up to there: neither will this one.
  if (open <= (unclosed.get(length) ?? -1)) return open;
  let i = open;
  while (i < text.length) {
    const char = text[i];
    if (char === '\n' && blankLineAt(text, i + 1)) break; // a blank line ends the paragraph
    if (char !== '`') {
      i++;
      continue;
    }
    let run = i;
    while (text[run] === '`') run++;
    if (run - i === length) return run;
    i = run;
  }
  unclosed.set(length, i);
  return open;
}

/** Elements whose text the HTML parser does not decode: entities would show as typed. */
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;
/** `{% raw %}`, `{% endraw %}` and the like inside a raw block would end or nest it. */
const RAW_TAG = /\{%[^%]*raw/;

/** An HTML body: the delimiters' braces as entities, but `<style>`/`<script>` content in a raw block. */
export function protectHtml(html: string): string {
  if (!needsProtection(html)) return html;
  let out = '';
  let last = 0;
  for (const match of html.matchAll(RAW_TEXT)) {
    const [whole, open, , content, close] = match as unknown as [string, string, string, string, string];
    out += html.slice(last, match.index).replace(DELIMITER_BRACE, braceEntity);
    const raw = needsProtection(content) && !RAW_TAG.test(content);
    out += raw ? `${open}{% raw %}${content}{% endraw %}${close}` : whole;
    last = match.index + whole.length;
  }
  return out + html.slice(last).replace(DELIMITER_BRACE, braceEntity);
}
