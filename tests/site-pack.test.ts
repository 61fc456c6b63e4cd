// The built-in site rules against one small page per site (fixtures/pages/site-*.html, written
// with each site's real markup and invented text): what a careful reader of the page would give
// as headline, author, date (Beijing time as shown), first and last sentence, images and code
// blocks, from fixtures/sites.json.
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

interface Expected {
  title: string;
  author: string;
  /** Beijing time as the page shows it: `YYYY-MM-DD HH:MM`, or `YYYY-MM-DD` where only a day is shown. */
  date: string;
  first: string;
  last: string;
  images: number;
  /** Each fenced code block's language in order; null where the page marks none. */
  code: (string | null)[];
}

const SITES = JSON.parse(readFileSync(join(ROOT, 'fixtures/sites.json'), 'utf8')) as Record<string, Expected>;

/** The front-matter `date:` a page's shown time gives: RFC 1123 in UTC (a day alone: its midnight UTC). */
function expectedDate(shown: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(shown);
  if (!m) throw new Error(`bad date in sites.json: ${shown}`);
  const [, y, mo, d, h, mi] = m;
  const ms = h === undefined
    ? Date.UTC(+y!, +mo! - 1, +d!)
    : Date.UTC(+y!, +mo! - 1, +d!, +h! - 8, +mi!);
  return new Date(ms).toUTCString();
}

/** Text for containment checks: no whitespace, no Markdown backslash escapes. */
const flat = (s: string) => s.replace(/\\(?=[\\`*_{}[\]()#+\-.!|<>~"'=:&$%^])/g, '').replace(/\s+/g, '');

/** Splits a post into its front-matter (js-yaml) and its Markdown body. */
function parsePost(text: string): { data: Record<string, unknown>; body: string } {
  expect(text.startsWith('\n---\n')).toBe(true);
  const end = text.indexOf('\n---\n', 1);
  expect(end).toBeGreaterThan(0);
  return { data: yaml.load(text.slice(5, end)) as Record<string, unknown>, body: text.slice(end + 5) };
}

/** The info string (language) of each fenced code block, in order; '' where none. */
function fenceLanguages(body: string): string[] {
  const langs: string[] = [];
  let open: string | undefined;
  for (const line of body.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (!fence) continue;
    if (open === undefined) {
      open = fence[1]!;
      langs.push(fence[2] ?? '');
    } else if (fence[1]![0] === open[0] && fence[1]!.length >= open.length && fence[2] === '') {
      open = undefined;
    }
  }
  return langs;
}

/** Markdown with the code blocks left out, so that `![` inside code is not taken for an image. */
const withoutCode = (body: string) => body.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1\s*$/gm, '');

describe('site pack: one page per built-in site', () => {
  describe.each(Object.entries(SITES))('%s', (name, want) => {
    const page = join(ROOT, 'fixtures/pages', `${name}.html`);
    let post: Promise<{ data: Record<string, unknown>; body: string }> | undefined;
    const load = () =>
      (post ??= runCli(['archive', page, '-o', '-']).then((r) => {
        expect(r.code, r.stderr).toBe(0);
        return parsePost(r.stdout);
      }));

    it('title', async () => {
      expect((await load()).data.title).toBe(want.title);
    });

    it('author', async () => {
      expect((await load()).data.author).toBe(want.author);
    });

    it('date', async () => {
      const { data } = await load();
      const date = data.date instanceof Date ? data.date.toUTCString() : String(data.date);
      // The page shows minutes; an exact epoch's seconds (WeChat ct, Sohu data-val) are not a mismatch.
      const shown = want.date.length > 10 ? date.replace(/:\d{2} GMT$/, ':00 GMT') : date;
      expect(shown).toBe(expectedDate(want.date));
    });

    it('first and last sentence', async () => {
      const body = flat((await load()).body);
      expect(body).toContain(flat(want.first));
      expect(body).toContain(flat(want.last));
    });

    it('images', async () => {
      const { body } = await load();
      expect(withoutCode(body).split('![').length - 1).toBe(want.images);
    });

    it('code blocks', async () => {
      const { body } = await load();
      expect(fenceLanguages(body)).toEqual(want.code.map((lang) => lang ?? ''));
    });
  });
});
