// Boilerplate inside a block the generic extractor chose: furniture elements, blocks named
// like furniture, lists and boxes of links ("You may also like…"), hidden elements.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { isNegative } from '../extract/class-hints.js';

const FURNITURE = 'script, style, noscript, template, nav, aside, footer, form, button, input, select, textarea, [hidden], [aria-hidden="true"]:not(img), [style*="display:none" i], [style*="display: none" i]';
const LINK_BOXES = 'ul, ol, div, section, table, p, dl';
/** A block this small a share of the article, and mostly links, is navigation. */
const SMALL_SHARE = 0.3;
const LINK_HEAVY = 0.5;

const textSize = ($: CheerioAPI, el: Element) => $(el).text().replace(/\s+/g, '').length;

export function removeBoilerplate($: CheerioAPI, blocks: Cheerio<Element>): void {
  blocks.find(FURNITURE).remove();
  const total = blocks.toArray().reduce((sum, el) => sum + textSize($, el), 0);
  blocks.find('*').filter((_, el) => isNegative(el) && textSize($, el) < total * SMALL_SHARE).remove();
  blocks.find(LINK_BOXES).each((_, el) => {
    const size = textSize($, el);
    if (size === 0 || size >= total * SMALL_SHARE) return;
    const links = $(el).find('a').toArray().reduce((sum, a) => sum + textSize($, a), 0);
    if (links / size > LINK_HEAVY) $(el).remove();
  });
}
