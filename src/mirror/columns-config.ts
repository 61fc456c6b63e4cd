// The mirror's config: archive settings at any level, and `columns`, each a source or a
// group of columns. A level inherits its parent's settings; categories add up, so a group
// names "新媒体 / 人人都是产品经理" once and each column adds its own ("最新文章").
import { ConfigError, parseSettings, readYamlMapping, type Settings } from '../config.js';
import { FULL_TEXT_MODES, type FullTextMode } from './feed.js';

export interface ColumnExtras {
  linkSelector?: string;
  fullText?: FullTextMode;
}

export interface ColumnSpec {
  source: string;
  settings: Settings & ColumnExtras;
}

type Level = Settings & ColumnExtras;

function splitLevel(data: Record<string, unknown>, at: string): { level: Level; source?: string; children?: unknown } {
  const { columns, source, 'link-selector': linkSelector, 'full-text': fullText, ...rest } = data;
  if (source !== undefined && (typeof source !== 'string' || !source)) throw new ConfigError(`${at}: 'source' must be a URL or a file`);
  if (linkSelector !== undefined && typeof linkSelector !== 'string') throw new ConfigError(`${at}: 'link-selector' must be a CSS selector`);
  if (fullText !== undefined && !FULL_TEXT_MODES.includes(fullText as FullTextMode)) throw new ConfigError(`${at}: 'full-text' must be one of ${FULL_TEXT_MODES.join(', ')}`);
  let settings: Settings;
  try {
    settings = parseSettings(rest);
  } catch (err) {
    throw new ConfigError(at === 'top level' ? (err as Error).message : `${at}: ${(err as Error).message}`);
  }
  return { level: { ...settings, linkSelector: linkSelector as string | undefined, fullText: fullText as FullTextMode | undefined }, source: source as string | undefined, children: columns };
}

function inherit(parent: Level, child: Level): Level {
  const merged: Level = { ...parent };
  for (const [key, value] of Object.entries(child)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  merged.categories = [...(parent.categories ?? []), ...(child.categories ?? [])];
  merged.sites = { ...parent.sites, ...child.sites };
  return merged;
}

function walk(children: unknown, parent: Level, at: string, into: ColumnSpec[]): void {
  if (!Array.isArray(children)) throw new ConfigError(`${at}: 'columns' must be a list`);
  children.forEach((entry, i) => {
    const here = `${at === 'top level' ? '' : `${at}.`}columns[${i}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new ConfigError(`${here} must be a mapping`);
    const { level, source, children: nested } = splitLevel(entry as Record<string, unknown>, here);
    const settings = inherit(parent, level);
    if (source) into.push({ source, settings });
    if (nested !== undefined) walk(nested, settings, here, into);
    if (!source && nested === undefined) throw new ConfigError(`${here} needs a 'source' or 'columns'`);
  });
}

export interface ColumnsConfig {
  /** The top-level settings, for sources given beside the config. */
  defaults: Level;
  columns: ColumnSpec[];
}

/** The defaults (top-level settings) and every column with its inherited settings. */
export const parseColumnsConfig = (text: string): ColumnsConfig => parseColumns(readYamlMapping(text));

/** The same, from the mapping a columns.yml holds. */
export function parseColumns(data: Record<string, unknown>): ColumnsConfig {
  const { level, source, children } = splitLevel(data, 'top level');
  if (source) throw new ConfigError("'source' belongs in an entry of 'columns'");
  const columns: ColumnSpec[] = [];
  if (children !== undefined) walk(children, level, 'top level', columns);
  return { defaults: level, columns };
}
