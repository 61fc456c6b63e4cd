// The generic extractor: score text blocks by how much prose they hold (CJK-aware), credit
// their ancestors, pick the best-scoring container and merge the siblings that belong to it.
import type { CheerioAPI } from 'cheerio';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { cellsOf, classesOf, contains, kindOf, nextElement, ownRows, previousElement, selectBelow, tableOf } from '../clean/tree.js';
import { listingOf, monospaceBlockOf } from '../code-listings.js';
import { classWeight, isNegative, isOverlay, isUnlikely, LEAD_CLASS } from './class-hints.js';
import { CONTAINERS, NEVER_CONTENT, PARAGRAPHS } from './hints.js';
import { withOutsideNotes } from './outside-notes.js';
import { textUnits } from './text-units.js';
import { pageBody, queryPage } from './page-index.js';
import { declaresArticle } from './declares-article.js';

interface Stats {
  /** Text size, a CJK character counting double (it carries about a word). */
  units: number;
  linkUnits: number;
  /** Size of text directly in the element or its inline children. */
  ownUnits: number;
  ownLinkUnits: number;
  punctuation: number;
}

export interface Candidate {
  element: Element;
  score: number;
  /** Its text size and the part of it in links (CJK characters counting double). */
  units: number;
  linkUnits: number;
}

const NEVER = new Set(NEVER_CONTENT.split(/,\s*/));
const SCORED = new Set(PARAGRAPHS.split(/,\s*/));
const INLINE = new Set(['a', 'b', 'strong', 'i', 'em', 'span', 'font', 'code', 'sup', 'sub', 'u', 'small', 'mark', 'br', 'abbr', 'cite', 'q', 'time', 'label']);
const TAG_WEIGHT: Record<string, number> = { div: 5, article: 10, main: 5, section: 3, td: 3, blockquote: 3, pre: 3, ol: -3, ul: -3, li: -3, dl: -3, form: -3, th: -5, h1: -5, h2: -5, h3: -5 };
const PUNCTUATION = /[,，。、；;！？!?：]/g;
/** A character reference left encoded (pages are read without decoding them): its semicolon ends no clause. */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;
const MIN_PARAGRAPH_UNITS = 25;
const MIN_ARTICLE_UNITS = 100;
const SELF_CONTAINED_UNITS = 200;
const FULL_LENGTH_UNITS = 500;
const RIVAL_SHARE = 0.75;
/** How many ancestors a paragraph credits. */
const CREDIT_LEVELS = 5;
const DECLARED_ARTICLE = 'article, [itemprop="articleBody"], main';

/** Hidden by its style alone: often a body a script reveals once the page has loaded. */
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:!important\s*)?(?:;|$)/i;

/** How a walk treats hidden elements: skipped (their blocks noted), or read as visible; and the elements it found inside a <pre>. */
interface Walk {
  reveal: boolean;
  hidden: Element[];
  preformatted?: Set<Element>;
}

/**
 * Code the stylesheet hides by its class (MDN's `pre.hidden`: a live sample's source, run but not shown). Only code:
 * elsewhere a theme's `.hidden` is often shown again by its own media queries or scripts.
 */
const hiddenByClass = (el: Element) => el.name === 'pre' && /(?:^|\s)hidden(?:\s|$)/.test(el.attribs.class ?? '');

function isHidden(el: Element, walk: Walk): boolean {
  if ('hidden' in el.attribs) return true;
  if (!HIDING_STYLE.test(el.attribs.style ?? '') && !hiddenByClass(el)) return false;
  if (!walk.reveal) walk.hidden.push(el);
  return !walk.reveal;
}

/** A <noscript> is read only when the page is read as shown to readers without scripts (crawler views: Discourse). */
function isRevealed(el: Element, walk: Walk): boolean {
  if (!walk.reveal) walk.hidden.push(el);
  return walk.reveal;
}

function measure(el: Element, stats: Map<Element, Stats>, inLink: boolean, walk: Walk, inPre = false): Stats {
  const s: Stats = { units: 0, linkUnits: 0, ownUnits: 0, ownLinkUnits: 0, punctuation: 0 };
  const link = inLink || el.name === 'a';
  const pre = inPre || el.name === 'pre' || el.name === 'code';
  if (inPre) walk.preformatted?.add(el);
  for (const child of el.children as AnyNode[]) {
    if (isText(child)) {
      const text = child.data.trim();
      if (!text) continue;
      const units = textUnits(text);
      s.units += units;
      s.ownUnits += units;
      s.punctuation += (text.includes('&') ? text.replace(ENTITY, '') : text).match(PUNCTUATION)?.length ?? 0;
      if (link) { s.linkUnits += units; s.ownLinkUnits += units; }
    } else if (isTag(child) && (child.name === 'noscript' ? isRevealed(child, walk) : !NEVER.has(child.name) && !isHidden(child, walk))) {
      const c = measure(child, stats, link, walk, pre);
      s.units += c.units;
      s.linkUnits += c.linkUnits;
      if (INLINE.has(child.name)) {
        s.ownUnits += c.ownUnits;
        s.ownLinkUnits += c.ownLinkUnits;
        s.punctuation += c.punctuation;
      }
    }
  }
  stats.set(el, s);
  return s;
}

