// Page → Article: parse once, read the metadata, choose the body (selector, site rule or
// the generic extractor), clean it.
import type { Cheerio, CheerioAPI } from 'cheerio';
import { isTag, isText, Text, type AnyNode, type Element } from 'domhandler';
import { keepArticleNodes } from '../article-nodes.js';
import { DEFAULTS, type ArchiveOptions } from '../config.js';
import { cleanContent } from '../clean/clean-content.js';
import { removeNodes, selectBelow } from '../clean/tree.js';
import { fail, ok, sourceLabel, type Article, type Page, type Result } from '../types.js';
import { baseUrl } from './base-url.js';
import { savedAt } from './saved-at.js';
import { ARCHIVE_HEAD, archivedCopy, unwrapLinks } from './snapshot.js';
import { loadPage } from './dom.js';
import { dropPageIndex, indexPage, queryPage } from './page-index.js';
import { fallbackTitle } from './fallback-title.js';
import { declaredBlock, standInBody, withRecord } from './declared-body.js';
import { declaresArticle } from './declares-article.js';
import { decodeText } from '../decode/entities.js';
import { findContent, mainText } from './generic.js';
import { isTeaserListing } from './teaser-listing.js';
import { NEVER_CONTENT } from './hints.js';
import { isCommentSection } from './metadata/constants.js';
import { packedUnits } from './text-units.js';
import { TextSizes } from '../clean/text-size.js';
import { checkDom, type DomLimits } from './limits.js';
import { extractMetadata, type Metadata } from './metadata/index.js';
import { isCoverUrl } from './metadata/image.js';
import { placeStreamedSegments } from './streamed-segments.js';
import { findSiteRule } from '../site-rules/find.js';
import { ruleBlock } from './metadata/rule-fields.js';

export type ExtractOptions = Pick<ArchiveOptions, 'selector' | 'imageProxy' | 'sites' | 'author' | 'timezone'> & Partial<Pick<ArchiveOptions, 'siteRules'>> & Partial<DomLimits>;

function selectBlocks($: CheerioAPI, selector: string): Cheerio<Element> | string {
  try {
    const found = $(selector).first() as Cheerio<Element>;
    return found.length ? found : `no element matches the selector '${selector}'`;
  } catch {
    return `invalid CSS selector '${selector}'`;
  }
}

/**
 * The body a selector or rule names; a <textarea> named so holds the article's markup as text
 * until a script writes it out (环球网): that markup, parsed.
 */
const markupOf = ($: CheerioAPI, el: Element): Element => (el.name === 'textarea' ? declaredBlock($, decodeText($(el).text())) : el);

/** The blocks' HTML: a single container's inner HTML, or several blocks one after another. */
function blocksHtml($: CheerioAPI, blocks: Cheerio<Element>, single: boolean): string {
  return single ? (blocks.html() ?? '') : blocks.toArray().map((el) => $.html(el)).join('\n');
}

/** The nodes of that HTML: the container's children, or the blocks one line apart. */
function blocksNodes(blocks: Cheerio<Element>, single: boolean): AnyNode[] {
  if (single) return blocks.first().contents().toArray();
  return blocks.toArray().flatMap((el, i) => (i ? [new Text('\n'), el] : [el]));
}

/** The body's image URLs as fetched, without the proxy prefix the cleaning put before them. */
function bodyImages(blocks: Cheerio<Element>, proxy: string | undefined): string[] {
  const srcs = selectBelow(blocks.toArray(), 'img[src]').map((img) => img.attribs.src!);
  return srcs.map((src) => (proxy && src.startsWith(proxy) ? src.slice(proxy.length) : src)).filter((src) => /^https?:/i.test(src));
}

/** The limits given, the defaults for the others (callers such as the bench give none). */
const domLimits = (o: Partial<DomLimits>): DomLimits => ({
  maxDepth: o.maxDepth ?? DEFAULTS.maxDepth,
  maxElements: o.maxElements ?? DEFAULTS.maxElements,
  maxImages: o.maxImages ?? DEFAULTS.maxImages,
});

