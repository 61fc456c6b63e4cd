// Schema.org JSON-LD blocks, flattened (arrays and @graph), article-like nodes first.
import type { CheerioAPI } from 'cheerio';
import { cleanText } from '../dom.js';
import type { Found } from './found.js';
import { queryPage } from '../page-index.js';

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|TechArticle|Report|ScholarlyArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|LiveBlogPosting|SocialMediaPosting|Blog|WebPage)$/;

function flatten(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) value.forEach((v) => flatten(v, into));
  else if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    into.push(node);
    if (node['@graph']) flatten(node['@graph'], into);
    // The article a page's node holds as its main entity (a MedicalWebPage's mainEntity: its Article, with the dates); not a
    // forum's thread or question, whose posters the page's markup shows.
    const main = node.mainEntity;
    if (main && typeof main === 'object' && !Array.isArray(main) && types(main as JsonLdNode).some((t) => ARTICLE_TYPES.test(t))) flatten(main, into);
  }
}

const types = (node: JsonLdNode): string[] => [node['@type']].flat().filter((t): t is string => typeof t === 'string');

/** A reference to another node of the page's graph ({"@id": …} and nothing else). */
const referenceId = (value: unknown): string | undefined => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const id = (value as JsonLdNode)['@id'];
  return keys.length === 1 && typeof id === 'string' ? id : undefined;
};

/**
 * Each node's values that only refer to another node of the graph by its @id (Yoast's article
 * `"author": {"@id": "…/#/schema/person/…"}`) replaced by that node, one level deep.
 */
function resolveReferences(nodes: JsonLdNode[]): void {
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !referenceId(node)) byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => byId.get(referenceId(value) ?? '') ?? value;
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (key !== '@graph') node[key] = Array.isArray(value) ? value.map(resolve) : resolve(value);
    }
  }
}

export function readJsonLd($: CheerioAPI): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  queryPage($, 'script[type="application/ld+json" i]').each((_, el) => {
    try {
      flatten(JSON.parse($(el).text().replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '')), nodes);
    } catch {
      // Malformed JSON-LD is common; the other metadata sources still apply.
    }
  });
  resolveReferences(nodes);
  const rank = (n: JsonLdNode) => (types(n).some((t) => ARTICLE_TYPES.test(t)) ? (types(n).includes('WebPage') ? 1 : 0) : 2);
  return nodes.sort((a, b) => rank(a) - rank(b));
}

/** A name out of a string, a {name} object, or a list of either. */
export function ldName(value: unknown): string | undefined {
  const all = [value].flat();
  // A list of people and the outlet they write for ([Person "Ann Lee", Organization "CBC News"]): the people.
  const people = all.filter((v) => v && typeof v === 'object' && types(v as JsonLdNode).includes('Person'));
  const organisations = all.filter((v) => v && typeof v === 'object' && types(v as JsonLdNode).some((t) => /Organization$/.test(t)));
  const names = (people.length && organisations.length ? all.filter((v) => !organisations.includes(v)) : all).map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as JsonLdNode).name : undefined));
  const text = names.filter((n): n is string => typeof n === 'string').map(cleanText).filter(Boolean);
  return text.length ? text.join(', ') : undefined;
}

/** Whether a value names organisations only ({"@type": "Organization", …}, a list of them): an outlet, not a writer. */
export function ldOrganisationsOnly(value: unknown): boolean {
  const all = [value].flat();
  return all.length > 0 && all.every((v) => v && typeof v === 'object' && types(v as JsonLdNode).some((t) => /Organization$/.test(t)));
}

/** A URL out of a string, an ImageObject, or a list of either. */
export function ldUrl(value: unknown): string | undefined {
  for (const v of [value].flat()) {
    if (typeof v === 'string' && v) return v;
    if (v && typeof v === 'object') {
      const url = (v as JsonLdNode).url ?? (v as JsonLdNode).contentUrl;
      if (typeof url === 'string' && url) return url;
    }
  }
  return undefined;
}

/** The first node's value of a key, as read by `pick`, and where it was found. */
export function ldFirst<T>(nodes: JsonLdNode[], key: string, pick: (v: unknown) => T | undefined): Found<T> | undefined {
  for (const node of nodes) {
    const value = node[key] === undefined ? undefined : pick(node[key]);
    if (value !== undefined) return { value, from: `JSON-LD ${key}` };
  }
  return undefined;
}

export const ldString = (v: unknown): string | undefined => (typeof v === 'string' && cleanText(v) ? cleanText(v) : undefined);

/** Types whose name/headline is an article's title (not a WebPage's or a WebSite's, as Readability holds). */
const TITLED_TYPES = /^(?:\w*Article|Report|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|APIReference)$/;

/** The nodes that are articles proper, in page order. */
export const articleNodes = (nodes: JsonLdNode[]): JsonLdNode[] => nodes.filter((n) => types(n).some((t) => TITLED_TYPES.test(t)));

/** Where no article is declared, a work given a headline (a recipe site's Recipe with its `headline`): not a page's or a site's. */
export const headlinedNodes = (nodes: JsonLdNode[]): JsonLdNode[] =>
  nodes.filter((n) => typeof n.headline === 'string' && !types(n).some((t) => /^(?:WebPage|WebSite|\w+Page)$/.test(t)));

/**
 * The article's text as its JSON-LD declares it (`articleBody`, a posting's `text`), line breaks
 * kept: the body of a page that shows it only once a script has run.
 */
export function ldArticleBody(nodes: JsonLdNode[]): Found<string> | undefined {
  for (const node of articleNodes(nodes)) {
    for (const key of ['articleBody', 'text']) {
      const value = node[key];
      if (typeof value === 'string' && value.trim()) return { value: value.trim(), from: `JSON-LD ${key}` };
    }
  }
  return undefined;
}

/**
 * The selectors of the article's parts its JSON-LD declares for subscribers (`hasPart` WebPageElements with
 * `isAccessibleForFree: false`, Google's paywalled-content markup): the article's text, however they are named.
 */
export function ldPaywalledParts(nodes: JsonLdNode[]): string[] {
  const selectors: string[] = [];
  for (const node of articleNodes(nodes)) {
    for (const part of [node.hasPart].flat()) {
      if (!part || typeof part !== 'object') continue;
      const { isAccessibleForFree: free, cssSelector } = part as Record<string, unknown>;
      if ((free === false || (typeof free === 'string' && /^false$/i.test(free))) && typeof cssSelector === 'string' && cssSelector.trim()) selectors.push(cssSelector.trim());
    }
  }
  return selectors;
}
