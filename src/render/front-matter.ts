// The front-matter block, laid out exactly as ../shared/format/FORMAT.md (the seed) says:
// fixed order, fixed quoting, fields with no value left out.
import yaml from 'js-yaml';

export interface FrontMatter {
  title: string;
  categories: string[];
  image?: string;
  author?: string;
  comments: boolean;
  date?: Date;
}

const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// Characters YAML cannot hold in any scalar: controls (tab is allowed), a BOM, lone surrogates.
const NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Read as booleans or null by YAML 1.1 parsers, though YAML 1.2 (js-yaml 4) reads strings.
const YAML11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

/** One line of text a YAML scalar can hold. */
function oneLine(value: string): string {
  return value.replace(LINE_BREAKS, ' ').replace(NON_PRINTABLE, '');
}

export function singleQuoted(value: string): string {
  return `'${oneLine(value).replace(/'/g, "''")}'`;
}

/** Unquoted where YAML reads the text back as the same string, single-quoted otherwise. */
export function plainOrQuoted(value: string): string {
  const text = oneLine(value);
  const risky =
    text === '' ||
    text !== text.trim() ||
    /^[-?:,[\]{}#&*!|>'"%@`]/.test(text) ||
    /:(\s|$)|\s#|\t/.test(text) ||
    YAML11_WORDS.test(text);
  if (!risky) {
    try {
      const back = yaml.load(`k: ${text}`) as { k?: unknown } | undefined;
      if (back?.k === text) return text;
    } catch {
      // Not valid as a plain scalar: quote it.
    }
  }
  return singleQuoted(text);
}

export function renderFrontMatter(fm: FrontMatter): string {
  const lines = ['---', `title: ${singleQuoted(fm.title)}`];
  if (fm.categories.length) {
    lines.push('categories: ', ...fm.categories.map((c) => ` - ${plainOrQuoted(c)}`));
  } else {
    lines.push('categories: []');
  }
  if (fm.image) lines.push(`headimg: ${singleQuoted(fm.image)}`);
  if (fm.author) lines.push(`author: ${plainOrQuoted(fm.author)}`);
  lines.push(`comments: ${fm.comments}`);
  if (fm.date) lines.push(`date: ${fm.date.toUTCString()}`);
  if (fm.image) lines.push(`thumbnail: ${singleQuoted(fm.image)}`);
  lines.push('---');
  return `\n${lines.join('\n')}\n`;
}
