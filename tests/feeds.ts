// Feed documents for the mirror tests.
import { readFile } from 'node:fs/promises';
import { WOSHIPM_PAGE } from './helpers.js';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed's article HTML as the page holds it (original image URLs, alt=""). */
export async function seedArticleHtml(): Promise<string> {
  const page = await readFile(WOSHIPM_PAGE, 'utf8');
  const open = '<div class="article--content grap">';
  const start = page.indexOf(open) + open.length;
  const tail = '赞赏</button></div>';
  const end = page.indexOf('</div>', page.indexOf(tail, start) + tail.length);
  return page.slice(start, end);
}

export interface TestItem {
  title: string;
  link?: string;
  guid?: string;
  date?: string;
  html?: string;
  author?: string;
}

export function rss(items: TestItem[], title = 'Test Column'): string {
  const entries = items.map((i) => [
    '<item>',
    `<title>${escapeXml(i.title)}</title>`,
    i.link ? `<link>${escapeXml(i.link)}</link>` : '',
    i.guid ? `<guid isPermaLink="false">${escapeXml(i.guid)}</guid>` : '',
    i.date ? `<pubDate>${i.date}</pubDate>` : '',
    i.author ? `<dc:creator>${escapeXml(i.author)}</dc:creator>` : '',
    i.html !== undefined ? `<description>${escapeXml(i.html)}</description>` : '',
    '</item>',
  ].join(''));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${escapeXml(title)}</title><link>http://example.com/</link>\n${entries.join('\n')}\n</channel></rss>\n`;
}

export function atom(items: TestItem[], title = 'Test Column'): string {
  const entries = items.map((i) => [
    '<entry>',
    `<title>${escapeXml(i.title)}</title>`,
    `<id>${escapeXml(i.guid ?? i.link ?? '')}</id>`,
    i.link ? `<link rel="alternate" href="${escapeXml(i.link)}"/>` : '',
    i.date ? `<published>${i.date}</published>` : '',
    i.author ? `<author><name>${escapeXml(i.author)}</name></author>` : '',
    i.html !== undefined ? `<content type="html">${escapeXml(i.html)}</content>` : '',
    '</entry>',
  ].join(''));
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(title)}</title><id>urn:test</id><updated>2021-10-29T00:00:00Z</updated>\n${entries.join('\n')}\n</feed>\n`;
}

export function jsonFeed(items: TestItem[], title = 'Test Column'): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((i) => ({ id: i.guid ?? i.link, url: i.link, title: i.title, date_published: i.date, content_html: i.html, authors: i.author ? [{ name: i.author }] : undefined })),
  });
}
