// Prepares the chosen article HTML for output: removes boilerplate (for generic extraction),
// resolves lazy images and relative URLs, applies the image proxy, and last removes active
// content (sanitize.ts). Everything else of the page's markup is kept as it was.
import type { Cheerio, CheerioAPI } from 'cheerio';
import { Element, isTag, isText, Text, type AnyNode } from 'domhandler';
import { loadHtml } from '../extract/dom.js';
import { dataTables, removeBoilerplate, removeEdges, removeFurniture, removeTail } from './boilerplate.js';
import { keepCodeTitles, keepCopiedCode, keepHeaderLanguages, keepTabTitles } from './code-labels.js';
import { isLowQualityPreview, noscriptFallback, proxyUrl, realImageSrc } from './images.js';
import { decodeAttribute, decodeText, escapeMarkup } from '../decode/entities.js';
import { tablesAsWritten } from './grid-tables.js';
import { texFromData } from './math-data.js';
import { texFromScripts } from './math-scripts.js';
import { linkScriptedReferences, unfoldAttributeNotes } from './note-links.js';
import { isDangerousUrl, sanitizeBlocks } from './sanitize.js';
import { descendants, hiddenByStyle, nextElement, previousElement, rawText, removeNodes, selectBelow, selectorTest, setChildren } from './tree.js';
import { texOfImage } from '../render/math/image-tex.js';
import { nameUnnamedListing } from '../code-listings.js';

export interface CleanOptions {
  base?: string;
  imageProxy?: string;
  /** The user's or site rule's selectors of things to drop. */
  remove?: string[];
  /** Drop boilerplate inside the block: set when the block was found by the generic extractor. */
  boilerplate: boolean;
  /** Drop only what no reader sees and the page's tools (a site rule's block): the boilerplate's first step. */
  furniture?: boolean;
  /** With the boilerplate, drop boxes of links (navigation); not on a listing, whose content is its links. */
  linkBoxes?: boolean;
  /** Drop the headline, dateline and related-links tail at the block's edges (generic or site rule). */
  edges?: boolean;
  /** Attributes the site's lazy images keep their URL in (site rule), before the generic ones. */
  lazySrc?: string[];
  /** Style properties hiding the body until a script runs (site rule): dropped. */
  reveal?: string[];
  /** Elements whose text's line breaks the site's stylesheet keeps (site rule): each made a <br>. */
  keepLines?: string[];
  /** The article's title, dropped from the top of a generically found body. */
  title?: string;
  /** The byline found, dropped with the datelines at the body's edges. */
  byline?: string;
  /** Selectors of the article's parts its JSON-LD declares for subscribers: its text, never furniture. */
  paywalledParts?: string[];
}