/**
 * Blocks named like page furniture (comments, footers, menus) whose text does not count.
 * A block holding most of the page is kept whatever its name ("Page-ad-margins" wrappers).
 */
function unlikelyBlocks($: CheerioAPI, stats: Map<Element, Stats>, bodyUnits: number): Set<Element> {
  const article = declaredArticleOf($, stats);
  const holdsArticle = (el: Element, s: Stats) => !!article && (contains(el, article.el) || (s.units >= article.units / 2 && contains(article.el, el)));
  const blocks = new Set<Element>();
  for (const [el, s] of stats) if (isOverlay(el) || (s.units < bodyUnits / 2 && isUnlikely(el) && !holdsArticle(el, s))) blocks.add(el);
  return blocks;
}

/**
 * The page's declared article (its <article> or articleBody holding the most prose, an
 * article's worth): a block named like furniture around it, or holding most of it
 * ("newsletter-hero", "rich-text-newsletter"), is not furniture.
 */
function declaredArticleOf($: CheerioAPI, stats: Map<Element, Stats>): { el: Element; units: number } | undefined {
  let largest: { el: Element; units: number; prose: number } | undefined;
  for (const el of queryPage($, 'article, [itemprop="articleBody"]').toArray() as Element[]) {
    const s = stats.get(el);
    const prose = s ? s.units - s.linkUnits : 0;
    if (s && prose >= SELF_CONTAINED_UNITS && prose > (largest?.prose ?? 0)) largest = { el, units: s.units, prose };
  }
  return largest;
}

function insideAny(el: Element, blocks: Set<Element>): boolean {
  for (let node: Element | null = el; node && isTag(node); node = node.parent as Element | null) if (blocks.has(node)) return true;
  return false;
}

const linkDensity = (s: Stats) => (s.units ? s.linkUnits / s.units : 0);

/** Short blocks (a caption, a byline box) cannot outscore an article by their class names alone. */
const lengthPrior = (s: Stats) => Math.min(1, (s.units - s.linkUnits) / FULL_LENGTH_UNITS);

/** Every container scored, best first; the page's prose decides, not its layout. */
export function scoreCandidates($: CheerioAPI, walk: Walk = { reveal: false, hidden: [] }): Scored {
  const stats = new Map<Element, Stats>();
  const body = pageBody($) ?? $.root().children().filter((_, n) => isTag(n)).get(0);
  const credited: Credit[] = [];
  if (!body) return { candidates: [], stats, credited };
  const preformatted = new Set<Element>();
  measure(body as Element, stats, false, { ...walk, preformatted });
  const scores = new Map<Element, number>();
  // A block inside preformatted code (VS Code's export: a <div> of lines in pre > code; Code Hike's in code, without a pre) is the listing's, never the article.
  const credit = (el: Element, points: number) => {
    if (!CONTAINERS.has(el.name) || preformatted.has(el)) return;
    const base = scores.get(el) ?? (TAG_WEIGHT[el.name] ?? 0) + classWeight(el) + (el.attribs.itemprop === 'articleBody' ? 15 : 0);
    scores.set(el, base + points);
  };
  const furniture = unlikelyBlocks($, stats, stats.get(body as Element)!.units);
  for (const [el, s] of stats) {
    if (s.ownUnits < MIN_PARAGRAPH_UNITS || s.ownLinkUnits > s.ownUnits / 2 || !SCORED.has(el.name)) continue;
    if (insideAny(el, furniture)) continue;
    // Code's commas and semicolons are its syntax, not a sentence's: a listing counts by its length alone, or one
    // long block in a wrapper of its own outscores the article around it.
    const points = 1 + (el.name === 'pre' ? 0 : s.punctuation) + Math.min(Math.floor(s.ownUnits / 100), 3);
    // A line of a code listing drawn one element per line (SyntaxHighlighter 3's div.line, Color Scripter's monospace <div>s) is the
    // listing's: its text credits what holds the listing.
    const listing = listingOf(el) ?? monospaceBlockOf(el);
    let ancestor = listing ? listing.parent : el.parent;
    // A block holding much text of its own (a <div> of <br>-separated lines) may be the article.
    const self = s.ownUnits >= SELF_CONTAINED_UNITS && !listing;
    if (self) credit(el, points);
    if (self || (ancestor && isTag(ancestor))) credited.push({ first: self ? el : (ancestor as Element), points });
    for (let level = 1; ancestor && isTag(ancestor) && level <= CREDIT_LEVELS; level++, ancestor = ancestor.parent) {
      credit(ancestor, points / (level === 1 ? 2 : level * 3));
    }
  }
  const candidates = [...scores]
    .map(([element, score]) => {
      const s = stats.get(element)!;
      return { element, score: score * (1 - linkDensity(s)) * lengthPrior(s), units: s.units, linkUnits: s.linkUnits };
    })
    .sort((a, b) => b.score - a.score);
  return { candidates, stats, credited };
}