/** A page with no letter or digit to read has nothing to archive; any text at all is written (short, with a warning). */
const MIN_READABLE_UNITS = 1;
/** Below this, a post is written with a warning that it may be incomplete. */
const SHORT_UNITS = 200;
/** Cleaning that leaves less than this share of a large block's text took the article with it. */
const KEPT_SHARE = 0.1;
const LARGE_BLOCK_UNITS = 1_000;
/** A block this much of whose text is in elements named as comments is a thread, if cleaning leaves it short. */
const THREAD_SHARE = 0.6;

/** The text of the outermost elements below the blocks whose names say comments ("timeline-comment", "comment-list"). */
function commentUnits(blocks: Cheerio<Element>): number {
  const units = new TextSizes(packedUnits);
  const roots = new Set(blocks.toArray());
  const outermost = selectBelow([...roots], '[class], [id]').filter((el) => isCommentSection(el) && !hasCommentAbove(el, roots));
  return outermost.reduce((sum, el) => sum + units.of(el), 0);
}

const hasCommentAbove = (el: Element, roots: Set<Element>): boolean => {
  for (let up = el.parent as Element | null; up && !roots.has(up); up = up.parent as Element | null) if (up.attribs && isCommentSection(up)) return true;
  return false;
};

const NO_TEXT = 'no article found: the page has no readable text (try --selector)';

const hasImage = (blocks: Cheerio<Element>) => selectBelow(blocks.toArray(), 'img').length > 0;

const readableUnits = (blocks: Cheerio<Element>) => {
  const units = new TextSizes(packedUnits);
  return blocks.toArray().reduce((sum, el) => sum + units.of(el), 0);
};

/**
 * 'light' when the full cleaning took the article with it; 'listing' for a page whose content is
 * its links (teasers of other pages): its main text, link boxes kept.
 */
type Cleaning = 'full' | 'light' | 'listing';

/** A page's main text this many times the post's, and this long, is a listing the cleaning emptied. */
const LISTING_RATIO = 10;

/** Text below `el` outside the elements `skipped` names. */
function unitsOutside(el: Element, skipped: Set<string>): number {
  let units = 0;
  for (const child of el.children) {
    if (isText(child)) units += packedUnits(child.data);
    else if (isTag(child) && !skipped.has(child.name)) units += unitsOutside(child, skipped);
  }
  return units;
}

/** A page's main text this many times a block of teasers holds more than the teasers. */
const TEASERS_IN_PAGE = 2;

/** A page's main text with more than this share in links is a listing: its content is its links. */
const LISTING_LINK_SHARE = 0.5;

function isMostlyLinks(main: Element): boolean {
  const units = new TextSizes(packedUnits);
  const links = selectBelow([main], 'a').filter((a) => !a.parent || !isTag(a.parent) || a.parent.name !== 'a');
  return links.reduce((sum, a) => sum + units.of(a), 0) > units.of(main) * LISTING_LINK_SHARE;
}

/** Text a reader sees: outside scripts and styles. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);
/** Text that may be an article's: outside scripts, navigation, asides, footers, forms' controls. */
const NOT_PROSE = new Set([...UNSEEN, ...NEVER_CONTENT.split(/,\s*/)]);
const unitsOfBlocks = (blocks: Cheerio<Element>, skipped: Set<string>) => blocks.toArray().reduce((sum, el) => sum + unitsOutside(el, skipped), 0);

/**
 * A parsed page read for its addresses, site rule and metadata (`--explain` reads it the same way): links resolve
 * against the address the copy was read from (`base`); a web archive's copy is the article at its own address (`url`),
 * its relative times counted from the capture.
 */
