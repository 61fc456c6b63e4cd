// Site rules by host: the exact host first, then each parent domain ("www.a.com" → "a.com").
import type { SiteRule } from '../config.js';

export function findSiteRule(url: string | undefined, rules: Record<string, SiteRule>): SiteRule | undefined {
  if (!url?.startsWith('http')) return undefined;
  const labels = new URL(url).hostname.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const rule = rules[labels.slice(i).join('.')];
    if (rule) return rule;
  }
  return undefined;
}