interface Scored {
  candidates: Candidate[];
  stats: Map<Element, Stats>;
  /** Each paragraph that scored: the first element it credited (its parent, or itself when it holds an article's text), and its points. */
  credited: Credit[];
}

interface Credit {
  first: Element;
  points: number;
}

/** The share of the top's points a block within it must hold to be the article the top's name won for. */
const CORE_SHARE = 0.8;
/** The share of those points a block beside it holds to be another part of the article. */
const PART_SHARE = 0.1;

/**
 * The block within the top that holds nearly all the paragraphs the top was credited for, when
 * the top outscores it by its name alone (a layout wrapper named "main" around the article's
 * block, its byline bar and its sidebar) and the block is no part of an article in parts of one
 * kind (the NYT's StoryBodyCompanionColumn). Within a declared article the page has said where its
 * text is: it keeps its header (a dek, the lead picture) and its sections (arXiv's introduction beside its bibliography).
 * Going in, a part right after its section's heading is not entered: the title stays with its text.
 */
function scoredCore(top: Candidate, { candidates, credited }: Scored): Candidate {
  if (top.element.name === 'article' || top.element.attribs.itemprop === 'articleBody') return top;
  const points = new Map<Element, number>();
  let total = 0;
  for (const { first, points: p } of credited) {
    const path: Element[] = [];
    let node: AnyNode | null = first;
    for (let level = 0; node && isTag(node) && level < CREDIT_LEVELS && node !== top.element; level++, node = node.parent) path.push(node);
    if (node !== top.element) continue;
    total += p;
    for (const el of path) points.set(el, (points.get(el) ?? 0) + p);
  }
  const holdsCore = (node: AnyNode): node is Element => isTag(node) && (points.get(node) ?? 0) >= total * CORE_SHARE;
  let core = top.element;
  for (let inner = core.children.find(holdsCore); inner && !(core !== top.element && headedPart(inner)); inner = core.children.find(holdsCore)) core = inner;
  while (core !== top.element && !CONTAINERS.has(core.name)) core = core.parent as Element;
  const inner = candidates.find((c) => c.element === core);
  // Beside it, a part of one kind, or one holding a part of the article's text of its own (arXiv's introduction beside its bibliography).
  const parts = (core.parent?.children ?? []).some((node) => isTag(node) && node !== core && (sharesClass(node, core) || (points.get(node) ?? 0) >= total * PART_SHARE));
  const byName = classWeight(top.element) - classWeight(core);
  return inner && !parts && byName > 0 && inner.score >= top.score - byName ? inner : top;
}

/** A part right after its section's heading: the section's title goes with its text (arXiv's h2 above its div.ltx_para). */
const headedPart = (el: Element): boolean => /^h[2-6]$/.test(previousElement(el)?.name ?? '');

/** A sibling marked up as the winner is (a section among the page's sections) is more of it unless it is mostly links. */
const SAME_KIND_LINK_DENSITY = 0.6;

/** A module beside the block's wrapper scoring this share of the block's score is more of the article. */
const WRAPPED_RIVAL_SHARE = 0.5;

const sharesClass = (a: Element, b: Element): boolean => classesOf(a).some((name) => classesOf(b).includes(name));
/** A class marking one post of its kind by its place or state (`b-post--first`, "odd", "unread", phpBB's alternating `bg1`/`bg2`). */
const PLACE_CLASS = /^(?:first|last|odd|even|alt\d?|bg\d|active|current|selected|highlighted?|unread|new)$|[-_](?:first|last|odd|even)$/i;
/** A post's kind: its tag and classes, without those marking it as the first, the last, odd or even. */
const postKind = (el: Element) => `${el.name}.${classesOf(el).filter((name) => !PLACE_CLASS.test(name)).join(' ')}`;

/**
 * The wrappers the block is the one child of (a page builder's module around its text: Divi's
 * div.et_pb_text around div.et_pb_text_inner): the article's other modules are their siblings.
 */
function soleWrapper(el: Element): Element {
  let own = el;
  for (let up = own.parent; up && isTag(up) && up.name === 'div' && up.children.every((child) => child === own || (isText(child) && !child.data.trim())); up = up.parent) own = up;
  return own;
}

