// --download-images: every image of a post (body and cover) fetched through the same client,
// sent with the article as Referer (hotlink-protected hosts refuse without it; a site rule
// may say a host refuses any Referer, as WeChat's image host does), stored once
// under a content-hash name, and the post's links pointed at the local copy. An image that
// cannot be fetched keeps its remote URL and is reported; the post is written all the same.
import { createHash } from 'node:crypto';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { proxyUrl } from '../clean/images.js';
import { decodeAttribute } from '../decode/entities.js';
import { fetchBytes, type FetchOptions, type RequestKind } from '../fetch/fetch-page.js';
import { mapInOrder } from '../ordered-map.js';
import { imageReferer } from '../site-rules/find.js';
import type { SiteRule } from '../site-rules/rule.js';
import type { Post } from '../types.js';
import { exists, writeAtomic } from './write-post.js';
import { escapeRegExp } from '../escape-regexp.js';

export interface ImageOptions extends FetchOptions {
  /** The images folder, relative to the post's; `{post}` is the post's name (Hexo's asset folder). */
  downloadImages: string;
  imageProxy?: string;
  /** Site rules: the Referer each image host demands or refuses. */
  sites?: Record<string, SiteRule>;
}

const IMAGE_REQUEST: RequestKind = { what: 'an image', accept: 'image/avif,image/webp,image/*;q=0.9', types: /^image\// };
const IMAGES_AT_ONCE = 4;

/** The file type the bytes say they are, else the one the server said. */
function extensionOf(bytes: Uint8Array, contentType: string | undefined): string {
  const head = Buffer.from(bytes.subarray(0, 32));
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return '.png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return '.jpg';
  if (head.subarray(0, 4).toString('latin1') === 'GIF8') return '.gif';
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return '.webp';
  if (head.subarray(4, 12).toString('latin1').startsWith('ftypavi')) return '.avif';
  if (head.subarray(0, 2).toString('latin1') === 'BM') return '.bmp';
  if (/<svg[\s>]/i.test(Buffer.from(bytes.subarray(0, 1024)).toString('utf8'))) return '.svg';
  const subtype = /^image\/([\w.+-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  return subtype ? `.${subtype.replace('jpeg', 'jpg').replace('svg+xml', 'svg').replace(/[^a-z0-9]/g, '')}` : '.img';
}

/** Where the post's images go: `images/` beside it, or its own asset folder. */
function imageFolder(postPath: string, template: string): string {
  const stem = basename(postPath, extname(postPath));
  return join(dirname(postPath), template.replaceAll('{post}', stem));
}

async function download(url: string, referer: string | undefined, folder: string, options: ImageOptions): Promise<{ file: string } | { error: string }> {
  const headers = referer ? { ...options.headers, referer } : options.headers;
  const fetched = await fetchBytes(decodeAttribute(url), { ...options, headers }, IMAGE_REQUEST);
  if (!fetched.ok) return { error: fetched.problem.reason };
  const { bytes, contentType } = fetched.value;
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${extensionOf(bytes, contentType)}`;
  const file = join(folder, name);
  if (!(await exists(file))) await writeAtomic(file, bytes);
  return { file };
}

/** The post with its images stored beside it, and what could not be fetched. */
export async function localizeImages(post: Post, postPath: string, options: ImageOptions): Promise<{ content: string; problems: string[] }> {
  const urls = [...new Set([post.article.image, ...(post.article.images ?? [])].filter((u): u is string => !!u))];
  const folder = imageFolder(postPath, options.downloadImages);
  const problems: string[] = [];
  let content = post.content;
  const results = mapInOrder(urls, IMAGES_AT_ONCE, async (url) => ({ url, result: await download(url, imageReferer(url, post.article.url, options.sites ?? {}), folder, options) }));
  const links = new Map<string, string>();
  for await (const { url, result } of results) {
    if ('error' in result) {
      problems.push(`image ${url}: ${result.error} (kept remote)`);
      continue;
    }
    // Hexo resolves a post's asset-folder images by their bare name.
    const from = options.downloadImages.includes('{post}') ? folder : dirname(postPath);
    const link = relative(from, result.file).split(sep).join('/');
    // The URL as the post writes it: proxied, and in Markdown with its entities decoded.
    for (const written of [proxyUrl(url, options.imageProxy), proxyUrl(decodeAttribute(url), options.imageProxy)]) links.set(written, link);
  }
  // Whole URLs only (up to the quote, parenthesis or space that ends them): "1.png" never takes the start of "1.png?again=1".
  for (const [written, link] of links) content = content.replace(new RegExp(`${escapeRegExp(written)}(?=[)"'\\s>]|$)`, 'g'), () => link);
  return { content, problems };
}

/** What goes into the post's file: its content, with local images when asked for. */
export async function finalContent(post: Post, postPath: string, options: Omit<ImageOptions, 'downloadImages'> & { downloadImages?: string }): Promise<{ content: string; problems: string[] }> {
  if (!options.downloadImages) return { content: post.content, problems: [] };
  return localizeImages(post, postPath, { ...options, downloadImages: options.downloadImages });
}