export function readPage($: CheerioAPI, page: Page, options: ExtractOptions) {
  placeStreamedSegments($, page.html);
  indexPage($);
  const base = baseUrl($, page.url);
  const snapshot = archivedCopy($, base);
  if (snapshot) unwrapLinks($);
  if (snapshot?.ownHead) {
    removeNodes(queryPage($, ARCHIVE_HEAD).toArray());
    indexPage($);
  }
  const url = snapshot?.url ?? base;
  const rule = findSiteRule(url, $, options.sites, options.siteRules !== false);
  const meta = extractMetadata($, url, { timezone: options.timezone, rule, retrievedAt: snapshot?.capturedAt ?? page.retrievedAt ?? savedAt(page.html) });
  return { base, url, snapshot, rule, meta };
}

/** Where a value the page declares for itself comes from: its metas, its JSON-LD, a site rule, the user. */
const DECLARED = /^(?:meta |JSON-LD |site rule|--)/;

/** A listing's byline and date read from its markup or text are its first teaser's (a category archive's first post), not the page's. */
const declaredOnly = (meta: Metadata): Metadata => {
  const author = meta.author && DECLARED.test(meta.author.from);
  return { ...meta, author: author ? meta.author : undefined, byline: author ? meta.byline : undefined, date: meta.date && DECLARED.test(meta.date.from) ? meta.date : undefined };
};