/** Siblings of the winner that hold more of the same article (split content blocks, sections of one kind). */
function relatedSiblings(top: Candidate, candidates: Candidate[], stats: Map<Element, Stats>): Element[] {
  const byElement = new Map(candidates.map((c) => [c.element, c.score]));
  // Lifted to its wrapper only for a module of the same kind beside it (a class in common) that scores as an article's part does.
  const wrapper = soleWrapper(top.element);
  const rival = (el: Element) => (byElement.get(el) ?? 0) >= top.score * WRAPPED_RIVAL_SHARE && classWeight(el) >= 0 && sharesClass(el, wrapper);
  const lifted = wrapper !== top.element && (wrapper.parent?.children ?? []).some((node) => isTag(node) && node !== wrapper && rival(node));
  const own = lifted ? wrapper : top.element;
  const parent = own.parent;
  if (!parent || !isTag(parent)) return [top.element];
  const threshold = lifted ? top.score * WRAPPED_RIVAL_SHARE : Math.max(10, top.score * 0.2);
  const insideScores = bestScoresInside(parent, candidates);
  const topUnits = stats.get(top.element)?.units ?? 0;
  let beforeTop = true;
  const headline = pageHeadline(parent);
  return (parent.children as AnyNode[]).filter((node): node is Element => {
    if (!isTag(node)) return false;
    if (node === own) {
      beforeTop = false;
      return true;
    }
    const s = stats.get(node);
    if (!s) return false;
    // The article's header before it (its headline, standfirst and byline), however much it scores: the front-matter holds them.
    if (beforeTop && holdsHeadline(node, headline)) return false;
    if ((byElement.get(node) ?? 0) >= threshold && classWeight(node) >= 0) return true;
    // A part after it holding a block of its own that scores as a rival would, and a good share of the text (a recipe's card of
    // ingredients and method after its story), not a writer's bio.
    if (!beforeTop && (insideScores.get(node) ?? 0) >= top.score * WRAPPED_RIVAL_SHARE && s.units >= topUnits * PART_AFTER_SHARE && classWeight(node) >= 0 && !isUnlikely(node)) return true;
    if (kindOf(node) === kindOf(own) && node.attribs.class && s.units >= MIN_PARAGRAPH_UNITS && linkDensity(s) < SAME_KIND_LINK_DENSITY) return true;
    // Another tab of the chosen one (a shop's "Additional information" beside its "Description"), not one named as furniture (its reviews).
    if (isTabPanel(own) && isTabPanel(node) && s.units >= MIN_PARAGRAPH_UNITS && classWeight(node) >= 0 && !isUnlikely(node)) return true;
    // A paragraph in wrappers of its own before the block is its lead; after it, more often a promotion. Not one named as
    // furniture (Cleveland Clinic's div.he-article__ad-policy over its article: a notice about its advertising).
    // So is a box named as the lead before it ("summary", "standfirst"), however short.
    if (beforeTop && isLead(node, s)) return true;
    return (node.name === 'p' || (beforeTop && isWrappedParagraph(node) && !isNegative(node))) && s.units >= 80 && linkDensity(s) < 0.25;
  });
}

const isTabPanel = (el: Element): boolean => el.attribs.role === 'tabpanel';

/** The share of the block's text a part after it holds to be more of the article. */
const PART_AFTER_SHARE = 0.25;

/** For each child of `parent`, the best score of a candidate below it (not named as furniture). */
function bestScoresInside(parent: Element, candidates: Candidate[]): Map<Element, number> {
  const best = new Map<Element, number>();
  for (const { element, score } of candidates) {
    if (classWeight(element) < 0) continue;
    let child: Element = element;
    while (child.parent && child.parent !== parent && isTag(child.parent)) child = child.parent;
    if (child.parent === parent && child !== element) best.set(child, Math.max(best.get(child) ?? 0, score));
  }
  return best;
}

/** The page's first <h1>: its headline, where a generator heads each section with an <h1> of its own too (pandoc's). */
function pageHeadline(el: Element): Element | undefined {
  let root: Element = el;
  while (root.parent && isTag(root.parent)) root = root.parent;
  return selectBelow([root], 'h1')[0];
}

/** A block holding the page's headline (an article's header), not the <h1> itself. */
const holdsHeadline = (node: Element, headline: Element | undefined): boolean => node.name !== 'h1' && !!headline && contains(node, headline);

const MIN_LEAD_UNITS = 20;

const isLeadBox = (node: Element): boolean =>
  (node.name === 'div' || node.name === 'p' || node.name === 'section') && LEAD_CLASS.test(`${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`) && !isOverlay(node) && !isUnlikely(node) && classWeight(node) >= 0;

/** A lead box holding a lead's text: a few words at least, few of them links. */
const isLead = (node: Element, s: Stats): boolean => isLeadBox(node) && s.units >= MIN_LEAD_UNITS && linkDensity(s) < 0.25;

/**
 * Wrappers around one <p> and nothing else (an article's lead in a <div> of its own), as
 * Readability turns such a <div> into its <p>; never a dialog's or a box named as furniture.
 */
function isWrappedParagraph(node: Element): boolean {
  let el = node;
  while (el.name === 'div' || el.name === 'section') {
    if (isOverlay(el) || isUnlikely(el) || classWeight(el) < 0) return false;
    const children = el.children.filter((child) => isTag(child) || (child.type === 'text' && child.data.trim()));
    if (children.length !== 1 || !isTag(children[0]!)) return false;
    el = children[0];
  }
  return el.name === 'p';
}

export interface GenericChoice {
  elements: Element[];
  candidates: Candidate[];
}

/** The same text measured the same way: a copy of the block for another screen size (responsive variants), not a chunk of it. */
const isCopy = (a: Candidate, b: Candidate) => a.units === b.units && a.linkUnits === b.linkUnits && a.score === b.score;

/**
 * An article split into chunks (ads between them) gives several strong candidates in
 * different branches: the closest block holding them all is the article.
 */
