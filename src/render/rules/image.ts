// Images with their title, the caption of their <figure> (as alt text and an italic line
// under them), and the <noscript> copy when the page's script would have made the only one.
import { isPlaceholder } from '../../clean/images.js';
import { CODE_LANGUAGE_NAMES } from '../../code-language-names.js';
import { attr, plainText } from './dom.js';
import { wrapEmphasis } from './emphasis.js';
import { destination, titlePart } from './link-target.js';
import { FORCE, TEXT_CLOSE, TEXT_OPEN } from './text-escape.js';
import type { Rule } from './types.js';

const figureOf = (node: Node): Element | null => {
  const figure = (node as Element).closest?.('figure');
  return figure && figure.querySelectorAll('img').length === 1 ? figure : null;
};

function captionOf(node: Node): string {
  const caption = figureOf(node)?.querySelector('figcaption');
  return caption ? plainText(caption) : '';
}

/**
 * Alt text as marked text, its brackets escaped and its double quotes written `&quot;`:
 * marked (Hexo's renderer) puts alt text into the attribute as it is, so a quote there would
 * close it; CommonMark readers decode the entity back to the quote.
 */
export const altText = (alt: string): string =>
  alt ? alt.split('"').map((part) => (part ? TEXT_OPEN + part.replace(/[[\]]/g, `${FORCE}$&`) + TEXT_CLOSE : '')).join('&quot;') : '';

export function imageMarkdown(src: string, alt: string, title?: string | null): string {
  return `![${altText(alt.replace(/\s+/g, ' ').trim())}](${destination(src)}${titlePart(title)})`;
}

export const image: Rule = {
  name: 'image',
  filter: 'img',
  replacement(_content, node) {
    const src = attr(node, 'src');
    if (isPlaceholder(src)) return '';
    return imageMarkdown(src, attr(node, 'alt') || captionOf(node), (node as Element).getAttribute('title'));
  },
};

/** A code figure's caption that only names the code's language (Hexo Icarus' "JavaScript" bar): the fence says it. */
const namesCodeLanguage = (caption: Element) => !!caption.parentElement?.querySelector('pre') && CODE_LANGUAGE_NAMES.has(plainText(caption).toLowerCase());

export const figureCaption: Rule = {
  name: 'figureCaption',
  filter: 'figcaption',
  // One line: emphasis never spans a paragraph break (Hexo Icarus' caption sets its title and its label in two <div>s).
  replacement: (content, node) => (plainText(node) && !namesCodeLanguage(node as Element) ? `\n\n${wrapEmphasis(content.trim().replace(/\s*\n\s*/g, ' '), node, '*', 'em')}\n\n` : ''),
};

/** A <noscript> image, unless the image it stands in for is already there. */
export const noscriptImage: Rule = {
  name: 'noscriptImage',
  filter: 'noscript',
  replacement(content, node) {
    if (!(node as Element).querySelector('img')) return '';
    const before = (node as Element).previousElementSibling;
    const images = before ? (before.nodeName === 'IMG' ? [before] : Array.from(before.querySelectorAll('img'))) : [];
    const shown = images.some((img) => !isPlaceholder(img.getAttribute('src') ?? ''));
    return shown ? '' : content;
  },
};