function resolve(value: string, base: string | undefined): string {
  if (!base || /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

function fixImage(img: Element, options: CleanOptions): string | undefined {
  const src = realImageSrc(img, options.lazySrc);
  if (!src) return undefined;
  const absolute = resolve(src.trim() === src ? src : src.trim(), options.base);
  const srcValue = proxyUrl(absolute, options.imageProxy);
  if (img.attribs.src !== srcValue) img.attribs.src = srcValue;
  if (!('referrerpolicy' in img.attribs)) img.attribs.referrerpolicy = 'no-referrer';
  return absolute;
}

/** Drops the declarations (`visibility: hidden`, `opacity: 0`…) a script would have undone. */
function revealStyles(roots: Element[], properties: string[]): void {
  const hiding = new RegExp(`(?:^|;)\\s*(?:${properties.join('|')})\\s*:\\s*(?:hidden|none|0(?:\\.0*)?)\\s*(?:!important\\s*)?(?=;|$)`, 'gi');
  for (const el of [...roots, ...descendants(roots)]) {
    const style = el.attribs.style;
    if (style && hiding.test(style)) el.attribs.style = style.replace(hiding, '').replace(/^\s*;\s*/, '');
    hiding.lastIndex = 0;
  }
}

/** Each line break in the text of the elements made a <br>, as a stylesheet's `white-space: pre-wrap` shows it; listings keep theirs as they are. */
function keepLineBreaks(roots: Element[], selectors: string[]): void {
  const test = selectorTest(selectors.join(', '));
  for (const el of [...roots.filter(test), ...selectBelow(roots, selectors.join(', '))]) breakLines(el);
}

function breakLines(parent: Element): void {
  if (LISTINGS.has(parent.name)) return;
  let broken = false;
  const nodes = parent.children.flatMap((child): AnyNode[] => {
    if (isTag(child)) breakLines(child);
    if (!isText(child) || !child.data.includes('\n')) return [child];
    broken = true;
    return child.data.split('\n').flatMap((line, i) => [...(i ? [new Element('br', {})] : []), ...(line ? [new Text(line)] : [])]);
  });
  if (broken) setChildren(parent, nodes);
}

const LISTINGS = new Set(['pre', 'code', 'textarea', 'script', 'style']);

/** A tracking pixel (a republished story's `count.gif`, 1×1; one side alone 0 is a size the page sets later): no picture of the article's, nor the post's. */
const isPixel = (img: Element) => ['width', 'height'].every((side) => /^\s*[0-2](?:px)?\s*$/.test(img.attribs[side] ?? ''));

/** A smiley's file ("images/smilies/biggrin.gif", Discuz's "static/image/smiley/…", Twemoji's "emoji/72x72/1f600.png"). */
const EMOTICON_PATH = /\/(?:smilies|smileys?|emoji|emojis|emoticons?|emotions?|twemoji)\//i;
/** What a smiley's alt says: its code (":biggrin:", "[笑cry]", Weibo's) or the emoji it draws. */
const EMOTICON_ALT = /^(?::[\w+-]+:|\[[^\]\s]{1,8}\]|[\p{Extended_Pictographic}\u200d\ufe0f]+)$/u;
/** A forum's or a blog's smiley set in the text (vBulletin's smilies, WordPress' `wp-smiley`, Discourse's `emoji`): never the post's picture. */
const isEmoticon = (img: Element, url: string): boolean =>
  EMOTICON_PATH.test(url) || EMOTICON_ALT.test((img.attribs.alt ?? '').trim()) || /(?:^|[\s_-])(?:emoji|wp-smiley|smilies|smiley|BDE_Smiley)(?:$|[\s_-])/i.test(img.attribs.class ?? '');

/** AMP's images: the runtime draws an <img> from their attributes; their children are its sizer and a <noscript> copy. */
const AMP_IMAGES = new Set(['amp-img', 'amp-anim']);

function asImage(el: Element): void {
  el.name = 'img';
  removeNodes([...el.children]);
}

/**
 * The listings of early HTML, still in old tutorials and forum archives: <listing> and <plaintext>
 * hold markup as <pre> does; <xmp> holds raw text (so the parser reads it), shown as written. And
 * a <textarea> of code.
 */
function asPre(el: Element): void {
  const raw = () => el.children.map((child) => (child as Text).data ?? '').join('');
  if (el.name === 'xmp') setChildren(el, [new Text(escapeMarkup(raw()))]);
  // A <textarea> holds text whose references the browser reads (&#34; is a quote).
  if (el.name === 'textarea') setChildren(el, [new Text(escapeMarkup(decodeText(raw())))]);
  // SyntaxHighlighter's <script type="syntaxhighlighter"> holds its code as a script's raw text, in a CDATA section.
  if (el.name === 'script') setChildren(el, [new Text(escapeMarkup(raw().replace(/^\s*<!\[CDATA\[/, '').replace(/\]\]>\s*$/, '')))]);
  el.name = 'pre';
}

const LEGACY_LISTINGS = new Set(['listing', 'xmp', 'plaintext']);

/** A <code> naming its language by its class, as highlighters write it. */
const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang)-\S/;

/**
 * One <pre> holding the same code in two versions, a toggle showing one (Node.js' docs: `<code class="language-js mjs">`
 * and `<code class="language-js cjs">`): a block each.
 */
