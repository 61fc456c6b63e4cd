// Obsidian properties, as its Web Clipper writes a clipped article: title, source (the URL),
// author as a list, published (a date, or a date and time, which Obsidian shows without a
// zone: the wall clock where the page gives it), tags (Obsidian has no categories; a tag holds
// no spaces, so they become '-').
import { clockTime, isoDay, wallClock } from '../post-date.js';
import { yamlBlock } from './block.js';
import type { Dialect } from './dialect.js';
import type { Fields } from './fields.js';

const asTag = (category: string) => category.trim().replace(/\s+/g, '-');

export const obsidian: Dialect = {
  showsPageZone: true,
  frontMatter(facts, zone = 'UTC') {
    const fields: Fields = { title: facts.title };
    if (facts.url) fields.source = facts.url;
    if (facts.author) fields.author = [facts.author];
    if (facts.date) {
      const shown = wallClock(facts.date, zone);
      fields.published = { verbatim: facts.date.dateOnly ? isoDay(shown) : `${isoDay(shown)}T${clockTime(shown)}` };
    }
    if (facts.categories.length) fields.tags = facts.categories.map(asTag);
    return yamlBlock(fields);
  },
};
