// The page's <meta> values by normalized key, read as Readability reads them: `property`
// may list several keys ("og:title twitter:title"), `name` "DC.title" is "dc:title", and
// a later tag overrides an earlier one with the same key.
import type { CheerioAPI } from 'cheerio';
import { hasChildren, type AnyNode } from 'domhandler';
import { cleanText } from '../dom.js';
import type { Found } from './found.js';
import { queryPage } from '../page-index.js';

/** Every <meta> value by normalized key, in document order; read once per page. */
export type Metas = Map<string, string[]>;

const normalize = (key: string) => key.toLowerCase().replace(/\s+/g, '').replace(/\./g, ':');

/** The fields of Founder's CMS comment ("<!--enpproperty <date>2024-03-12 05:30:00.0</date><author>王丽</author><title>…</title>…-->"), as metas enp:date, enp:author, enp:title. */
const ENP_FIELDS = /<(date|author|title)>([^<]*)<\/\1>/g;

/** The comment wherever the template puts it: in the <head>, or deep in the page's layout tables beside the article (an e-paper's <td>). */
function enpComment($: CheerioAPI): string | undefined {
  // One walk of the nodes themselves, no query: most pages have no such comment, and all of each page is walked.
  const stack: AnyNode[] = [$.root()[0]!];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'comment' && node.data.trimStart().startsWith('enpproperty')) return node.data;
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return undefined;
}

function enpProperties($: CheerioAPI, metas: Metas): void {
  for (const [, key, raw] of enpComment($)?.matchAll(ENP_FIELDS) ?? []) {
    const value = cleanText(raw);
    if (value) metas.set(`enp:${key}`, [value]);
  }
}

export function readMetas($: CheerioAPI): Metas {
  const metas: Metas = new Map();
  enpProperties($, metas);
  queryPage($, 'meta[content]').each((_, el) => {
    const content = cleanText($(el).attr('content'));
    if (!content) return;
    const keys = [...($(el).attr('property') ?? '').split(/\s+/), $(el).attr('name') ?? '', $(el).attr('itemprop') ?? ''];
    for (const key of new Set(keys.filter(Boolean).map(normalize))) {
      const values = metas.get(key);
      if (values) values.push(content);
      else metas.set(key, [content]);
    }
  });
  return metas;
}

/** The first key in order that the page has, and the value `pick` takes of its tags. */
function lookUp(metas: Metas, keys: readonly string[], pick: (values: string[]) => string | undefined): Found<string> | undefined {
  for (const key of keys) {
    const values = metas.get(normalize(key));
    const value = values && pick(values);
    if (value) return { value, from: `meta ${key}` };
  }
  return undefined;
}

/** Every value the page's tags give `key`, in document order. */
export const metaValues = (metas: Metas, key: string): string[] => metas.get(normalize(key)) ?? [];

/** The first key in order that the page has, and its value: the last tag with that key wins. */
export const metaValue = (metas: Metas, keys: readonly string[]) => lookUp(metas, keys, (values) => values.at(-1));

/** The first key in order that the page has, and its value: the first tag with that key wins. */
export const firstMetaValue = (metas: Metas, keys: readonly string[]) => lookUp(metas, keys, (values) => values[0]);
