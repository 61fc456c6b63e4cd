// The Markdown renders back to the page's code, formulas and tables: each generator family's
// fixture page (fixtures/pages/) through the real CLI, its Markdown rendered by markdown-it and
// by marked (Hexo's default renderer), each with a dollar-math extension as Hexo's math plugins
// read `$…$` and `$$…$$`, and the rendered code blocks, TeX and table cells compared with what
// the page holds.
import { load } from 'cheerio';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

/** Inline math as Hexo's math plugins read it: no space just inside the dollars. */
const INLINE_MATH = /^\$(?![\s$])((?:\\.|[^$\\\n])+?)(?<![\s\\])\$/;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function markdownIt(): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  md.inline.ruler.before('escape', 'math_inline', (state, silent) => {
    const m = state.src[state.pos] === '$' ? INLINE_MATH.exec(state.src.slice(state.pos)) : null;
    if (!m) return false;
    if (!silent) state.push('math_inline', 'span', 0).content = m[1]!;
    state.pos += m[0].length;
    return true;
  });
  md.block.ruler.before('fence', 'math_block', (state, startLine, endLine, silent) => {
    const line = (n: number) => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]);
    if (line(startLine) !== '$$') return false;
    let end = startLine + 1;
    while (end < endLine && line(end) !== '$$') end++;
    if (end >= endLine) return false;
    if (!silent) {
      const lines = [];
      for (let n = startLine + 1; n < end; n++) lines.push(line(n));
      state.push('math_block', 'div', 0).content = lines.join('\n');
    }
    state.line = end + 1;
    return true;
  });
  md.renderer.rules.math_inline = (tokens, i) => `<span class="math">${escapeHtml(tokens[i]!.content)}</span>`;
  md.renderer.rules.math_block = (tokens, i) => `<div class="math">${escapeHtml(tokens[i]!.content)}</div>\n`;
  return md;
}

function marked(): Marked {
  return new Marked({
    extensions: [
      {
        name: 'mathBlock',
        level: 'block',
        start: (src: string) => src.match(/^\$\$$/m)?.index,
        tokenizer: (src: string) => {
          const m = /^\$\$\n([\s\S]+?)\n\$\$(?:\n|$)/.exec(src);
          return m ? { type: 'mathBlock', raw: m[0], text: m[1]! } : undefined;
        },
        renderer: (token) => `<div class="math">${escapeHtml(token.text as string)}</div>\n`,
      },
      {
        name: 'mathInline',
        level: 'inline',
        start: (src: string) => src.indexOf('$'),
        tokenizer: (src: string) => {
          const m = INLINE_MATH.exec(src);
          return m ? { type: 'mathInline', raw: m[0], text: m[1]! } : undefined;
        },
        renderer: (token) => `<span class="math">${escapeHtml(token.text as string)}</span>`,
      },
    ],
  });
}

const RENDERERS: Record<string, (markdown: string) => string> = {
  'markdown-it': (markdown) => markdownIt().render(markdown),
  marked: (markdown) => marked().parse(markdown, { async: false }) as string,
};

interface Rendered {
  code: [language: string, text: string][];
  tex: string[];
  tables: string[][];
}

const cellText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a reader gets back from the rendered HTML. */
function readBack(html: string): Rendered {
  const $ = load(html);
  return {
    code: $('pre > code').toArray().map((code) => [/language-(\S+)/.exec($(code).attr('class') ?? '')?.[1] ?? '', $(code).text().replace(/\n$/, '')]),
    tex: $('.math').toArray().map((el) => $(el).text()),
    tables: $('table').toArray().map((table) => $(table).find('th, td').toArray().map((cell) => cellText($(cell).text()))),
  };
}

/** The cells of the page's data tables (a one-row table is layout, a table of code lines is code), as the page shows them. */
async function pageTables(page: string): Promise<string[][]> {
  const $ = load(await readFile(join(ROOT, 'fixtures/pages', page), 'utf8'));
  return $('article table').toArray()
    .filter((table) => $(table).find('tr').length > 1 && !$(table).find('td.blob-code, td.lines-code, .d2h-code-line').length && !$(table).closest('pre').length)
    .map((table) => $(table).find('th, td').toArray().map((cell) => cellText($(cell).text())));
}

