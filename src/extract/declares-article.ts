// Whether a page says it is an article (a news story, a blog post) rather than a product, a
// service or a landing page: its OpenGraph type, or a JSON-LD type naming an article.
import type { CheerioAPI } from 'cheerio';
import { queryPage } from './page-index.js';

const ARTICLE_DECLARED = 'meta[property="og:type"][content="article" i], script[type="application/ld+json"]';
const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*Article|BlogPosting|Report)"/;

/** A JSON-LD type naming a page of many items, over an og:type "article" a theme writes on every page (an archive's). */
const COLLECTION_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:CollectionPage|SearchResultsPage)"/;

export function declaresArticle($: CheerioAPI): boolean {
  const found = queryPage($, ARTICLE_DECLARED).toArray();
  const ld = found.filter((el) => el.name !== 'meta').map((el) => $(el).text());
  if (ld.some((text) => ARTICLE_TYPE.test(text))) return true;
  return found.some((el) => el.name === 'meta') && !ld.some((text) => COLLECTION_TYPE.test(text));
}
