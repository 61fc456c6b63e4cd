// The front-matter dialects, by name; Hexo's (the seed's) is the default.
import type { Dialect } from './dialect.js';
import { hexo } from './hexo.js';
import { hugo } from './hugo.js';
import { jekyll } from './jekyll.js';
import { obsidian } from './obsidian.js';
import type { PostDate } from '../post-date.js';

export const DIALECTS = { hexo, hugo, jekyll, obsidian } satisfies Record<string, Dialect>;
export type DialectName = keyof typeof DIALECTS;
export const DIALECT_NAMES = Object.keys(DIALECTS) as DialectName[];

/**
 * The zone a post's date is shown in: the blog's, else, for a dialect that writes an offset
 * or a local time, the zone the page gives; undefined for Hexo without a blog zone (UTC).
 */
export function postZone(dialect: DialectName, date: Pick<PostDate, 'dateZone'> | undefined, blogZone: string | undefined): string | undefined {
  if (blogZone) return blogZone;
  return DIALECTS[dialect].showsPageZone ? (date?.dateZone ?? 'UTC') : undefined;
}
