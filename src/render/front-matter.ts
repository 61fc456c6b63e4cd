// The front-matter block of a post, in the chosen dialect (Hexo's seed layout by default).
import { DIALECTS, postZone, type DialectName } from './dialects/index.js';
import type { Fields } from './dialects/fields.js';

export interface FrontMatter {
  title: string;
  categories: string[];
  image?: string;
  author?: string;
  comments: boolean;
  date?: Date;
  /** The page gives only the day (see Article.dateOnly). */
  dateOnly?: true;
  /** Where the page shows the date (Article.dateZone). */
  dateZone?: string;
  url?: string;
}

export interface FrontMatterStyle {
  dialect?: DialectName;
  /** The blog's time zone: dates are written as its wall-clock time (as the blog shows them). */
  postTimezone?: string;
}

export function frontMatter(fm: FrontMatter, { dialect = 'hexo', postTimezone }: FrontMatterStyle = {}): { fields: Fields; text: string } {
  const date = fm.date && { date: fm.date, dateOnly: fm.dateOnly, dateZone: fm.dateZone };
  const facts = { title: fm.title, categories: fm.categories, image: fm.image, author: fm.author, comments: fm.comments, date, url: fm.url };
  return DIALECTS[dialect].frontMatter(facts, postZone(dialect, date, postTimezone));
}

export const renderFrontMatter = (fm: FrontMatter, style?: FrontMatterStyle): string => frontMatter(fm, style).text;
