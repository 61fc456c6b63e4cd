// Boilerplate inside a block the generic extractor chose: furniture elements, blocks named
// like furniture, lists and boxes of links ("You may also like…"), hidden elements.
import type { Cheerio, CheerioAPI } from 'cheerio';
import { isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';
import { isStyledListing, LISTING_LINES, listingOf } from '../code-listings.js';
import { SOCIAL_EMBED_CLASSES } from '../render/rules/embed-hosts.js';
import { decodeText } from '../decode/entities.js';
import { isNegative, isNegativeByLeadingToken, isNegativeByPagerWord, LEAD_CLASS } from '../extract/class-hints.js';
import { cleanText } from '../extract/dom.js';
import { AD_LABEL, ALSO_READ_LINE, BOILERPLATE_LINES, CREDIT_LINE, DATE_ONLY_LINE, FURNITURE_LINES, FURNITURE_SELECTORS, MAX_NOTICE, MAX_PROMPT, MAX_TAXONOMY, MAX_TERMS, NEWSLETTER_PROMPT, NOTICE_LINE, SIGNUP_TERMS, TAIL_MARKERS, TAXONOMY_LINE } from '../extract/hints.js';
import { BLOCK_TAGS } from '../extract/metadata/constants.js';
import { isPortrait } from '../extract/metadata/author.js';
import { findDate } from '../extract/metadata/parse-date.js';
import { PROFILE_HREF } from '../extract/metadata/text-author.js';
import { textUnits } from '../extract/text-units.js';
import { fragment, outermostNotes, referencedNotes, touchesNote, type ReferencedNotes } from './referenced-notes.js';
import { nonSpaceLength, TextSizes } from './text-size.js';
import { cellsOf, contains, hiddenByStyle, kindOf, nextElement, ownRows, previousElement, rawText, removeNodes, selectBelow, selectorTest, tableOf, withinCode } from './tree.js';

// A tab's panel is hidden only until its tab is chosen (Docusaurus' code for each package manager): content; one hidden by
// its style or from screen readers, when it holds code (Nextra's), not a carousel's repeated slides.
const CODE_TAB = '[role="tabpanel"]:has(pre)';
// So is a listing hidden beside another until its language is chosen (Slate's `pre.tab-ruby` after `pre.tab-shell`).
const CODE_ALTERNATIVE = 'pre + pre, pre:has(+ pre)';
// `.js-hidden` is hidden once the page's scripts run, from every reader who has them (GOV.UK's collapsed change history).
const FURNITURE = [`script, style, noscript, template, nav, aside, footer, form, button, input, select, textarea, [hidden]:not([role="tabpanel"]), .js-hidden, [aria-hidden="true"]:not(img, ${CODE_TAB}), [style*="display:none" i]:not(${CODE_TAB}, ${CODE_ALTERNATIVE}), [style*="display: none" i]:not(${CODE_TAB}, ${CODE_ALTERNATIVE})`, ...FURNITURE_SELECTORS].join(', ');
const LINK_BOXES = 'ul, ol, div, section, table, p, dl, td, li, center, font, h2, h3, h4';
/** A heading element's name. */
const HEADING = /^h[1-6]$/;
/** A block this small a share of the article, and mostly links, is navigation. */
const SMALL_SHARE = 0.3;
const LINK_HEAVY = 0.5;

function preAbove(el: Element): Element | undefined {
  for (let up = el.parent as Element | null; up; up = up.parent as Element | null) if (up.name === 'pre') return up;
  return undefined;
}

/** Inside a <pre> or a <code> (a highlighter's token span). */
const inCode = (el: Element): boolean => !!el.parent && isTag(el.parent) && withinCode(el.parent);
/**
 * The elements a highlighter makes a block's tokens of: spans, links (Agda's `<a class="Comment">`, each name linked to its
 * definition), a spec's definitions (Bikeshed's `<dfn id="dom-navigator-saverhints">`): whatever is no block, and no
 * code of its own (a type's popup, Twoslash's `code.twoslash-popup-code`).
 */
const isCodeToken = (el: Element): boolean => !BLOCK_TAGS.has(el.name) && el.name !== 'code';

const TABLE_PARTS = new Set(['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);


/** An element holding all the text of the data table's cell it is in. */
function wrapsDataCell(el: Element, tables: Set<Element>, sizes: TextSizes): boolean {
  let cell = el.parent;
  while (cell && isTag(cell) && cell.name !== 'td' && cell.name !== 'th') cell = cell.parent;
  return !!cell && isTag(cell) && tables.has(tableOf(cell)!) && sizes.of(el) > 0 && sizes.of(el) === sizes.of(cell);
}

/** A cell written as a header: all its text bold. */
const isBoldCell = (cell: Element) => {
  const shown = cell.children.filter((c) => c.type === 'tag' || (c.type === 'text' && (c as unknown as { data: string }).data.trim()));
  return shown.length === 1 && shown[0]!.type === 'tag' && ['b', 'strong'].includes((shown[0] as Element).name);
};

/** A row's number cell and line cell in a table of code lines (GitHub's snippets and gists: td.blob-num, td.blob-code). */
const NUMBER_CELL = /(?:^|[\s-])(?:num|gutter|lineno|line-number)s?(?:[\s-]|$)/i;
const LINE_CELL = /(?:^|[\s-])(?:code|line)(?:[\s-]|$)/i;

/** Code laid out as a table, a row a line: a line-number cell, then the line. */
function isLineTable(table: Element): boolean {
  const rows = ownRows(table);
  return rows.length > 0 && rows.every((row) => {
    const [number, line, ...more] = cellsOf(row);
    return !!number && !!line && !more.length && ('data-line-number' in number.attribs || NUMBER_CELL.test(number.attribs.class ?? '')) && LINE_CELL.test(line.attribs.class ?? '');
  });
}

/**
 * Tables of data: with header cells, a head or a caption, or a grid (two rows or more of the same
 * two cells or more, no table inside) whose first row is bold, a header written in <td>s; and
 * tables of code lines.
 * Removing one of their cells would shift the columns after it; removing one as a box of links
 * would lose the data (a table of tools and their sites). A grid of links without a header row
 * is still navigation.
 */
export function dataTables(blocks: Cheerio<Element>): Set<Element> {
  const tables = new Set<Element>();
  for (const table of selectBelow(blocks.toArray(), 'table')) {
    if (isLineTable(table) || selectBelow([table], 'th, thead, caption').some((el) => tableOf(el) === table)) {
      tables.add(table);
      continue;
    }
    const rows = ownRows(table);
    const widths = rows.map((row) => cellsOf(row).length);
    const grid = widths.length >= 2 && widths[0]! >= 2 && widths.every((w) => w === widths[0]) && !selectBelow([table], 'table').length;
    if (grid && cellsOf(rows[0]!).every(isBoldCell)) tables.add(table);
  }
  return tables;
}

/** Inside one of the data tables: one of its parts, or what a cell holds. */
function inDataTableOf(el: Element, tables: Set<Element>): boolean {
  const table = tableOf(el);
  return !!table && tables.has(table);
}

/** Text beside a code block or a table in its wrapper: a label, a Copy button, a file name. */
const WRAPPER_TEXT = 40;
/** The share of a table's rows whose cell in one column holds a value and no link, for that column to be values. */
const VALUE_ROWS = 2 / 3;

/**
 * A column of values: a data cell (<td>) of text and no link, in the same column of most rows
 * (a ranking's revenues beside the linked company names). A navigation box's <td>s are all links.
 */
function hasValueColumn(table: Element, sizes: TextSizes): boolean {
  const rows = ownRows(table).map(cellsOf).filter((cells) => cells.some((cell) => cell.name === 'td'));
  if (rows.length < 2) return false;
  const width = Math.max(...rows.map((cells) => cells.length));
  for (let column = 0; column < width; column++) {
    const values = rows.filter((cells) => {
      const cell = cells[column];
      return cell?.name === 'td' && !selectBelow([cell], 'a').length && sizes.of(cell) > 0;
    });
    if (values.length >= rows.length * VALUE_ROWS) return true;
  }
  return false;
}

/**
 * A code block or a data table (not mostly links, or with a column of values beside its links),
 * or an element around one of them and little else (a comment holding code has its prose): kept
 * whatever its name ('code-toolbar', 'table-wrapper related', ChatGPT's
 * `bg-token-sidebar-surface-primary` frame around the code).
 */
function wrapsBlock(sizes: TextSizes, el: Element, tables: Set<Element>): boolean {
  const isData = (table: Element) => tables.has(table) && (!isLinkHeavy(sizes, table) || hasValueColumn(table, sizes));
  if (el.name === 'pre' || (el.name === 'table' && isData(el))) return true;
  // Inside a <pre>, an element holding most of its text frames the code (ChatGPT's, around a header bar and the lines).
  const pre = preAbove(el);
  if (pre && sizes.of(el) * 2 > sizes.of(pre)) return true;
  const blocks = [...selectBelow([el], 'pre'), ...selectBelow([el], 'table').filter(isData)];
  return blocks.length === 1 && sizes.of(el) - sizes.of(blocks[0]!) <= WRAPPER_TEXT;
}

/** The letters of the element's link text. */
const linkLetters = (sizes: TextSizes, el: Element): number => selectBelow([el], 'a').reduce((sum, a) => sum + sizes.of(a), 0);

/** Mostly links: a navigation box, even when laid out as a table with headers (Wikipedia's navboxes). */
function isLinkHeavy(sizes: TextSizes, el: Element, size = sizes.of(el)): boolean {
  return size > 0 && linkLetters(sizes, el) / size > LINK_HEAVY;
}

const FORMULAS = 'math, mjx-container';

/**
 * A formula's hidden MathML (Wikipedia hides it beside a drawn image: its TeX annotation is the
 * formula), or MathJax 3's drawing, hidden from screen readers (aria-hidden), which is all a page
 * without assistive MathML keeps of the formula.
 */
function holdsFormula(el: Element): boolean {
  if (el.name === 'math' || el.name === 'mjx-container' || selectBelow([el], FORMULAS).length > 0) return true;
  for (let up = el.parent as Element | null; up && up.type === 'tag'; up = up.parent as Element | null) if (up.name === 'mjx-container') return true;
  return false;
}

const SOCIAL_EMBEDS = SOCIAL_EMBED_CLASSES.map((name) => `blockquote.${name}`).join(', ');

/** Posts quoted from a social network (a tweet's blockquote) and what holds them, however named ('social-media-embed'): the article's. */
function embedHolders(roots: Element[]): Set<Element> {
  const holders = new Set<Element>();
  for (const embed of selectBelow(roots, SOCIAL_EMBEDS)) for (let up: ParentNode | null = embed; up && isTag(up) && !holders.has(up); up = up.parent) holders.add(up);
  return holders;
}

const inListing = (el: Element): boolean => listingOf(el) !== undefined;

/**
 * An editor's lines of code inside its listing, which Monaco hides from screen readers (its
 * hidden textarea reads them out): the code itself. A whole listing that is furniture still goes.
 */
const holdsListing = (el: Element) => inListing(el) && selectBelow([el], LISTING_LINES).length > 0;

/** Elements a picture's credit or an ad's label stands alone in. */
const CREDIT_HOLDERS = 'span, small, cite, em, i, p, div, figcaption';
const MAX_CREDIT = 80;
const isCreditOrAdLabel = (text: string) => {
  const line = text.trim();
  return line.length <= MAX_CREDIT && (CREDIT_LINE.test(line) || AD_LABEL.test(line));
};

/** A control that unfolds a caption or a teaser in place: a link to nowhere reading "… more" or "less". */
const TOGGLE_TEXT = /^\s*(?:\.{3}|…)?\s*(?:(?:read|show|see|view)\s+)?(?:more|less)\s*$/i;
const leadsNowhere = (a: Element) => !a.attribs.href || /^\s*(?:#|javascript:)/i.test(a.attribs.href);
/** A text cut short with an ellipsis (and its "more") is a folded copy when a sibling reads the same from its start. */
const FOLDED = /(?:\.{3}|…)\s*(?:(?:read|show|see|view)\s+)?(?:more)?\s*$/i;
const MIN_FOLDED = 20;

/** The element's last words: its last text node that is not blank (cheap to test before reading all its text). */
function lastText(el: Element): string {
  for (let i = el.children.length - 1; i >= 0; i--) {
    const child = el.children[i]!;
    if (isText(child) && child.data.trim()) return child.data;
    if (isTag(child)) {
      const text = lastText(child);
      if (text) return text;
    }
  }
  return '';
}

/** Caption and teaser expanders, and the folded copy of a text the page also shows whole. */
function removeFoldedCopies($: CheerioAPI, blocks: Cheerio<Element>): void {
  const folded = selectBelow(blocks.toArray(), 'p, div, span, figcaption').filter((el) => {
    if (!FOLDED.test(lastText(el))) return false;
    const text = $(el).text().trim();
    const stem = text.replace(FOLDED, '').trim();
    if (stem.length < MIN_FOLDED) return false;
    const whole = (sibling: Element | undefined) => {
      const other = sibling && $(sibling).text().trim();
      return !!other && other.length > stem.length && other.startsWith(stem);
    };
    return whole($(el).prev().get(0)) || whole($(el).next().get(0));
  });
  $(folded).remove();
  $(selectBelow(blocks.toArray(), 'a').filter((a) => leadsNowhere(a) && TOGGLE_TEXT.test($(a).text()))).remove();
}

/** The author's box after an article: their name with a bio (the byline is in the front matter already). */
const AUTHOR_BOXES = '[itemprop~="author"], [class*="author-bio" i], [class*="authorbio" i], [class*="author_bio" i], [class*="about-author" i], [class*="author-box" i], [class*="authorbox" i], [class*="author-info" i], [class*="authorinfo" i], [class*="author_info" i], [class*="author-card" i]';
/** A name alone is a byline (the edges go with it); with this much more it is a bio (Chinese says as much in a third of the letters). */
const MIN_BIO = 60;
const MIN_BIO_HAN = 20;
const HAS_HAN = /\p{Script=Han}/u;
const isAuthorBox = (size: number, total: number, text: string, minimum = MIN_BIO) => size >= (HAS_HAN.test(text) ? MIN_BIO_HAN : minimum) && size < total * SMALL_SHARE;
/** A box of its own named for the bio (a heading with the name, a line about them: "Alex Hulse is a freelance reporter…") is one, however short; an inline name is a byline's. */
const MIN_BOXED_BIO = 40;
const BIO_BOX = /^(?:div|section|aside|footer)$/;

/** An <aside> that is the article's callout (Starlight's "Caution", an explainer's note, Zenn's `aside.msg`), not a sidebar. */
const CALLOUT = /note|tip|hint|caution|warning|danger|important|callout|admonition|explainer|fact|infobox|key-?(?:points|takeaways)|(?<![\w-])(?:msg|message)(?![\w-])/i;
const isCallout = (el: Element) => el.name === 'aside' && (el.attribs.role === 'note' || CALLOUT.test(`${el.attribs.class ?? ''} ${el.attribs['aria-label'] ?? ''}`));

/** A post's text that a form holds to let its writer edit it (old Reddit's usertext): no field shown, text enough to read. */
const MIN_FORM_TEXT = 100;
const isTextForm = ($: CheerioAPI, el: Element) =>
  el.name === 'form' && el.attribs.hidden === undefined && !$(el).find('input:not([type="hidden"]), textarea, select').length && nonSpaceLength($(el).text()) >= MIN_FORM_TEXT;

/** A box around an e-mail field holding no more text than this is a sign-up's (its pitch, its privacy notice), not the article's. */
const MAX_SIGNUP_BOX = 600;
/** Nor more than this share of the content's text: a short article's own block is no box. */
const SIGNUP_SHARE = 0.3;

/**
 * A reader's appeal for money or membership, a newsletter's pitch or a paywall's offer to read on, in a box its class
 * names so (Vox's contribution-ask, HuffPost's cli-support, National Geographic's InlineNewsletter, El País's cont_freemium,
 * Business Insider's subscription-lock between the parts of the text the page holds whole), an event's call to action.
 */
const APPEAL_CLASS = /contribut|support|donat|member|appeal|newsletter|marketing|upsell|subscri|gift|paywall|freemium|(?:^|[\s_-])(?:ask|cta)(?:$|[\s_-])/i;
const APPEAL_TEXT = /\b(?:support (?:our|local|free|independent|quality|nonprofit|this) journalism|supporting (?:our|this) (?:work|journalism)|become a (?:member|supporter)|make a (?:contribution|donation)|donate (?:now|today)|consider (?:supporting|donating|a contribution)|unlimited (?:digital )?access|gift (?:this |\d+ )?articles?|per (?:month|week|year) for|sign up (?:for|to get)|register now|(?:buy|get) (?:your )?tickets|subscribe to (?:continue|keep) reading|exclusively (?:to|for) [\w\s]{0,40}subscribers|already a subscriber|suscr[ií]bete para (?:seguir|continuar) leyendo|ya soy suscriptor|abonnez-vous pour (?:lire|continuer)|jetzt weiterlesen)\b/i;
/** The same, naming the outlet ("Support HuffPost", "becoming a Vox Member"). */
const APPEAL_NAMING = /\b[Ss]upport(?:ing)? \p{Lu}\w+|\bbecom(?:e|ing) an? \p{Lu}\w+ (?:[Mm]ember|[Ss]upporter)/u;
/** A price by the month or the year ("Yes, I'll give $5/month"). */
const PRICE_PER_TERM = /\$\d+(?:\.\d{2})?\s*(?:\/|per |a )\s*(?:month|mo|week|year|yr)\b/i;
const MAX_APPEAL = 1000;
/** A box named as a callout may hold the article's own note: only an outlet's appeal for gifts makes it one. */
const CALLOUT_CLASS = /callout/i;
const GIVING = /\b(?:make a (?:gift|contribution|donation)|donat(?:e|ion)|(?:nonprofit|non-profit) newsroom)\b/i;
function isAppealBox($: CheerioAPI, el: Element): boolean {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  const named = APPEAL_CLASS.test(names);
  if (!/^(?:div|section|aside)$/.test(el.name) || (!named && !CALLOUT_CLASS.test(names))) return false;
  // Its texts set apart: a box's lines run together would hide the words' ends ("June 5REGISTER NOW").
  const text = $(el).find('*').addBack().contents().toArray().filter(isText).map((node) => node.data).join(' ');
  const appeals = named ? [APPEAL_TEXT, APPEAL_NAMING, PRICE_PER_TERM, NEWSLETTER_PROMPT] : [PRICE_PER_TERM, GIVING];
  return nonSpaceLength(text) <= MAX_APPEAL && !holdsStory($, el) && appeals.some((pattern) => pattern.test(text));
}

/** A paragraph of a story (its letters, spaces aside), not a pitch's line. */
const STORY_PARAGRAPH = 80;
const STORY_PARAGRAPHS = 3;
/** Paragraphs of a story in a box named for subscribers (BLOX's div.subscriber-only, '$1 a year' in its text): the article's part. */
const holdsStory = ($: CheerioAPI, el: Element): boolean => selectBelow([el], 'p').filter((p) => nonSpaceLength($(p).text()) >= STORY_PARAGRAPH).length >= STORY_PARAGRAPHS;

/**
 * An affiliate's product card set in the text (The Verge's duet--article--product-card: a picture, the product's name,
 * a blurb and "$129 at Amazon" buttons): a short box its class names a product or a deal, whose links are sponsored
 * (rel=sponsored) or name a price at a shop.
 */
const PRODUCT_CLASS = /product|commerce|affiliate|deal|shop|offer/i;
const PRICE_AT_SHOP = /[$£€]\s?\d[\d,.]*\s+at\s+\p{Lu}/u;
const MAX_PRODUCT_CARD = 500;
function isProductCard($: CheerioAPI, el: Element): boolean {
  if (!/^(?:div|section|aside)$/.test(el.name) || !PRODUCT_CLASS.test(el.attribs.class ?? '')) return false;
  if (nonSpaceLength($(el).text()) > MAX_PRODUCT_CARD || selectBelow([el], 'pre, table, blockquote').length) return false;
  const links = selectBelow([el], 'a');
  return links.some((a) => /\bsponsored\b/i.test(a.attribs.rel ?? '') || PRICE_AT_SHOP.test($(a).text()));
}

/**
 * A product's or a game's card set between the paragraphs (a car's name, price range and "查成交价" button; a game's
 * score box): a block its class names a card or a box, of three or more short fields and no sentence, no picture.
 */
const CARD_CLASS = /card|box/i;
/** A paragraph of the article's own prose holds this many letters at least (a card's neighbour, the story going on after a list). */
const MIN_PROSE_PARAGRAPH = 20;
const MAX_CARD = 80;
const MAX_CARD_FIELD = 24;
const SENTENCE_MARK = /[。，！？；,!?;]|\.\s/;
function isDataCard($: CheerioAPI, el: Element): boolean {
  if (!/^(?:div|section|aside)$/.test(el.name) || !CARD_CLASS.test(el.attribs.class ?? '')) return false;
  const text = $(el).text();
  if (nonSpaceLength(text) > MAX_CARD || SENTENCE_MARK.test(text) || selectBelow([el], 'img, picture, figure, p, li, pre, table').length) return false;
  // Fields, not a line of text (ArchWiki's "Tip" box); set between the article's paragraphs, not one of a listing's cards.
  if (el.children.some((child) => isText(child) && child.data.trim())) return false;
  const fields = el.children.filter((child): child is Element => isTag(child) && nonSpaceLength($(child).text()) > 0);
  const isProse = (node: Element | undefined) => node?.name === 'p' && nonSpaceLength($(node).text()) >= MIN_PROSE_PARAGRAPH;
  const [before, after] = [previousElement(el), nextElement(el)];
  const betweenParagraphs = (isProse(before) && (!after || after.name === 'p')) || (isProse(after) && (!before || before.name === 'p'));
  return fields.length >= 3 && fields.every((field) => nonSpaceLength($(field).text()) <= MAX_CARD_FIELD) && betweenParagraphs;
}

/**
 * A video player's box that a script fills (Connatix's, JW Player's, CBC's media-embed, a figure typed as a video): without the player, only
 * its title, a duration and a "Play video" label are left, no part of the article.
 */
const VIDEO_BOX = /video|player|connatix|brightcove|media-?embed|embed-?media/i;
const MAX_VIDEO_TEXT = 150;
function isVideoPlaceholder($: CheerioAPI, el: Element, blocks: Cheerio<Element>, articleLetters: () => number): boolean {
  if (!VIDEO_BOX.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`) || blocks.is(el)) return false;
  // Nor a box holding a picture: it may be the article's (an editor's "img-video" block).
  if (selectBelow([el], 'iframe, video, audio, embed, object, blockquote, pre, table, img, picture').length) return false;
  return nonSpaceLength($(el).text()) <= MAX_VIDEO_TEXT && articleLetters() >= MAX_VIDEO_TEXT * 4;
}

/** The sign-up boxes set between an article's paragraphs (the Guardian's newsletter block): the largest short block around each e-mail field. */
function signupBoxes($: CheerioAPI, blocks: Cheerio<Element>): Element[] {
  const roots = new Set(blocks.toArray());
  const limit = Math.min(MAX_SIGNUP_BOX, nonSpaceLength(blocks.text()) * SIGNUP_SHARE);
  return selectBelow(blocks.toArray(), 'input[type="email" i]').flatMap((field) => {
    let box: Element | undefined;
    for (let up = field.parent; up && up.type === 'tag' && nonSpaceLength($(up).text()) <= limit; up = up.parent) {
      // A block of the content may be the box itself (a sign-up form after the story), never the whole content.
      if (roots.has(up as Element) && roots.size === 1) break;
      // Nor a box holding code: a form shown as a live example beside its source (Bootstrap's docs).
      if (selectBelow([up as Element], 'pre').length) break;
      box = up as Element;
      if (roots.has(up as Element)) break;
    }
    return box ? [box] : [];
  });
}

/**
 * What no reader sees and the page's tools (hidden elements, buttons, forms, navigation): the
 * furniture any body drops. Returns the notes and their references, as read before.
 */
export function removeFurniture($: CheerioAPI, blocks: Cheerio<Element>): ReturnType<typeof referencedNotes> {
  removeFoldedCopies($, blocks);
  $(signupBoxes($, blocks)).remove();
  // The article's letters, read once and only for a video's box: every box is judged before any goes.
  let letters: number | undefined;
  const articleLetters = () => (letters ??= nonSpaceLength(blocks.text()));
  $(selectBelow(blocks.toArray(), 'div, section, aside, figure').filter((el) => isAppealBox($, el) || isProductCard($, el) || isDataCard($, el) || isVideoPlaceholder($, el, blocks, articleLetters))).remove();
  // A link that skips a reader past a box on the page ("skip past newsletter promotion", "Skip Advertisement").
  $(selectBelow(blocks.toArray(), 'a[href^="#"]').filter((a) => /^\s*skip\b/i.test($(a).text()))).remove();
  $(hiddenCodeCopies($, blocks.toArray())).remove();
  const notes = referencedNotes(blocks.toArray());
  $(selectBelow(blocks.toArray(), FURNITURE).filter((el) => !holdsFormula(el) && !holdsListing(el) && !notes.holders.has(el) && !notes.references.has(el) && !isCallout(el) && !isTextForm($, el) && !isFoldedRest($, el, blocks) && !isHiddenCodeTab(el))).remove();
  return notes;
}

/**
 * A block of code hidden beside one of its kind until its tab is chosen (old MSDN's `div.codeSnippetContainerCode`, one per
 * language, the C# one shown): another language's version, not furniture. A hidden copy of the same code still goes.
 */
function isHiddenCodeTab(el: Element): boolean {
  const holdsCode = (node: Element) => node.name === 'pre' || selectBelow([node], 'pre').length > 0;
  if (!el.attribs.class || !holdsCode(el)) return false;
  const own = rawText(el).trim();
  const tabs = (el.parent?.children ?? []).filter((node): node is Element => isTag(node) && node !== el && kindOf(node) === kindOf(el) && holdsCode(node));
  return tabs.length > 0 && tabs.every((node) => rawText(node).trim() !== own);
}

/**
 * A listing hidden beside another that holds the same code (a highlighter's source kept for copying, `pre[name=code]`):
 * a copy, not another language's version of it.
 */
function hiddenCodeCopies($: CheerioAPI, roots: Element[]): Element[] {
  const code = (pre: Element) => $(pre).text().trim();
  return selectBelow(roots, CODE_ALTERNATIVE).filter((pre) => {
    if (!hiddenByStyle(pre)) return false;
    const own = code(pre);
    return (pre.parent?.children ?? []).some((other) => other !== pre && isTag(other) && other.name === 'pre' && !hiddenByStyle(other) && code(other) === own);
  });
}

/** A fold's name, or the control beside it that opens it ("展开全文", "打开APP阅读全文", "Read more"). */
const FOLD_NAME = /fold|collapse|expand|hide[-_]?content|content[-_]*hide|pay[-_]?hide|more[-_]?content|rest[-_]?of/i;
const FOLD_CONTROL = /展开全文|展開全文|展开阅读全文|展開閱讀全文|阅读全文|閱讀全文|查看全文|继续阅读|繼續閱讀|剩余\s*\d*\s*%|打开\s*APP|打開\s*APP|\bread (?:the )?(?:full|more|rest)\b|\bcontinue reading\b|\bshow more\b/i;
const MIN_FOLDED_TEXT = 40;
/** A control is a few words ("展开全文", "打开APP，阅读全文"), no paragraph that mentions one. */
const MAX_CONTROL = 30;

/**
 * The rest of the article a mobile page folds away until its "展开全文" is tapped (网易's second `div.page`, 头条's
 * `div.fold-wrapper`, all `display: none`): prose the page holds, named as a fold or beside its control, and not a copy
 * of the text shown.
 */
function isFoldedRest($: CheerioAPI, el: Element, blocks: Cheerio<Element>): boolean {
  if (!hiddenByStyle(el) || !['div', 'section', 'article'].includes(el.name)) return false;
  const text = $(el).text();
  if (nonSpaceLength(text) < MIN_FOLDED_TEXT || !selectBelow([el], 'p').length) return false;
  const named = FOLD_NAME.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
  const isControl = (shown: string) => nonSpaceLength(shown) <= MAX_CONTROL && FOLD_CONTROL.test(shown);
  const control = [$(el).prev().get(0), nextElement(el)].some((node) => !!node && isControl($(node).text()));
  if (!named && !control) return false;
  // Its opening words shown elsewhere: a copy (a mobile and a desktop version), not the rest.
  const opening = text.replace(/\s+/g, '').slice(0, 20);
  const shown = blocks.toArray().map((block) => $(block).text()).join('').replace(/\s+/g, '');
  return shown.indexOf(opening) === shown.lastIndexOf(opening);
}

const NEW_TAB = /^\s*[,(]?\s*opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\s*\)?\s*$/i;

export function removeBoilerplate($: CheerioAPI, blocks: Cheerio<Element>, tables: Set<Element>, linkBoxes = true, byline?: string, paywalledParts: string[] = []): void {
  const paywalled = new Set(paywalledParts.flatMap((selector) => selectedBelow(blocks.toArray(), selector)));
  // Before the furniture goes: a summary's note is often in its header. A block that is one is emptied, blocks staying as found.
  for (const box of generatedSummaries(blocks.toArray(), new TextSizes(nonSpaceLength))) $(blocks.is(box) ? $(box).contents() : box).remove();
  const notes = removeFurniture($, blocks);
  // A credit's letters are at most its trimmed length: counted first, the text read only for short ones.
  const letters = new TextSizes(nonSpaceLength);
  $(selectBelow(blocks.toArray(), CREDIT_HOLDERS).filter((el) => letters.of(el) <= MAX_CREDIT && isCreditOrAdLabel($(el).text()))).remove();
  // What a link tells screen readers inside its text (Reuters' hidden ", opens new tab").
  $(selectBelow(blocks.toArray(), 'a span').filter((el) => NEW_TAB.test($(el).text()))).remove();
  const counted = new TextSizes(nonSpaceLength);
  const total = blocks.toArray().reduce((sum, el) => sum + counted.of(el), 0);
  $(selectBelow(blocks.toArray(), AUTHOR_BOXES).filter((el) => isAuthorBox(counted.of(el), total, $(el).text(), BIO_BOX.test(el.name) ? MIN_BOXED_BIO : MIN_BIO))).remove();
  $(bylineBios(blocks.toArray(), byline, counted, total, (el) => decodeText($(el).text()))).remove();
  $(bylineBlocks(blocks.toArray(), byline, counted, (el) => decodeText($(el).text()))).remove();
  $(bioLines(blocks.toArray(), byline, (el) => decodeText($(el).text()))).remove();
  // Counted again after each removal: a removal changes the counts of what is around it.
  const sizes = new TextSizes(nonSpaceLength);
  // The spans and links inside code are the highlighter's tokens (hljs-comment, hljs-meta, Agda's a.Comment), not furniture, and so
  // is what a listing's block holds (SyntaxHighlighter 3's `code.java.comments`, gitweb's `div.diff.header` line);
  // a header bar inside it (div.code__header) still is. A code block's or a table's wrapper named
  // like furniture ('code-toolbar', 'code-header-wrapper') stays, a bar inside it going on its own.
  // A data table's parts are named for the table ('simple-table-header', Notion's): never furniture.
  // So is the wrapper of a cell's whole text (a sorter's 'tablesorter-header-inner' in a <th>).
  const inDataTable = (el: Element) => (TABLE_PARTS.has(el.name) && inDataTableOf(el, tables)) || wrapsDataCell(el, tables, sizes);
  const embeds = embedHolders(blocks.toArray());
  const roots = blocks.toArray();
  // A declared part holding only the notice that the rest is for subscribers (a saved page's "残り1124文字") is no text of it.
  const furniture = (el: Element) => isNegative(el) && sizes.of(el) < total * SMALL_SHARE && !(paywalled.has(el) && sizes.of(el) >= MIN_PAYWALLED_PARAGRAPH) && !isPaywalledText($, el) && !(isCodeToken(el) && inCode(el)) && !inListing(el) && !inDataTable(el) && !touchesNote(el, notes) && !wrapsBlock(sizes, el, tables) && !embeds.has(el) && !isEntryHeader(el, roots) && !holdsHeadingText(el, sizes) && !wrapsSectionHeading(el, sizes) && !postOfThread(el, sizes, total) && !(isNegativeByPagerWord(el) && holdsProse(el, sizes)) && !(isNegativeByLeadingToken(el) && selectBelow([el], 'pre').length > 0);
  for (const el of selectBelow(blocks.toArray(), '*').filter(furniture)) {
    const lead = leadInHeader(el, sizes);
    if (lead) keepOnlyLead(el, lead);
    else $(el).remove();
  }
  $(callsToAction(blocks.toArray(), new TextSizes(nonSpaceLength), total)).remove();
  $(teaserGroups(blocks.toArray(), new TextSizes(nonSpaceLength), total)).remove();
  if (!linkBoxes) return;
  // In document order, a box is measured before anything inside it is removed: one count serves the loop.
  const boxSizes = new TextSizes(nonSpaceLength);
  $(selectBelow(blocks.toArray(), LINK_BOXES)).each((_, el) => {
    // What a data table's cell holds is a value, however many links (a train's number linked in 12306's cell).
    // The size first: the tests after it walk up or down the tree.
    const size = boxSizes.of(el);
    if (size === 0 || size >= total * SMALL_SHARE) return;
    if ((el.name === 'td' && isLineNumberCell($, el)) || inDataTableOf(el, tables) || tables.has(el) || inListing(el) || touchesNote(el, notes) || isSelfLinkedHeading(el) || headsSection(el, boxSizes) || showsAddresses($, el) || opensWithSentence(el) || linksAttachments(el)) return;
    if ((isLinkHeavy(boxSizes, el, size) || isLinkBar(el)) && !wrapsBlock(boxSizes, el, tables) && !introduced($, el) && !introducesListing(el) && !linksOnlyInSelfLinkedHeadings(el) && !holdsProseRun(el)) $(el).remove();
  });
}

/** A link's target that is a document to download, not a page: a file's extension ending its path. */
const ATTACHMENT = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|wps|et|ofd|zip|rar|7z|csv|txt)$/i;

/** A box whose links all download documents (a notice's "附件：1.申报表.docx"): the article's attachments, not navigation. */
function linksAttachments(box: Element): boolean {
  const links = box.name === 'a' ? [box] : selectBelow([box], 'a');
  return links.length > 0 && links.every((a) => ATTACHMENT.test((a.attribs.href ?? '').split(/[?#]/)[0]!));
}

/** Unlinked text this long, with a sentence's end, in one block: a paragraph someone wrote, not a link's label. */
const PROSE_RUN_UNITS = 150;

/**
 * A box of many links that holds a paragraph of prose of its own (a forum's opening post: a few sentences, then the
 * threads it links to): not navigation as a whole; its link lists are weighed one by one.
 */
function holdsProseRun(box: Element): boolean {
  const run = (el: Element): string =>
    el.children.map((node) => (isText(node) ? node.data : isTag(node) && node.name !== 'a' && !BLOCK_TAGS.has(node.name) ? run(node) : ' ')).join('');
  const linked = new Set(selectBelow([box], 'a *'));
  return [box, ...selectBelow([box], '*')].some((el) => {
    if (el.name === 'a' || linked.has(el) || !el.children.some(isText)) return false;
    const text = decodeText(run(el)).replace(/\s+/g, ' ').trim();
    return textUnits(text) >= PROSE_RUN_UNITS && /[.!?。！？]/.test(text);
  });
}

/** Between a bar's links: separators and spaces only, written or as entities ("今日新聞公報&nbsp;|&nbsp;新聞公報目錄"). */
const BAR_GAP = /^(?:[\s|｜·•/]|&nbsp;|&#160;)*$/;

/** A bar of two or more links with nothing but separators between them: navigation, however short its links' words. */
function isLinkBar(el: Element): boolean {
  let links = 0;
  const gapsOnly = (node: AnyNode): boolean => {
    if (isText(node)) return BAR_GAP.test(node.data);
    if (!isTag(node)) return true;
    if (node.name === 'a') return ++links > 0;
    return node.name !== 'img' && node.children.every(gapsOnly);
  };
  return el.children.every(gapsOnly) && links >= 2;
}

/** The elements a page's own selector picks (one its JSON-LD declares), none when the selector is no valid CSS. */
function selectedBelow(roots: Element[], selector: string): Element[] {
  try {
    return selectBelow(roots, selector);
  } catch {
    return [];
  }
}

/**
 * One of the story's sibling parts its class names for the paywall (PMC's `div.a-content.pmc-paywall` between ad slots):
 * a paragraph of prose in it and in another sibling of the same class, so the article's text, not a box asking to pay.
 */
const PAYWALL_NAME = /paywall/i;
const MIN_PAYWALLED_PARAGRAPH = 60;
function isPaywalledText($: CheerioAPI, el: Element): boolean {
  const name = el.attribs.class ?? '';
  if (!PAYWALL_NAME.test(name)) return false;
  const holdsProse = (part: Element) => part.children.some((child) => isTag(child) && child.name === 'p' && nonSpaceLength($(child).text()) >= MIN_PAYWALLED_PARAGRAPH);
  return holdsProse(el) && (el.parent?.children ?? []).some((other) => other !== el && isTag(other) && other.attribs.class === name && holdsProse(other));
}

const WRITTEN_ADDRESS = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;
/** An identifier a link may show of its address (a DOI's "10.1038/s41550-025-02481-x", "github.com/org/repo"): no space, a dot or a slash. */
const SHOWN_PART = /^[^\s]{8,}$/;

/** A link showing its address, or a part of it that reads as one. */
function showsAddress(a: Element, text: string): boolean {
  const shown = text.trim();
  return WRITTEN_ADDRESS.test(shown) || (SHOWN_PART.test(shown) && /[./]/.test(shown) && (a.attribs.href ?? '').includes(shown));
}

/**
 * A paragraph whose links show their addresses ("详情可查看发布公告：https://…", "Source: https://…", a paper's
 * "DOI: 10.1038/…"): a reference the writer gives, not navigation.
 */
function showsAddresses($: CheerioAPI, el: Element): boolean {
  const links = $(el).find('a').toArray();
  return el.name === 'p' && links.length > 0 && links.every((a) => showsAddress(a, $(a).text()));
}

/** A sentence this long at least, in letters (a CJK character counting double, as it carries about a word). */
const MIN_SENTENCE_UNITS = 50;

/**
 * A paragraph opening with a sentence of its own before its links (a post's closing words, then the stocks
 * it tags: Xueqiu's "…交流自己的经验。$中国神华(SH601088)$ $长江电力(SH600900)$"): text, not a box of links.
 */
function opensWithSentence(el: Element): boolean {
  if (el.name !== 'p') return false;
  let before = '';
  const read = (node: AnyNode): boolean => {
    if (isText(node)) before += node.data;
    if (!isTag(node)) return true;
    return node.name !== 'a' && node.children.every(read);
  };
  el.children.every(read);
  // A question before its link is a call to follow it ("Are you looking to …? Try …").
  const sentence = decodeText(before).trim();
  return /[。！.!]$/.test(sentence) && textUnits(sentence) >= MIN_SENTENCE_UNITS;
}

/**
 * The header of one entry among several alike (a live blog's `article.live-story-post`, its
 * time and headline): the entry's own heading, not the page's header.
 */
function isEntryHeader(el: Element, roots: Element[]): boolean {
  if (!selectBelow([el], 'h2, h3, h4').length) return false;
  for (let up = el.parent; up && isTag(up) && !roots.includes(up); up = up.parent) {
    if (up.name === 'article') return up.parent?.children.some((node) => node !== up && isTag(node) && node.name === 'article') ?? false;
  }
  return false;
}

/** The least a lead holds: a sentence or two. */
const MIN_LEAD = 80;

/**
 * The lead an article's header holds beside its headline, byline and tools (WELT's `header > div.c-summary`): the story's
 * opening, kept when the header goes; so is an archive's description.
 */
function leadInHeader(el: Element, sizes: TextSizes): Element | undefined {
  if (!selectBelow([el], 'h1').length) return undefined;
  return selectBelow([el], 'div, p, section').find((box) => {
    const names = `${box.attribs.class ?? ''} ${box.attribs.id ?? ''}`;
    return ((LEAD_CLASS.test(names) && sizes.of(box) >= MIN_LEAD) || ARCHIVE_DESCRIPTION.test(names)) && !selectBelow([box], 'h1').length;
  });
}

/** An archive's description under its title (WordPress' `div.taxonomy-description`, Genesis' archive-description): what the listing is, however short. */
const ARCHIVE_DESCRIPTION = /(?:^|\s)(?:taxonomy|archive|term|category|tag)-description(?:\s|$)/;

/** Removes all of the box but the lead and the elements around it. */
function keepOnlyLead(box: Element, lead: Element): void {
  for (let node: Element = lead; node !== box && node.parent && isTag(node.parent); node = node.parent) {
    const kept = node;
    removeNodes(node.parent.children.filter((child) => child !== kept));
  }
}

/** A code table's line-number cell, a link to its line (Gitiles' `<td><a href="#1">1</a></td>`): part of the listing. */
const isLineNumberCell = ($: CheerioAPI, el: Element) => /^\s*\d+\s*$/.test($(el).text());

/**
 * A heading whose link stays on the page: to the heading itself (`<h2 id="usage"><a href="#usage">Usage</a></h2>`,
 * docs generators' permalinks), to its entry of a live blog (NBC's `<article id="rcrd71205">…<h2><a href="#rcrd71205">`),
 * or back to the contents (Docutils' `a.toc-backref`): a section's title, not a link to somewhere else.
 */
function isSelfLinkedHeading(el: Element): boolean {
  if (!/^h[2-4]$/.test(el.name)) return false;
  return selectBelow([el], 'a[href^="#"]').some((a) => !!fragment(a.attribs.href!));
}

/** A box whose only links are such headings' (a live blog entry's header: its timestamp over its headline): no box of links. */
function linksOnlyInSelfLinkedHeadings(el: Element): boolean {
  const headings = selectBelow([el], 'h2, h3, h4').filter(isSelfLinkedHeading);
  return headings.length > 0 && selectBelow([el], 'a[href]').every((a) => headings.some((heading) => contains(heading, a)));
}

/**
 * What holds a heading's whole text: its permalink wrapping the title (mdBook's `<a class="header">`, VuePress'
 * `<a class="header-anchor"><span>…`), named like a page's header but the section's title.
 */
const HEADING_TEXT_LEVELS = 3;
function holdsHeadingText(el: Element, sizes: TextSizes): boolean {
  let heading: Element | undefined;
  for (let up = el.parent, level = 0; up && isTag(up) && level < HEADING_TEXT_LEVELS && !heading; up = up.parent, level++) if (HEADING.test(up.name)) heading = up;
  return !!heading && sizes.of(el) > 0 && sizes.of(el) === sizes.of(heading);
}

/** Two paragraphs of prose at least: a section's text, not a pager's links. */
const MIN_SECTION_PARAGRAPH = 80;
const holdsProse = (el: Element, sizes: TextSizes) => selectBelow([el], 'p').filter((p) => sizes.of(p) >= MIN_SECTION_PARAGRAPH).length >= 2;

/**
 * A box around a section's heading and nothing else, the heading named by an id (Scalar's `div.section-header-wrapper`
 * around `<h3 id="…-heading">`): named like a page's header but the section's title.
 */
function wrapsSectionHeading(el: Element, sizes: TextSizes): boolean {
  const heading = selectBelow([el], 'h2[id], h3[id], h4[id], h5[id], h6[id]')[0];
  return !!heading && sizes.of(heading) > 0 && sizes.of(heading) === sizes.of(el);
}

/**
 * A post of a thread, or the part holding most of its text, named like a comment, beside a post marked up the same way
 * that holds too much of the text to be furniture (Invision's `article.ipsComment` replies after the opening post): the
 * thread's text too.
 */
function postOfThread(el: Element, sizes: TextSizes, total: number): boolean {
  let post: Element = el;
  for (let level = 0; level <= POST_PART_LEVELS && isTag(post); level++, post = post.parent as Element) {
    const own = kindOf(post);
    if (post.attribs.class && (post.parent?.children ?? []).some((node) => isTag(node) && node !== post && kindOf(node) === own && sizes.of(node) >= total * SMALL_SHARE)) return sizes.of(el) >= sizes.of(post) * POST_TEXT_SHARE;
  }
  return false;
}
/** The share of its post's text a part holds to be the post's text, not its header or signature. */
const POST_TEXT_SHARE = 0.5;
/** How far inside its post a part named like a comment may be (Invision's body, two levels into its article). */
const POST_PART_LEVELS = 3;

/** The least text a section has under its heading; a teaser's blurb is shorter. */
const MIN_SECTION = 200;

/**
 * A heading linking to what its section is about ("16. <a>The Expert's Guide to Penalty Removal</a>"
 * over a paragraph reviewing it, a listicle's entry): the section's title, kept with its text.
 */
function headsSection(el: Element, sizes: TextSizes): boolean {
  if (!/^h[2-4]$/.test(el.name)) return false;
  const next = nextElement(el);
  return !!next && !HEADING.test(next.name) && sizes.of(next) >= MIN_SECTION && !isLinkHeavy(sizes, next);
}

/** A link to a writer's page of the site ("/author/jane", "/authors/jane-doe/", "/people/…"). */
const AUTHOR_PAGE = /\/(?:author|authors|writers?|people|profiles?|staff|contributors?)\/[^/?#]+\/?(?:[?#]|$)/i;
const MAX_BIO_LEVELS = 4;

/** The names a byline lists ("Ann Lee, Bo Chen and Cy Dee"), lower-case. */
const bylineNames = (byline: string | undefined): string[] => (byline ?? '').split(/\s*(?:,|;|&|\band\b)\s*/).map((name) => name.trim().toLowerCase());

/**
 * Author boxes no class names: a person of the byline, named by a link to their page on the site,
 * with their portrait and a bio around it. The smallest block around the link holding an image.
 */
function bylineBios(roots: Element[], byline: string | undefined, sizes: TextSizes, total: number, textOf: (el: Element) => string): Element[] {
  const names = new Set(bylineNames(byline).filter((name) => name.length >= 4));
  if (!names.size) return [];
  const bios: Element[] = [];
  for (const a of selectBelow(roots, 'a[href]')) {
    if (!AUTHOR_PAGE.test(a.attribs.href!) || !names.has(textOf(a).replace(/\s+/g, ' ').trim().toLowerCase())) continue;
    const box = portraitBox(a, roots);
    if (box && isAuthorBox(sizes.of(box), total, textOf(box))) bios.push(box);
  }
  return bios;
}

/** A bio's opening after the writer's name ("Ana Ley covers transit for The Times.", "Winnie Hu is a Times reporter"). */
const BIO_OPENING = /^\s*(?:covers|is an?|is the|writes|reports|has covered|has written|has reported|leads|edits|contributed)\b/;
const MAX_BIO_LINE = 400;
/**
 * The writers' bios in plain paragraphs ending the article, each opening with a name the byline
 * lists: the run of them at the end, lines of furniture among them (the print edition's note).
 */
function bioLines(roots: Element[], byline: string | undefined, textOf: (el: Element) => string): Element[] {
  const names = bylineNames(byline).filter((name) => name.length >= 4 && name.includes(' '));
  if (!names.length) return [];
  const bios: Element[] = [];
  for (const p of selectBelow(roots, 'p').reverse()) {
    const text = textOf(p).replace(/\s+/g, ' ').trim();
    if (!text || isFurnitureLine(text)) continue;
    const name = names.find((n) => text.toLowerCase().startsWith(n));
    if (!name || text.length > MAX_BIO_LINE || !BIO_OPENING.test(text.slice(name.length))) break;
    bios.push(p);
  }
  return bios;
}

/** Markup named for the byline (BBC's data-component="byline-block", Insider's byline-author-wrapper). */
const BYLINE_MARKUP = '[class*="byline" i], [data-testid*="byline" i], [data-component*="byline" i]';
const isBylineMarkup = selectorTest(BYLINE_MARKUP);
/**
 * A class naming the byline by its word "by" alone (Gannett's gnt_ar_by, "post-by"), or by its author (Gulf News' "author-details",
 * Stripe's camel-cased "BlogPostAuthors").
 */
const BY_CLASS = /(?:^|\s)(?:[\w-]+[_-])?(?:by|authors?)(?:$|\s|[_-])|[a-z]Authors?(?:$|\s|[_-])/i;
const MAX_BYLINE_BLOCK = 200;
/** What a byline's element leaves around it once taken out: its label, separators. */
const LEFT_OF_BYLINE = /^[\s|·•,:–—-]*(?:by|von|par|por|door|di)?[\s|·•,:–—-]*$/i;

/**
 * The byline's blocks inside the article (its name, role and share button; its timestamp beside
 * it), wherever they stand: short, named for the byline, showing the byline's name, or a date
 * beside such a block. A block that then holds only the label around them goes too. The
 * front-matter holds them.
 */
function bylineBlocks(roots: Element[], byline: string | undefined, sizes: TextSizes, textOf: (el: Element) => string): Element[] {
  const name = bylineNames(byline)[0]!;
  if (name.length < 4) return [];
  const marked = selectBelow(roots, `${BYLINE_MARKUP}, [class]`).filter((el) => !roots.includes(el) && (isBylineMarkup(el) || BY_CLASS.test(el.attribs.class ?? '')) && sizes.of(el) <= MAX_BYLINE_BLOCK);
  const named = marked.filter((el) => textOf(el).toLowerCase().includes(name));
  const dated = marked.filter((el) => !named.includes(el) && named.some((block) => block.parent === el.parent) && !!findDate(textOf(el)));
  const found = [...named, ...dated];
  return found.filter((el) => !found.some((other) => other !== el && contains(other, el))).map((el) => {
    let block = el;
    for (let up = block.parent as Element | null; up && isTag(up) && !roots.includes(up) && sizes.of(up) <= MAX_BYLINE_BLOCK && LEFT_OF_BYLINE.test(textOf(up).replace(textOf(block), '')); up = up.parent as Element | null) block = up;
    return block;
  });
}

/** The nearest block above the link, below the roots and at most MAX_BIO_LEVELS up, that holds an image. */
function portraitBox(a: Element, roots: Element[]): Element | undefined {
  let box = a;
  for (let level = 0; level < MAX_BIO_LEVELS; level++) {
    const up = box.parent;
    if (!up || !isTag(up) || roots.includes(up)) return undefined;
    box = up;
    if (selectBelow([box], 'img').length) return box;
  }
  return undefined;
}

/** A link drawn as a button: its class names one ('btn', 'wp-block-button__link', 'Button_button__fVaEB', 'cta'). */
const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])/i;
const MAX_BUTTON = 40;
/** The most text a pitch around a button holds: a heading, a sentence or two. */
const MAX_PITCH = 300;
/** An article's pitches, all told, are this small a share of it, an article this long; a landing page is made of them. */
const PITCH_SHARE = 0.05;
const MIN_PITCHED = 3000;

/**
 * Calls to action in the article ("Track all your clients' KPIs in one dashboard" over a "Start
 * your free trial" button): the largest box around a link drawn as a button that holds no more
 * than a short pitch, and no listing or table of the article's.
 */
function callsToAction(roots: Element[], sizes: TextSizes, total: number): Element[] {
  if (total < MIN_PITCHED) return [];
  const boxes: Element[] = [];
  for (const a of selectBelow(roots, 'a[href]')) {
    if (!BUTTON_CLASS.test(a.attribs.class ?? '') && a.attribs.role !== 'button') continue;
    const label = sizes.of(a);
    if (!label || label > MAX_BUTTON) continue;
    let box: Element | undefined;
    for (let up = a.parent; up && isTag(up) && !roots.includes(up) && sizes.of(up) <= MAX_PITCH; up = up.parent) box = up;
    if (box && !boxes.includes(box) && !selectBelow([box], 'pre, table').length) boxes.push(box);
  }
  return boxes.reduce((sum, box) => sum + sizes.of(box), 0) <= total * PITCH_SHARE ? boxes : [];
}

/** A note that a summary was written by a machine ("Summary is AI-generated", "Powered by Deep Research", "内容由AI生成"). */
const GENERATED_NOTE = /\b(?:ai[- ]generated|generated (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)\b|ai[- ](?:powered |generated )?summary|powered by (?:deep research|ai)\b)|由\s*AI\s*生成|AI\s*(?:生成|摘要|总结|總結)/i;
/** The most a note says, and a summary box holds. */
const MAX_GENERATED_NOTE = 120;
/** Words every such note holds. */
const MAY_NOTE_GENERATION = /generated|powered by|AI\s*(?:生成|摘要|总结|總結)/i;
const MAX_SUMMARY = 1000;

/**
 * A machine-written summary set in the article (the Washington Post's "Summary is AI-generated",
 * Insider's "Key points: This summary was generated by AI"): the largest box around the note that
 * holds a list and stays short. The article's own text is the writer's.
 */
function generatedSummaries(roots: Element[], sizes: TextSizes): Element[] {
  // Most articles say nothing of the kind: one test of their whole text (its elements' texts run together) spares one per element.
  if (!MAY_NOTE_GENERATION.test(roots.map(rawText).join(' '))) return [];
  const total = roots.reduce((sum, root) => sum + sizes.of(root), 0);
  const boxes: Element[] = [];
  for (const note of selectBelow(roots, 'p, span, div, small, em, figcaption')) {
    const size = sizes.of(note);
    // The note labels the list; an item saying so is the list's own ("… and AI-generated code").
    if (!size || size > MAX_GENERATED_NOTE || inListItem(note) || !GENERATED_NOTE.test(decodeText(rawText(note)))) continue;
    let box: Element | undefined;
    // One of several blocks may be the box (a summary taken as the article's lead).
    const within = (up: Element) => !roots.includes(up) || (roots.length > 1 && up === roots.find((root) => contains(root, note)));
    for (let up = note.parent; up && isTag(up) && within(up) && sizes.of(up) <= Math.min(MAX_SUMMARY, total * SMALL_SHARE); up = up.parent) {
      box = up;
      if (roots.includes(up)) break;
    }
    if (box && !boxes.some((outer) => contains(outer, box)) && selectBelow([box], 'ul, ol').length && !selectBelow([box], 'pre, table').length) boxes.push(box);
  }
  return boxes;
}

function inListItem(el: Element): boolean {
  for (let up = el.parent; up && isTag(up); up = up.parent) if (up.name === 'li') return true;
  return false;
}

const TEASER_HEADINGS = 'h2, h3, h4, h5, h6';
const MIN_TEASERS = 3;
/** The most a teaser holds: its title, a label, a line or two of blurb. */
const MAX_TEASER = 300;

/** A heading whose whole text is one link: the title of another page. */
export function isLinkTitle(heading: Element, sizes: TextSizes): boolean {
  const links = selectBelow([heading], 'a[href]');
  return links.length === 1 && sizes.of(links[0]!) === sizes.of(heading) && sizes.of(heading) > 0;
}

/**
 * Teasers of other pages set in the article ("Refresh your skills" over cards of courses): three
 * or more sibling boxes, each a short text under one heading that is a link to elsewhere. The
 * article's own sections are longer, and a listing of them is the page itself, not a small share of it.
 */
function teaserGroups(roots: Element[], sizes: TextSizes, total: number): Element[] {
  const groups: Element[] = [];
  for (const group of selectBelow(roots, 'ul, ol, div, section')) {
    if (groups.some((outer) => contains(outer, group)) || sizes.of(group) >= total * SMALL_SHARE) continue;
    const items = group.children.filter(isTag);
    if (items.length < MIN_TEASERS) continue;
    const isTeaser = (item: Element) => {
      if (sizes.of(item) > MAX_TEASER) return false;
      const headings = selectBelow([item], TEASER_HEADINGS);
      return headings.length === 1 && isLinkTitle(headings[0]!, sizes);
    };
    if (items.every(isTeaser)) groups.push(titled(group));
  }
  return groups;
}

/** A group with its title: the box holding nothing else but a heading before it ("Related courses"). */
function titled(group: Element): Element {
  const box = group.parent;
  if (!box || !isTag(box)) return group;
  const others = box.children.filter((node) => node !== group && (isTag(node) || (isText(node) && node.data.trim())));
  return others.length === 1 && isTag(others[0]!) && /^h[2-6]$/.test(others[0].name) && box.children.indexOf(others[0]) < box.children.indexOf(group) ? box : group;
}

const INTRODUCTION_LEVELS = 3;

/**
 * A list the article introduces ("Many patches were sent for review:" just before it) is the
 * article's, however many links it holds; navigation is not introduced by a sentence.
 */
function introduced($: CheerioAPI, el: Element): boolean {
  // An item, or a paragraph inside one (Asciidoctor's <li><p><a>), is introduced with its list.
  let node: Element = listOf(el) ?? el;
  for (let level = 0; level < INTRODUCTION_LEVELS; level++) {
    const before = $(node).prev().get(0);
    if (before) return /[:：]$/.test($(before).text().trim());
    const parent = node.parent;
    if (!parent || !isTag(parent)) return false;
    node = parent;
  }
  return false;
}

/** A paragraph ending with a colon right before a listing ("Extending <a><code>JSONEncoder</code></a>:", a docs page's): it introduces the code. */
function introducesListing(el: Element): boolean {
  const next = el.name === 'p' ? nextElement(el) : undefined;
  return !!next && /[:：]\s*$/.test(decodeText(rawText(el))) && (next.name === 'pre' || selectBelow([next], 'pre').length > 0);
}

/** The list an element is an item of, or is inside an item of (up to INTRODUCTION_LEVELS up). */
function listOf(el: Element): Element | undefined {
  let node: Element = el;
  for (let level = 0; level < INTRODUCTION_LEVELS && node.name !== 'li'; level++) {
    if (!node.parent || !isTag(node.parent)) return undefined;
    node = node.parent;
  }
  return node.name === 'li' && node.parent && isTag(node.parent) ? node.parent : undefined;
}

/** Labels of the lines around a headline that say who, when and from where, before a colon or a bar ("作者 | 周以安、许嘉琳", "文 | 周家宁"). */
const DATELINE = /(?:\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2})|(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|核稿編輯|美编|美編|美术编辑|美術編輯|排版|审核专家|審核專家|审核|審核|校对|校對|终审|終審|审校|審校|发布时间|發布時間|發佈時間|发表时间|更新时间|時間|时间|浏览|瀏覽|阅读|閱讀|点击|點擊)\s*[:：|｜/／]|^\s*(?:文|撰文|图文|圖文)\s*[:：|｜/／]|^[(（\s]*(?:责任|責任)?(?:编辑|編輯)\s+[\u3400-\u9fff]{2,4}[)）\s]*$|发表评论/i;
/** A dateline's label in English, with its date, its age or its writer after it ("Published March 5, 2024", "Updated 2 hours ago", "Posted by"): not a sentence opening with it ("Published from the shared workbook."). */
const PUBLISHED_LABEL = /^\s*(?:posted|published|updated)\b/i;
const isPublishedLine = (raw: string) => PUBLISHED_LABEL.test(raw) && (!!findDate(raw) || /\b(?:ago|by|on|at)\b|:/i.test(raw));
/** "By Jane Doe", "BY THE ASSOCIATED PRESS": a name after "By", not a sentence ("By then the committee…"). */
const BY_NAME = /^\s*(?:by|By|BY)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Noon|Midnight|Dawn|Nightfall)\b)\p{Lu}/u;
/** A sentence of the article: ending with its full stop, and more than a few words (or any Chinese sentence). */
const endsAsSentence = (raw: string) => {
  const text = raw.trim();
  return /[。！？]$/.test(text) || (/[.!?]["'”’)]?$/.test(text) && text.split(/\s+/).length > 5);
};
const MAX_DATELINE = 120;
const FIRST_PARAGRAPH = 20;
const LEAF_BLOCKS = 'h1, h2, h3, h4, p, div, td, li, table, section';

/** Removes a line; one that is itself a block chosen is emptied instead: the blocks chosen stay in place. */
const removeLine = ($: CheerioAPI, el: Element, blocks: Set<Element>) => (blocks.has(el) ? $(el).empty() : $(el).remove());

/** Text compared without spaces, and with typographic quotes and dashes as plain ones (titles are written both ways). */
const norm = (text: string) => text.replace(/\s+/g, '').replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"').replace(/[‐‑‒–—]/g, '-');
const isLeafBlock = selectorTest(LEAF_BLOCKS);

/**
 * The blocks with no block below them, in document order (found in one pass, not one find() each);
 * a root that holds none is its own (a paragraph chosen as a block of its own).
 */
function leafBlocks(root: Cheerio<Element>): Element[] {
  const blocks = root.toArray().flatMap((el) => {
    const below = selectBelow([el], LEAF_BLOCKS);
    return below.length || !isLeafBlock(el) ? below : [el];
  });
  const matched = new Set(blocks);
  const hasBlockBelow = new Set<Element>();
  for (const el of blocks) {
    for (let up = el.parent as Element | null; up; up = up.parent as Element | null) {
      if (!matched.has(up)) continue;
      if (hasBlockBelow.has(up)) break; // and so are the blocks above it
      hasBlockBelow.add(up);
    }
  }
  // A listing's lines are one block: a code line is never a line of page tools ("  tags: Array<string>;" in VS Code's pasted <div>s).
  return [...new Set(blocks.filter((el) => !hasBlockBelow.has(el)).map((el) => listingHolding(el) ?? el))];
}

/** The outermost <pre> or preformatted block an element is inside, or undefined. */
function listingHolding(el: Element): Element | undefined {
  let holder: Element | undefined;
  for (let up = el.parent; up && isTag(up); up = up.parent) if (isListing(up)) holder = up;
  return holder;
}

/** A code listing: a <pre>, or a monospace block styled to keep its lines (its lines gathered by leafBlocks). */
const isListing = (el: Element): boolean => el.name === 'pre' || isStyledListing(el);

/** A line's web addresses left out: the date in a link's path ("…/2023/06/01/rust-1.70.html") is not the article's. */
const withoutAddresses = (line: string) => line.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');

/** A short line of who/when/where, not a sentence of the article that happens to hold a date; or a date alone ("March 05, 2024"). */
const isDateline = (text: string, line: string, raw = withoutAddresses(line)) =>
  (text.length <= MAX_DATELINE && (DATELINE.test(raw) || isPublishedLine(raw) || (BY_NAME.test(raw) && !endsAsSentence(raw))) && !/[。！？]/.test(text) && !isDatedNote(raw)) || isDateAlone(raw) || isRoleOrAgoAlone(raw) || isReadingTime(raw);

/**
 * A note the article dates ("Update 2019-01-26: the day after posting this…", "Updated May 15,
 * 2024: This story has been updated with…", "2025-09-05 edit: Updated instructions…"): its date,
 * a word or none, a colon and a clause. Article text, not a dateline.
 */
function isDatedNote(raw: string): boolean {
  const date = findDate(raw);
  const rest = date ? raw.slice(date.end) : '';
  if (!/^\s*(?:\p{L}+\s*)?[:：]\s*\S+(?:\s+\S+){4}/u.test(rest)) return false;
  // The next stamp after its label ("Published: February 22, 2024, 3:14 PMUpdated: February 22, 2024, 5:40 PM"): a dateline's.
  if (isDateAlone(rest.slice(rest.search(/[:：]/) + 1))) return false;
  // More labels after the first ("来源：经济日报　作者：王轶辰　字号：…"): the fields of a dateline.
  return !/(?:^|\s)\p{L}{1,4}\s*[:：]/u.test(rest.slice(rest.search(/[:：]/) + 1));
}

/** A byline's role or a relative time alone on a line ("Technology reporter", "2 days ago", "3小时前"): what the front-matter says. */
const ROLE_OR_AGO = /^(?:[\p{L}-]+ ){0,2}(?:reporter|correspondent|editor|writer|columnist|contributor)$|^(?:\d+|an?|one) (?:minutes?|hours?|days?|weeks?) ago$|^\d+\s*(?:分钟|小时|天)前$/iu;
const isRoleOrAgoAlone = (raw: string) => raw.trim().length <= 40 && ROLE_OR_AGO.test(raw.trim());

/** A reading time ("5 min read", "Lesezeit: 3 Min.", "阅读时间 5 分钟"), alone or beside the date ("5 min read4 Mar 2025, 07:39 PM IST"). */
const READING_TIME = /^\s*(?:\d+\s*min(?:ute)?s?\.?\s*(?:read|reading)|(?:reading time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*min(?:ute)?s?\.?|(?:阅读|閱讀)(?:时间|時間)?\s*[:：]?\s*(?:(?:约|約)\s*)?\d+\s*(?:分钟|分鐘)|(?:(?:约|約)\s*)?\d+\s*(?:分钟|分鐘)(?:读完|讀完|阅读|閱讀))/iu;
function isReadingTime(raw: string): boolean {
  const text = raw.trim();
  const time = READING_TIME.exec(text);
  const rest = time ? text.slice(time[0].length).replace(/^[\s·•|,-]+/, '') : undefined;
  return rest !== undefined && (rest === '' || isDateAlone(rest));
}

/** A line that is a date and hardly more: most of its characters are the date's. */
function isDateAlone(raw: string): boolean {
  const text = raw.trim();
  const date = text.length <= MAX_DATE_ALONE ? findDate(text) : undefined;
  return !!date && date.end - date.index >= text.replace(/\s/g, '').length * 0.6;
}

const MAX_DATE_ALONE = 40;

/** A short line holding the byline (and little else: an outlet, a role), or a dateline opening with the date ("March 4, 2025 @ 7:12 am · Filed by … under Syntax, Semantics"). */
const isBylineLine = (text: string, raw: string, byline: string | undefined) =>
  !!byline && byline.length >= 4 && text.includes(byline) && (text.length <= byline.length + 40 || (text.length <= MAX_DATELINE && findDate(raw.trim())?.index === 0)) && !endsAsSentence(raw) && !isSignOff(raw);
/**
 * A news agency's sign-off closing the story ("Reporting by Susanna Twidale; Editing by Jan Harvey"), or a press release's
 * naming its issuer ("SOURCE Halcyon Biotherapeutics, Inc."): the article's own credits.
 */
const isSignOff = (text: string) => /^\s*\(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/i.test(text) || /^\s*SOURCE\s/.test(text);

/** A writer's picture without text above the article (a byline's avatar): named a portrait, or linking to a profile. */
function isPortraitAlone($: CheerioAPI, el: Element, text: string): boolean {
  const images = $(el).find('img').toArray();
  if (text || !images.length) return false;
  return images.every((img) => isPortrait(img) || PROFILE_HREF.test($(img).closest('a').attr('href') ?? ''));
}

/** `text` and `title` normalized (norm), and as written with their spaces. */
function isHeadline(text: string, title: string | undefined, written: string, writtenTitle: string): boolean {
  if (!title || text.length < 4) return false;
  return text === title || (title.includes(text) && inWords(writtenTitle, written)) || (text.includes(title) && text.length <= title.length + 12);
}

/**
 * A part of the title in whole words ("first three quarters"), not a word's start ("Region" of "Regional sales"). A part
 * the written title does not hold as written (its quotes and dashes told apart) is left to the normalized comparison.
 */
function inWords(title: string, part: string): boolean {
  const at = title.indexOf(part);
  if (at < 0) return true;
  const edge = (char: string | undefined) => !char || !/[\p{Script=Latin}\p{N}]/u.test(char);
  return edge(title[at - 1]) && edge(title[at + part.length]);
}

/**
 * The headline repeated at the top of the body, and the short date/source/editor lines at
 * either end of it: the front-matter already holds them.
 */
export function removeEdges($: CheerioAPI, blocks: Cheerio<Element>, tables: Set<Element>, title: string | undefined, byline?: string): void {
  const target = title && norm(title);
  const spaced = (text: string) => cleanText(text).toLowerCase();
  const writtenTitle = spaced(title ?? '');
  const names = byline && norm(byline);
  const leaves = leafBlocks(blocks);
  const roots = new Set(blocks.toArray());
  const trim = (order: Element[], headline: boolean) => {
    for (const [i, el] of order.entries()) {
      // A listing is the article's own, whatever it holds (a query's `WHERE day >= '2024-01-01'` is no dateline);
      // so is a data table, whatever its cells hold (a reading list's dates, Notion's), and a line with a formula in it.
      if (isListing(el) || selectBelow([el], 'pre').length || inDataTableOf(el, tables) || selectBelow([el], FORMULAS).length) return;
      const raw = $(el).text();
      const text = norm(raw);
      // A notice's signature: the issuer's name over the day it was signed ("宁乡市教育局" / "2024年4月2日"), the document's own.
      if (!headline && SIGNED_DAY.test(text) && isSignature(norm($(order[i + 1]).text()))) return;
      // A post's first sentence the title quotes after its poster's name ("阿蓝: 周末…。", a status's) is its text.
      const quoted = text !== target && !HEADING.test(el.name) && /[。.]$/.test(raw.trim()) && endsAsSentence(raw);
      if ((headline && !quoted && isHeadline(text, target, spaced(raw), writtenTitle)) || isDateline(text, raw) || isBylineLine(text, raw, names) || (headline && isPortraitAlone($, el, text))) removeLine($, el, roots);
      // A site's notice after the credits ("责任编辑：… 审核：…" over "版权声明：…"), removed later, is looked past.
      else if (text.length >= FIRST_PARAGRAPH && (headline || !isFurnitureLine(raw))) return;
    }
  };
  trim(leaves, true);
  trim(leaves.reverse(), false);
}

/** The day a Chinese document is signed, written out and alone on its line ("2024年4月2日"). */
const SIGNED_DAY = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** An issuer signing a notice: a short line of Chinese with no punctuation ("宁乡市人力资源和社会保障局", "信息工程学院"). */
const isSignature = (text: string) => text.length >= 2 && text.length <= 30 && /^[\u3400-\u9fff（）()]+$/.test(text);

/** Removes an element and everything after it, up to the block's own boundary, but the notes references point to. */
function removeFrom($: CheerioAPI, el: Element, block: Element, notes: ReferencedNotes): void {
  for (let node: Element = el; node !== block && node.parent; node = node.parent as Element) {
    for (const after of $(node).nextAll().toArray()) keepOnlyNotes($, after, notes);
  }
  $(el).remove();
}

/** Removes the element, or, when it holds notes, what it holds besides them. */
function keepOnlyNotes($: CheerioAPI, el: Element, notes: ReferencedNotes): void {
  if (!notes.holders.has(el)) $(el).remove();
  else if (!notes.notes.has(el)) for (const child of $(el).children().toArray()) keepOnlyNotes($, child, notes);
}

/** A line of page tools, an ad or gallery label, a newsletter prompt or its small print, a site's notice, or a line that only dates the article. */
function isFurnitureLine(raw: string): boolean {
  // Trimmed: a pattern's leading \s* over a long run of spaces would backtrack through it. An emoji before the words ("📣 Join our…") says nothing (© is a notice's).
  const text = raw.trim().replace(/^(?:[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]\uFE0F?\s*)+/u, '');
  if (BOILERPLATE_LINES.test(text) || FURNITURE_LINES.test(text) || ALSO_READ_LINE.test(text)) return true;
  const length = text.length;
  if (length <= MAX_TAXONOMY && TAXONOMY_LINE.test(text)) return true;
  if (length <= MAX_TERMS && SIGNUP_TERMS.test(text)) return true;
  // Decoded: a notice may open with a typed "&gt;" (少数派's closing prompts).
  if (length <= MAX_NOTICE && NOTICE_LINE.test(text.startsWith('&') ? decodeText(text) : text)) return true;
  return length <= MAX_PROMPT && (NEWSLETTER_PROMPT.test(text) || (DATE_ONLY_LINE.test(text) && isUpdateStamp(text)));
}

/**
 * "Updated March 5, 2024, 10:30 a.m.": the stamp alone, not a note of what changed after it
 * ("Updated May 15, 2024: This story has been updated with comment from the mayor.").
 */
const isUpdateStamp = (text: string): boolean => !!findDate(text) && !/[.!?]\s+\p{Lu}/u.test(text) && !isDatedNote(text);

/** A caption this long that repeats an earlier one word for word is a copy (a gallery's second caption panel). */
const MIN_REPEATED = 40;
const CAPTION_CLASS = /(?:^|\s)caption/i;

/** In a picture's caption: a <figcaption>, a <figure>, or an element whose class names a caption. */
function inCaption(el: Element, block: Element): boolean {
  for (let node: Element | null = el; node && node !== block; node = node.parent as Element | null) {
    if (node.name === 'figcaption' || node.name === 'figure' || CAPTION_CLASS.test(node.attribs.class ?? '')) return true;
  }
  return false;
}

/** The most text a promotion's box between the paragraphs holds, its slogan and its links together. */
const MAX_PROMO_BOX = 120;

/**
 * The short box a line sits in that reads as a whole as a prompt of the page's (自由時報's "不用抽 不用搶 現在用APP看新聞…"
 * over its "點我下載APP" link): the slogan goes with its links.
 */
function promoBox($: CheerioAPI, el: Element, block: Element, sizes: TextSizes): Element | undefined {
  const box = el.parent;
  // Its letters counted first (once for all its lines): the text is read only for a short box.
  if (!box || box === block || box.type !== 'tag' || !/^(?:div|section|aside)$/.test(box.name) || sizes.of(box) > MAX_PROMO_BOX) return undefined;
  const text = $(box).text().replace(/\s+/g, ' ').trim();
  return text.length <= MAX_PROMO_BOX && isFurnitureLine(text) ? box : undefined;
}

/** The line a writer closes the article with ("— 完 —", "-END-", "（全文完）"). */
const END_MARK = /^[\s\-—–─_~=·•]*[（(]?\s*(?:(?:THE\s+)?END|完|全文完)\s*[）)]?[\s\-—–─_~=·•]*$/i;
/** The most of the article's text a few promotions after its closing line hold; a longer rest is the article's own (its references). */
const MAX_AFTER_END = 0.15;

/** A closing line with only a little text after it (量子位's "— 完 —" over its event's sign-up and "关注我"): not a section headed "The End". */
const closesArticle = (el: Element, text: string, after: number, total: number): boolean =>
  !HEADING.test(el.name) && END_MARK.test(text.trim()) && after <= total * MAX_AFTER_END;

/**
 * The related-links tail after an article ("相关报道：", "Read more"), lines of page tools, and
 * captions the page shows twice. A marker above most of the article's text heads a box of links
 * at its top, not its tail.
 */
export function removeTail($: CheerioAPI, blocks: Cheerio<Element>, tables: Set<Element>): void {
  const notes = referencedNotes(blocks.toArray());
  const shown = new Set<string>();
  // A data table's cell is a value, whatever it reads ("Email" in a plan's Support column): never a line of page tools.
  for (const block of blocks.toArray()) {
    removeRepeatedPullQuotes($, block);
    const own = new Set([block]);
    // The article's own text decides where its tail is: its notes, however long, are not part of it.
    const sizes = new TextSizes(nonSpaceLength);
    const total = sizes.of(block) - outermostNotes(notes, block).reduce((sum, note) => sum + sizes.of(note), 0);
    let before = 0;
    const tablesSeen = new Set<Element>();
    const leaves = leafBlocks($(block));
    for (const [i, el] of leaves.entries()) {
      if (!el.parent || touchesNote(el, notes)) continue;
      const text = $(el).text();
      if (isListing(el)) {
        before += norm(text).length;
        continue;
      }
      if (inDataTableOf(el, tables)) {
        // A table headed by a tail's marker is the tail (LWN's "Index entries for this article"), read at its first leaf.
        const table = tableOf(el)!;
        const heading = tablesSeen.has(table) ? undefined : selectBelow([table], 'th, td')[0];
        tablesSeen.add(table);
        if (heading && before >= total / 2 && TAIL_MARKERS.test($(heading).text())) {
          removeFrom($, table, block, notes);
          break;
        }
        before += norm(text).length;
        continue;
      }
      // An interview repeats its questions; only a caption shown twice is a copy.
      const words = inCaption(el, block) ? norm(text) : '';
      if (words.length >= MIN_REPEATED && shown.has(words)) {
        $(el).remove();
        continue;
      }
      if (words.length >= MIN_REPEATED) shown.add(words);
      const marker = !isFurnitureLine(text) && TAIL_MARKERS.test(text);
      // A box of links set inside the article under such a heading (報導者's aside "延伸閱讀", 36氪's "推荐阅读" between sections) goes alone: the article goes on after it.
      const box = marker ? linksBox($, el, block, sizes) : undefined;
      // Or the heading alone with the list of links after it (udn's <p><strong>延伸閱讀</strong></p><ul>…</ul>), the list maybe gone already as links.
      const list = marker && !box ? listAfterHeading(el, sizes) : undefined;
      const promo = marker ? undefined : promoBox($, el, block, sizes);
      if (box && proseAfter(leaves.slice(i + 1), box, sizes) >= total * PROSE_AFTER_BOX) $(box).remove();
      else if (list && storyGoesOn(leaves.slice(i + 1), list.at(-1)!, sizes, total)) $(list).remove();
      else if (promo) $(promo).remove();
      else if (isFurnitureLine(text)) removeLine($, el, own);
      else if ((marker || closesArticle(el, text, total - before, total)) && before >= total / 2) {
        removeFrom($, el, block, notes);
        break;
      } else {
        removeFurnitureRuns($, el);
        before += norm(text).length;
      }
    }
    removeTrailingHeadings(block);
  }
}

const isHeading = (el: Element): boolean => HEADING.test(el.name) || el.attribs.role === 'heading';
const SHOWN_WITHOUT_TEXT = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'table', 'pre', 'hr']);

/**
 * Headings the article ends with, what they titled gone (a shop's "We found other products you might like!" over its
 * removed grid, a reviews tab's "Write Your Own Review"): no part of it.
 */
function removeTrailingHeadings(block: Element): void {
  for (;;) {
    // The last element that shows something: text of its own, or a picture, a table, a listing.
    let last: Element | undefined;
    for (let node: AnyNode | null = block.lastChild; node; ) {
      if (isText(node) && node.data.trim()) break;
      if (isTag(node) && (SHOWN_WITHOUT_TEXT.has(node.name) || isHeading(node))) {
        last = node;
        break;
      }
      node = isTag(node) && node.lastChild ? node.lastChild : previousNode(node, block);
    }
    if (!last || !isHeading(last) || last === block) return;
    removeNodes([last]);
  }
}

/** The node before this one in document order, climbing out of its parents; null at the block's start. */
function previousNode(node: AnyNode, block: Element): AnyNode | null {
  for (let at: AnyNode | null = node; at && at !== block; at = at.parent) if (at.prev) return at.prev;
  return null;
}

/** An element named a pull quote by its class or a data attribute (`blockquote.wp-block-pullquote`, the New Yorker's `data-journey-hook="pull-quote"`). */
const PULL_QUOTE = /pull-?quote/i;
const MIN_PULL_QUOTE = 20;

/**
 * A pull quote repeating the article's own words: shown twice, a copy, whatever its punctuation (a sentence's full stop
 * where the text has the comma before "said …"). One that quotes what the text does not stays.
 */
function removeRepeatedPullQuotes($: CheerioAPI, block: Element): void {
  const quotes = selectBelow([block], '[class], [data-journey-hook], [data-component]').filter((el) => Object.values(el.attribs).some((value) => PULL_QUOTE.test(value)));
  for (const quote of quotes) {
    if (!quote.parent) continue;
    const words = wordsOf(decodeText($(quote).text()));
    const whole = wordsOf(decodeText($(block).text()));
    if (words.length >= MIN_PULL_QUOTE && (whole.indexOf(words) !== whole.lastIndexOf(words) || retold(words.split(' '), whole.replace(words, '')))) $(quote).remove();
  }
}

/** Words of a pull quote the text says in a run of its own at least (HBR's quote retells "…are often seen as more, not less, reliable"). */
const MIN_RETOLD_WORDS = 6;
const MIN_RETOLD_SHARE = 0.5;
const MAX_RETOLD_QUOTE = 80;

/** True when the longest run of the quote's words the rest of the text holds is most of the quote: a retelling of a sentence, not a quote of its own. */
function retold(quote: string[], text: string): boolean {
  if (quote.length > MAX_RETOLD_QUOTE) return false;
  const rest = ` ${text} `;
  const needed = Math.max(MIN_RETOLD_WORDS, Math.ceil(quote.length * MIN_RETOLD_SHARE));
  // Each start grows its run while the text holds it; a run of `needed` words anywhere is enough.
  for (let start = 0, end = 0; start + needed <= quote.length; start++) {
    end = Math.max(end, start);
    while (end < quote.length && rest.includes(` ${quote.slice(start, end + 1).join(' ')} `)) end++;
    if (end - start >= needed) return true;
  }
  return false;
}

/** A text's words alone, lower-case, one space between them. */
const wordsOf = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** How much of the article's text follows a box of links inside it, at least, for the box to go alone. */
const PROSE_AFTER_BOX = 0.15;
/** Or this much, after a heading and its list of links: a paragraph or two goes on with the story. */
const PROSE_AFTER_LIST = 100;
/** The most a box of links set inside an article holds. */
const MAX_LINKS_BOX = 600;

/**
 * The box a tail's marker heads inside the block: the nearest element around it, below the block, that is an <aside>, mostly
 * links besides the marker, or a teaser card (a heading that is one link, with its excerpt: XDA's "Related" display cards).
 */
function linksBox($: CheerioAPI, el: Element, block: Element, sizes: TextSizes): Element | undefined {
  for (let up = el.parent; up && isTag(up) && up !== block && sizes.of(up) <= MAX_LINKS_BOX; up = up.parent) {
    const links = $(up).find('a').toArray().filter((a) => !contains(el, a)).reduce((sum, a) => sum + sizes.of(a), 0);
    if (links > 0 && (up.name === 'aside' || links >= (sizes.of(up) - sizes.of(el)) * LINK_HEAVY || headsTeaser(up, sizes))) return up;
  }
  return undefined;
}

/** A heading whose text is all one link's. */
const headsTeaser = (box: Element, sizes: TextSizes): boolean =>
  selectBelow([box], 'h2, h3, h4, h5, h6').some((heading) => sizes.of(heading) > 0 && selectBelow([heading], 'a').some((a) => sizes.of(a) === sizes.of(heading)));

/**
 * A heading and the list of links right after it (a list whose text is mostly its links'), or the
 * heading alone where a paragraph of the article's own text comes next.
 */
function listAfterHeading(heading: Element, sizes: TextSizes): Element[] | undefined {
  const next = nextElement(heading);
  if (!next || !sizes.of(next)) return undefined;
  const links = linkLetters(sizes, next);
  if (/^(?:ul|ol)$/.test(next.name)) return links >= sizes.of(next) * LINK_HEAVY ? [heading, next] : undefined;
  return next.name === 'p' && links < sizes.of(next) * LINK_HEAVY ? [heading] : undefined;
}

/** Paragraphs of the article's own text after a heading and its list: two or more, this much of the text. */
const PARAGRAPHS_AFTER_LIST = 2;
function storyGoesOn(leaves: Element[], list: Element, sizes: TextSizes, total: number): boolean {
  const paragraphs = leaves.filter((el) => el.name === 'p' && !contains(list, el) && sizes.of(el) >= MIN_PROSE_PARAGRAPH && linkLetters(sizes, el) < sizes.of(el) * LINK_HEAVY);
  return (paragraphs.length >= PARAGRAPHS_AFTER_LIST && proseAfter(leaves, list, sizes) >= Math.min(total * PROSE_AFTER_BOX, PROSE_AFTER_LIST)) || leaves.some(headsCode);
}

/** A section heading over a code block (R's help page: "See Also", then "Examples" and its code): more of the article. */
const headsCode = (el: Element): boolean => {
  const next = /^h[2-6]$/.test(el.name) ? nextElement(el) : undefined;
  return !!next && !TAIL_MARKERS.test(rawText(el)) && (next.name === 'pre' || selectBelow([next], 'pre').length > 0);
};

/** The text of paragraphs after the box that is not link text. */
function proseAfter(leaves: Element[], box: Element, sizes: TextSizes): number {
  return leaves.filter((el) => !contains(box, el)).reduce((sum, el) => sum + sizes.of(el) - linkLetters(sizes, el), 0);
}

/**
 * The lines a block writes with <br>s between them rather than in paragraphs of their own
 * (a CMS's loose text: "…<br><br><strong>快點我加入LINE好友！</strong>"): a line of furniture goes, with its break.
 */
function removeFurnitureRuns($: CheerioAPI, el: Element): void {
  if (!el.children.some((child) => isTag(child) && child.name === 'br')) return;
  let run: AnyNode[] = [];
  const end = (br?: AnyNode) => {
    const text = run.map((node) => $(node).text()).join('');
    if (text.trim() && isFurnitureLine(text)) $([...run, ...(br ? [br] : [])]).remove();
    run = [];
  };
  for (const child of [...el.children]) {
    if (isTag(child) && child.name === 'br') end(child);
    else run.push(child);
  }
  end();
}
