// Property-based fuzzing of the whole pipeline (fast-check): generated HTML documents (real
// tags and attributes, the dangerous ones among them, obfuscated URLs, broken markup, odd bytes
// and encodings, huge text nodes, nesting thousands deep) go through convertSource in process,
// and a few dozen through the real CLI. For every one: no exception, done within 5 s, and a
// post that starts with "\n---\n", whose front-matter reads back (js-yaml) as an object with a
// string title, and whose body holds no active content (tests/active-content.ts, on the
// body as written and as Hexo's Markdown renderer would turn it into HTML).
//
// The seed is fixed so that a run is repeatable; FUZZ_SEED=<n> or FUZZ_SEED=random explores
// further, FUZZ_SCALE=<k> multiplies the number of cases. A failing case found once is kept
// under fixtures/fuzz/ (its input, and in cases.json how it was found and where the bug is)
// and replayed by the last tests.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import { findActiveContent } from './active-content.js';
import { DEFAULTS } from '../dist/config.js';
import { convertSource } from '../dist/convert.js';
import { ROOT, runCli } from './helpers.js';

const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20251126);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const SLOW_MS = 5_000;

// ---- what a post must be ----------------------------------------------------------------

const markdownIt = new MarkdownIt({ html: true });
markdownIt.validateLink = () => true; // as Hexo's marked does: every destination is written

type Body = 'html' | 'markdown';

function postProblems(post: string, body: Body): string[] {
  if (!post.startsWith('\n---\n')) return [`does not start with "\\n---\\n": ${JSON.stringify(post.slice(0, 40))}`];
  const end = post.indexOf('\n---\n', 4);
  if (end < 0) return ['front-matter not closed'];
  const problems: string[] = [];
  let data: unknown;
  try {
    data = yaml.load(post.slice(5, end));
  } catch (err) {
    return [`front-matter does not parse: ${(err as Error).message.split('\n')[0]}`];
  }
  if (!data || typeof data !== 'object' || typeof (data as { title?: unknown }).title !== 'string') problems.push(`front-matter without a string title: ${JSON.stringify(post.slice(0, end + 5))}`);
  const content = post.slice(end + 5);
  if (body === 'html') problems.push(...findActiveContent(content).map((p) => `html body: ${p}`));
  problems.push(...findActiveContent(markdownIt.render(content)).map((p) => `rendered body: ${p}`));
  return problems;
}

// ---- generated documents ----------------------------------------------------------------

