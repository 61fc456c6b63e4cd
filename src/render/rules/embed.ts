// Embedded players as links a reader can open: <iframe> players of the hosts in PLAYER_HOSTS,
// <video> and <audio> (with the poster as the link's image); social-post quotes keep their text
// and their link.
import { attr, classOf, plainText } from './dom.js';
import { PLAYER_HOSTS, SOCIAL_EMBED_CLASSES, type PlayerHost } from './embed-hosts.js';
import { imageMarkdown } from './image.js';
import { destination } from './link-target.js';
import { FORCE, TEXT_CLOSE, TEXT_OPEN } from './text-escape.js';
import type { Rule } from './types.js';

/** A URL part decoded, or as it is when it is not valid percent-encoding. */
function safeDecodeURIComponent(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function player(src: string): { host: PlayerHost; url: string } | undefined {
  let url: URL;
  try {
    url = new URL(src.startsWith('//') ? `https:${src}` : src);
  } catch {
    return undefined;
  }
  const rows = PLAYER_HOSTS.filter((row) => row.host.test(url.hostname));
  for (const row of rows) {
    const id = row.id?.exec(url.pathname + url.search);
    if (id && row.watch) return { host: row, url: row.watch.replace('$1', safeDecodeURIComponent(id[1]!)) };
  }
  return rows[0] && { host: rows[0], url: url.href };
}

const label = (text: string): string => TEXT_OPEN + text.replace(/[[\]]/g, `${FORCE}$&`) + TEXT_CLOSE;
const kindWord = { video: 'Video', audio: 'Audio' };

export const iframePlayer: Rule = {
  name: 'iframePlayer',
  filter: (node) => node.nodeName === 'IFRAME' && player(attr(node, 'src') || attr(node, 'data-src')) !== undefined,
  replacement(_content, node) {
    const found = player(attr(node, 'src') || attr(node, 'data-src'))!;
    const title = attr(node, 'title');
    const text = `${kindWord[found.host.kind]} (${found.host.name})${title && !(/player$/i.test(title) && title.split(/[\s_-]+/).length <= 3) ? `: ${title}` : ''}`;
    return `\n\n[${label(text)}](${destination(found.url)})\n\n`;
  },
};

function mediaSrc(node: Element): string {
  return attr(node, 'src') || attr(node, 'data-src') || (node.querySelector('source[src]')?.getAttribute('src') ?? '').trim();
}

export const mediaElement: Rule = {
  name: 'mediaElement',
  filter: (node) => (node.nodeName === 'VIDEO' || node.nodeName === 'AUDIO') && mediaSrc(node) !== '',
  replacement(_content, node) {
    const el = node as Element;
    const src = mediaSrc(el);
    const kind = node.nodeName === 'VIDEO' ? 'Video' : 'Audio';
    const name = attr(el, 'title') || attr(el, 'aria-label') || safeDecodeURIComponent(src.split(/[?#]/)[0]!.split('/').pop() ?? '') || kind;
    const text = `${kind}: ${name}`;
    const poster = attr(el, 'poster');
    const inner = poster && !poster.startsWith('data:') ? imageMarkdown(poster, text) : label(text);
    return `\n\n[${inner}](${destination(src)})\n\n`;
  },
};

export const socialEmbed: Rule = {
  name: 'socialEmbed',
  filter: (node) => node.nodeName === 'BLOCKQUOTE' && SOCIAL_EMBED_CLASSES.some((c) => classOf(node).split(/\s+/).includes(c)),
  replacement(content, node) {
    const el = node as Element;
    const permalink = attr(el, 'cite') || attr(el, 'data-instgrm-permalink') || (el.querySelector('a[href*="/status/"], a[href*="/p/"], a[href*="/video/"]')?.getAttribute('href') ?? '');
    const body = content.trim() || label(plainText(el));
    const linked = permalink && !el.querySelector(`a[href="${permalink.replace(/"/g, '\\"')}"]`) ? `${body}\n\n[${label(permalink)}](${destination(permalink)})` : body;
    return `\n\n${linked.replace(/^/gm, '> ').replace(/^> $/gm, '>')}\n\n`;
  },
};
