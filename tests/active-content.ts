// Finds active content in HTML as a browser would read it: the check the XSS and fuzz tests
// hold posts to, kept apart from the sanitizer (sanitize.ts) on purpose. It parses with parse5
// (cheerio's default, the HTML standard's parser, scripting on) where the sanitizer works on
// htmlparser2's tree, and it decides from decoded values, so a markup trick one of them reads
// differently from the other shows up as a finding. <noscript> content, which parse5 keeps as
// text, is parsed again as a browser without scripts would.
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { PLAYER_HOSTS } from '../src/render/rules/embed-hosts.js';

const FORBIDDEN = new Set([
  'script', 'style', 'form', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'frame', 'frameset',
  'foreignobject', 'handler', 'listener', 'portal', 'fencedframe',
]);
const URL_ATTRIBUTES = new Set([
  'href', 'xlink:href', 'src', 'srcset', 'imagesrcset', 'action', 'formaction', 'poster', 'data', 'background', 'cite',
  'longdesc', 'lowsrc', 'dynsrc', 'codebase', 'ping', 'values', 'to', 'from', 'by',
  'data-src', 'data-original', 'data-actualsrc', 'data-lazy-src', 'data-srcset', 'data-url',
]);
const BAD_URL = /^(?:javascript|vbscript|livescript):|^data:text\/html/;
const BAD_CSS = /expression\(|javascript:|vbscript:|-moz-binding|behaviou?r:/;

const squeeze = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();

function badUrl(name: string, value: string): boolean {
  const parts = name.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : name === 'values' ? value.split(';') : [];
  return [value, ...parts].some((part) => BAD_URL.test(squeeze(part)));
}

function badCss(value: string): boolean {
  const css = value.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '').replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16) || 0xfffd, 0x10ffff))).replace(/\\(.)/g, '$1');
  return BAD_CSS.test(squeeze(css));
}

/** An http(s) address of a player of embed-hosts.ts. */
export function isPlayerAddress(value: string): boolean {
  try {
    const url = new URL(value.trim().startsWith('//') ? `https:${value.trim()}` : value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && PLAYER_HOSTS.some((row) => row.host.test(url.hostname));
  } catch {
    return false;
  }
}

function checkElement(el: Element, found: string[]): void {
  const name = el.name.toLowerCase();
  const tag = `<${name}>`;
  if (FORBIDDEN.has(name)) found.push(`${tag} element`);
  if (name === 'iframe') {
    const src = el.attribs.src ?? el.attribs['data-src'];
    if (src === undefined || !isPlayerAddress(src)) found.push(`${tag} not a player: ${src}`);
    if ('srcdoc' in el.attribs) found.push(`${tag} srcdoc`);
  }
  for (const [attr, value] of Object.entries(el.attribs)) {
    const lower = attr.toLowerCase();
    const local = lower.slice(lower.lastIndexOf(':') + 1);
    if (/^on/.test(lower) || /^on/.test(local)) found.push(`${tag} handler ${attr}`);
    else if ((URL_ATTRIBUTES.has(lower) || URL_ATTRIBUTES.has(local)) && badUrl(local, value)) found.push(`${tag} ${attr}=${JSON.stringify(value.slice(0, 80))}`);
    else if (lower === 'style' && badCss(value)) found.push(`${tag} style=${JSON.stringify(value.slice(0, 80))}`);
  }
}

function walk(nodes: AnyNode[], found: string[], depth: number): void {
  const stack = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      checkElement(el, found);
      // Scripts off, an HTML <noscript>'s text is markup (one inside <svg>/<math> is not HTML's);
      // parsed so, its content is elements already.
      if (el.name === 'noscript' && (el as Element & { namespace?: string }).namespace === 'http://www.w3.org/1999/xhtml' && depth === 0) {
        const text = el.children.map((child) => ('data' in child ? String(child.data) : '')).join('');
        if (/</.test(text)) walk(load(text, { scriptingEnabled: false }, false).root().toArray(), found, depth + 1);
      }
    }
    if ('children' in node) stack.push(...(node.children as AnyNode[]));
  }
}

/** What in the HTML would run script or load a document (empty when nothing). */
export function findActiveContent(html: string): string[] {
  const found: string[] = [];
  walk(load(html).root().toArray(), found, 0);
  return found;
}
