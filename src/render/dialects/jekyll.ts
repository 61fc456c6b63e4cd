// Jekyll (jekyllrb.com/docs/front-matter, /docs/posts): layout: post, the date as
// `YYYY-MM-DD HH:MM:SS +hhmm` in the zone the page gives it in, categories; author and image
// as jekyll-seo-tag reads them. Jekyll publishes a post only when its file name starts with
// its day, hence the file name template.
import { clockTime, isoDay, offsetText, wallClock } from '../post-date.js';
import { yamlBlock } from './block.js';
import type { Dialect } from './dialect.js';
import type { Fields } from './fields.js';

export const jekyll: Dialect = {
  showsPageZone: true,
  filename: '{date}-{slug}.md',
  frontMatter(facts, zone = 'UTC') {
    const fields: Fields = { layout: 'post', title: facts.title };
    if (facts.date) {
      const shown = wallClock(facts.date, zone);
      fields.date = { verbatim: facts.date.dateOnly ? isoDay(shown) : `${isoDay(shown)} ${clockTime(shown)} ${offsetText(shown.offset, '')}` };
    }
    if (facts.categories.length) fields.categories = facts.categories;
    if (facts.author) fields.author = facts.author;
    if (facts.image) fields.image = facts.image;
    if (facts.comments) fields.comments = true;
    return yamlBlock(fields);
  },
};
