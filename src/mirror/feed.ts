// A column's items, whatever format they came in (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed).

/** Where an item's body comes from: the feed, its page, or the feed when it is the whole article. */
export const FULL_TEXT_MODES = ['auto', 'feed', 'page'] as const;
export type FullTextMode = (typeof FULL_TEXT_MODES)[number];

export interface FeedItem {
  /** guid / id, else the link: what makes an item the same item on every run. */
  key: string;
  link?: string;
  title?: string;
  date?: string;
  author?: string;
  image?: string;
  /** The item's HTML: full content where the feed has it, else its summary. */
  html?: string;
}

export interface Feed {
  title?: string;
  link?: string;
  items: FeedItem[];
  /** Items left out, each with the reason (no link and no id, say). */
  problems: string[];
}