const TAGS = [
  'p', 'div', 'span', 'a', 'img', 'b', 'em', 'strong', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'pre', 'code', 'h1', 'h2', 'h3',
  'blockquote', 'figure', 'figcaption', 'picture', 'source', 'video', 'audio', 'sup', 'sub', 'br', 'hr', 'section', 'article',
  'svg', 'path', 'g', 'use', 'image', 'animate', 'set', 'foreignObject', 'handler', 'desc',
  'math', 'mi', 'mtext', 'mglyph', 'maction', 'annotation-xml', 'semantics', 'annotation',
  'iframe', 'noscript', 'template', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'style', 'script',
  'form', 'input', 'button', 'select', 'option', 'object', 'embed', 'param', 'applet', 'meta', 'link', 'base',
  'frameset', 'frame', 'details', 'summary', 'marquee', 'isindex', 'x-widget', 'body', 'html', 'head',
];
const ATTRIBUTES = [
  'href', 'src', 'srcset', 'style', 'class', 'id', 'title', 'alt', 'onclick', 'onerror', 'ONLOAD', 'onmouseover', 'xlink:href',
  'action', 'formaction', 'poster', 'data', 'background', 'cite', 'values', 'to', 'from', 'by', 'attributeName', 'data-src',
  'data-original', 'data-srcset', 'srcdoc', 'type', 'encoding', 'http-equiv', 'content', 'rel', 'colspan', 'rowspan',
  '/onerror', '"onclick', 'xlink:onclick', 'lang', 'dir', 'open', 'autofocus', 'onfocus',
];
const SCHEMES = ['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'livescript:x'];
const SAFE_URLS = [
  'https://example.com/a', '/relative/path', '//cdn.example.com/x.png', '#top', 'mailto:a@example.com', 'https://www.youtube.com/embed/dQw4w9WgXcQ',
  '//player.vimeo.com/video/76979871', 'https://www.youtube.com.evil.example/embed/x', 'data:image/png;base64,iVBORw0KGgo=', 'x.png 1x, y.png 2x', '',
];
const TRICKY_VALUES = [
  '</noscript><img src=x onerror=alert(1)>', '</iframe><script>alert(1)</script>', '</textarea><svg onload=alert(1)>', '</title><img src onerror=alert(1)>',
  '</xmp><script>alert(1)</script>', '--><img src=x onerror=alert(1)>', 'expression(alert(1))', 'background:url(javascript:alert(1))', 'x:\\65 xpression(alert(1))',
  '-moz-binding:url(x.xml#x)', 'href', 'onload', 'x" onerror="alert(1)', "x' onclick='alert(1)", '{{ x }}', '{% raw %}', '&amp;&lt;&gt;&quot;&#39;', '&{alert(1)}',
];
const BROKEN = [
  '<', '</', '<!--', '-->', '--!>', '<!-->', '<![CDATA[', ']]>', '<?', '<!', '"', "'", '>', '</div', '<a href="', '<img src=x ', '</p></div></body>',
  '<svg>', '<math>', '</svg>', '<table>', '<td>', '&', '&#', '&#x', '&lt;script&gt;alert(1)&lt;/script&gt;', '<scr<script>ipt>alert(1)</script>',
  '[link](javascript:alert(1))', '<javascript:alert(1)>', '![i](javascript:alert(1))', '`code`', '***', '\\', '$x$', '{{', '#}', '\u0000', '\ufeff', '\ufdd0',
  '<<script></script>img src=x onerror=alert(1)>', '<<!---->img src=x onerror=alert(1)>',
];
const INSERTS = ['\t', '\n', '\r', '&#x09;', '&#10;', '&#13;', '&Tab;', '&NewLine;', ' ', '\u0001', '&#0;'];

/** A string made harder to recognise: case, entities (with and without ';'), controls inside. */
function obfuscate(text: string, ops: number[]): string {
  const chars = [...text];
  for (const op of ops) {
    const at = op % Math.max(chars.length, 1);
    const char = chars[at];
    if (char === undefined) continue;
    switch ((op >> 8) % 6) {
      case 0: chars[at] = char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase(); break;
      case 1: chars[at] = `&#${char.codePointAt(0)};`; break;
      case 2: chars[at] = `&#x${char.codePointAt(0)!.toString(16)}`; break;
      case 3: chars[at] = `&#00000${char.codePointAt(0)}`; break;
      case 4: chars[at] = INSERTS[(op >> 4) % INSERTS.length]! + char; break;
      default: chars[at] = char === ':' ? '&colon;' : char;
    }
  }
  return chars.join('');
}

const dangerousUrl = fc.tuple(fc.constantFrom(...SCHEMES), fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom('', ' ', '\t', '\u0000', '&#32;')).map(([url, ops, lead]) => lead + obfuscate(url, ops));
const attrValue = fc.oneof(
  { weight: 3, arbitrary: dangerousUrl },
  { weight: 2, arbitrary: fc.constantFrom(...SAFE_URLS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), attrValue, fc.constantFrom('"', "'", '', 'none'), fc.boolean()).map(([name, value, quote, upper]) => {
  const shown = upper ? name.toUpperCase() : name;
  return quote === 'none' ? ` ${shown}` : ` ${shown}=${quote}${quote === '' ? value.replace(/[\s>]/g, '') : value}${quote}`;
});
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.constantFrom('Plain prose of an article, long enough to count as a paragraph of text for the extractor.', '中文的段落，足够长，可以被当作文章正文来识别。这是第二句话。', '&lt;img src=x onerror=alert(1)&gt;', '&amp;lt;script&amp;gt;', '&#60;script&#62;alert(1)&#60;/script&#62;') },
  { weight: 1, arbitrary: fc.constantFrom(...BROKEN) },
  // Control characters, lone surrogates, any code point; NUL only now and then (a NUL in the first
  // KiB makes the page binary data to the reader, and it is refused).
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }).map((s) => s.replace(/\0/g, '\u0001')) },
);
// Long runs of no-break spaces are left out: a known quadratic case elsewhere (KNOWN_ELSEWHERE), kept in fixtures/fuzz.
const hugeText = fc.tuple(fc.constantFrom('a', '字 ', '&amp;', '<', 'x\n', '\u00a0x', '&nbsp;x', ' '), fc.integer({ min: 10_000, max: 200_000 })).map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)));
const comment = fc.string({ maxLength: 20 }).map((s) => `<!--${s}-->`);

