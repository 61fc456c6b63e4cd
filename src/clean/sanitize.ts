// The last cleaning pass: no active content leaves the body. No <script>, no event-handler
// attribute, no `javascript:`/`vbscript:`/`data:text/html` URL, no <style>, <form>, <object>,
// <embed>, <base>, <meta>, <link>, frames, <template>, SVG <foreignObject>/<handler>, and
// <iframe> only for the video and audio players of src/render/rules/embed-hosts.ts.
//
// Why our own pass and not sanitize-html or DOMPurify: those parse and re-serialize the markup,
// and the post format keeps the page's markup byte for byte (`alt` not `alt=""`, its quoting,
// its entities; ../shared/format/FORMAT.md). This pass works on the domhandler tree the page
// was parsed into (htmlparser2, entities not decoded) and only removes or changes what is
// dangerous, so everything else serializes exactly as it came.
//
// Attribute values are raw here (`&#106;avascript:` is still entities), so URLs are decoded the
// way a browser reads an attribute, then stripped of whitespace and control characters, before
// their scheme is looked at. A harmless element loses only its dangerous attributes (a link to
// `javascript:` keeps its text).
//
// htmlparser2 is not a browser's parser, and what it kept as text or as a comment must not turn
// into markup when a browser (or turndown's parser, or Markdown) reads the output again:
// - comments that a browser or Markdown would end elsewhere (`--!>`, `>`, `--`) or that hold
//   markup are dropped;
// - `<` that could open a tag, in text htmlparser2 read as raw (<title>, <textarea>, <xmp>, which
//   a browser reads as elements inside <svg>/<math>) or that meets a neighbour once a node
//   between them is gone, is written `&lt;`;
// - Markdown link syntax in text (`[x](javascript:…)`), which Hexo renders as a link where a
//   blank line ends the HTML block, gets its `(` as `&#40;`; an element named like a dangerous
//   URL (`<javascript:alert(1)>`, an autolink to Markdown) or with a `<` in its name is
//   unwrapped; attribute names Markdown would not take for one are dropped, and in attribute
//   values, which Markdown may read as text, `<` is written `&lt;`.
// - an element a browser reads as raw text (<noscript>, <iframe>, <noembed>, <noframes>, <xmp>,
//   <title>, <textarea>) is dropped if its serialized content would close it early
//   (`<noscript><p title="</noscript><img onerror=…>">`).
import { clampReferences, decodeAttribute, decodeText } from '../decode/entities.js';
import { hasChildren, isCDATA, isComment, isDirective, isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';
import { PLAYER_HOSTS } from '../render/rules/embed-hosts.js';
import { LAZY_SRC_ATTRS } from './images.js';
import { setChildren } from './tree.js';

/** Elements removed with everything inside them. */
const REMOVE = new Set([
  'script', 'style', 'object', 'embed', 'applet', 'param', 'base', 'meta', 'link', 'frame', 'frameset',
  'template', 'foreignobject', 'handler', 'listener', 'plaintext', 'portal', 'fencedframe', 'bgsound',
  'isindex', 'xml', 'import',
]);
/** Elements replaced by their content: harmless content in a dangerous wrapper. */
const UNWRAP = new Set(['form']);
/** Elements whose content a browser may read as raw text, up to the first `</name`. */
const RAW_TEXT = new Set(['noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'title', 'textarea']);

/** Attributes holding a URL (or a list of them) that a browser may load or navigate to. */
const URL_ATTRS = new Set([
  'href', 'src', 'srcset', 'imagesrcset', 'action', 'formaction', 'poster', 'data', 'background', 'cite',
  'longdesc', 'lowsrc', 'dynsrc', 'codebase', 'classid', 'archive', 'code', 'usemap', 'ping', 'manifest',
  'icon', 'profile', 'datasrc', 'xml:base', 'from', 'to', 'by', 'values',
  // Lazy loaders (ours in images.ts, and the blog theme's) copy these into src.
  ...LAZY_SRC_ATTRS, 'data-srcset', 'data-lazy-srcset', 'data-href',
]);
/** Lists of URLs: `srcset` candidates, SVG animation `values`. */
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset', 'data-srcset', 'data-lazy-srcset']);
/** Attributes never kept: `srcdoc` is a whole document, in place of the iframe's src. */
const DROP_ATTRS = new Set(['srcdoc']);
/** SVG elements whose data: URLs are documents, not pictures. */
const NO_DATA_URL = new Set(['use', 'animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor', 'a', 'iframe']);

/** Whitespace, controls and invisible characters a URL parser skips or a filter could be fooled by. */
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;
const SCRIPT_SCHEME = /^(?:javascript|vbscript|livescript|mocha|jscript):/;
const MEDIA_DATA = /^data:(?:image|video|audio)\//;


/** Whether a single (decoded) URL would run script or open a document made of the page's data. */
export function isDangerousUrl(decoded: string, dataAllowed = true): boolean {
  const url = decoded.replace(INVISIBLE, '').toLowerCase();
  if (SCRIPT_SCHEME.test(url)) return true;
  if (url.startsWith('data:')) return !(dataAllowed && MEDIA_DATA.test(url));
  return false;
}

function dangerousValue(name: string, raw: string, element: string): boolean {
  const value = decodeAttribute(raw);
  const dataAllowed = !NO_DATA_URL.has(element);
  if (SRCSET_ATTRS.has(name)) {
    // Candidates are "url descriptor" separated by commas; a data: URL holds commas itself,
    // so each piece is checked, and the whole value too.
    return isDangerousUrl(value, dataAllowed) || value.split(',').some((part) => isDangerousUrl(part.trim().split(/\s+/)[0] ?? '', dataAllowed));
  }
  if (name === 'values') return value.split(';').some((part) => isDangerousUrl(part, dataAllowed));
  return isDangerousUrl(value, dataAllowed);
}

/** CSS as a browser reads it: comments out, escapes decoded, nothing invisible. */
function normalizeCss(raw: string): string {
  return decodeAttribute(raw)
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?/gi, (_, hex: string) => {
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/\\(.)/g, '$1')
    .replace(INVISIBLE, '')
    .toLowerCase();
}

const DANGEROUS_CSS = /expression\(|javascript:|vbscript:|livescript:|-moz-binding|behaviou?r:|@import|data:text\/html|url\(['"]?data:(?!image\/)/;

export const isDangerousStyle = (raw: string): boolean => DANGEROUS_CSS.test(normalizeCss(raw));

/** `onclick`, `ONLOAD`, `xlink:onbegin`; names a browser splits differently (`/onerror`, `"onclick`) too. */
function isHandlerName(name: string): boolean {
  const bare = name.replace(/^[^a-z]+/i, '');
  const local = bare.slice(bare.lastIndexOf(':') + 1);
  return /^on/i.test(bare) || /^on/i.test(local);
}

/** Names CommonMark takes for an attribute's: a tag otherwise is text to Markdown. */
const MARKDOWN_ATTRIBUTE_NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*$/;
/**
 * An attribute value as Markdown may meet it in an HTML body (Hexo renders the body as
 * Markdown): where the tag is not one to Markdown (`<o:p …>`, a `\` or an open code span
 * before it, a line of the value that ends the paragraph) the value is text to it, and a `<`
 * there could open a tag, a `[x](javascript:…)` make a link. So `<` is written `&lt;` and such
 * a link's `(` `&#40;`, which HTML reads back as the same value. Other values are left as
 * they are.
 */
function markdownSafeValue(raw: string): string {
  let value = raw;
  if (value.includes('<')) value = value.replace(/</g, '&lt;');
  // A blank line inside a tag would end Hexo's HTML block there: the rest of the tag, read as
  // Markdown, loses its quotes, and the page's text becomes attributes of the next tag.
  if (/[\r\n]/.test(value)) value = value.replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
  if (value.includes(']')) value = defuseMarkdownLinks(value);
  return value;
}

/** Removes what is dangerous from one element's attributes, in place; the others keep their order. */
export function sanitizeAttributes(el: Element): void {
  const element = el.name.toLowerCase();
  for (const [attr, raw] of Object.entries(el.attribs)) {
    const name = attr.toLowerCase();
    const local = name.slice(name.lastIndexOf(':') + 1);
    if (
      isHandlerName(name) ||
      DROP_ATTRS.has(name) ||
      // `/onerror`, `"onclick`, `@click`: split differently by browsers, and no tag to Markdown.
      !MARKDOWN_ATTRIBUTE_NAME.test(attr) ||
      ((URL_ATTRS.has(name) || URL_ATTRS.has(local)) && dangerousValue(local === 'href' ? 'href' : name, raw, element)) ||
      (name === 'style' && isDangerousStyle(raw)) ||
      (element === 'iframe' && (name === 'src' || name === 'data-src') && !isPlayerUrl(raw))
    ) {
      delete el.attribs[attr];
    } else {
      const value = markdownSafeValue(raw);
      if (value !== raw) el.attribs[attr] = value;
    }
  }
}

/** An address of one of the video and audio players (embed-hosts.ts), over http(s). */
export function isPlayerUrl(raw: string): boolean {
  const value = decodeAttribute(raw).replace(INVISIBLE, '');
  let url: URL;
  try {
    url = new URL(value.startsWith('//') ? `https:${value}` : value);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && PLAYER_HOSTS.some((row) => row.host.test(url.hostname));
}

/** An <iframe> we keep: a player's, or an empty lazy one whose data-src is a player's. */
function isPlayerFrame(el: Element): boolean {
  const { src, 'data-src': dataSrc } = el.attribs;
  return src !== undefined ? isPlayerUrl(src) : dataSrc !== undefined && isPlayerUrl(dataSrc);
}

/** A comment's text that HTML and Markdown end in the same place and that holds no markup or link. */
const SAFE_COMMENT = /^(?!-|>)(?:(?!--)[^<>[\]])*(?<!-)$/;

/** A `<` a parser would take for the start of a tag, a comment or an end tag. */
const TAG_OPEN = /<(?=[A-Za-z!/?])/g;

/**
 * Whether a raw-text element's content, once written, would close it before its own end tag:
 * `</name` in a text, a comment or an attribute value below it, or an element of its name.
 */
function breaksOut(el: Element): boolean {
  const name = el.name.toLowerCase();
  const end = `</${name}`;
  const holds = (value: string) => value.includes('</') && value.toLowerCase().includes(end);
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node) || isComment(node)) {
      if (holds(node.data)) return true;
    } else if (isTag(node)) {
      if (node.name.toLowerCase() === name || Object.values(node.attribs).some(holds)) return true;
      stack.push(...node.children);
    }
  }
  return false;
}

type Action = 'keep' | 'remove' | 'unwrap';

function decide(el: Element): Action {
  const name = el.name.toLowerCase();
  if (REMOVE.has(name)) return 'remove';
  // `<javascript:alert(1)>` is an element to htmlparser2 and an autolink to Markdown;
  // `<scr<script>` is one element to htmlparser2, and text then a <script> to Markdown.
  if (UNWRAP.has(name) || /[^a-z0-9:._-]/.test(name) || (name.includes(':') && isDangerousUrl(name))) return 'unwrap';
  if (name === 'iframe' && !isPlayerFrame(el)) return 'remove';
  return 'keep';
}

interface Frame {
  node: ParentNode;
  /** Children still to visit, the next one last. */
  queue: AnyNode[];
  /** Children kept, in order. */
  kept: AnyNode[];
}

const frame = (node: ParentNode): Frame => ({ node, queue: [...node.children].reverse(), kept: [] });

/**
 * Sanitizes a node's children, depth first, without recursion (pages nest thousands deep),
 * each list of children rebuilt once (a block may hold a hundred thousand removed elements).
 */
function sanitizeChildren(root: ParentNode): void {
  // Post-order: an element's content is clean before its raw-text check serializes it.
  const stack: Frame[] = [frame(root)];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const child = top.queue.pop();
    if (!child) {
      stack.pop();
      setChildren(top.node, top.kept);
      // Dropped on the way up: it is the last child its parent kept.
      if (top.node !== root && finishElement(top.node as Element)) stack[stack.length - 1]!.kept.pop();
      continue;
    }
    if (isTag(child)) {
      const action = decide(child);
      if (action === 'remove') continue;
      sanitizeAttributes(child);
      if (action === 'unwrap') {
        // Its children take its place, and are visited next.
        for (let i = child.children.length - 1; i >= 0; i--) top.queue.push(child.children[i]!);
        continue;
      }
      top.kept.push(child);
      stack.push(frame(child));
    } else if (isComment(child)) {
      // A browser ends a comment at `-->`, `--!>`, or at once for `<!-->`: one holding `>` may end
      // earlier. Markdown takes no comment holding `--`, and then reads what is inside it.
      if (SAFE_COMMENT.test(child.data)) top.kept.push(child);
    } else if (!isDirective(child) && !isCDATA(child)) {
      top.kept.push(child);
    }
  }
}

/**
 * After its content: an element a browser reads as raw text must not be closed from inside.
 * Returns whether the element is to be dropped.
 */
function finishElement(el: Element): boolean {
  const name = el.name.toLowerCase();
  // A player's fallback content is never shown; it could only break out.
  if (name === 'iframe' && el.children.length) setChildren(el, []);
  return RAW_TEXT.has(name) && breaksOut(el);
}

/** Text nodes made neighbours by removals are one text to a browser: no tag may form across them. */
function fixText(root: ParentNode): void {
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    let merged = false;
    const nodes: AnyNode[] = [];
    for (const child of node.children) {
      const last = nodes[nodes.length - 1];
      if (isText(child) && last && isText(last)) {
        last.data += child.data;
        merged = true;
        continue;
      }
      nodes.push(child);
      if (hasChildren(child)) stack.push(child);
    }
    if (merged) setChildren(node, nodes);
    for (const child of nodes) {
      if (!isText(child)) continue;
      if (child.data.includes('<')) child.data = child.data.replace(TAG_OPEN, '&lt;');
      // Written as the U+FFFD a browser reads: parsers such as parse5 throw on them.
      if (child.data.includes('&#')) child.data = clampReferences(child.data);
      if (child.data.includes(']')) child.data = defuseMarkdownLinks(child.data);
    }
  }
}

/** `](` and `]:` of a Markdown link, image or link definition, with what follows them. */
const MARKDOWN_LINK = /\]([ \t]*)([(:])/g;
/** Markdown's backslash escapes: `javascript\:` is `javascript:` to it. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Text of an HTML body is read as Markdown by Hexo wherever a blank line ends the HTML block
 * around it: `[x](javascript:…)` there is a link. The `(` or `:` that would make one with a
 * dangerous destination is written as its character reference, which HTML shows the same and
 * Markdown takes for text. Other text is left as it is.
 */
function defuseMarkdownLinks(text: string): string {
  return text.replace(MARKDOWN_LINK, (whole, space: string, mark: string, at: number) => {
    const rest = text.slice(at + whole.length, at + whole.length + 200);
    const destination = decodeText(rest).replace(MARKDOWN_ESCAPE, '$1').replace(/^[\s<]+/, '');
    return isDangerousUrl(destination) ? `]${space}${mark === '(' ? '&#40;' : '&#58;'}` : whole;
  });
}

/**
 * Makes article blocks safe, in place. The blocks themselves are written too (several blocks
 * are written whole): a block that is itself a dangerous element becomes a plain <div>.
 */
export function sanitizeBlocks(blocks: Element[]): void {
  for (const block of blocks) {
    const action = decide(block);
    if (action !== 'keep' || (RAW_TEXT.has(block.name.toLowerCase()) && block.name.toLowerCase() !== 'iframe')) {
      if (action === 'remove') setChildren(block, []);
      block.name = 'div';
    }
    sanitizeAttributes(block);
    sanitizeChildren(block);
    if (block.name.toLowerCase() === 'iframe') setChildren(block, []);
    fixText(block);
  }
}