function commonContainer(top: Candidate, candidates: Candidate[]): Candidate {
  const rivals = candidates
    .slice(1, 6)
    .filter((c) => c.score >= top.score * RIVAL_SHARE && !contains(c.element, top.element) && !contains(top.element, c.element) && !isCopy(c, top));
  if (!rivals.length) return top;
  for (let node = top.element.parent; node && isTag(node) && node.name !== 'body'; node = node.parent) {
    if (rivals.every((r) => contains(node as Element, r.element))) {
      return candidates.find((c) => c.element === node) ?? { ...top, element: node };
    }
  }
  return top;
}

/** A short page still has an article when its markup says where it is. */
function declaredArticle($: CheerioAPI, candidates: Candidate[]): GenericChoice | undefined {
  const declared = queryPage($, DECLARED_ARTICLE).toArray().find((el) => cleanTextLength($, el) > 0 || $(el).find('img').length > 0);
  return declared && isTag(declared) ? { elements: [declared], candidates } : undefined;
}

const cleanTextLength = ($: CheerioAPI, el: AnyNode) => $(el).text().trim().length;

/** The block the walk skipped as hidden by its style that holds the most prose (outside links), and that prose. */
function largestHidden(walk: Walk): { block?: Element; prose: number } {
  let largest: { block?: Element; prose: number } = { prose: 0 };
  for (const el of walk.hidden) {
    const s = measure(el, new Map(), false, { reveal: true, hidden: [] });
    if (s.units - s.linkUnits > largest.prose) largest = { block: el, prose: s.units - s.linkUnits };
  }
  return largest;
}

/** A candidate with this many times the top's prose, and some of its score, is the article the top is a piece of. */
const MASS_RATIO = 5;
const MASS_SCORE_SHARE = 0.3;
const MASS_LINK_DENSITY = 0.25;

/**
 * An article split into many sibling blocks (page builders' widgets) credits its container
 * little and one dense box (an FAQ answer) much: a candidate holding far more prose, with
 * few links and a fair score, wins over that top, whether it holds it or not.
 */
function byProseMass(top: Candidate, candidates: Candidate[]): Candidate {
  const prose = (c: Candidate) => c.units - c.linkUnits;
  const heavier = candidates
    .filter((c) => c.score >= top.score * MASS_SCORE_SHARE && prose(c) >= prose(top) * MASS_RATIO && c.linkUnits <= c.units * MASS_LINK_DENSITY)
    .sort((a, b) => b.score - a.score);
  return heavier[0] ?? top;
}

/** The share of a block's text in code that makes it a listing, not an article. */
const LISTING_SHARE = 0.8;

/**
 * A code listing that outscored the page it illustrates (php.net's `div.phpcode`: one <code> of spans and <br>s, its
 * punctuation read as sentences', its score no measure of the page's): the best scored container around it holding an
 * article's worth of prose besides code, few of it in links.
 */
function beyondListing(top: Candidate, candidates: Candidate[], stats: Map<Element, Stats>): Candidate {
  const codeUnits = (el: Element) => selectBelow([el], 'pre, code').filter((code) => !isWithinCode(code, el)).reduce((sum, code) => sum + (stats.get(code)?.units ?? 0), 0);
  if (codeUnits(top.element) < top.units * LISTING_SHARE) return top;
  const prose = (c: Candidate) => c.units - c.linkUnits - codeUnits(c.element);
  const around = candidates
    .filter((c) => c.element !== top.element && contains(c.element, top.element) && c.linkUnits <= c.units * MASS_LINK_DENSITY && prose(c) >= MIN_ARTICLE_UNITS)
    .sort((a, b) => b.score - a.score);
  return around[0] ?? top;
}

/** Whether a <pre> or <code> sits in another below `root` (counted once, with the outer one). */
function isWithinCode(code: Element, root: Element): boolean {
  for (let up = code.parent; up && isTag(up) && up !== root; up = up.parent) if (up.name === 'pre' || up.name === 'code') return true;
  return false;
}

/** Items in a row (a thread's posts) this many, and holding this many times the top's prose, are one content. */
const MIN_ITEMS = 3;
const ITEMS_PROSE_RATIO = 2;
const ITEM_LEVELS = 4;
const NUMBERED_ITEM_LEVELS = 12;
/** An id of a kind and a number ("post_4410021", "p12345"). */
const NUMBERED_ID = /^(\D+?)[-_]?\d+$/;
const numberedAlike = (a: Element, b: Element): boolean => {
  const [x, y] = [NUMBERED_ID.exec(a.attribs.id ?? ''), NUMBERED_ID.exec(b.attribs.id ?? '')];
  return !!x && !!y && x[1] === y[1];
};

/**
 * A thread: the top is one post among its siblings of the same markup (tag and classes),
 * three or more of them holding prose and all of them far more than the top alone: their
 * parent, the thread, is the content.
 */
