import type { Element } from 'domhandler';
import { rawText } from '../clean/tree.js';
import { CONSENT_HINTS, LAYOUT_CLASSES, MAYBE_CONTENT, NEGATIVE_HINTS, NEGATIVE_LEADING_TOKENS, NEGATIVE_TOKENS, POSITIVE_HINTS, UNLIKELY_CONTENT } from './hints.js';
import { escapeRegExp } from '../escape-regexp.js';
import { withoutContentKind } from './metadata/constants.js';

const prefixes = (words: string[]) => new RegExp(`(?:^|[^a-z])(?:${words.map(escapeRegExp).join('|')})`, 'i');
const POSITIVE = prefixes(POSITIVE_HINTS);
const NEGATIVE = prefixes(NEGATIVE_HINTS);
const TOKENS = new Set(NEGATIVE_TOKENS);
const LEADING_TOKENS = new Set(NEGATIVE_LEADING_TOKENS);
const anywhere = (words: string[]) => new RegExp(words.map(escapeRegExp).join('|'), 'i');
const UNLIKELY = anywhere(UNLIKELY_CONTENT);
const MAYBE = anywhere(MAYBE_CONTENT);
const CONSENT = anywhere(CONSENT_HINTS);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Class and id, lower-case, without a page builder's grid classes; a camelCase hump in the id read
 * as a word break ("emailSignup" → "email-signup"); a generated list of one-style classes read as no name. Not in classes: generated ones
 * ("CtxtMenu_Attached_0" on a formula) would name furniture. What is for subscribers
 * ("subscriber-preview", "subscribers-only", "paywall-content": a paywalled article's text) is not a box asking to
 * subscribe.
 */
const names = (el: Element) => {
  const tokens = withoutContentKind(el.attribs.class ?? '').split(/\s+/).filter(Boolean);
  const classes = isAtomic(tokens) ? '' : tokens.filter((name) => !LAYOUT_CLASSES.test(name)).map((name) => moduleWords(name.replace(ELEMENTOR_WIDGET, ''))).join(' ');
  const id = el.attribs.id && !isHeadingSlug(el) ? el.attribs.id : '';
  const named = `${classes} ${id.replace(/([a-z])(?=[A-Z])/g, '$1-')}`.toLowerCase().replace(/subscribers?(?![a-z])/g, 'members').replace(PAYWALLED_TEXT, 'members-').replace(RANK_MATH, 'seoplugin').replace(COMMENTARY, 'annotation');
  // A paragraph named so is a paragraph of the paywalled text (Bloomberg's `p.paywall`), no box asking to pay.
  return el.name === 'p' ? named.replace(/(?<![a-z-])paywall(?![a-z-])/g, 'members') : named;
};

/**
 * A heading's id made of its own words, as generators anchor headings ("Nucleus (top-p) sampling" → "top-p"), or a
 * section's made of its heading's (Sphinx's `<section id="explicit-in-reply-to-headers"><h2>Explicit In-Reply-To headers`):
 * its text's name, not its part of the page's.
 */
function isHeadingSlug(el: Element): boolean {
  const heading = HEADINGS.has(el.name) ? el : sectionHeading(el);
  if (!heading) return false;
  // Slugs drop a word's apostrophe ("What’s next" → "whats-next") or break the word at it ("what-s-next").
  const text = rawText(heading).toLowerCase();
  const words = new Set([...text.split(/[^\p{L}\p{N}]+/u), ...text.replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u)]);
  return el.attribs.id!.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((word) => words.has(word));
}

/** The heading opening a section: among its first two elements (an anchor's <span> may stand before it). */
function sectionHeading(el: Element): Element | undefined {
  if (el.name !== 'section' && el.name !== 'div') return undefined;
  return el.children.filter((child): child is Element => child.type === 'tag').slice(0, 2).find((child) => HEADINGS.has(child.name));
}

/**
 * Elementor's name for each module of a page it builds, the article's text among them ("elementor-widget-text-editor",
 * "elementor-widget-heading"): the module's kind alone names it ("text-editor"; "share-buttons", "nav-menu" are furniture still).
 */
const ELEMENTOR_WIDGET = /^elementor-widget(?:-container)?(?:$|-)/;

/** A CSS Modules class: the file's name, the local name, a hash ("AdUnit_adUnit__wQoty", "styles_newsletterBox__x1y2z"). */
const CSS_MODULE = /^[A-Za-z][A-Za-z0-9]*_([A-Za-z][A-Za-z0-9]*)__[\w-]{4,}$/;

/** A CSS Modules class read with its local name's humps as word breaks ("adUnit" → "ad-unit"), as an id's are. */
const moduleWords = (name: string): string => {
  const local = CSS_MODULE.exec(name)?.[1];
  return local ? `${name} ${local.replace(/([a-z])(?=[A-Z])/g, '$1-')}` : name;
};