async function markdownOf(page: string): Promise<string> {
  const result = await runCli(['archive', join(ROOT, 'fixtures/pages', page), '-o', '-']);
  expect(result.stderr).toBe('');
  return result.stdout.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Per page: the code blocks and TeX it holds, and how many data tables. */
const FAMILIES: Record<string, Omit<Rendered, 'tables'> & { tables: number }> = {
  'code-line-tables.html': {
    code: [
      ['go', 'func main() {\n\tfmt.Println("a < b")\n}'],
      ['python', 'def area(r):\n    return 3.14159 * r ** 2'],
      ['ruby', 'def greet(name)\n  puts "Hello, #{name}"\nend'],
      ['python', 'for i in range(3):\n    if i < 2:\n        print(i)'],
      ['', 'x=1\necho "$x"'],
      ['', 'while (b != 0) {\n    b = a % b;\n}'],
    ],
    tex: [],
    tables: 0,
  },
  // A GitHub gist embed (a table of lines in boxes named for code navigation), Juejin's copy label inside the <code>,
  // cnblogs' line numbers written into the code in spans of their own (dropped), a highlighter's number tokens (kept),
  // CSDN's line numbers listed after the <pre> and its save link (dropped), WeChat's snippet class that names no language,
  // SyntaxHighlighter 3's toolbar (dropped), GitBook's lines as block spans with no line end between them, pkg.go.dev's
  // declaration (a <pre> whose links are cross-references to names).
  'code-blog-platforms.html': {
    code: [
      ['python', 'import tides\nprint(tides.level())'],
      ['javascript', 'const level = 3;\nwarn(level);'],
      ['', 'def level():\n    return 3'],
      ['', '1 north\n2 south'],
      ['scala', 'val level = 3\nprintln(level)'],
      ['', 'north 3.2\nsouth 2.9'],
      ['bash', 'gauge --read east'],
      ['', 'from tides import level\n\nprint(level())'],
      ['', 'func Level(s string) int'],
    ],
    tex: [],
    tables: 0,
  },
  // Prism (line-numbers, line-highlight, toolbar), Docusaurus, Shiki (Astro), Expressive Code, MkDocs Material
  // (table of lines, line anchors), Sphinx, GitHub, GitLab, Quarto, Jupyter, Enlighter, Crayon, Medium, VitePress, VuePress,
  // SyntaxHighlighter 3 without its gutter (Confluence), Quarto's annotation markers and Expressive Code's folded section (dropped).
  'code-highlighters.html': {
    code: [
      ['javascript', 'const a = 1;\nconsole.log(a < 2);'],
      ['python', 'def hello():\n\n    return "hi"'],
      ['rust', 'fn main() {\n    println!("{}", 1 < 2);\n}'],
      ['ts', 'function greet(name: string) {\n  return `hi ${name}`;\n}'],
      ['python', 'def square(x):\n    return x * x'],
      ['yaml', 'site_name: Notes\ntheme: material'],
      ['python', 'import os\nprint(os.getcwd())'],
      ['shell', 'npm install --save-dev vitest\nnpx vitest run'],
      ['ruby', 'puts "hello"\nexit 0'],
      ['r', 'x <- c(1, 2)\nmean(x)'],
      ['python', 'total = sum(range(10))\ntotal'],
      ['php', '<?php\necho "a < b";'],
      ['python', 'def f():\n    return 1'],
      ['go', 'package main\n\nimport "fmt"'],
      ['ts', 'const a = 1\nconsole.log(a)'],
      ['bash', 'npm install\nnpm run docs:dev'],
      ['java', 'int level = 3;\n// metres'],
      ['python', 'import tides\nlevel = tides.read("north")'],
      ['js', "import fs from 'node:fs'\nimport path from 'node:path'\nread('tides.csv')"],
    ],
    tex: [],
    tables: 0,
  },
  // GeSHi (a list item per line, or a bare class, or no class of its own: Pastebin's), CodeMirror 5 and 6, Ace's static highlighter, rustdoc, Forem's panel
  // dropped, file names as the fence's title (rehype-pretty-code, MkDocs Material, Quarto); forges' diffs a line to an
  // element (cgit, gitweb: its header lines' links kept as text, diff2html); Feishu's div a line with the language in its
  // header bar, Lake's card naming the language in its class, PEAR Text_Highlighter's preformatted div (Runoob); GitLab's div.line, angular.dev's numbered Shiki lines, shiki-twoslash's messages, Writerside's plain-text output.
  'code-editors.html': {
    code: [
      ['php', '<?php\necho "a < b";'],
      ['python', 'def tide(h):\n    return h * 2'],
      ['', 'let tide = 2;\ntide += 1;'],
      ['javascript', 'const level = 3;\n\nconsole.log(level < 4);'],
      ['', 'SELECT level FROM tides;\nDELETE FROM tides;'],
      ['rust', 'let levels = vec![1, 2];\nprintln!("{levels:?}");'],
      ['javascript', 'const w = 4;'],
      ['js', 'export default 1;'],
      ['yaml', 'site_name: Tides'],
      ['python', 'print(1)'],
      ['', 'high = read_gauge()\nif high > 3:\n    warn(high)'],
      ['java', 'int high = readGauge();\nif (high > 3) warn(high);'],
      ['diff', 'diff --git a/gauge.c b/gauge.c\nindex 3b18e51..a042389 100644\n--- a/gauge.c\n+++ b/gauge.c\n@@ -1,3 +1,3 @@ int level(void)\n {\n-    return 2;\n+    return 3;'],
      ['diff', 'diff --git a/gauge.c b/gauge.c\n@@ -1,3 +1,3 @@\n {\n-    return 2;\n+    return 3;'],
      ['diff', '@@ -1,2 +1,2 @@\n-level = 2\n+level = 3'],
      ['python', 'def level(h):\n    return h * 0.3048'],
      ['python', 'def ebb(h):\n\n    return h - 1'],
      ['java', 'int ebb = 1;'],
      ['', '#!/usr/bin/python3\n\nebb = 1    # 整型变量\nprint (ebb)'],
      ['', 'const tide = 2;\nif (tide > 1) {\n  warn(tide);\n}'],
      ['', '#!/usr/bin/env bash\nset -euo pipefail\n\nrsync -a dist/ tide@host:/srv/tide/'],
      ['', "import {Component} from '@angular/core';\n\n@Component({selector: 'app-tide'})\nexport class Tide {}"],
      ['ts', 'padLeft(input, padding);\n}'],
      ['nginx', 'server {\n    listen 443 ssl;\n}'],
      ['', 'High water\nLow water'],
    ],
    tex: [],
    tables: 0,
  },
  // Tabs of code (VitePress' code group, Docusaurus' tabs, its hidden panel kept): each tab's name the block's title.
  'code-tabs.html': {
    code: [
      ['sh', 'npm add -D vitepress'],
      ['sh', 'pnpm add -D vitepress'],
      ['bash', 'npm install'],
      ['bash', 'yarn install'],
    ],
    tex: [],
    tables: 0,
  },
  // A GitHub gist's table of lines (its language in data-tagsearch-lang, its indentation kept), Confluence's brush in
  // data-syntaxhighlighter-params, Stack Overflow's lang- class.
  'code-embeds.html': {
    code: [
      ['python', 'def level(h):\n    return h < 3'],
      ['java', 'int level = 3;\nlevel++;'],
      ['javascript', 'const levels = [1, 2];\nlevels.map((n) => n * 2);'],
    ],
    tex: [],
    tables: 0,
  },
  // GitHub's rendered Markdown (math-renderer, pre[lang], markdown-accessiblity-table, languages from grammar scopes:
  // highlight-text-html-basic, -text-html-php, -source-js-jsx), Gatsby's prismjs, SyntaxHighlighter's table.
  'github-readme.html': {
    code: [
      ['toml', '[gauge]\nport = "harbour"'],
      ['bash', 'tide --port harbour'],
      ['java', 'int h = 3;\n    print(h);'],
      ['html', '<p class="tide">3.2 m</p>'],
      ['php', '<?php echo $level;'],
      ['jsx', 'const gauge = <Gauge port="harbour" />;'],
    ],
    tex: ['h(t) = A\\cos(\\omega t)', 'H = \\sum_i A_i \\cos(\\omega_i t + \\phi_i)'],
    tables: 1,
  },
  'math-mathjax.html': {
    code: [],
    tex: [
      'F = - k x',
      'T = 2 \\pi \\sqrt{\\frac{m}{k}}',
      'E = \\frac{1}{2} k A^{2}',
      '\\omega = \\sqrt{k / m}',
      'x(t) = A\\cos(\\omega t + \\varphi)',
      'E = \\frac{1}{2} m \\dot{x}^2 + \\frac{1}{2} k x^2',
      'A',
      'A(t) = A_0 e^{-\\gamma t}',
    ],
    tables: 0,
  },
  'math-katex-mathml.html': {
    code: [],
    tex: [
      '\\mathbb{E}[X] = \\sum_x x\\,p(x)',
      '\\operatorname{Var}(X) = \\mathbb{E}\\left[(X - \\mu)^2\\right]',
      'P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}',
      '\\sigma = \\sqrt{\\operatorname{Var} \\left(X\\right)}',
      'p_k = \\binom{n}{k} p^k (1-p)^{n-k}',
      'f(x)={\\frac {1}{\\sigma {\\sqrt {2\\pi }}}}e^{-{\\frac {1}{2}}\\left({\\frac {x-\\mu }{\\sigma }}\\right)^{2}}',
      '\\binom{n}{k}=\\frac{n!}{k!(n-k)!}',
      '\\bar{X}_n \\to \\mu',
      'n \\to \\infty',
      'P(|X - \\mu| \\geq k\\sigma) \\leq \\frac{1}{k^2}',
      'p < 0.05',
      '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}',
    ],
    tables: 0,
  },
  // KaTeX beside remark-gfm's footnotes (Docusaurus, Gatsby, Astro with remark-math): the formula and the note both kept.
  'math-with-footnotes.html': {
    code: [],
    tex: ['x^2'],
    tables: 0,
  },
  // Pandoc/Quarto spans, LaTeXML (alttext, equation tables), Zhihu, CSDN's KaTeX, MathJax 3 (assistive MathML, SVG),
  // MathJax 2 (data-mathml, script), dollars in a notebook's text, Jetpack, CKEditor, \\[…\\], Wikipedia's display,
  // remark-math's spans and divs left for a script.
  'math-generators.html': {
    code: [],
    tex: [
      'F = ma',
      'W = \\int_a^b F\\,dx',
      'p=mv',
      'E_{k}=\\frac{1}{2}mv^{2}',
      'a=\\frac{F}{m}',
      'v = at',
      's = \\frac{1}{2} a t^2',
      'T = 2 \\pi \\sqrt{\\frac{L}{g}}',
      'g \\approx 9.81',
      'T = 2\\pi\\sqrt{\\frac{L}{g}}',
      '\\omega = \\sqrt{g/L}',
      '\\lambda = v/f',
      'x^2 + y^2 = r^2',
      '\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)(2n+1)}{6}',
      'a_n \\to 0',
      '\\begin{aligned} f(x) &= x^2 \\\\ g(x) &= 2x \\end{aligned}',
      'e^{i\\pi }+1=0',
      'a = 1',
      'h_1 - h_2',
      '\\int_0^T h(t)\\,dt',
    ],
    tables: 0,
  },
  // MathJax 4's data-latex (inline, displayed), mimeTeX's and Sciweavers' images, mathjax-node-page's aria-label; AsciiMath stays code, no TeX.
  'math-engines.html': {
    code: [],
    tex: ['h(t) = A\\sin(\\omega t)', 'T = \\frac{2\\pi}{\\omega}', 'g\\approx9.81', 'v=\\omega r', 'P(H) = 0.01', 'O(H \\mid E) = \\frac{P(E \\mid H)}{P(E)}'],
    tables: 0,
  },
  // Images of TeX services: Juejin's /equation?tex= (alt, or the address alone), CodeCogs' main domain, Upmath's old one.
  'math-services.html': {
    code: [],
    tex: ['h_{max}-h_{min}', '\\sqrt{g d}', '\\frac{1}{2}', 'T_{1/2}', '\\omega t'],
    tables: 0,
  },
  // TeX left as text for a script: Pandoc's --katex spans (bare, or typeset by KaTeX), GitLab's math code span and block;
  // MathML in data-mathml (MathJax 2's CommonHTML without its script, a publisher's empty span); Wikipedia's display in a <dd>.
  'math-typeset-texts.html': {
    code: [],
    tex: ['E = mc^2', '\\int_0^1 x\\,dx = \\frac{1}{2}', 'q_1', 'a^2 + b^2 = c^2', '\\sum_{i=1}^n i = \\frac{n(n+1)}{2}', 'k^{2}', '\\omega t', 'e^{i\\pi }+1=0'],
    tables: 0,
  },
  // Astro's Shiki lines as spans without line ends, WeChat's code-snippet__ class, a -code suffix, MediaWiki's
  // mw-highlight-lang- (its empty line-number spans) and GeSHi's source-, SyntaxHighlighter 2's table per line, a <code>
  // and a monospace <div> their style preformats, highlight.js's rarer names, a language attribute, ChatGPT's frame
  // inside the <pre> (kept, its header bar read and dropped), Monaco's hidden lines, Ace's live editor, a label <div>
  // at the top of a <pre> or of its frame (read, dropped).
  'code-markups.html': {
    code: [
      ['js', 'const level = 3;\n\nconsole.log(level);'],
      ['python', 'def low(h):\n    return h < 1'],
      ['javascript', 'const tides = [1, 2];\ntides.map((h) => h * 2);'],
      ['c', 'int level = 3;\nlevel++;'],
      ['ruby', 'puts "tide"\nexit'],
      ['java', 'int level = 3;\n  level++;'],
      ['python', 'def high(h):\n    return h > 5\n\nprint(high(6))'],
      ['', 'SELECT level\n  FROM tides\n WHERE day = 1;'],
      ['coffeescript', 'square = (x) -> x * x'],
      ['glsl', 'gl_FragColor = vec4(1.0);'],
      ['python', 'def tide(h):\n    return h * 2'],
      ['typescript', 'const level = 3;\n  console.log(level);'],
      ['', 'def f():\n    return 1'],
      ['ruby', 'puts "high"\nexit 1'],
      ['python', 'def ebb():\n    return 0'],
    ],
    tex: [],
    tables: 0,
  },
  // Images of TeX services nobody lists (the TeX in a parameter, or encoded in the path), an alt that is TeX (a command
  // in it), a letter right after raw inline TeX; a photo, a Windows path in an alt and a shell's $HOME/$USER stay as they are.
  'math-any-service.html': {
    code: [],
    tex: ['\\frac{T}{2}', '\\sqrt{g d}', '\\omega t + \\varphi', 'n', 'h_i'],
    tables: 0,
  },
  'tables.html': { code: [], tex: [], tables: 6 },
  // Header rows and cells named "header" (Pandoc's tr.header, Wikipedia's th.headerSort, Notion's thead.simple-table-header).
  'tables-generators.html': { code: [], tex: [], tables: 3 },
  // A bare class on the pre or the code (Pandoc, knitr, Redcarpet), Org mode's src-, Zola's table of lines in the code,
  // devsite's syntax attribute, Shiki Twoslash's label and playground link, Enlighter's drawn copy (dropped beside its
  // hidden source, read alone), Swift-DocC's data-syntax, Microsoft Learn's header bar (dropped), Sphinx's pycon,
  // Urvanov's toolbar, Crayon's raw lang: class, Enlighter's generic (no language), Asciidoctor's callouts (dropped),
  // Hexo's Prism caption inside the <pre> (the fence's title), pdoc's line numbers linked to their lines (dropped),
  // CodeRay's table of numbers and code inside the code (the markup's indentation between its cells dropped),
  // SHJS's sh_ prefix, DokuWiki's block in a definition under its file name (a fence, not a definition's indented text),
  // Gitea's rows of a number, an empty marks column and the line (its tab kept), VS Code's pasted div of line divs.
  'code-generators.html': {
    code: [
      ['python', 'def level(h):\n    return h * 2'],
      ['r', 'levels <- c(1, 2)\nmean(levels)'],
      ['', '## [1] 1.5'],
      ['ruby', 'puts "tide"\nexit 0'],
      ['emacs-lisp', '(setq tide-level 3)\n(message "%d" tide-level)'],
      ['rust', 'fn main() {\n    println!("{}", 1 < 2);\n}'],
      ['python', 'import tides\nprint(tides.today())'],
      ['ts', 'const level = 3\nconsole.log(level)'],
      ['python', 'def low(h):\n    return h < 1'],
      ['python', 'def high(h):\n    return h > 5'],
      ['swift', 'let level = 3\nif level > 2 { print(level) }'],
      ['csharp', 'var level = 3;\nConsole.WriteLine(level);'],
      ['pycon', '>>> level + 1\n4'],
      ['python', 'def mean(levels):\n    return sum(levels) / len(levels)'],
      ['pgsql', 'SELECT max(level) FROM tides;'],
      ['', 'gauge --read north'],
      ['', 'gauge --read south'],
      ['sql', 'SELECT level\nFROM tides;'],
      ['ruby', "require 'tides'\nputs Tides.today"],
      ['javascript', "const port = 'dover';"],
      ['', 'def read(port):\n    return GAUGES[port]'],
      ['c', '#include <tides.h>\nint level;'],
      ['python', 'def ebb(h):\n    return h - 1'],
      ['bash', 'gauge --read ebb\necho done'],
      ['', 'func ebb() {\n\treturn\n}'],
      ['', 'const level = 3;\n\n  log(level);'],
    ],
    tex: [],
    tables: 0,
  },
  // Prism's diff-highlight (a diff, whatever it is of) and command-line prompts, Discourse's lang-auto (no language),
  // Code Block Pro's label after the block, a copy label inside the <pre>, Doxygen's fragment (numbers dropped),
  // nbsphinx's prompt block (dropped), prettify's numbered list, Chroma's unselectable line numbers (Hugo's default styles),
  // react-syntax-highlighter's numbers (a code element of their own, or inline), Writerside's div naming its language,
  // a header inside the block whose language and Copy label stand in divs of their own (dropped), a list of numbers after
  // the code (ul.pre-numbering), Code Hike's <code> of a div per line (its numbers dropped, its language in data-ch-lang).
  'code-plugins.html': {
    code: [
      ['diff', '@@ -1,2 +1,2 @@\n-level = 2\n+level = 3\n print(level)'],
      ['bash', 'cd logs\ngauge --read north'],
      ['', 'north 3.2\nsouth 2.9'],
      ['php', '<?php\necho $level;'],
      ['bash', 'gauge --read south'],
      ['', '#include <tides.h>\nint level() {\n  return 3;\n}'],
      ['python', 'import tides'],
      ['java', 'int level = 3;\nlevel++;'],
      ['go', 'package tides\n\nconst Level = 3'],
      ['javascript', 'const north = 3.2;\nconst south = 2.9;'],
      ['python', 'north = 3.2\nsouth = 2.9'],
      ['kotlin', 'fun level(): Int {\n    return 3\n}'],
      ['bash', 'gauge --read west'],
      ['python', 'north = 3.2\nsouth = 2.9'],
      ['js', 'if (level > 3) {\n  warn(level);\n}'],
    ],
    tex: [],
    tables: 0,
  },
  // Substack's LaTeX block (its TeX in JSON data), kramdown's scripts for MathJax 2 (a commented CDATA section around
  // the TeX), Distill's <d-math> (the TeX its text), data-math beside KaTeX's HTML alone (a math-block displayed),
  // Jetpack's $latex …$ shortcode left unrendered (the word and the size parameter dropped), WeChat's formula editor
  // (data-formula, data-formula-type: block displayed), CSDN's formula images (class mathcode, the TeX in the alt);
  // Discourse's hidden TeX beside MathJax's drawing (the drawing dropped), WordPress's KaTeX plugin (span.katex-eq),
  // Feishu's data-equation, a [latex] shortcode left unrendered, Lake's math card (its TeX in the card's data URI).
  'math-editors.html': {
    code: [],
    tex: [
      'h(t) = \\sum_{i} A_i \\cos(\\omega_i t + \\phi_i)',
      '0 < r < 8',
      '\\begin{aligned} h_1 &= A \\cos(\\omega t) \\\\ h_2 &= A \\sin(\\omega t) \\end{aligned}',
      'T = 12.42',
      '\\lambda = v / f',
      'h(x, t) = A \\sin(k x - \\omega t)',
      'k = 2\\pi / \\lambda',
      'c = \\lambda f',
      '\\omega = 2\\pi / T',
      '\\bar{h} = \\frac{1}{N}\\sum_{i=1}^{N} h_i',
      'h_i',
      'h_{t-1}',
      'T_p = 2\\pi/\\omega',
      'h(t) \\ge 0',
      '\\eta = a \\cos(k x)',
      '\\begin{aligned}\n\\omega^2 &= g k \\tanh(k d) \\\\\nc &= \\omega / k\n\\end{aligned}',
      'v = \\sqrt{g d}',
      'E = \\frac{1}{8}\\rho g H^2',
      'L = g T^2 / 2\\pi',
      '\\omega^2 = g k \\tanh(k d)',
    ],
    tables: 0,
  },
};

describe.each(Object.keys(RENDERERS))('the Markdown rendered back by %s', (renderer) => {
  it.each(Object.keys(FAMILIES))('%s: the same code, TeX and table cells', async (page) => {
    const back = readBack(RENDERERS[renderer]!(await markdownOf(page)));
    expect(back.code).toEqual(FAMILIES[page]!.code);
    expect(back.tex).toEqual(FAMILIES[page]!.tex);
    expect(back.tables).toEqual(await pageTables(page));
    expect(back.tables).toHaveLength(FAMILIES[page]!.tables);
  });
});

/** The page's footnotes as the Markdown writes them: references in order, and each label's note. */
function footnotes(markdown: string): { references: string[]; notes: Record<string, string> } {
  const notes: Record<string, string> = {};
  const body = markdown.replace(/^\[\^([^\]\s]+)\]: (.*)$/gm, (_m, label: string, note: string) => {
    notes[label] = note;
    return '';
  });
  return { references: [...body.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]!), notes };
}