function threadOf(top: Candidate, candidates: Candidate[], stats: Map<Element, Stats>): Candidate {
  const prose = (el: Element) => {
    const s = stats.get(el);
    return s ? s.units - s.linkUnits : 0;
  };
  let item: Element = top.element;
  for (let level = 0; level < NUMBERED_ITEM_LEVELS && item.parent && isTag(item.parent) && item.parent.name !== 'body'; level++, item = item.parent) {
    const parent = item.parent;
    // Further up, only posts numbered as such (Discuz's div#post_4410021 around its table of user and message).
    const kin = (n: Element) => kindOf(n) === kindOf(item) && (level < ITEM_LEVELS || numberedAlike(n, item));
    const items = (parent.children as AnyNode[]).filter((n): n is Element => isTag(n) && kin(n));
    const posts = items.filter((el) => prose(el) >= MIN_PARAGRAPH_UNITS);
    const total = posts.reduce((sum, el) => sum + prose(el), 0);
    const s = stats.get(parent);
    if (posts.length >= MIN_ITEMS && total >= prose(top.element) * ITEMS_PROSE_RATIO && s && linkDensity(s) < 0.5) {
      return candidates.find((c) => c.element === parent) ?? { ...top, element: parent, units: s.units, linkUnits: s.linkUnits };
    }
  }
  return top;
}

/** A cell beside the top holding this share of its prose makes the row one content laid out side by side. */
const SIDE_BY_SIDE_SHARE = 0.5;

/**
 * A layout table setting the article's parts side by side (columns of a cheat sheet): the top
 * is one cell of its row and a cell beside it holds as much prose, few of it in links. The
 * table is the content; a data table's cell is never the top, its cells being short.
 */
function sideBySide(top: Candidate, candidates: Candidate[], stats: Map<Element, Stats>): Candidate {
  const row = top.element.parent;
  if (top.element.name !== 'td' || !row || !isTag(row) || row.name !== 'tr') return top;
  const prose = (el: Element) => {
    const s = stats.get(el);
    return s && linkDensity(s) < 0.5 ? s.units - s.linkUnits : 0;
  };
  const beside = (row.children as AnyNode[]).some((n) => isTag(n) && n !== top.element && n.name === 'td' && prose(n) >= prose(top.element) * SIDE_BY_SIDE_SHARE);
  let table: AnyNode | null = row.parent;
  while (table && isTag(table) && table.name !== 'table') table = table.parent;
  const s = table && isTag(table) ? stats.get(table) : undefined;
  if (!beside || !s) return top;
  return candidates.find((c) => c.element === table) ?? { ...top, element: table as Element, units: s.units, linkUnits: s.linkUnits };
}

interface Chosen {
  choice?: GenericChoice;
  /** The prose (outside links) of the block the choice rests on: 0 for a declared article taken for want of prose. */
  prose: number;
  /** Every element the walk measured. */
  stats: Map<Element, Stats>;
}

function choose($: CheerioAPI, walk: Walk, within?: Element): Chosen {
  const scored = scoreCandidates($, walk);
  const { stats } = scored;
  const candidates = within ? scored.candidates.filter((c) => contains(within, c.element)) : scored.candidates;
  const chained = candidates[0] && sideBySide(threadOf(commonContainer(byProseMass(scoredCore(candidates[0], scored), candidates), candidates), candidates, stats), candidates, stats);
  const top = chained && beyondListing(chained, candidates, stats);
  const s = top && stats.get(top.element);
  if (!top || !s || s.units - s.linkUnits < MIN_ARTICLE_UNITS) return { choice: declaredArticle($, candidates), prose: 0, stats };
  // Its parts beside it scored over the whole page: the visible part before a hidden block chosen within it ("展开全文").
  const siblings = relatedSiblings(top, scored.candidates, stats);
  // Around a listing, the page is measured against the listing: a landing page's main holding several times it is the content still.
  const prose = top === chained ? s.units - s.linkUnits : chained.units - chained.linkUnits;
  return { choice: { elements: [...leadAbove(siblings, stats), ...sectionsBefore(siblings, stats), ...siblings, ...dataTableAfter(siblings, stats)], candidates }, prose, stats };
}

/** A table after the text as big as this, in rows, with few links, holds data the text introduces. */
const DATA_TABLE_UNITS = 200;
const DATA_TABLE_ROWS = 3;
const DATA_TABLE_LINK_DENSITY = 0.2;

/** The table around the element when the element is its one cell (a layout table around one block). */
function oneCellTable(el: Element): Element | undefined {
  const table = el.name === 'td' || el.name === 'th' ? tableOf(el) : undefined;
  const cells = table ? ownRows(table).flatMap(cellsOf) : [];
  return cells.length === 1 && cells[0] === el ? table : undefined;
}

/**
 * A lead box just before the block's container, when the block has none of its own before it (the Motley Fool's
 * section.key-points-section before the section holding the story): its first part.
 */
function leadAbove(siblings: Element[], stats: Map<Element, Stats>): Element[] {
  const first = siblings[0];
  const container = first?.parent;
  if (!first || !container || !isTag(container) || siblings.some(isLeadBox)) return [];
  const before = previousElement(container);
  const s = before && stats.get(before);
  return before && s && isLead(before, s) ? [before] : [];
}

/**
 * The data table right after the article's last block (the figures its text ends by announcing:
 * "附：招生专业及考试科目"), past the one-cell layout table the text sits in: rows of text, not of links.
 */
