// What mdarchive writes so that Hexo's template engine leaves an article alone, and where the
// `<!-- more -->` excerpt marker goes. tests/hexo.test.ts shows Hexo rendering these for real.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protectHtml, protectMarkdown } from '../src/render/hexo-safe.js';
import { insertMoreMarkdown, insertMoreText, splitHtmlAfterBlock } from '../src/render/more-marker.js';
import { ROOT, runCli, SEED_PATH, tempDir } from './helpers.js';

const PAGE = join(ROOT, 'fixtures/hexo/template-code.html');

describe('Hexo-safe bodies', () => {
  it('leave a body without template delimiters unchanged', async () => {
    const seed = await readFile(SEED_PATH, 'utf8');
    expect(protectHtml(seed)).toBe(seed);
    expect(protectMarkdown(seed)).toBe(seed);
    const plain = 'Braces { and } alone, #hash, 100% and %}, }} closing nothing: `{ x }`\n\n```\n{ }\n```\n';
    expect(protectMarkdown(plain)).toBe(plain);
    expect(protectHtml(plain)).toBe(plain);
  });

  it('write the braces of {{ {% {# and #} in Markdown text as entities, leaving code to Hexo', () => {
    const markdown = [
      'Hello {{ name }}, {%- if x -%} and {# note #} and a stray #} or {{{ triple }}}.',
      '',
      'Code spans stay: `{{ a }}` and ``{% b %} ` {# c #}``; so do escapes: \\` {{ d }} \\`.',
      '',
      '```jinja',
      '{% for x in xs %}{{ x }}{% endfor %}',
      '',
      '{# inside a fence #}',
      '```',
      '',
      '> ~~~',
      '> {{ quoted fence }}',
      '> ~~~',
      '',
    ].join('\n');
    expect(protectMarkdown(markdown)).toBe([
      'Hello &#123;{ name }}, &#123;%- if x -%} and &#123;# note #&#125; and a stray #&#125; or &#123;&#123;{ triple }}}.',
      '',
      'Code spans stay: `{{ a }}` and ``{% b %} ` {# c #}``; so do escapes: \\` &#123;{ d }} \\`.',
      '',
      '```jinja',
      '{% for x in xs %}{{ x }}{% endfor %}',
      '',
      '{# inside a fence #}',
      '```',
      '',
      '> ~~~',
      '> {{ quoted fence }}',
      '> ~~~',
      '',
    ].join('\n'));
  });

  it('turn a code span holding {% raw %} into <code> with entities (Hexo would render the raw tag)', () => {
    expect(protectMarkdown('Use `{% raw %}{{ a_b }}{% endraw %}` or `` ` {% raw %} * ``.\n'))
      .toBe('Use <code>&#123;% raw %&#125;&#123;&#123; a&#95;b &#125;&#125;&#123;% endraw %&#125;</code> or <code>&#96; &#123;% raw %&#125; &#42;</code>.\n');
  });

  it('drop the backslash of an escaped brace that would still open a tag', () => {
    expect(protectMarkdown('\\{{ a }} and \\\\{{ b }} and \\{ c }\n')).toBe('&#123;{ a }} and \\\\&#123;{ b }} and \\{ c }\n');
  });

  it('write HTML braces as entities everywhere but <style> and <script>, which get a raw block', () => {
    const html = '<p title="{{ t }}">{{ a }} {% b %} {# c #} #}</p><!-- {{ d }} --><style>@media x{#n{a:b}}</style><pre><code>{{{ e }}}</code></pre>';
    expect(protectHtml(html)).toBe(
      '<p title="&#123;{ t }}">&#123;{ a }} &#123;% b %} &#123;# c #&#125; #&#125;</p><!-- &#123;{ d }} -->' +
        '<style>{% raw %}@media x{#n{a:b}}{% endraw %}</style><pre><code>&#123;&#123;{ e }}}</code></pre>');
  });
});

describe('the <!-- more --> marker', () => {
  it('goes after the n-th Markdown block; a fence with blank lines and a loose list are one block', () => {
    const markdown = '# Title\n\n```\na\n\nb\n```\n\n- one\n\n- two\n\n    more of two\n\nLast.\n';
    expect(insertMoreMarkdown(markdown, 1)).toBe('# Title\n\n<!-- more -->\n\n```\na\n\nb\n```\n\n- one\n\n- two\n\n    more of two\n\nLast.\n');
    expect(insertMoreMarkdown(markdown, 2)).toBe('# Title\n\n```\na\n\nb\n```\n\n<!-- more -->\n\n- one\n\n- two\n\n    more of two\n\nLast.\n');
    expect(insertMoreMarkdown(markdown, 3)).toBe('# Title\n\n```\na\n\nb\n```\n\n- one\n\n- two\n\n    more of two\n\n<!-- more -->\n\nLast.\n');
    expect(insertMoreMarkdown(markdown, 4)).toBe(markdown);
    expect(insertMoreMarkdown(markdown, 0)).toBe(markdown);
  });

  it('goes after the n-th paragraph of a text body', () => {
    expect(insertMoreText('One.\n\n- Two.\n\n- Three.\n', 2)).toBe('One.\n\n- Two.\n\n<!-- more -->\n\n- Three.\n');
    expect(insertMoreText('One.\n', 1)).toBe('One.\n');
  });

  it('splits HTML after the n-th top-level block, closing and reopening a lone wrapper', () => {
    expect(splitHtmlAfterBlock('<h2>A</h2>\n<p>B</p>\n<img src="x">\n<p>C</p>', 2)).toEqual(['<h2>A</h2>\n<p>B</p>', '<img src="x">\n<p>C</p>']);
    expect(splitHtmlAfterBlock('\n<div id="post" class="body">\n<p>A</p>\n<p>B</p>\n</div>\n', 1))
      .toEqual(['\n<div id="post" class="body">\n<p>A</p></div>', '<div class="body"><p>B</p>\n</div>\n']);
    expect(splitHtmlAfterBlock('<p>A</p>\n<p>B</p>\n', 2)).toBeUndefined();
    expect(splitHtmlAfterBlock('<p>A</p>', 0)).toBeUndefined();
  });

  it('--more and the config key `more` put it in every body form; none by default', async () => {
    const run = async (args: string[]) => {
      const result = await runCli(['archive', PAGE, '--selector', '.post-body', ...args, '-o', '-']);
      expect(result.stderr).toBe('');
      return result.stdout.slice(result.stdout.indexOf('\n---\n', 5) + 5);
    };
    const config = join(await tempDir(), 'mdarchive.yml');
    await writeFile(config, 'body: text\nmore: 1\n');
    const [none, markdown, html, text] = await Promise.all([run([]), run(['--more', '1']), run(['--more', '2', '--body', 'html']), run(['--config', config])]);
    expect(none).not.toContain('<!-- more -->');
    expect(markdown.startsWith('\nVue, Jinja and Liquid all print a value with `{{ name }}`, so a sentence such as Hello, &#123;{ user.name }}! means the same in all three.\n\n<!-- more -->\n\n![Three engines](')).toBe(true);
    expect(html).toContain(' referrerpolicy="no-referrer"></p>\n</div>\n<!-- more -->\n<div>   \n<p>Jinja and Liquid add tags like &#123;% if user %}');
    expect(html.endsWith('</p>\n\n</div>\n            ')).toBe(true);
    expect(text).toContain('the same in all three.\n\n<!-- more -->\n\nJinja and Liquid add tags like &#123;% if user %}');
    const bad = await runCli(['archive', PAGE, '--more', '-1', '-o', '-']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('mdarchive: --more must be a whole number of at least 0\n');
  });
});
