// Hugo (gohugo.io/content-management/front-matter): title, date in RFC 3339 with the offset of
// the zone the page gives it in, draft: false, the categories taxonomy; what Hugo does not
// define goes under params (author, the cover as params.images, which Hugo's own Open Graph
// and schema templates read).
import { clockTime, isoDay, offsetText, wallClock } from '../post-date.js';
import { yamlBlock } from './block.js';
import type { Dialect } from './dialect.js';
import type { Fields } from './fields.js';

export const hugo: Dialect = {
  showsPageZone: true,
  frontMatter(facts, zone = 'UTC') {
    const fields: Fields = { title: facts.title };
    if (facts.date) {
      const shown = wallClock(facts.date, zone);
      const offset = shown.offset === 0 ? 'Z' : offsetText(shown.offset);
      fields.date = { verbatim: facts.date.dateOnly ? isoDay(shown) : `${isoDay(shown)}T${clockTime(shown)}${offset}` };
    }
    fields.draft = false;
    if (facts.categories.length) fields.categories = facts.categories;
    const params: Fields = {};
    if (facts.author) params.author = facts.author;
    if (facts.image) params.images = [facts.image];
    if (facts.comments) params.comments = true;
    if (Object.keys(params).length) fields.params = params;
    return yamlBlock(fields);
  },
};