/** Per page of a footnote family: its references in order and each label's note. */
const FOOTNOTES: Record<string, ReturnType<typeof footnotes>> = {
  'footnotes.html': {
    references: ['1', '2', '3', '4'],
    notes: {
      '1': 'A turn is a high or a low water, four a day on this coast.',
      '2': "Wind above [force five](https://notes.example.org/wind), by the harbour master's log.",
      '3': 'Every reading was taken twice, by two of us.',
      '4': 'Its offset grew by about three millimetres a week.',
    },
  },
  // Pandoc, markdown-it-footnote (a second reference to a note: [2:1]), Goldmark (Hugo), remark-gfm (GitHub, Docusaurus).
  'footnotes-static-generators.html': {
    references: ['1', '2', '2', '3', '4'],
    notes: { '1': "Pandoc's note, with a [link](https://pandoc.org/).", '2': "markdown-it's note.", '3': "Goldmark's note.", '4': "remark-gfm's note." },
  },
  // Easy Footnotes, Modern Footnotes (the note beside its mark), WP Footnotes ("[↩]"), the block editor's footnotes.
  'footnotes-wordpress.html': {
    references: ['1', '2', '3', '4'],
    notes: {
      '1': 'The list is numbered by the plugin.',
      '2': 'The note is a span right after the mark.',
      '3': 'Its list has a class of its own.',
      '4': "Core's note, written in the editor.",
    },
  },
  // LaTeXML (arXiv): bracketed citations of a bibliography, and notes inside the text.
  'footnotes-latexml.html': {
    references: ['2', '1', '1', 'fn1', 'fn2'],
    notes: {
      '1': 'Dzmitry Bahdanau, Kyunghyun Cho, and Yoshua Bengio. Neural machine translation by jointly learning to align and translate.',
      '2': 'Sepp Hochreiter and Jürgen Schmidhuber. Long short-term memory.',
      'fn1': 'Code is at [https://example.org/seq](https://example.org/seq).',
      'fn2': 'All runs used one GPU.',
    },
  },
  // Asciidoctor (brackets in the superscript), Pressbooks (a bracketed superscript in the link), LaTeX2HTML (a term
  // holding the note's anchor and a link back), HTMLBook, Org-mode, pulldown-cmark (mdBook), EPUB (epub:type), Science
  // (the label in an element of its own before the note).
  'footnotes-document-tools.html': {
    references: ['1', '2', '3', '4', '5', '6', '7', '8'],
    notes: {
      '1': "Asciidoctor's note, after its number.",
      '2': 'Pressbooks keeps the note in the title too.',
      '3': "LaTeX2HTML's note, in a definition.",
      '4': "HTMLBook's note, a paragraph of its own.",
      '5': "Org's note, in a footpara.",
      '6': "pulldown-cmark's note, named gauge.",
      '7': "EPUB's note, an aside of its type.",
      '8': "Science's reference, its label in an element of its own.",
    },
  },
  // The note's HTML in the mark's data-footnote-content (an editor's span, TipTap's empty sup, littlefoot's button),
  // the Footnotes plugin's tooltip (its table of the same notes dropped), CKEditor's footnotes, Substack's.
  'footnotes-script-notes.html': {
    references: ['1', '2', '3', '4', '5', '6'],
    notes: {
      '1': "The note kept in the mark's attribute, with *emphasis*.",
      '2': "TipTap's note.",
      '3': "Littlefoot's note.",
      '4': "The plugin's note, in its tooltip.",
      '5': "CKEditor's note, its back link a caret.",
      '6': "Substack's note, after its number.",
    },
  },
  // Citations linked by role (Pandoc's citeproc) or by LaTeXML's markup, showing author and year: the text kept, the
  // entry's key as the label.
  'footnotes-citations.html': {
    references: ['pugh1987', '2', '3'],
    notes: {
      'pugh1987': 'Pugh, D. T. 1987. *Tides, Surges and Mean Sea-Level*. Wiley.',
      '2': 'Woodworth et al. (2001) P. L. Woodworth and others. Radar tide gauges in practice.',
      '3': 'International Hydrographic Bureau. Tide tables.',
    },
  },
  // A label after a word for screen readers ("Footnote 1"), labels linking to plain paragraphs side by side.
  'footnotes-plain-markup.html': {
    references: ['1', '2', '3', '4'],
    notes: {
      '1': 'The word is in a span only screen readers read.',
      '2': 'Bootstrap names the class visually-hidden.',
      '3': 'The first plain paragraph, a note by its place.',
      '4': 'The second plain paragraph, beside it.',
    },
  },
  // Spans named a footnote reference, linking nowhere, numbering the items of a list of notes.
  'footnotes-unlinked-spans.html': {
    references: ['1', '2'],
    notes: { '1': "The span's note, the first item.", '2': 'The second item, for the second span.' },
  },
  // docutils (Sphinx, Pelican): a note per aside, per term and definition, per table of one row; citations by their keys.
  'footnotes-docutils.html': {
    references: ['1', '2', '3', 'Pugh1987', 'Woodworth2001', 'IHB'],
    notes: {
      '1': 'An aside per note, with its label as a back link.',
      '2': 'The label in a term, the note in its definition.',
      '3': 'A table of one row, the label in its first cell.',
      'Pugh1987': 'Pugh, D. T. Tides, surges and mean sea-level. 1987.',
      'Woodworth2001': 'Woodworth, P. L. Radar tide gauges in practice. 2001.',
      'IHB': 'International Hydrographic Bureau. Tide tables.',
    },
  },
  // Notes found by their names (an aside with id sn-1, an endnote note-2), and a link to a section that is no note.
  'footnotes-named-targets.html': {
    references: ['1', '2'],
    notes: { '1': "The log is kept in the office's archive.", '2': "Typed on the office's old machine." },
  },
  // Wikidot's references opened by a script (href="javascript:;", id footnoteref-1), a CSS sidenote in a container, a
  // publisher's link to nowhere naming its note's id in data-rid (Taylor & Francis).
  'footnotes-scripted.html': {
    references: ['1', '2', '3'],
    notes: { '1': "Typed on the office's old machine.", '2': 'The margin holds it on wide screens.', '3': 'The second move was to the new pier office.' },
  },
  // An empty anchor after the entry's number (PLOS), an anchor in the entry's label linking back (Elsevier), Wikipedia's
  // lettered and grouped notes.
  'footnotes-publishers.html': {
    references: ['1', '2', 'a', 'note-1'],
    notes: {
      'a': 'The gauge was read at every turn of the tide.',
      'note-1': 'The pier was rebuilt in 1998.',
      '1': 'Pugh DT. Tides, surges and mean sea-level. Wiley; 1987.',
      '2': 'P.L. Woodworth, Radar tide gauges in practice, J. Coast. Res. 12 (2001) 3–9.',
    },
  },
  // Microsoft Word's web page export (footnotes and endnotes, bracketed labels linking to named anchors, a rule and a
  // float-clearing break before each list) and the same links without Word's spans.
  'footnotes-word.html': {
    references: ['1', 'i', '2'],
    notes: {
      '1': 'The gauge was read at every turn of the tide.',
      '2': 'The pier was rebuilt in 1998.',
      'i': "Typed on the office's old machine.",
    },
  },
  // jekyll-scholar's citations (a.citation, author and year shown) of a bibliography's items, each a span with the key.
  'footnotes-scholar.html': {
    references: ['pugh1987tides', 'woodworth2001radar'],
    notes: {
      'pugh1987tides': 'Pugh, D. T. (1987). *Tides, surges and mean sea-level*. Wiley.',
      'woodworth2001radar': 'Woodworth, P. L. (2001). Radar tide gauges in practice. *J. Coast. Res.*, 12, 3–9.',
    },
  },
  // Tufte CSS: a sidenote toggled by a label CSS numbers, a margin note toggled by a sign written as an entity (&#8853;).
  'footnotes-sidenotes.html': {
    references: ['1', '2'],
    notes: { '1': 'The gauge was read at every turn of the tide.', '2': 'The pier was rebuilt in 1998.' },
  },
  // Bare <sup>N</sup> references to the N-th item of a list of notes, named by its class or by the heading
  // before it; a note whose id has its own scheme (mn37note01).
  ...Object.fromEntries(['footnotes-unlinked.html', 'footnotes-under-heading.html'].map((page) => [page, {
    references: ['1', '2', '3'],
    notes: {
      '1': "The log is kept in the office's archive.",
      '2': "Typed on the office's old machine.",
      '3': "Issue 37's first note, with its number left out.",
    },
  }])),
  // A references section after the body's container: numbered list items (Nature), a doc-biblioentry (Science), plain
  // paragraphs side by side after the article, which superscript labels link to.
  'footnotes-references-section.html': {
    references: ['1', '2', '3', '4', '5'],
    notes: {
      '1': 'Pugh, D. T. Tides, surges and mean sea-level. Wiley (1987).',
      '2': 'Woodworth, P. L. Radar tide gauges in practice. J. Coast. Res. 12, 3–9 (2001).',
      '3': 'Harbour Office. Tide logs 2024. Port Authority report (2024).',
      '4': 'With the same marks as the old one, a centimetre apart.',
      '5': 'A steel wire, which stretches less in the cold.',
    },
  },
  // Ghost's Markdown cards, each numbering its notes again (two fn1s): each reference to the note after it.
  'footnotes-repeated-ids.html': {
    references: ['1', '2', 'fn1'],
    notes: { '1': 'Bag limits differ by county.', '2': 'A soft paintbrush keeps the gills clean.', 'fn1': 'Spore prints take about six hours on black paper.' },
  },
  // remark-gfm's notes beside KaTeX's formulas.
  'math-with-footnotes.html': {
    references: ['1'],
    notes: { '1': "Bessel's correction." },
  },
};

describe('footnotes: references linked to their notes, whatever generator wrote them', () => {
  it.each(Object.keys(FOOTNOTES))('%s: each reference as [^n], each note as [^n]: text', async (page) => {
    expect(footnotes(await markdownOf(page))).toEqual(FOOTNOTES[page]);
  });
});

describe('layout-table.html: a layout table setting data tables side by side', () => {
  it.each(Object.keys(RENDERERS))('keeps every column\'s data tables, rendered back by %s', async (renderer) => {
    const $ = load(await readFile(join(ROOT, 'fixtures/pages/layout-table.html'), 'utf8'));
    const dataTables = $('table table').toArray().map((table) => $(table).find('td').toArray().map((cell) => cellText($(cell).text())));
    const back = readBack(RENDERERS[renderer]!(await markdownOf('layout-table.html')));
    expect(dataTables).toHaveLength(5);
    expect(back.tables).toEqual(dataTables);
  });
});