function splitVersions($: CheerioAPI, pres: Element[]): void {
  // One removed above (its parent gone) has nowhere to put its versions.
  for (const pre of pres.filter((el) => el.parent)) {
    const codes = pre.children.filter((child): child is Element => isTag(child) && child.name === 'code');
    if (codes.length < 2 || !codes.every((code) => LANGUAGE_CLASS.test(code.attribs.class ?? '') && rawText(code).trim().includes('\n'))) continue;
    let last = pre;
    for (const code of codes.slice(1)) {
      const version = new Element('pre', { ...pre.attribs }, []);
      $(last).after(version);
      $(version).append(code);
      last = version;
    }
  }
}

/** A live editor's <textarea> laid over the highlighted listing beside it, holding the same code (dumi's demos): a copy. */
function isEditorOverListing(el: Element): boolean {
  if (!isCodeTextarea(el)) return false;
  const code = (text: string) => decodeText(text).replace(/\s+/g, '');
  const own = code(rawText(el));
  return (el.parent?.children ?? []).some((other) => other !== el && isTag(other) && other.name === 'pre' && code(rawText(other)) === own);
}

/** SyntaxHighlighter's listing kept from the parser in a script (`<script type="syntaxhighlighter" class="brush: xml">`). */
const isListingScript = (el: Element) => el.name === 'script' && /^syntaxhighlighter$/i.test(el.attribs.type ?? '');

/** An editor's own elements for HTML's blocks (Lake's, in Yuque's and Aliyun's pages: <ne-p>, <ne-h2>, <ne-quote>): read as those. */
const EDITOR_BLOCKS = new Map([
  ['ne-p', 'p'], ['ne-h1', 'h1'], ['ne-h2', 'h2'], ['ne-h3', 'h3'], ['ne-h4', 'h4'], ['ne-h5', 'h5'], ['ne-h6', 'h6'], ['ne-quote', 'blockquote'], ['ne-hr', 'hr'],
]);
/** A <textarea> that shows code to edit and run (pkg.go.dev's examples) or to highlight (dp.SyntaxHighlighter's `name="code"`): a listing, not a form's field. */
const isCodeTextarea = (el: Element) => el.name === 'textarea' && (/code/i.test(el.attribs.class ?? '') || el.attribs.name === 'code');

/**
 * A highlighter's drawing set right after the source block it hides (EnlighterJS 3's `div.enlighter-default` after its
 * `pre.EnlighterJSRAW.enlighter-origin`): a second copy of the code, the source being the exact one.
 */
const SOURCE_AND_DRAWING = [{ source: 'pre.EnlighterJSRAW', drawing: selectorTest('.enlighter-default') }];
const drawnAfterSource = (roots: Element[]): Element[] =>
  SOURCE_AND_DRAWING.flatMap(({ source, drawing }) => selectBelow(roots, source).map(nextElement).filter((next): next is Element => !!next && drawing(next)));

const MIN_DRAWN_CODE = 20;
/** The code's characters alone: a drawing splits it into elements per line and loses or pads its spaces. */
const codeCharacters = (el: Element) => decodeText(rawText(el)).replace(/[\s\u200b]+/g, '');

/**
 * A listing's source hidden beside the highlighter's drawing of it (SyntaxHighlighter 1.5's `pre[name=code]` after its
 * div.dp-highlighter, SHJS' pre.snippet-textonly after pre.snippet-formatted, Kotlin Playground's div.sample before its
 * CodeMirror): the drawing goes, with the tools around it, and the source (its language named, its lines as written) is shown.
 */