/**
 * Class lists a CSS-in-JS build generates, a style each ("gc gd dm ge b gf gg gh", Medium's): no names, though a
 * token may read as one (gg, 广告's initials).
 */
const ATOMIC_TOKEN = /^[a-z][a-z0-9]{0,2}$/i;
const MIN_ATOMIC_TOKENS = 5;
const isAtomic = (tokens: string[]) => tokens.length >= MIN_ATOMIC_TOKENS && tokens.filter((t) => ATOMIC_TOKEN.test(t)).length >= tokens.length * 0.8;

/** A text's commentary (legislation.gov.uk's annotations, a scholarly edition's notes) is no readers' comment. */
const COMMENTARY = /commentar(?:y|ies)/g;

/** Rank Math, an SEO plugin, names its blocks (an article's FAQ, its how-to steps) after itself: no ranking list. */
const RANK_MATH = /rank-?math/g;

/** The paywalled part of an article's text, named as such ("paywall-content", "paywalled-article", Crikey's "paywalled" body): the article's, no box asking to pay. */
const PAYWALLED_TEXT = /paywall(?:ed)?[-_]?(?=content|article|body|text|story)|paywalled(?![a-z-])/g;

/** Landmarks a page declares around what is not its main content: its sidebar, menus, header and footer. */
const FURNITURE_ROLES = new Set(['complementary', 'navigation', 'banner', 'contentinfo', 'search']);

/** A block that by its names or its declared role is page furniture (comments, footers, menus, a "side" column), not the article. */
export function isUnlikely(el: Element): boolean {
  if (el.name === 'body' || el.name === 'a' || el.name === 'article' || el.name === 'main') return false;
  if (FURNITURE_ROLES.has(el.attribs.role ?? '')) return true;
  const text = names(el);
  return text.length > 1 && ((UNLIKELY.test(text) && !MAYBE.test(text)) || text.split(/\s+/).includes('side'));
}

/** A dialog over the page or a consent banner: never the article, whatever its size or names. */
export function isOverlay(el: Element): boolean {
  const role = el.attribs.role;
  if (el.name === 'dialog' || role === 'dialog' || role === 'alertdialog' || el.attribs['aria-modal'] === 'true') return true;
  return el.name !== 'body' && CONSENT.test(names(el));
}

/** An element's names as the furniture tests read them. A heading named a header (Substack's h3.header-anchor-post) is the article's heading, no page header. */
const furnitureNames = (el: Element) => (HEADINGS.has(el.name) ? names(el).replace(/header/g, ' ') : names(el));
const furnitureTokens = (text: string) => text.split(/[^a-z0-9]+/).filter((t) => TOKENS.has(t));
const leadsWithToken = (text: string) => text.split(/\s+/).some((name) => LEADING_TOKENS.has(name.split(/[^a-z0-9]+/)[0]!));

/** Furniture only by a class's first word ("top": a page's top bar, or Haddock's div.top around each declaration). */
export function isNegativeByLeadingToken(el: Element): boolean {
  const text = furnitureNames(el);
  return leadsWithToken(text) && !NEGATIVE.test(text) && furnitureTokens(text).length === 0;
}

/** Furniture by its names. */
export function isNegative(el: Element): boolean {
  const text = furnitureNames(el);
  return NEGATIVE.test(text) || furnitureTokens(text).length > 0 || leadsWithToken(text);
}

/** Tokens that name furniture often but a section sometimes ("whats-next", Shorthand's "group-section-What-next"): pagers' words. */
const PAGER_TOKENS = new Set(['next', 'prev', 'previous']);

/** Furniture by a pager's word alone among its names ("next-steps", "whats-next"), no stronger name. */
export function isNegativeByPagerWord(el: Element): boolean {
  const text = furnitureNames(el);
  const tokens = furnitureTokens(text);
  return tokens.length > 0 && tokens.every((t) => PAGER_TOKENS.has(t)) && !NEGATIVE.test(text) && !leadsWithToken(text);
}

/** +25 for a class/id that names content, -25 for one that names boilerplate. */
export function classWeight(el: Element): number {
  const text = names(el);
  if (!text.trim()) return 0;
  return (POSITIVE.test(text) ? 25 : 0) - (isNegative(el) ? 25 : 0);
}

/**
 * Names of an article's lead set before its body: a summary, a standfirst, a dek (French CMSs' chapô, Vietnamese ones' sapo,
 * Czech ones' perex, iDNES' opener), its key points (CNBC's); Chinese templates' pinyin for 导语, 导读 and 摘要 (财经's div.cj-daoyu,
 * div.contentdaoyu, div.daodu), however run into the words before it.
 */
export const LEAD_CLASS = /(?:^|[\s_-])(?:summary|standfirst|dek|deck|lede|lead|intro|abstract|chapo|chapeau|sapo|perex|opener|key-?points|key-?takeaways|takeaways|tl-?dr)(?:$|[\s_-])|(?:daoyu|daodu|zhaiyao)(?:$|[\s_-])/i;