const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element'), tie('element'), comment),
  element: fc
    .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 5 }), fc.constantFrom('close', 'close', 'close', 'open', 'self', 'upper'))
    .map(([tag, attrs, children, end]) => {
      const name = end === 'upper' ? tag.toUpperCase() : tag;
      if (end === 'self') return `<${name}${attrs.join('')}/>${children.join('')}`;
      return `<${name}${attrs.join('')}>${children.join('')}${end === 'open' ? '' : `</${name}>`}`;
    }),
}));

/** Nesting of one tag, up to a few thousand deep, around generated content, closed or not. */
const deep = fc
  .tuple(fc.constantFrom('div', 'span', 'b', 'a', 'svg', 'math', 'table', 'li', 'blockquote', 'noscript', 'p', 'ul'), fc.integer({ min: 50, max: 3_000 }), node, fc.boolean())
  .map(([tag, depth, inner, closed]) => `<${tag}>`.repeat(depth) + inner + (closed ? `</${tag}>`.repeat(depth) : ''));

const content = fc.oneof(
  { weight: 12, arbitrary: fc.array(node, { minLength: 1, maxLength: 6 }).map((nodes) => nodes.join('\n')) },
  { weight: 1, arbitrary: fc.tuple(node, hugeText, node).map((parts) => parts.join('')) },
);

type Encoding = 'utf8' | 'utf8-bom' | 'latin1' | 'utf16le' | 'bytes';
interface Case {
  html: string;
  encoding: Encoding;
  noise: [number, number][];
  selector: boolean;
  body: Body;
  more: number;
  proxy: boolean;
}

const page = (title: string, inner: string, wrapped: boolean) =>
  wrapped ? `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><div class="fz">\n${inner}\n</div></article></body></html>` : inner;

const documentCase = (body: fc.Arbitrary<string>): fc.Arbitrary<Case> =>
  fc.record({
    html: fc.tuple(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("It's: a #title - {{x}}", '---', '- item', '&amp; &lt;T&gt;', '')), body, fc.integer({ min: 0, max: 5 })).map(([title, inner, wrap]) => page(title, inner, wrap > 0)),
    encoding: fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8', 'utf8-bom', 'latin1', 'utf16le', 'bytes'),
    noise: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
    selector: fc.boolean(),
    body: fc.constantFrom<Body>('html', 'markdown'),
    more: fc.constantFrom(0, 0, 0, 1, 2),
    proxy: fc.boolean(),
  });

function bytesOf(c: Case): Uint8Array {
  let bytes: Buffer;
  if (c.encoding === 'utf8-bom') bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(c.html)]);
  else if (c.encoding === 'latin1') bytes = Buffer.from(c.html, 'latin1');
  else if (c.encoding === 'utf16le') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.html, 'utf16le')]);
  else bytes = Buffer.from(c.html);
  if (c.encoding === 'bytes' && bytes.length) {
    // Random bytes dropped in: invalid UTF-8, stray lead bytes, controls.
    const out = [...bytes];
    for (const [at, byte] of c.noise) out.splice(at % out.length, 0, byte);
    bytes = Buffer.from(out);
  }
  return bytes;
}

const optionsOf = (c: Pick<Case, 'selector' | 'body' | 'more' | 'proxy'>) => ({
  ...DEFAULTS,
  body: c.body,
  more: c.more,
  selector: c.selector ? '.fz' : undefined,
  imageProxy: c.proxy ? 'https://proxy.example/?' : undefined,
});

interface Outcome {
  problems: string[];
  post?: string;
  ms: number;
  ok: boolean;
  reason?: string;
}