function showSourcesOverDrawings(roots: Element[]): void {
  for (const source of selectBelow(roots, '[style*="none" i]')) {
    const pres = source.name === 'pre' ? [source] : selectBelow([source], 'pre');
    if (!hiddenByStyle(source) || pres.length !== 1) continue;
    const code = codeCharacters(source);
    if (code.length < MIN_DRAWN_CODE) continue;
    const drawing = [previousElement(source), nextElement(source)].find((el) => {
      if (!el || hiddenByStyle(el)) return false;
      const drawn = codeCharacters(el);
      return drawn.includes(code) && code.length >= drawn.length * MIN_CODE_SHARE;
    });
    if (!drawing) continue;
    // The drawing's <pre>'s names go to the source's: they may name the language where the source names none (SHJS' pre.c.sh_c).
    const drawn = drawing.name === 'pre' ? drawing : selectBelow([drawing], 'pre')[0];
    if (drawn?.attribs.class) pres[0]!.attribs.class = `${pres[0]!.attribs.class ?? ''} ${drawn.attribs.class}`.trim();
    removeNodes([drawing]);
    delete source.attribs.style;
  }
}
/** How much of the drawing's text its code is at least (the rest: a toolbar's "Java代码", a playground's "Target platform: JVM"). */
const MIN_CODE_SHARE = 0.5;

/** Cleans the blocks in place; returns the first image's absolute URL (before the proxy). */
export function cleanContent($: CheerioAPI, blocks: Cheerio<Element>, options: CleanOptions): { firstImage?: string } {
  if (options.remove?.length) removeNodes(selectBelow(blocks.toArray(), options.remove.join(', ')));
  if (options.keepLines?.length) keepLineBreaks(blocks.toArray(), options.keepLines);
  const roots = blocks.toArray();
  // A placeholder's <noscript> copy is read now: boilerplate removal drops <noscript>.
  const previews: Element[] = [];
  const editorCopies: Element[] = [];
  const pres: Element[] = [];
  roots.forEach(nameUnnamedListing);
  for (const img of descendants(roots)) {
    nameUnnamedListing(img);
    if (isEditorOverListing(img)) {
      editorCopies.push(img);
      continue;
    }
    if (AMP_IMAGES.has(img.name)) asImage(img);
    if (LEGACY_LISTINGS.has(img.name) || isCodeTextarea(img) || isListingScript(img)) asPre(img);
    img.name = EDITOR_BLOCKS.get(img.name) ?? img.name;
    if (img.name === 'pre') pres.push(img);
    if (img.name !== 'img') continue;
    const fallback = noscriptFallback(img);
    if (fallback) img.attribs.src = fallback;
    if (isLowQualityPreview(img)) previews.push(img);
  }
  removeNodes(drawnAfterSource(roots));
  showSourcesOverDrawings(roots);
  removeNodes(previews);
  removeNodes(editorCopies);
  splitVersions($, pres);
  tablesAsWritten(roots);
  texFromScripts(roots);
  texFromData(roots);
  linkScriptedReferences(roots);
  unfoldAttributeNotes(roots);
  removeNodes(descendants(roots).filter((el) => el.name === 'script'));
  // Found once, before any removal, for the removals that spare them: what a table holds decides it, and no removal takes a data table's cell.
  const tables = options.boilerplate || options.edges ? dataTables(blocks) : new Set<Element>();
  if (options.boilerplate || options.furniture) {
    keepHeadingTitles(roots);
    keepHeaderLanguages(roots);
    keepCodeTitles(roots);
    keepCopiedCode(roots);
    keepTabTitles(roots);
    if (options.boilerplate) removeBoilerplate($, blocks, tables, options.linkBoxes !== false, options.byline, options.paywalledParts);
    else removeFurniture($, blocks);
  }
  if (options.boilerplate || options.edges) {
    removeEdges($, blocks, tables, options.title, options.byline);
    removeTail($, blocks, tables);
  }
  if (options.reveal?.length) revealStyles(roots, options.reveal);
  const images: { img: Element; url: string }[] = [];
  for (const el of descendants(roots)) {
    if (el.name === 'img') {
      if (isPixel(el)) {
        removeNodes([el]);
        continue;
      }
      const url = fixImage(el, options);
      if (url) images.push({ img: el, url });
    } else {
      for (const attr of ['href', 'src', 'poster']) {
        const value = el.attribs[attr];
        if (value) {
          const absolute = resolve(value, options.base);
          if (absolute !== value) el.attribs[attr] = absolute;
        }
      }
    }
  }
  // Last, once lazy images have their real src: no active content (sanitize.ts).
  sanitizeBlocks(roots);
  // A formula drawn as an image is written as TeX: never the post's picture.
  const isFormula = (img: Element, url: string) => texOfImage(decodeAttribute(url), decodeAttribute(img.attribs.alt ?? ''), img.attribs.class ?? '') !== '';
  const first = images.find(({ img, url }) => isAttached(img, roots) && !isDangerousUrl(decodeAttribute(url)) && !isFormula(img, url) && !isEmoticon(img, url));
  // The attribute as written ("…a.jpg&amp;thumbnail=660"): the URL is what it says.
  return { firstImage: first && decodeAttribute(first.url) };
}