export function extractArticle(page: Page, options: ExtractOptions, cleaning: Cleaning = 'full'): Result<Article> {
  const label = sourceLabel(page.source);
  const $ = loadPage(page.html);
  const refused = checkDom($, domLimits(options));
  if (refused) return fail(label, 'extract', 'limit', `refused: ${refused}`);
  const read = readPage($, page, options);
  const { base, url, snapshot, rule } = read;
  let meta = read.meta;
  // Read before the cleaning changes the tree: a JSON-LD block may be inside the article.
  const declaredArticle = declaresArticle($);
  const warnings: string[] = [];

  let blocks: Cheerio<Element>;
  let single = true;
  // A block of teasers (a category's archive) keeps its linked titles, as a listing's main text does.
  let listing = cleaning === 'listing';
  let by: 'selector' | 'rule' | 'generic' = 'generic';
  const ruled = !options.selector && rule ? ruleBlock($, rule, url) : undefined;
  if (options.selector) {
    const selected = selectBlocks($, options.selector);
    if (typeof selected === 'string') return fail(label, 'extract', 'selector', selected);
    blocks = $(markupOf($, selected.get(0)!));
    by = 'selector';
  } else if (ruled) {
    blocks = $(markupOf($, ruled));
    by = 'rule';
  } else if (cleaning === 'listing') {
    blocks = $(mainText($));
    warnings.push("a listing: the post holds the page's main text, its links included; check it (or use --selector)");
  } else {
    const found = findContent($);
    if (found) {
      blocks = $(found.elements);
      single = found.elements.length === 1;
      if (cleaning === 'full' && isTeaserListing(found.elements)) {
        // Teasers beside a page's longer main text (a sidebar's "most read"): the page is the listing.
        if (unitsOutside(mainText($), UNSEEN) >= unitsOutside(found.elements[0]!, UNSEEN) * TEASERS_IN_PAGE) return extractArticle(page, options, 'listing');
        listing = true;
        warnings.push('a listing: the post holds its teasers, their titles linked; check it (or use --selector)');
      }
    } else if (cleaning === 'full' && isMostlyLinks(mainText($))) {
      return extractArticle(page, options, 'listing');
    } else {
      blocks = $(mainText($));
      warnings.push('no block of prose found: the post holds the page\'s main text; check it (or use --selector)');
    }
  }

  let before = readableUnits(blocks);
  // What a reader sees of the blocks: a payload's <script> is text to the parser. A site rule's
  // block stands unless it shows next to nothing (a share page's empty container, filled by script).
  const shown = unitsOfBlocks(blocks, UNSEEN);
  const stand = by === 'generic' || (by === 'rule' && shown < SHORT_UNITS) ? standInBody($, shown, SHORT_UNITS, meta.declaredBody, meta.description, meta.title?.value) : undefined;
  if (stand) {
    blocks = $(declaredBlock($, stand.text));
    single = true;
    before = stand.units;
    warnings.splice(0, warnings.length, stand.warning);
    if (stand.record) meta = withRecord(meta, stand.record);
  }
  if (by === 'generic' && before < MIN_READABLE_UNITS && !hasImage(blocks)) return fail(label, 'extract', 'no-article', NO_TEXT);
  const prose = unitsOfBlocks(blocks, NOT_PROSE);
  // Measured before the cleaning takes the comments out; only a block long enough to be a thread.
  const commented = before >= 2 * SHORT_UNITS ? commentUnits(blocks) : 0;
  dropPageIndex($);
  const { firstImage } = cleanContent($, blocks, {
    base,
    imageProxy: options.imageProxy,
    // --selector names the container exactly as it is to be kept.
    remove: by === 'selector' ? undefined : rule?.remove,
    boilerplate: by === 'generic' && cleaning !== 'light',
    furniture: by === 'rule',
    linkBoxes: !listing,
    edges: by !== 'selector',
    lazySrc: rule?.lazySrc,
    reveal: rule?.reveal,
    keepLines: rule?.keepLines,
    title: meta.title?.value,
    // A listing's byline is a teaser's: the teaser naming it is no writer's box.
    byline: listing ? undefined : meta.byline ?? meta.author?.value,
    paywalledParts: meta.paywalledParts,
  });
  const after = readableUnits(blocks);
  // The cleaning took the article with it (a wrapper named like furniture): clean lightly instead.
  // Or all the page had was what full cleaning takes out (a thread's comments): they are its text.
  // Or it left a short post of a block most of whose text is named as comments (a thread whose posts are so named).
  const emptied = (before >= LARGE_BLOCK_UNITS && after < before * KEPT_SHARE) || (before >= 2 * SHORT_UNITS && after < SHORT_UNITS && commented >= before * THREAD_SHARE);
  if (cleaning === 'full' && (emptied || (after < MIN_READABLE_UNITS && prose >= MIN_READABLE_UNITS))) {
    return extractArticle(page, options, 'light');
  }
  if (cleaning !== 'listing' && by === 'generic' && after < SHORT_UNITS) {
    const main = unitsOutside(mainText($), UNSEEN);
    if (main >= LARGE_BLOCK_UNITS && main >= after * LISTING_RATIO) return extractArticle(page, options, 'listing');
  }
  if (by === 'generic' && after < MIN_READABLE_UNITS && !hasImage(blocks)) {
    return fail(label, 'extract', 'no-article', NO_TEXT);
  }
  if (after < SHORT_UNITS) warnings.push(`short article (${after} characters of text): it may be incomplete`);
  // Not where the page declares itself an article (a review of products, each under its linked name, is one).
  if (listing && !declaredArticle) meta = declaredOnly(meta);
  const title = meta.title?.value ?? fallbackTitle(blocks, page.source);
  const article: Article = {
    url: snapshot?.url ?? page.url ?? url,
    title,
    author: options.author ?? rule?.author ?? meta.author?.value ?? meta.siteName?.value,
    byline: meta.author?.value,
    date: meta.date?.value,
    dateZone: meta.date && (meta.date.zone ?? meta.zone?.value),
    ...(meta.date?.dateOnly && { dateOnly: true }),
    image: meta.image?.value ?? (isCoverUrl(firstImage) ? firstImage : undefined),
    images: bodyImages(blocks, options.imageProxy),
    siteName: meta.siteName?.value,
    categories: rule?.categories,
    html: blocksHtml($, blocks, single),
    ...(warnings.length && { warnings }),
  };
  return ok(keepArticleNodes(article, blocksNodes(blocks, single)));
}