async function convertCase(c: Case): Promise<Outcome> {
  const started = performance.now();
  let problems: string[] = [];
  let ok = false;
  let reason: string | undefined;
  let post: string | undefined;
  try {
    const result = await convertSource({ kind: 'stdin', bytes: bytesOf(c) }, optionsOf(c));
    ok = result.ok;
    if (result.ok) {
      post = result.value.content;
      problems = postProblems(post, c.body);
    }
    else reason = `${result.problem.stage} ${result.problem.code}`;
  } catch (err) {
    problems = [`threw: ${(err as Error).stack ?? String(err)}`];
  }
  const ms = performance.now() - started;
  if (ms > SLOW_MS) problems.push(`took ${Math.round(ms)} ms`);
  return { problems, post, ms, ok, reason };
}

// ---- the properties ------------------------------------------------------------------------

const stats = { cases: 0, written: 0, refused: new Map<string, number>(), slowest: 0, slowestCase: '', totalMs: 0 };
function count(outcome: Outcome, c: Case): void {
  stats.cases++;
  stats.totalMs += outcome.ms;
  if (outcome.ms > stats.slowest) {
    stats.slowest = outcome.ms;
    stats.slowestCase = `${c.body}${c.selector ? ' --selector' : ''}, ${c.html.length} chars: ${JSON.stringify(c.html.slice(120, 240))}`;
  }
  if (outcome.ok) stats.written++;
  else stats.refused.set(outcome.reason ?? '?', (stats.refused.get(outcome.reason ?? '?') ?? 0) + 1);
}

/**
 * Bugs the fuzzer found in code this test's authors do not own, reported and kept in
 * fixtures/fuzz/cases.json: counted (see the summary line) rather than failing every run.
 * Remove a line once its bug is fixed; the replay test says when (it.fails turns red).
 */
const KNOWN_ELSEWHERE: { id: string; signature: RegExp; when?: (c: Case, post: string) => boolean }[] = [
  // src/render/rules/text-escape.ts markText's /^(\s*)([\s\S]*?)(\s*)$/ and turndown's /[\t\r\n\s]+$/:
  // quadratic on a long run of no-break spaces (not collapsed like spaces) in a Markdown body.
  { id: 'markdown-nbsp-run-quadratic', signature: /^took \d+ ms$/, when: (c) => c.body === 'markdown' && /[\u00a0]{10000}/.test(c.html) },
];
const knownHits = new Map<string, number>();

function unknownProblems(problems: string[], c: Case, post: string): string[] {
  return problems.filter((problem) => {
    const known = KNOWN_ELSEWHERE.find(({ signature, when }) => signature.test(problem) && (!when || when(c, post)));
    if (known) knownHits.set(known.id, (knownHits.get(known.id) ?? 0) + 1);
    return !known;
  });
}

async function check(arbitrary: fc.Arbitrary<Case>, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (c) => {
      const outcome = await convertCase(c);
      count(outcome, c);
      const problems = unknownProblems(outcome.problems, c, outcome.post ?? '');
      if (problems.length) throw new Error(problems.join('\n'));
    }),
    // A time box for the run and its shrinking (a case with a huge text node shrinks slowly).
    { seed: SEED, numRuns: Math.round(numRuns * SCALE), interruptAfterTimeLimit: 40_000 * SCALE },
  );
}

describe(`fuzzing the pipeline in process (seed ${SEED})`, () => {
  afterAll(() => {
    const refused = [...stats.refused].map(([why, n]) => `${why}: ${n}`).join(', ');
    const known = [...knownHits].map(([id, n]) => `${id}: ${n}`).join(', ');
    console.log(`fuzz: ${stats.cases} cases, ${stats.written} posts, refused {${refused}}, known bugs elsewhere {${known}}, ${Math.round(stats.totalMs)} ms in all, slowest ${Math.round(stats.slowest)} ms (${stats.slowestCase})`);
  });

  it('turns generated documents into safe, well-formed posts', () => check(documentCase(content), 3_000), 120_000);

  it('survives nesting thousands deep', () => check(documentCase(deep), 150), 120_000);

  it('keeps the payloads of fixtures/xss safe at any depth and encoding', async () => {
    const payloads = (await readFile(join(ROOT, 'fixtures/xss/payloads.txt'), 'utf8')).split('\n').filter(Boolean);
    const around = fc.tuple(fc.constantFrom(...payloads), fc.array(node, { maxLength: 2 }), fc.array(fc.constantFrom('div', 'svg', 'math', 'table', 'noscript', 'p', 'a', 'template', 'iframe', 'textarea'), { maxLength: 4 }))
      .map(([payload, nodes, wrappers]) => wrappers.map((w) => `<${w}>`).join('') + nodes.join('') + payload + [...wrappers].reverse().map((w) => `</${w}>`).join(''));
    await check(documentCase(around), 1_000);
  }, 120_000);
});

