// RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 to a Feed, through fast-xml-parser and our own mapping.
import { decodeXML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Feed, FeedItem } from './feed.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  // Atom content is kept raw: type="xhtml" holds markup that must not become objects.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (name) => ['item', 'entry', 'link', 'category', 'media:thumbnail', 'media:content', 'enclosure', 'author'].includes(name),
});

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The text of an element: a string, or an object with #text (attributes beside it). */
function text(v: unknown): string | undefined {
  const value = list(v)[0];
  const raw = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as Node)['#text'] : undefined;
  return typeof raw === 'string' && raw.trim() ? raw : undefined;
}

const attr = (v: unknown, name: string): string | undefined => {
  const value = v && typeof v === 'object' ? (v as Node)[`@${name}`] : undefined;
  return typeof value === 'string' && value ? value : undefined;
};

/** Atom text constructs were kept raw: unwrap CDATA and entities unless the markup is XHTML. */
function atomText(v: unknown): string | undefined {
  const raw = text(v);
  if (!raw) return undefined;
  if (attr(list(v)[0], 'type') === 'xhtml') return raw.trim().replace(/^<div[^>]*>|<\/div>$/g, '');
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g, (_, cdata: string | undefined, plain: string | undefined) => cdata ?? decodeXML(plain ?? ''));
}

function mediaImage(item: Node): string | undefined {
  const enclosure = list(item.enclosure).find((e) => attr(e, 'type')?.startsWith('image/'));
  const thumbnail = list(item['media:thumbnail'])[0];
  const media = list(item['media:content']).find((m) => attr(m, 'medium') === 'image' || attr(m, 'type')?.startsWith('image/'));
  return attr(enclosure, 'url') ?? attr(thumbnail, 'url') ?? attr(media, 'url');
}

function rssItem(item: Node): Omit<FeedItem, 'key'> & { id?: string } {
  return {
    id: text(item.guid) ?? attr(item, 'rdf:about'),
    link: text(item.link)?.trim(),
    title: text(item.title),
    date: text(item.pubDate) ?? text(item['dc:date']) ?? text(item['atom:updated']),
    author: text(item['dc:creator']) ?? text(item.author),
    image: mediaImage(item),
    html: text(item['content:encoded']) ?? text(item.description),
  };
}

function atomLink(entry: Node): string | undefined {
  const links = list(entry.link);
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attr(alternate, 'href');
}

function atomEntry(entry: Node): Omit<FeedItem, 'key'> & { id?: string } {
  const author = list(entry.author)[0] as Node | undefined;
  return {
    id: text(entry.id),
    link: atomLink(entry),
    title: text(entry.title),
    date: text(entry.published) ?? text(entry.updated),
    author: author ? text(author.name) : undefined,
    image: mediaImage(entry),
    html: atomText(entry.content) ?? atomText(entry.summary),
  };
}

function toFeed(title: string | undefined, link: string | undefined, raw: (Omit<FeedItem, 'key'> & { id?: string })[]): Feed {
  const feed: Feed = { title: title?.trim(), link, items: [], problems: [] };
  raw.forEach((item, i) => {
    const key = item.id?.trim() || item.link;
    if (!key) feed.problems.push(`item ${i + 1}${item.title ? ` ('${item.title.trim()}')` : ''} has no link and no id`);
    else feed.items.push({ ...item, key, title: item.title?.trim() });
  });
  return feed;
}

/** Parses an XML feed; a string error when it is not well-formed or not a feed. */
export function parseXmlFeed(xml: string): Feed | string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return `malformed XML: ${valid.err.msg} (line ${valid.err.line})`;
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss?.channel) {
    const channel = list(rss.channel)[0] as Node;
    return toFeed(text(channel.title), text(channel.link), list(channel.item).map((i) => rssItem(i as Node)));
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const channel = list(rdf.channel)[0] as Node | undefined;
    return toFeed(channel && text(channel.title), channel && text(channel.link), list(rdf.item).map((i) => rssItem(i as Node)));
  }
  const atom = doc.feed as Node | undefined;
  if (atom) return toFeed(text(atom.title), atomLink(atom), list(atom.entry).map((e) => atomEntry(e as Node)));
  return 'not a feed: no <rss>, <rdf:RDF> or <feed> element';
}
