// What a front-matter dialect is: the fields a post gets, and their text.
import type { PostDate } from '../post-date.js';
import type { Fields } from './fields.js';

/** What every dialect writes from: the article's fields after the options applied. */
export interface PostFacts {
  title: string;
  categories: string[];
  /** The cover image, proxied. */
  image?: string;
  author?: string;
  comments: boolean;
  date?: PostDate;
  /** The article's address. */
  url?: string;
}

export interface Dialect {
  /**
   * The fields and the front-matter block. `zone` is where the date is shown (an IANA name or a
   * stated offset); undefined only for Hexo without a blog time zone (the seed's UTC date).
   */
  frontMatter(facts: PostFacts, zone: string | undefined): { fields: Fields; text: string };
  /** The zone a date is shown in when no blog says: the page's own (true), or none (Hexo's UTC). */
  showsPageZone: boolean;
  /** The file name template its generator needs, when the default {slug}.md will not do. */
  filename?: string;
}