describe('fuzzing through the CLI', () => {
  let dir: string | undefined;
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('writes safe posts from a few dozen generated pages, in a folder and on stdin', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdarchive-fuzz-'));
    const cases = fc.sample(documentCase(content), { seed: SEED, numRuns: 40 });
    await Promise.all(cases.map((c, i) => writeFile(join(dir!, `page-${i}.html`), bytesOf(c))));
    const failures: string[] = [];
    for (const body of ['html', 'markdown'] as const) {
      const out = join(dir, `out-${body}`);
      const result = await runCli(['archive', dir, '-o', out, '--body', body, '--json', '--quiet', '--include', '*.html']);
      if (result.code !== 0 && result.code !== 1) failures.push(`exit ${result.code}: ${result.stderr}`);
      if (/\n\s+at |TypeError|RangeError|Maximum call stack/.test(result.stderr)) failures.push(`crash: ${result.stderr}`);
      const report = JSON.parse(result.stdout) as { results: { source: string; output?: string; status: string }[] };
      expect(report.results.length).toBe(cases.length);
      for (const { source, output, status } of report.results) {
        if (status !== 'written') continue;
        for (const problem of postProblems(await readFile(output!, 'utf8'), body)) failures.push(`${source} (${body}): ${problem}`);
      }
    }
    for (const [i, c] of cases.slice(0, 12).entries()) {
      const args = ['archive', '-', '-o', '-', '--body', c.body, ...(c.selector ? ['--selector', '.fz'] : []), ...(c.more ? ['--more', String(c.more)] : [])];
      const result = await runCli(args, { input: Buffer.from(bytesOf(c)) });
      if (result.code !== 0 && result.code !== 1) failures.push(`stdin case ${i}: exit ${result.code}: ${result.stderr}`);
      if (result.code === 0) for (const problem of postProblems(result.stdout, c.body)) failures.push(`stdin case ${i}: ${problem}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

interface KeptCase {
  file: string;
  found: string;
  problem: string;
  where: string;
  /** fixed: must pass; open: a bug in code this test's authors do not own, expected to fail. */
  status: 'fixed' | 'open';
  /** A time limit of its own (a quadratic case is kept small enough to replay quickly). */
  maxMs?: number;
}

const KEPT: KeptCase[] = JSON.parse(await readFile(join(ROOT, 'fixtures/fuzz/cases.json'), 'utf8'));

/** Problems of one kept page, with both bodies, with and without the selector. */
async function replay(kept: KeptCase): Promise<string[]> {
  const bytes = await readFile(join(ROOT, 'fixtures/fuzz', kept.file));
  const failures: string[] = [];
  for (const body of ['html', 'markdown'] as const) {
    for (const selector of [true, false]) {
      const started = performance.now();
      let problems: string[];
      try {
        const result = await convertSource({ kind: 'stdin', bytes }, optionsOf({ selector, body, more: 0, proxy: false }));
        problems = result.ok ? postProblems(result.value.content, body) : [];
      } catch (err) {
        problems = [`threw: ${(err as Error).stack}`];
      }
      const ms = performance.now() - started;
      if (ms > (kept.maxMs ?? SLOW_MS)) problems.push(`took ${Math.round(ms)} ms`);
      failures.push(...problems.map((p) => `${body}${selector ? ', selector' : ''}: ${p}`));
    }
  }
  return failures;
}

describe('fuzz cases found before (fixtures/fuzz/cases.json)', () => {
  for (const kept of KEPT) {
    // An open bug elsewhere is expected to fail: once it is fixed this turns red, and its
    // status becomes "fixed" (and its line in KNOWN_ELSEWHERE goes).
    const test = kept.status === 'open' ? it.fails : it;
    test(`${kept.file} (${kept.status}, ${kept.where})`, async () => {
      expect(await replay(kept)).toEqual([]);
    }, 60_000);
  }
});
