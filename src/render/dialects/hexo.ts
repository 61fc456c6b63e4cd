// Hexo, the seed's layout byte for byte (../shared/format/FORMAT.md): an empty first line,
// fixed order, the title and image URLs single-quoted, fields with no value left out. The date
// is RFC 1123 in UTC; with the blog's time zone it is that zone's wall-clock time, the form
// `hexo new` writes and Hexo shows as it is.
import { clockTime, isoDay, wallClock } from '../post-date.js';
import type { Dialect } from './dialect.js';
import { plainOrQuoted, singleQuoted, type Fields } from './fields.js';

export const hexo: Dialect = {
  showsPageZone: false,
  frontMatter(facts, zone) {
    const shown = facts.date && zone ? wallClock(facts.date, zone) : undefined;
    const date = shown ? `${isoDay(shown)} ${clockTime(shown)}` : facts.date?.date.toUTCString();
    const fields: Fields = { title: facts.title, categories: facts.categories };
    const lines = ['---', `title: ${singleQuoted(facts.title)}`];
    if (facts.categories.length) lines.push('categories: ', ...facts.categories.map((c) => ` - ${plainOrQuoted(c)}`));
    else lines.push('categories: []');
    if (facts.image) {
      fields.headimg = facts.image;
      lines.push(`headimg: ${singleQuoted(facts.image)}`);
    }
    if (facts.author) {
      fields.author = facts.author;
      lines.push(`author: ${plainOrQuoted(facts.author)}`);
    }
    fields.comments = facts.comments;
    lines.push(`comments: ${facts.comments}`);
    if (date) {
      fields.date = { verbatim: date };
      lines.push(`date: ${date}`);
    }
    if (facts.image) {
      fields.thumbnail = facts.image;
      lines.push(`thumbnail: ${singleQuoted(facts.image)}`);
    }
    lines.push('---');
    return { fields, text: `\n${lines.join('\n')}\n` };
  },
};