/** What a heading's permalink shows: a pilcrow, a hash, a section sign or a link symbol (Jupyter's "¶", VuePress' "#"), or nothing but its icon. */
const PERMALINK_MARK = /^\s*(?:[¶#§]|🔗|⚓|\u{1F517})?\s*$/u;
const PARAGRAPH_PERMALINK = /(?:^|\s)(?:pilcrow|headerlink|permalink|anchor-?link)(?:\s|$)/i;
const HEADING_FRAGMENT_LINKS = 'h1 a[href^="#"], h2 a[href^="#"], h3 a[href^="#"], h4 a[href^="#"], h5 a[href^="#"], h6 a[href^="#"]';
/** Text for screen readers only, which the page shows no one ("Anchor link" beside an Astro theme's "#"). */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|screen-reader-text|visually-hidden|visuallyhidden)(?:\s|$)/;

/** An element's text as the page shows it: without what only screen readers read. */
const shownText = (el: Element): string =>
  el.children.map((child) => (isText(child) ? child.data : isTag(child) && !SCREEN_READER_ONLY.test(child.attribs.class ?? '') ? shownText(child) : '')).join('');

/**
 * A heading's links within the page: its permalink mark goes; a link holding its whole title (a back-link to the contents,
 * Docutils' `a.toc-backref`; a live blog entry's link to itself) gives way to the title, which links nowhere in a post.
 */
function keepHeadingTitles(roots: Element[]): void {
  removeNodes(selectBelow(roots, HEADING_FRAGMENT_LINKS).filter((a) => PERMALINK_MARK.test(decodeText(shownText(a)))));
  // A paragraph's own permalink, a pilcrow named so (xml2rfc's `a.pilcrow`, Sphinx's `a.headerlink` after a figure's caption).
  removeNodes(selectBelow(roots, 'a[href^="#"]').filter((a) => PARAGRAPH_PERMALINK.test(a.attribs.class ?? '') && decodeText(shownText(a)).trim() === '¶'));
  for (const a of selectBelow(roots, HEADING_FRAGMENT_LINKS).filter(holdsWholeHeading)) setChildren(a.parent!, a.parent!.children.flatMap((node) => (node === a ? a.children : [node])));
}

/** A link whose text is all its heading's. */
function holdsWholeHeading(a: Element): boolean {
  let heading = a.parent;
  while (heading && isTag(heading) && !/^h[1-6]$/.test(heading.name)) heading = heading.parent;
  return !!a.parent && !!heading && isTag(heading) && rawText(heading).trim() === rawText(a).trim();
}

/** Whether the sanitizer left the element inside one of the blocks. */
function isAttached(el: Element, roots: Element[]): boolean {
  for (let node: Element | null = el; node; node = node.parent as Element | null) if (roots.includes(node)) return true;
  return false;
}

/** Cleans an HTML fragment (a feed item's content) as a selected block: markup kept as it was. */
export function cleanFragment(html: string, options: Omit<CleanOptions, 'boilerplate'>): { html: string; firstImage?: string } {
  const $ = loadHtml(`<div>${html}</div>`);
  const block = $.root().children().first() as Cheerio<Element>;
  const { firstImage } = cleanContent($, block, { ...options, boilerplate: false });
  return { html: block.html() ?? '', firstImage };
}