function dataTableAfter(siblings: Element[], stats: Map<Element, Stats>): Element[] {
  const last = siblings.at(-1);
  const next = last && nextElement(oneCellTable(last) ?? last);
  const s = next && stats.get(next);
  const rows = next?.name === 'table' ? ownRows(next).length : 0;
  return next && s && rows >= DATA_TABLE_ROWS && s.units >= DATA_TABLE_UNITS && linkDensity(s) < DATA_TABLE_LINK_DENSITY ? [next] : [];
}

/** The class-named kind that at least two of the elements share ("section.content-section"). */
function sharedKind(elements: Element[]): string | undefined {
  const counts = new Map<string, number>();
  for (const el of elements) if (el.attribs.class?.trim()) counts.set(kindOf(el), (counts.get(kindOf(el)) ?? 0) + 1);
  return [...counts].find(([, n]) => n >= 2)?.[0];
}

/**
 * An article laid out in sections of one kind whose first section stands apart, in the header
 * beside the headline (MDN: the introduction's section.content-section in the header, the rest
 * in the body): sections of the kind the chosen blocks are made of, before them in the container
 * around them, are the article's opening. One block with a class says little: two make a kind.
 */
function sectionsBefore(siblings: Element[], stats: Map<Element, Stats>): Element[] {
  const own = sharedKind(siblings);
  const [first] = siblings;
  const inner = own || siblings.length > 1 || !first ? undefined : sharedKind(first.children.filter(isTag));
  const kind = own ?? inner;
  // The boundary holds the chosen sections; what comes before it in its parent may be their opening.
  const boundary = own ? first?.parent : first;
  const container = boundary?.parent;
  if (!kind || !boundary || !container || !isTag(container)) return [];
  const found: Element[] = [];
  const visit = (node: AnyNode): boolean => {
    if (node === boundary) return true;
    if (!isTag(node)) return false;
    const s = stats.get(node);
    if (kindOf(node) === kind && s && s.units >= MIN_PARAGRAPH_UNITS && linkDensity(s) < 0.25) {
      found.push(node);
      return false;
    }
    return node.children.some(visit);
  };
  container.children.some(visit);
  return found;
}

/**
 * The article's block(s), or undefined when the page holds no article-sized prose. A block
 * hidden by its style alone, or a <noscript>, holding more prose than what is visible is the
 * body a script would reveal (or that readers without scripts get): it is read as shown.
 */
export function findContent($: CheerioAPI): GenericChoice | undefined {
  const choice = chooseContent($);
  return choice && { ...choice, elements: withOutsideNotes($, choice.elements) };
}

function chooseContent($: CheerioAPI): GenericChoice | undefined {
  const walk: Walk = { reveal: false, hidden: [] };
  const visible = choose($, walk);
  const hidden = largestHidden(walk);
  if (!hidden.block || hidden.prose <= Math.max(visible.prose, MIN_ARTICLE_UNITS)) return threadPosts(fragmentOfPage($, visible.stats, visible.choice) && landingMain($, visible), visible.stats);
  // Within the hidden block: the cleaning drops hidden elements below the chosen one.
  const revealed = choose($, { reveal: true, hidden: [] }, hidden.block);
  return revealed.choice ? fragmentOfPage($, revealed.stats, revealed.choice) : visible.choice;
}

/** WordPress' class for a page's <article> (post_class), not a post's. */
const WORDPRESS_PAGE = /(?:^|\s)type-page(?:\s|$)/;

/** The main element holding this many times the chosen block's prose is the page's content. */
const MAIN_RATIO = 3;

/**
 * A page that is not an article (a product's or a service's landing page) spreads its content
 * over many sections of its <main> (or its <body>, without one): when the chosen block is one
 * section of a main holding several times its prose with few links, the main is the content
 * (its navigation is cleaned out after), unless what else it holds is copies of the block (one
 * per screen size) or a dialog over the page.
 */
function landingMain($: CheerioAPI, { choice, prose, stats }: Chosen): GenericChoice | undefined {
  const top = choice?.elements[0];
  if (!choice || !top || choice.elements.length > 1) return choice;
  // Inside an <article>, only a WordPress page's (post_class "type-page": a page builder's sections, no story) is such a main,
  // whatever its og:type (Yoast's "article" on every page).
  const article = $(top).closest('article').get(0) as Element | undefined;
  if (article ? !WORDPRESS_PAGE.test(article.attribs.class ?? '') : declaresArticle($)) return choice;
  const declared = article ?? mainElement($);
  const main = declared ?? pageBody($);
  if (!main || main === top || !contains(main, top)) return choice;
  // The walk that chose the top measured the main around it too.
  const measured = stats.get(main);
  if (!measured || measured.units - measured.linkUnits < prose * MAIN_RATIO || measured.linkUnits > measured.units * MASS_LINK_DENSITY) return choice;
  // In a body, copies of the top (one per screen size) or an overlay (a consent dialog) are not more content.
  const topCandidate = choice.candidates.find((c) => c.element === top);
  const copied = !!topCandidate && choice.candidates.some((c) => c !== topCandidate && isCopy(c, topCandidate));
  return !declared && (copied || [...stats.keys()].some((el) => isOverlay(el) && contains(main, el))) ? choice : { ...choice, elements: [main] };
}

