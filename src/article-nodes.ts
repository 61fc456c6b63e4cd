// The extractor's nodes of an article (the cleaned container's children, or its blocks), kept
// beside the Article rather than in it, since an Article crosses threads and the library's API:
// the Markdown step walks them instead of parsing the article's HTML again.
import type { AnyNode } from 'domhandler';
import type { Article } from './types.js';

const nodesOf = new WeakMap<Article, readonly AnyNode[]>();

export function keepArticleNodes(article: Article, nodes: readonly AnyNode[]): Article {
  nodesOf.set(article, nodes);
  return article;
}

/** The article's nodes, handed over once: the page's tree is not held after its post is rendered. */
export function takeArticleNodes(article: Article): readonly AnyNode[] | undefined {
  const nodes = nodesOf.get(article);
  nodesOf.delete(article);
  return nodes;
}
