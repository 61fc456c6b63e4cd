// Whether a page says it is an article (a news story, a blog post) rather than a product, a
// service or a landing page: its OpenGraph type, or a JSON-LD type naming an article.
import type { CheerioAPI } from 'cheerio';
import { queryPage } from './page-index.js';

const ARTICLE_DECLARED = 'meta[property="og:type"][content="article" i], script[type="application/ld+json"]';
const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:\w*Article|BlogPosting|Report)"/;

export function declaresArticle($: CheerioAPI): boolean {
  return queryPage($, ARTICLE_DECLARED).toArray().some((el) => el.name === 'meta' || ARTICLE_TYPE.test($(el).text()));
}
