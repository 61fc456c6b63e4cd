// A block that is a listing of other pages (a category archive, a tag page, a blog's index): teasers,
// each a heading linked to its page with a short excerpt. Its headings are its content, not links to
// clean out as navigation.
import { isTag, type Element } from 'domhandler';
import { TextSizes } from '../clean/text-size.js';
import { isLinkTitle } from '../clean/boilerplate.js';
import { selectBelow } from '../clean/tree.js';
import { PROFILE_HREF } from './metadata/text-author.js';
import { packedUnits } from './text-units.js';

const MIN_ITEMS = 3;
/** A teaser is short: a title, a line of meta, an excerpt; an article's section is longer. */
const MAX_ITEM_UNITS = 900;
/** The teasers are most of the block: a few related cards under a story are not. */
const ITEMS_SHARE = 0.6;

/**
 * A heading that is the title of another page: its whole text one link, or the heading inside one (a card's <a> around
 * it). Not a person's page (a forum post's poster, named in a heading linked to their profile).
 */
function isLinkedTitle(heading: Element, sizes: TextSizes): boolean {
  let link = isLinkTitle(heading, sizes) ? selectBelow([heading], 'a[href]')[0] : undefined;
  for (let up = heading.parent; !link && sizes.of(heading) > 0 && up && isTag(up); up = up.parent) if (up.name === 'a' && up.attribs.href) link = up;
  return !!link && !PROFILE_HREF.test(link.attribs.href!);
}

/** The largest element around each heading, inside the root, that holds no other of the headings: its teaser. */
function itemsOf(headings: Element[], root: Element): Element[] {
  // How many of the headings each element between them and the root holds, counted in one walk up from each.
  const held = new Map<Element, number>();
  for (const heading of headings) for (let up = heading.parent; up && isTag(up) && up !== root; up = up.parent) held.set(up, (held.get(up) ?? 0) + 1);
  return headings.map((heading) => {
    let item = heading;
    for (let up = heading.parent; up && isTag(up) && up !== root && held.get(up) === 1; up = up.parent) item = up;
    return item;
  });
}

/**
 * One block of three or more teasers made alike (a template's <article> or <li> per post), each short and under a
 * linked title, together most of the block's text.
 */
export function isTeaserListing(roots: Element[]): boolean {
  if (roots.length !== 1) return false;
  const [root] = roots as [Element];
  const sizes = new TextSizes(packedUnits);
  const headings = selectBelow([root], 'h1, h2, h3, h4').filter((h) => isLinkedTitle(h, sizes));
  if (headings.length < MIN_ITEMS) return false;
  const items = itemsOf(headings, root);
  if (items.some((item, i) => item === headings[i] || sizes.of(item) > MAX_ITEM_UNITS)) return false;
  // Made alike, as a template makes each teaser (of one element; their classes name each post's id and terms).
  const kinds = new Map<string, number>();
  for (const item of items) kinds.set(item.name, (kinds.get(item.name) ?? 0) + 1);
  const alike = Math.max(...kinds.values());
  if (alike < MIN_ITEMS || alike * 3 < items.length * 2) return false;
  return items.reduce((sum, item) => sum + sizes.of(item), 0) >= sizes.of(root) * ITEMS_SHARE;
}