/** Attributes a forum's engine marks each post with whatever its classes (NodeBB's component="post", microdata's itemtype). */
const POST_MARKERS = ['component', 'itemtype', 'data-role'];
const marksPost = (el: Element): boolean => POST_MARKERS.some((name) => !!el.attribs[name]);

/**
 * Two posts of one thread: written alike (their classes but those of place), or marked alike by the engine (the
 * original poster's NodeBB post has a class the replies lack), or numbered alike (Invision's `elComment_611982`).
 */
const alikePosts = (a: Element, b: Element): boolean =>
  postKind(a) === postKind(b) || (a.name === b.name && (POST_MARKERS.some((name) => !!a.attribs[name] && a.attribs[name] === b.attribs[name]) || numberedAlike(a, b)));

/** How far above the chosen block a post's own element may be (XenForo's body is seven levels into its post). */
const POST_LEVELS = 8;

/**
 * A forum thread's posts (XenForo's `article.message`, each with its `article.message-body`):
 * when the chosen block is one post's body, and the post stands among siblings written the same
 * way, each holding the same body with text, every post's body is the content, in order.
 */
function threadPosts(choice: GenericChoice | undefined, stats: Map<Element, Stats>): GenericChoice | undefined {
  const top = choice?.elements.length === 1 ? choice.elements[0]! : undefined;
  if (!choice || !top) return choice;
  const path: Element[] = [];
  for (let post: Element = top, level = 0; level < POST_LEVELS && post.parent && isTag(post.parent); level++) {
    path.unshift(post);
    const parent: Element = post.parent;
    post = parent;
    if ((!post.attribs.class && !marksPost(post)) || classesOf(post).some((name) => VARIANT_CLASS.test(name))) continue;
    const posts = parent.parent && isTag(parent.parent) ? parent.parent.children.filter((node): node is Element => isTag(node) && alikePosts(node, post)) : [];
    if (posts.length < 2) continue;
    // Parts of another kind between them holding code, of one family by a class (a notebook's code cells between its text
    // cells, div.nb-cell): a document of cells, not a thread: all of it.
    const siblings = parent.parent!.children as AnyNode[];
    const [first, last] = [siblings.indexOf(posts[0]!), siblings.indexOf(posts.at(-1)!)];
    const cells = siblings.slice(first, last + 1).filter((node): node is Element => isTag(node) && !posts.includes(node) && sharesClass(node, post) && selectBelow([node], 'pre').length > 0);
    if (cells.length) return { ...choice, elements: [parent.parent as Element] };
    const found = posts.map((other) => follow(other, path)).filter((body): body is Element => !!body && (stats.get(body)?.units ?? 0) > 0);
    // A copy of a post (the same section again for another screen size) is no more of the thread.
    const seen = new Set([textOf(top)]);
    const bodies = found.filter((body) => {
      if (body === top) return true;
      const text = textOf(body);
      return !seen.has(text) && !!seen.add(text);
    });
    return bodies.length >= 2 && bodies.includes(top) ? { ...choice, elements: bodies } : choice;
  }
  return choice;
}

/**
 * Copies of one section for a screen size each, or a carousel's slides: never posts. A class word naming one,
 * never a longer word holding it (vBulletin's `js-slideshow__gallery-node` on every post).
 */
const VARIANT_CLASS = /(?:^|[-_])(?:desktop|tablet|mobile|slides?|carousel|swiper|slick)(?:$|[-_])/i;

const textOf = (el: Element): string => el.children.map((node) => (isText(node) ? node.data : isTag(node) ? textOf(node) : '')).join('').replace(/\s+/g, ' ').trim();

/** The element a post holds where another post holds the path's last element, the same way down. */
function follow(post: Element, path: Element[]): Element | undefined {
  let at: Element | undefined = post;
  for (const step of path) {
    at = at.children.find((node): node is Element => isTag(node) && kindOf(node) === kindOf(step));
    if (!at) return undefined;
  }
  return at;
}

/** A block this short, on a page whose main text holds this many times more, is a fragment of the page. */
const FRAGMENT_UNITS = 600;
const FRAGMENT_RATIO = 10;

/**
 * A short block on a page whose main text is many times longer (a product page, a listing, a
 * landing page: no one block of prose) is no article: the page's main text is kept instead.
 */
function fragmentOfPage($: CheerioAPI, stats: Map<Element, Stats>, choice: GenericChoice | undefined): GenericChoice | undefined {
  if (!choice) return choice;
  const units = choice.elements.reduce((sum, el) => sum + (stats.get(el)?.units ?? 0), 0);
  const main = stats.get(mainText($));
  return units < FRAGMENT_UNITS && main && main.units > units * FRAGMENT_RATIO ? undefined : choice;
}

const mainElement = ($: CheerioAPI) => queryPage($, 'main, [role="main"]').get(0) as Element | undefined;

/** For a page without a block of prose: its main element, else its body. */
export function mainText($: CheerioAPI): Element {
  return mainElement($) ?? pageBody($) ?? ($.root().get(0) as unknown as Element);
}
