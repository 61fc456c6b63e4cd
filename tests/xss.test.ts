// No post may hold active content: the XSS payloads of fixtures/xss/payloads.txt (one a line;
// {NUL} {NL} {CR} stand for those characters; 157 of them, from the OWASP XSS filter evasion cheat
// sheet, PortSwigger's and DOMPurify's lists: obfuscated tags and attributes, entity and case
// tricks, SVG and MathML vectors, mutation XSS, broken markup) are put inside article pages and archived by the
// real CLI, with --body html and markdown, a --selector around the payload and without one.
// Each post's body is rendered as Hexo would (marked, Hexo's default renderer, and
// markdown-it, with raw HTML on, links not vetted) and parsed as a browser would (parse5);
// findActiveContent must find nothing.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findActiveContent } from './active-content.js';
import { cleanFragment } from '../dist/clean/clean-content.js';
import { runCli, tempDir } from './helpers.js';
import { PAYLOADS, payloadPage } from './xss-payloads.js';


/** Markdown as Hexo's renderers read it: raw HTML passed through, every link destination taken. */
const markdownIt = new MarkdownIt({ html: true });
markdownIt.validateLink = () => true;


const name = (n: number) => `case-${String(n).padStart(3, '0')}`;

/** Problems of one post: its layout, its front-matter, active content in its body. */
function postProblems(post: string, body: 'html' | 'markdown'): string[] {
  if (!post.startsWith('\n---\n')) return ['does not start with "\\n---\\n"'];
  const end = post.indexOf('\n---\n', 4);
  if (end < 0) return ['front-matter not closed'];
  const problems: string[] = [];
  const data = yaml.load(post.slice(5, end)) as { title?: unknown; headimg?: unknown } | null;
  if (!data || typeof data !== 'object' || typeof data.title !== 'string') problems.push('front-matter without a string title');
  if (typeof data?.headimg === 'string' && /^\s*(?:javascript|vbscript|data:text\/html)/i.test(data.headimg)) problems.push(`headimg ${data.headimg}`);
  const content = post.slice(end + 5);
  if (body === 'html') problems.push(...findActiveContent(content).map((p) => `raw html: ${p}`));
  problems.push(...findActiveContent(markdownIt.render(content)).map((p) => `rendered: ${p}`));
  problems.push(...findActiveContent(marked.parse(content, { async: false })).map((p) => `rendered by marked: ${p}`));
  return problems;
}

describe('XSS payloads', () => {
  let pages: string;
  // Not tempDir(): that one is gone after each test, these pages serve them all.
  beforeAll(async () => {
    pages = await mkdtemp(join(tmpdir(), 'mdarchive-xss-'));
    await Promise.all(PAYLOADS.map((payload, i) => writeFile(join(pages, `${name(i + 1)}.html`), payloadPage(i + 1, payload))));
  });

  afterAll(() => rm(pages, { recursive: true, force: true }));

  it('holds enough payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(80);
  });

  it('is a corpus the check catches: most payloads are found active before cleaning', () => {
    const found = PAYLOADS.filter((payload) => findActiveContent(`<div>${payload}</div>`).length > 0);
    expect(found.length).toBeGreaterThanOrEqual(120);
  });

  const runs: { label: string; body: 'html' | 'markdown'; args: string[]; everyPage: boolean }[] = [
    { label: '--body html --selector', body: 'html', args: ['--body', 'html', '--selector', '.payload-box'], everyPage: true },
    { label: '--body markdown --selector', body: 'markdown', args: ['--body', 'markdown', '--selector', '.payload-box'], everyPage: true },
    { label: '--body html --selector --more 1', body: 'html', args: ['--body', 'html', '--selector', '.payload-box', '--more', '1'], everyPage: true },
    { label: '--body html, generic extractor', body: 'html', args: ['--body', 'html'], everyPage: false },
    { label: '--body markdown, generic extractor', body: 'markdown', args: ['--body', 'markdown'], everyPage: false },
  ];

  for (const run of runs) {
    it(`leaves no active content: ${run.label}`, async () => {
      const out = await tempDir();
      const result = await runCli(['archive', pages, '-o', out, '--quiet', '--json', '--force', ...run.args]);
      const report = JSON.parse(result.stdout) as { results: { source: string; output?: string; status: string; error?: string }[] };
      const failures: string[] = [];
      for (const { source, output, status, error } of report.results) {
        const n = Number(/case-(\d+)/.exec(source)![1]);
        if (status !== 'written') {
          // A raw NUL byte makes the page binary data to the reader: refused, which is safe too.
          const refusedBinary = PAYLOADS[n - 1]!.includes('\u0000') && /binary/.test(error ?? '');
          if (run.everyPage && !refusedBinary) failures.push(`${source}: ${status} ${error ?? ''}`);
          continue;
        }
        const post = await readFile(output!, 'utf8');
        for (const problem of postProblems(post, run.body)) failures.push(`payload ${n} ${JSON.stringify(PAYLOADS[n - 1])}: ${problem}`);
      }
      expect(report.results.length).toBe(PAYLOADS.length);
      expect(failures).toEqual([]);
    }, 120_000);
  }

  it('leaves no active content in a feed item (cleanFragment)', () => {
    const failures: string[] = [];
    PAYLOADS.forEach((payload, i) => {
      const { html } = cleanFragment(`<p>before</p>${payload}<p>after</p>`, { base: 'https://example.com/a/' });
      for (const problem of findActiveContent(html)) failures.push(`payload ${i + 1} ${JSON.stringify(payload)}: ${problem}`);
    });
    expect(failures).toEqual([]);
  });

  it('keeps what is harmless around what it removes', async () => {
    const out = await tempDir();
    const body = [
      '<p><a href="javascript:alert(1)" title="t">kept text</a> <a href="https://example.com/" onclick="x()">kept link</a></p>',
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="x()"></iframe>',
      '<p><img src="https://img.example/a.png" alt onerror="x()"><svg class="icon"><path d="M0 0"/></svg><button>b</button></p>',
      '<form action="javascript:x()"><p>inside a form</p></form><script>x()</script><style>p{}</style>',
    ].join('\n');
    await writeFile(join(out, 'page.html'), payloadPage(0, body));
    const result = await runCli(['archive', join(out, 'page.html'), '--body', 'html', '--selector', '.payload-box', '-o', '-']);
    expect(result.code).toBe(0);
    const post = result.stdout;
    expect(post).toContain('<a title="t">kept text</a> <a href="https://example.com/">kept link</a>');
    expect(post).toContain('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>');
    expect(post).toContain('<img src="https://img.example/a.png" alt referrerpolicy="no-referrer"><svg class="icon"><path d="M0 0"/></svg><button>b</button>');
    expect(post).toContain('<p>inside a form</p>');
    expect(post).not.toMatch(/<form|<script|<style|onclick|onload|onerror|javascript:/);
  });
});
