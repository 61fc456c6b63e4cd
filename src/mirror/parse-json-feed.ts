// JSON Feed 1.0/1.1 to a Feed.
import type { Feed } from './feed.js';

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

export function parseJsonFeed(json: string): Feed | string {
  let doc: Json;
  try {
    doc = JSON.parse(json) as Json;
  } catch (err) {
    return `malformed JSON: ${(err as Error).message}`;
  }
  if (!str(doc.version)?.startsWith('https://jsonfeed.org/version/') || !Array.isArray(doc.items)) return 'not a JSON Feed';
  const feed: Feed = { title: str(doc.title), link: str(doc.home_page_url), items: [], problems: [] };
  (doc.items as Json[]).forEach((item, i) => {
    const key = str(item.id) ?? str(item.url);
    const authors = [item.authors, item.author].flat().map((a) => str((a as Json | undefined)?.name)).filter(Boolean);
    if (!key) {
      feed.problems.push(`item ${i + 1} has no url and no id`);
      return;
    }
    feed.items.push({
      key,
      link: str(item.url) ?? str(item.external_url),
      title: str(item.title),
      date: str(item.date_published) ?? str(item.date_modified),
      author: authors[0],
      image: str(item.image) ?? str(item.banner_image),
      html: str(item.content_html) ?? str(item.summary) ?? (str(item.content_text) && `<p>${str(item.content_text)}</p>`),
    });
  });
  return feed;
}
