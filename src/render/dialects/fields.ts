// Front-matter fields as data (what the API returns), and the YAML that holds them: every
// string reads back through a YAML parser (js-yaml, Hexo's, YAML 1.1 ones) as exactly itself.
import yaml from 'js-yaml';

/** A value written as it is, unquoted: a date in the dialect's own form. */
export interface Verbatim {
  verbatim: string;
}

export type FieldValue = string | boolean | string[] | Verbatim | Fields;

/** Fields in the order they are written. */
export interface Fields {
  [key: string]: FieldValue;
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

const isVerbatim = (value: FieldValue): value is Verbatim => typeof value === 'object' && !Array.isArray(value) && 'verbatim' in value;

/** Block YAML, two spaces a level: `key: value`, lists one `- item` a line, maps nested. */
export function yamlLines(fields: Fields, indent = ''): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') lines.push(`${indent}${key}: ${plainOrQuoted(value)}`);
    else if (typeof value === 'boolean') lines.push(`${indent}${key}: ${value}`);
    else if (Array.isArray(value)) lines.push(`${indent}${key}:`, ...value.map((item) => `${indent}  - ${plainOrQuoted(item)}`));
    else if (isVerbatim(value)) lines.push(`${indent}${key}: ${value.verbatim}`);
    else lines.push(`${indent}${key}:`, ...yamlLines(value, `${indent}  `));
  }
  return lines;
}

export type PlainFields = { [key: string]: string | boolean | string[] | PlainFields };

/** The fields as plain values, a date as the text written. */
export function plainFields(fields: Fields): PlainFields {
  const plain: PlainFields = {};
  for (const [key, value] of Object.entries(fields)) {
    plain[key] = typeof value !== 'object' || Array.isArray(value) ? value : isVerbatim(value) ? value.verbatim : plainFields(value);
  }
  return plain;
}
