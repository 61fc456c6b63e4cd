// Which rule applies to a page: by its host (the most specific host wins; a user's rule over
// the built-in one, key by key), else, for a page of a host no rule names or a saved file, by its markup.
import type { CheerioAPI } from 'cheerio';
import { pageMayMatch } from '../extract/page-index.js';
import { builtInRules } from './pack.js';
import { mergeRules, type RefererPolicy, type SiteRule } from './rule.js';

/** The user's rules (config `sites:`, keyed by host) as a list with their hosts. */
const userList = (sites: Record<string, SiteRule>): SiteRule[] =>
  Object.entries(sites).map(([host, rule]) => ({ ...rule, hosts: [host, ...(rule.hosts ?? [])] }));

const hostOf = (url: string | undefined): string | undefined => {
  if (!url || !/^https?:/i.test(url)) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

/** How closely one of the rule's hosts matches `host` (its length), 0 when none does. */
function hostMatch(host: string, hosts: string[] | undefined): number {
  let best = 0;
  for (const h of hosts ?? []) if ((host === h || host.endsWith(`.${h}`)) && h.length > best) best = h.length;
  return best;
}

function byHost(host: string, rules: SiteRule[]): SiteRule | undefined {
  let best: SiteRule | undefined;
  let bestLength = 0;
  for (const rule of rules) {
    const length = hostMatch(host, rule.hosts);
    if (length > bestLength) [best, bestLength] = [rule, length];
  }
  return best;
}

/**
 * One walk of the document for the markers of the rules whose class names and ids the page
 * uses (most pages use none); then which rule's it was, on what was found.
 */
function byMarkup($: CheerioAPI, rules: SiteRule[]): SiteRule | undefined {
  const marked = rules.filter((rule) => rule.match && pageMayMatch($, rule.match));
  if (!marked.length) return undefined;
  const found = $(marked.map((rule) => rule.match).join(', '));
  return found.length ? marked.find((rule) => found.is(rule.match!)) : undefined;
}

/**
 * Whether the page links to or loads from one of the rule's hosts: a copy of the site's page on another host (a mirror
 * of a WeChat article, its images on mmbiz.qpic.cn), not another site that happens to use the same class names.
 */
function mentionsSite($: CheerioAPI, rule: SiteRule): boolean {
  const hosts = [...(rule.hosts ?? []), ...(rule.imageHosts ?? [])];
  return !!rule.anyHost || hosts.length === 0 || $(hosts.flatMap((h) => [`[href*="${h}"]`, `[src*="${h}"]`]).join(', ')).length > 0;
}

export function findSiteRule(url: string | undefined, $: CheerioAPI | undefined, sites: Record<string, SiteRule>, builtIn = true): SiteRule | undefined {
  const host = hostOf(url);
  const pack = builtIn ? builtInRules() : [];
  const user = userList(sites);
  if (host) {
    const own = mergeRules(byHost(host, pack), byHost(host, user));
    if (own) return own;
  }
  const marked = $ ? byMarkup($, pack) : undefined;
  // On a known host no rule names, the markup is the site's only where the page points at the site.
  return marked && (!host || mentionsSite($!, marked)) ? marked : undefined;
}

/** The Referer an image must be fetched with: none, the page's, or the one its host demands. */
export function imageReferer(imageUrl: string, pageUrl: string | undefined, sites: Record<string, SiteRule>): string | undefined {
  const host = hostOf(imageUrl);
  let policy: RefererPolicy = 'page';
  if (host) {
    const rule = byHost(host, [...userList(sites), ...builtInRules()].map((r) => ({ ...r, hosts: r.imageHosts })));
    if (rule?.imageReferer) policy = rule.imageReferer;
  }
  if (policy === 'none') return undefined;
  return policy === 'page' ? pageUrl : policy.url;
}
