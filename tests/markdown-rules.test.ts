// Each Markdown rule, HTML in and Markdown out (src/render/rules/); the cases are data.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/api/convert.js';
import { cleanFragment } from '../src/clean/clean-content.js';
import { renderMarkdown } from '../src/render/markdown.js';

const CASES: Record<string, [html: string, markdown: string][]> = {
  codeBlock: [
    ['<pre class="language-ts"><code><span class="k">let</span> a = 1;\n<span>a++</span></code></pre>', '```ts\nlet a = 1;\na++\n```'],
    ['<div class="highlight-source-ruby"><pre>puts 1</pre></div>', '```ruby\nputs 1\n```'],
    ['<pre class="brush: php; gutter: true">echo 1;<br>exit;</pre>', '```php\necho 1;\nexit;\n```'],
    ['<pre><code class="hljs go">x := 1</code></pre>', '```go\nx := 1\n```'],
    // php.net's highlight_string output names no language; its opening tag says PHP.
    ['<pre><code>&lt;?php\necho level(20);\n?&gt;</code></pre>', '```php\n<?php\necho level(20);\n?>\n```'],
    ['<pre class="highlighter-hljs"><code>x = 1</code></pre>', '```\nx = 1\n```'],
    // GNU Texinfo names Lisp in its own class; Qt's docs name QML bare.
    ['<div class="example lisp"><pre class="lisp-preformatted">(car x)</pre></div>', '```lisp\n(car x)\n```'],
    ['<pre class="qml" translate="no">Item { }</pre>', '```qml\nItem { }\n```'],
    // Boost's callouts: an anchor without text and the numbered image after it are no link of the code's.
    ['<pre class="programlisting">run();  <a class="co" name="c1" href="#c1"></a><span class="callout_bug"><img src="callouts/1.png" alt=" 1" border="0"></span>\nstop();</pre>', '```\nrun();  \nstop();\n```'],
    // A highlighter's empty line element is a blank line of the code.
    ['<pre class="language-ts"><code><div class="line">let a = 1;</div><div class="line"></div><div class="line">a++;</div></code></pre>', '```ts\nlet a = 1;\n\na++;\n```'],
    // Medium's atomic classes on the code's own wrapper may spell a gutter's name ("pj ln gx"): words are no line numbers.
    ['<pre class="nm nn no"><span class="pj ln gx pg b" data-code-block-mode="1" data-code-block-lang="kotlin"><span class="hljs-keyword">fun</span> onRefresh() {<br>    launch {}<br>}</span></pre>', '```kotlin\nfun onRefresh() {\n    launch {}\n}\n```'],
    // Prism's line-numbers plugin may mark the <code> itself: the code, not a gutter. Org-mode's `linenr` numbers are one.
    ['<pre class="wp-block-code"><code lang="python" class="language-python line-numbers">def f():\n    pass</code></pre>', '```python\ndef f():\n    pass\n```'],
    ['<pre class="src src-sh"><span class="linenr">1: </span>make\n<span class="linenr">2: </span>make install\n</pre>', '```sh\nmake\nmake install\n```'],
    // rustdoc's line numbers kept from search snippets; Asciidoctor's callout with the space before it; prettify's line of a &nbsp; alone.
    // angular.dev's line numbers, each in a span named for them (shiki-ln).
    ['<pre class="docs-mini-scroll-track"><code><div class="line"><span class="shiki-ln">1</span><span>import x from "y";</span></div><div class="line"><span class="shiki-ln">2</span></div><div class="line"><span class="shiki-ln">3</span><span>x();</span></div></code></pre>', '```\nimport x from "y";\n\nx();\n```'],
    // A blank line prism-react-renderer writes as a line break's text before the line's <br> (Docusaurus'): one blank line.
    ['<pre class="prism-code language-go"><code><span class="token-line"><span class="token plain">package main</span><br></span><span class="token-line"><span class="token plain" style="display:inline-block">\n</span><br></span><span class="token-line"><span class="token plain">func main() {}</span><br></span></code></pre>', '```go\npackage main\n\nfunc main() {}\n```'],
    // A shell's prompt the copy button leaves out, unselectable by a Tailwind class (Expo's docs).
    ['<pre class="font-mono"><code><span class="select-none text-secondary">$ </span>npx expo start\n<span class="select-none text-secondary">$ </span>npx expo run:ios</code></pre>', '```\nnpx expo start\nnpx expo run:ios\n```'],
    ['<pre class="rust"><code><a href=#1 id=1 data-nosnippet>1</a>fn main() {\n<a href=#2 id=2 data-nosnippet>2</a>    go();\n<a href=#3 id=3 data-nosnippet>3</a>}</code></pre>', '```rust\nfn main() {\n    go();\n}\n```'],
    // Ace's static highlighter numbers each line in a cell marked unselectable="on" (the attribute old browsers read).
    ['<pre class="language-python"><code><div class="ace_line"><span class="ace_gutter ace_gutter-cell" unselectable="on">1</span>phonebook = {}</div><div class="ace_line"><span class="ace_gutter ace_gutter-cell" unselectable="on">2</span>print(phonebook)</div></code></pre>', '```python\nphonebook = {}\nprint(phonebook)\n```'],
    ['<pre class="highlight"><code class="language-ruby" data-lang="ruby">require \'sinatra\' <i class="conum" data-value="1"></i><b>(1)</b>\nget \'/\'</code></pre>', "```ruby\nrequire 'sinatra'\nget '/'\n```"],
    // Material for MkDocs' annotation marked to be stripped ("# (1)!"): the page's button, not the code's comment; a comment of the code stays.
    ['<div class="language-yaml highlight"><pre><span></span><code><span class="nt">key</span><span class="p">:</span><span class="w"> </span><span class="l">uv-lock</span><span class="w"> </span><span class="c1"># (1)!</span>\n<span class="nt">path</span><span class="p">:</span><span class="w"> </span><span class="l">~/.cache</span><span class="w"> </span><span class="c1"># (the cache)</span>\n</code></pre></div>', '```yaml\nkey: uv-lock\npath: ~/.cache # (the cache)\n```'],
    ['<pre class="prettyprint linenums lang-js"><ol class="linenums"><li class="L0">var a = 1;</li><li class="L1"><span class="pln">&nbsp;</span></li><li class="L2">a++;</li></ol></pre>', '```js\nvar a = 1;\n\na++;\n```'],
    // Redoc's JSON sample: nested lists between the braces, each level in an indent of two spaces.
    ['<div class="redoc-json"><code><span class="token punctuation">{</span><span class="ellipsis"></span><ul class="obj collapsible"><li><div class="hoverable "><span class="property token string">"id"</span>: <span class="token string">"bk_1"</span><span class="token punctuation">,</span></div></li><li><div class="hoverable "><span class="property token string">"total"</span>: <button class="collapser" aria-label="collapse"></button><span class="token punctuation">{</span><ul class="obj collapsible"><li><div class="hoverable "><span class="property token string">"amount"</span>: <span class="token number">18900</span></div></li></ul><span class="token punctuation">}</span></div></li></ul><span class="token punctuation">}</span></code></div>', '```\n{\n  "id": "bk_1",\n  "total": {\n    "amount": 18900\n  }\n}\n```'],
    // Typora's export: CodeMirror drawn inside the <pre>, its measuring and cursor layers no lines of the code.
    ['<pre class="md-fences" lang="python"><div class="CodeMirror"><div class="CodeMirror-measure"><pre><span>xxxxxxxxxx</span></pre></div><div class="CodeMirror-code"><div class="CodeMirror-activeline"><div class="CodeMirror-activeline-background"></div><pre class=" CodeMirror-line "><span>def f():</span></pre></div><pre class=" CodeMirror-line "><span>&nbsp; &nbsp; pass</span></pre></div></div></pre>', '```python\ndef f():\n    pass\n```'],
    // A highlighter's zero-width spaces (break opportunities) are not the code's.
    ['<pre><code class="language-js">a\u200b.b();\nc\ufeff();</code></pre>', '```js\na.b();\nc();\n```'],
    ['<table><tr><td class="gutter"><div class="line">1</div></td><td class="code"><div class="line"><code class="java keyword">int</code> <code class="java plain">a;</code></div></td></tr></table>', '```java\nint a;\n```'],
    ['<pre><code>has ``` inside</code></pre>', '````\nhas ``` inside\n````'],
    ['<pre><span class="line-number">1</span><div class="line">a</div><span class="line-number">2</span><div class="line">  b</div></pre>', '```\na\n  b\n```'],
    ['<pre>see <a href="https://example.org/rfc1">RFC 1</a></pre>', '<pre>see <a href="https://example.org/rfc1">RFC 1</a></pre>'],
    // Code whose identifiers link to their docs (rustdoc, pkgdown): fenced, the links dropped.
    ['<pre><code>library(<a href="https://example.org/dplyr">dplyr</a>)\nfilter(df)</code></pre>', '```\nlibrary(dplyr)\nfilter(df)\n```'],
    // Another highlighter's data attribute naming a language (Tistory's data-ke-language): a known name only.
    ['<pre data-ke-language="python"><code>x = 1</code></pre>', '```python\nx = 1\n```'],
    ['<pre data-ke-language="wide"><code>x = 1</code></pre>', '```\nx = 1\n```'],
    // Chroma's class for a language it does not know names none.
    ['<pre class="chroma"><code class="language-fallback" data-lang="fallback">x = 1</code></pre>', '```\nx = 1\n```'],
    // cnblogs: each line's number written into the code in a span of its own (no class); a highlighter's number token stays.
    ['<pre><span style="color: #008080;"> 9</span> a = 1\n<span style="color: #008080;">10</span> b = 2</pre>', '```\na = 1\nb = 2\n```'],
    ['<pre><code><span class="mi">1</span> north\n<span class="mi">2</span> south</code></pre>', '```\n1 north\n2 south\n```'],
    // Pygments' inline numbers (noclasses): no space after them, so the spaces after the second are its indent.
    ['<pre><span style="padding-left: 5px">1</span><span style="color: #008000">def</span> level(h):\n<span style="padding-left: 5px">2</span>    <span>return</span> h</pre>', '```\ndef level(h):\n    return h\n```'],
    // GitBook: one span per line, no line end between them, each with its number in a span of its own.
    ['<pre><code><span class="highlight-line"><span class="highlight-line-number" data-line-number="1"></span><span class="highlight-line-content">package main</span></span><span class="highlight-line"><span class="highlight-line-number" data-line-number="2"></span><span class="highlight-line-content">func main() {}</span></span></code></pre>', '```\npackage main\nfunc main() {}\n```'],
  ],
  blockCode: [
    // DiscordChatExporter's code: a <code> its class calls preformatted, over several lines; two languages are two blocks.
    ['<div><code class="chatlog__markdown-pre chatlog__markdown-pre--multiline language-toml">[dependencies]\nparking_lot = "0.12"\n</code>\n<code class="chatlog__markdown-pre chatlog__markdown-pre--multiline language-rust">use parking_lot::Mutex;\nlet c = 1;\n</code></div>', '```toml\n[dependencies]\nparking_lot = "0.12"\n```\n\n```rust\nuse parking_lot::Mutex;\nlet c = 1;\n```'],
    // A tab naming the language it shows (Gradle's) is no code.
    ['<div class="multi-language-selector"><div class="language-option selected" data-lang="kotlin">Kotlin</div><div class="language-option" data-lang="groovy">Groovy</div></div>', 'Kotlin\n\nGroovy'],
    // TeX4ht's listings: a span per token, non-breaking spaces, a <br /> after each line, the package's line numbers in span.label.
    ["<div class='lstlisting' id='listing-1'><span class='label'><a id='x1-2001r1'></a><span class='ecrm-0500'>1</span></span><span class='cmtt-10'>if</span><span class='cmtt-10'>&#x00A0;</span><span class='cmtt-10'>n</span><span class='cmtt-10'>&#x00A0;&lt;</span><span class='cmtt-10'>&#x00A0;1:</span><br /><span class='label'><a id='x1-2002r2'></a><span class='ecrm-0500'>2</span></span><span class='cmtt-10'>&#x00A0;&#x00A0;&#x00A0;&#x00A0;</span><span class='cmtt-10'>return</span><span class='cmtt-10'>&#x00A0;0</span><br /></div>", '```\nif n < 1:\n    return 0\n```'],
    // Racket's Scribble: a table row per line, indents as non-breaking spaces, in a blockquote named for code that quotes nothing; its verbatim table too.
    ['<blockquote class="SCodeFlow"><table cellspacing="0" cellpadding="0" class="RktBlk"><tr><td><span class="RktPn">(</span><span class="RktSym"><a href="../reference/define.html">define</a></span><span class="hspace">&nbsp;</span><span class="RktPn">(</span><span class="RktSym">twice</span><span class="hspace">&nbsp;</span><span class="RktSym">x</span><span class="RktPn">)</span></td></tr><tr><td><span class="hspace">&nbsp;&nbsp;</span><span class="RktPn">(</span><span class="RktSym">*</span><span class="hspace">&nbsp;</span><span class="RktVal">2</span><span class="hspace">&nbsp;</span><span class="RktSym">x</span><span class="RktPn">))</span></td></tr></table></blockquote><table cellspacing="0" cellpadding="0" class="SVerbatim"><tr><td><p><span class="stt">raco</span><span class="hspace">&nbsp;</span><span class="stt">pkg</span><span class="hspace">&nbsp;</span><span class="stt">install</span></p></td></tr></table>', '```racket\n(define (twice x)\n  (* 2 x))\n```\n\n```\nraco pkg install\n```'],
    // CodeMirror 6's lines outside a <pre>: a shell's $VARIABLES are code, not TeX.
    // 腾讯文档's export: a <div> per line in a preformatted monospace block, each opening with its number in span.line-no.
    ['<div class="doc-block code-block language-python"><div class="code-block-inner" style="white-space: pre; font-family: Menlo, Consolas, monospace;"><div class="code-line" data-line="1"><span class="line-no" contenteditable="false">1</span><span class="line-content">import os</span></div><div class="code-line" data-line="2"><span class="line-no" contenteditable="false">2</span><span class="line-content">    print(os.sep)</span></div></div></div>', '```python\nimport os\n    print(os.sep)\n```'],
    // Ace's static highlighter: a <div> per line in the <pre> it drew into, its gutter drawn by a counter, the language its mode.
    ['<pre class="code" ace-mode="ace/mode/python" ace-gutter="true"><div class="ace_static_highlight ace_show_gutter"><div class="ace_line"><span class="ace_gutter ace_gutter-cell"></span><span class="ace_keyword">def</span> f():</div><div class="ace_line"><span class="ace_gutter ace_gutter-cell"></span>    <span class="ace_keyword">return</span> 1</div></div></pre>', '```python\ndef f():\n    return 1\n```'],
    // Quill 2's code block (石墨's): a <div> per line, each naming the language, its indents kept; the language menu no code.
    ['<div class="ql-code-block-container" spellcheck="false"><select class="ql-ui" contenteditable="false"><option value="plain">Plain</option><option value="json">JSON</option></select><div class="ql-code-block" data-language="json">{</div><div class="ql-code-block" data-language="json">  <span class="hljs-name">"code"</span>: <span class="hljs-string">"LOCKED"</span></div><div class="ql-code-block" data-language="json">}</div></div>', '```json\n{\n  "code": "LOCKED"\n}\n```'],
    // Feishu's document: the lines of its zone editor, the language on the header's label, the line numbers and the zero-width line ends no code.
    ['<div class="block docx-code-block" data-block-type="code"><div class="code-block-header"><div class="code-block-header-lang" data-lang="go">Go</div><div class="code-block-header-actions"><span class="code-block-header-btn code-block-copy-btn" role="button">复制</span></div></div><div class="code-block-content"><div class="code-block-zone-container zone-container text-editor"><div class="ace-line"><span class="code-line-number" contenteditable="false" aria-hidden="true">1</span><span data-string="true" class="token keyword">func</span><span data-string="true"> main() {</span><span data-string="true" data-enter="true">\u200b</span></div><div class="ace-line"><span class="code-line-number" contenteditable="false" aria-hidden="true">2</span><span data-string="true">\tgo serve()</span><span data-string="true" data-enter="true">\u200b</span></div><div class="ace-line"><span class="code-line-number" contenteditable="false" aria-hidden="true">3</span><span data-string="true">}</span></div></div></div></div>', '```go\nfunc main() {\n\tgo serve()\n}\n```'],
    ['<div class="cm-editor"><div class="cm-scroller"><div class="cm-content" data-language="bash"><div class="cm-line">tar -czf "$BACKUP_DIR/files-$STAMP.tar.gz" uploads</div><div class="cm-line">echo done</div></div></div></div>', '```bash\ntar -czf "$BACKUP_DIR/files-$STAMP.tar.gz" uploads\necho done\n```'],
    ['<div><code class="hl lean block">\n    <span class="keyword">def</span> h1 (x : Nat) : Nat :=\n  </code></div>', '```lean\ndef h1 (x : Nat) : Nat :=\n```'],
    ['<div><code class="hl lean block">\n    <span class="keyword">def</span> m : Nat := 1    -- m\n      <span>| x</span> =>  x\n  </code></div>', '```lean\ndef m : Nat := 1    -- m\n  | x =>  x\n```'],
    ['<code class="highlight-wrap language-ts"><pre>let a = 1;\nlet b = 2;</pre></code>', '```ts\nlet a = 1;\nlet b = 2;\n```'],
    ['<pre data-x="1"><code><span>one();</span></code><code><span>two();</span></code></pre>', '```\none();\ntwo();\n```'],
    // Tailwind's docs: a flex box per line, its prompt drawn by an <svg>, no line end between them.
    ['<pre><code><span class="flex"><svg viewBox="0 0 16 16"><path d="M0 0"></path></svg><span class="flex-auto">npm install -D tailwindcss</span></span><span class="flex"><svg viewBox="0 0 16 16"></svg><span class="flex-auto">npx tailwindcss init</span></span></code></pre>', '```\nnpm install -D tailwindcss\nnpx tailwindcss init\n```'],
    // rustdoc's line numbers in a <pre> of their own before the code's: a gutter, not a block.
    ['<div class="example-wrap"><pre class="example-line-numbers"><span>1</span><span>2</span></pre><pre class="rust"><code>let a = 1;\nlet b = 2;</code></pre></div>', '```rust\nlet a = 1;\nlet b = 2;\n```'],
    ['<div><pre>1\n2\n3</pre><pre><code>a\nb\nc</code></pre></div>', '```\na\nb\nc\n```'],
    // Medium: a paragraph span per group of lines, drawn as a block; a line break opening one is a blank line.
    ['<pre><span data-selectable-paragraph="">def f():<br>    return 1</span><span data-selectable-paragraph=""><br>f()</span></pre>', '```\ndef f():\n    return 1\n\nf()\n```'],
    // Its generated classes may spell a gutter's name (Rouge's "gl"): the one span holding the code is the code.
    ['<pre class="om on oo"><span id="e41a" class="ov nk gl os b bg" data-code-block-mode="2" spellcheck="false" data-code-block-lang="python"><span class="hljs-keyword">import</span> hashlib<br><br><span class="hljs-keyword">def</span> f():<br>    <span class="hljs-keyword">return</span> 1</span></pre>', '```python\nimport hashlib\n\ndef f():\n    return 1\n```'],
    // Or a language's short name ("pl"): the span's data-code-block-lang names it.
    ['<pre class="pi pj pk pl pm pn po pp bp pq bb bk"><span id="94bd" class="pr ml gu po b bg ps pt l pu pv" data-code-block-mode="2" spellcheck="false" data-code-block-lang="python"><span class="hljs-keyword">import</span> numpy</span></pre>', '```python\nimport numpy\n```'],
    ['<p>a <code>one\ntwo</code> b</p>', 'a `one two` b'],
    // Notion: a <code> naming its language, over lines, alone in its block; beside text it stays a span.
    ['<div class="notion-code-block"><code class="language-JavaScript">let a = 1;\na++;</code></div>', '```javascript\nlet a = 1;\na++;\n```'],
    ['<p>run <code class="language-sh">make\ninstall</code> now</p>', 'run `make install` now'],
    // Adjacent fragments of one listing (Verso), its output <pre> after them: one block, a fragment's blank line kept.
    ['<div><code class="hl lean block">a := 1\n\n</code>\n<code class="hl lean block">#eval a</code> <pre class="hl lean lean-output">1</pre></div>', '```lean\na := 1\n\n#eval a\n1\n```'],
    ['<div><code class="hl lean block">a</code><pre class="language-js">b</pre></div>', '```lean\na\n```\n\n```js\nb\n```'],
    // An old editor's listing without a <pre>: lines broken with <br>s in a <code> alone in its paragraph, or in a monospace <div>.
    ['<p><code>a();<br>&nbsp;&nbsp;b();<br>c();</code></p>', '```\na();\n  b();\nc();\n```'],
    ['<div style="font-family: Consolas, monospace">a();<br>&nbsp;&nbsp;b();<br>c();</div>', '```\na();\n  b();\nc();\n```'],
    ['<div style="font-family: monospace">one line</div>', 'one line'],
    // Code broken into three lines by <br>s is a block beside other text too (a forum's code.bbc_code after its header, PerlMonks' tt.codetext, coqdoc's div.code);
    // the source's line ends after the <br>s and its indentation are formatting, the code's own indent no-break spaces.
    ['<div class="post">Mine:<br><code class="bbc_code">&lt;?php<br>$a = 1;<br>var_dump($a);</code><br>Output:</div>', 'Mine:\n\n```php\n<?php\n$a = 1;\nvar_dump($a);\n```\n\nOutput:'],
    ['<p class="code"><tt class="codetext">my %h;<br />\n      for (1..2) {<br />\n      &nbsp;&nbsp;print;<br />\n      }</tt></p>', '```\nmy %h;\nfor (1..2) {\n  print;\n}\n```'],
    ['<div class="code">\n<span class="id">Definition</span> <span class="id">swap</span> :=<br/>\n&nbsp;&nbsp;<span class="id">match</span> p <span class="id">with</span><br/>\n&nbsp;&nbsp;<span class="id">end</span>.<br/>\n</div>', '```\nDefinition swap :=\n  match p with\n  end.\n```'],
    ['<p>type <code>a<br>b</code> now</p>', 'type `a b` now'],
    // VuePress' line numbers in a box beside the <pre>, and Element's inside it before the code: no text of the article.
    ['<div class="language-js line-numbers-mode"><pre class="language-js"><code>a();\nb();\n</code></pre><div class="line-numbers-wrapper"><span class="line-number">1</span><br><span class="line-number">2</span><br></div></div>', '```js\na();\nb();\n```'],
    ['<pre><span class="mx_EventTile_lineNumbers"><span>1</span><span>2</span></span><code class="language-rust">a();\nb();</code></pre>', '```rust\na();\nb();\n```'],
    // highlight.js' block without a <pre> (Mattermost's div.hljs > code over lines), its line numbers in a box beside it.
    ['<p>First:</p><div class="hljs"><div class="post-code__line-numbers">1\n2</div><code><span class="hljs-built_in">kubectl</span> scale\n<span class="hljs-built_in">kubectl</span> get pods</code></div>', 'First:\n\n```\nkubectl scale\nkubectl get pods\n```'],
    // DocBook's callouts at the ends of lines (suse-xsl's span.callout).
    ['<pre class="screen">server_name www.example.com; <span class="callout" id="co-1">1</span>\nroot /srv/www; <span class="callout" id="co-2">2</span></pre>', '```\nserver_name www.example.com;\nroot /srv/www;\n```'],
    // A CKEditor MIME type with its suffix (Trilium's language-text-x-nginx-conf).
    ['<pre><code class="language-text-x-nginx-conf">server {\n}</code></pre>', '```nginx\nserver {\n}\n```'],
  ],
  formulaImage: [
    ['<p>so <img class="mwe-math-fallback-image-inline" src="https://wikimedia.org/api/rest_v1/media/math/render/svg/abc" alt="ax^{2}+bx+c=0"> holds</p>', 'so $ax^{2}+bx+c=0$ holds'],
    ['<p><img src="https://latex.codecogs.com/svg.latex?\\frac{1}{2}" alt="\\frac{1}{2}"></p>', '$\\frac{1}{2}$'],
    ['<p><img src="https://example.com/photo.png" alt="a_b"></p>', '![a_b](https://example.com/photo.png)'],
  ],
  codeTable: [
    // fsdocs: each number with a colon, in a cell of its own.
    ['<table class="pre"><tr><td class="lines"><pre class="fssnip"><span class="l">1: </span>\n<span class="l">2: </span>\n</pre></td><td class="snippet"><pre class="fssnip highlighted"><code lang="fsharp">open X\nlet a = 1\n</code></pre></td></tr></table>', '```fsharp\nopen X\nlet a = 1\n```'],
    ['<figure class="highlight js"><table><tr><td class="gutter"><pre>1<br>2</pre></td><td class="code"><pre><span class="line">a();</span><br><span class="line">b();</span></pre></td></tr></table></figure>', '```js\na();\nb();\n```'],
    // Pygments' table with its filename option (MkDocs Material's title): a row naming the file before the code's.
    ['<div class="language-python highlight"><table class="highlighttable"><tr><th colspan="2" class="filename"><span class="filename">app.py</span></th></tr><tr><td class="linenos"><div class="linenodiv"><pre><span class="normal">1</span>\n<span class="normal">2</span></pre></div></td><td class="code"><div><pre><code>import os\nprint(1)\n</code></pre></div></td></tr></table></div>', '```python title="app.py"\nimport os\nprint(1)\n```'],
  ],
  lineTable: [
    // Trac's numbered listing: a head row labelling the columns, each line's number a link in a <th>.
    ['<table class="code"><thead><tr><th class="lineno" title="Line numbers">Line</th><th class="content"> </th></tr></thead><tbody><tr><th id="a2-L1"><a href="#a2-L1">1</a></th><td><span class="gp">$ </span>make</td></tr><tr><th id="a2-L2"><a href="#a2-L2">2</a></th><td>  make install</td></tr></tbody></table>', '```\n$ make\n  make install\n```'],
    ['<table class="highlight"><tr><td class="blob-num" data-line-number="12"></td><td class="blob-code js-file-line"> <span>const</span> a = 1;</td></tr><tr><td class="blob-num" data-line-number="13"></td><td class="blob-code js-file-line">a++;</td></tr></table>', '```\nconst a = 1;\na++;\n```'],
  ],
  inlineCode: [
    ['<p>run <code>`npm test`</code> or <code>a``b</code> or <code>*x*</code></p>', 'run `` `npm test` `` or `a``b` or `*x*`'],
    // A <br> in a span among words is a space: the two lines' words never run together.
    ['<p>type <code>make<br>make install</code> to build</p>', 'type `make make install` to build'],
  ],
  table: [
    ['<table><tr><th align="left">a</th><th style="text-align:right">b</th></tr><tr><td>x|y</td><td>1<br>2</td></tr></table>', '| a | b |\n| :--- | ---: |\n| x\\|y | 1<br>2 |'],
    ['<table><tr><td>h1</td><td>h2</td></tr><tr><td>c1</td><td></td></tr></table>', '| h1 | h2 |\n| --- | --- |\n| c1 | |'],
    ['<table><tr><td>h1</td><td>h2</td></tr><tr><td>c1</td><td><p class="ql-table-cell-line"><br></p></td></tr></table>', '| h1 | h2 |\n| --- | --- |\n| c1 | |'],
    ['<table><caption>Temperatures<sup><a href="#n1">[1]</a></sup></caption><tr><th>city</th><th>°C</th></tr><tr><td><a href="/a">Auckland</a></td><td>23</td></tr></table>', '*Temperatures<sup>[[1]](#n1)</sup>*\n\n| city | °C |\n| --- | --- |\n| [Auckland](/a) | 23 |'],
    ['<table><caption>Cap</caption><tr><th>a</th><th>b</th></tr><tr><td><ul><li>i</li><li>j</li></ul></td><td>k</td></tr></table>', '*Cap*\n\n| a | b |\n| --- | --- |\n| <ul><li>i</li><li>j</li></ul> | k |'],
    ['<table class="x"><tr><td colspan="2" style="color:red">wide</td></tr><tr><td>a</td><td>b</td></tr></table>', '<table><tbody><tr><td colspan="2">wide</td></tr><tr><td>a</td><td>b</td></tr></tbody></table>'],
    ['<table><tr><td><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table></td><td>side</td></tr><tr><td>x</td><td>y</td></tr></table>', '<table><tbody><tr><td><table><tbody><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></tbody></table></td><td>side</td></tr><tr><td>x</td><td>y</td></tr></tbody></table>'],
    ['<table><tr><td><p>Only cell</p></td></tr></table>', 'Only cell'],
    // A one-cell layout table around a comment holding a data table (GitHub's comments) is unwrapped; the inner table is GFM.
    ['<table class="d-block"><tr class="d-block"><td class="comment-body"><p>Timings:</p><table role="table"><tr><th>n</th><th>ms</th></tr><tr><td>1</td><td>2</td></tr></table></td></tr></table>', 'Timings:\n\n| n | ms |\n| --- | --- |\n| 1 | 2 |'],
    ['<table><tr><td><img src="https://x.test/a.png"></td><td><p>note</p></td></tr></table>', '![](https://x.test/a.png)\n\nnote'],
    // Notes beside the program, row after row (Go by Example's, Docco's): each note, then its code.
    ['<table><tr><td class="docs"><p>Start.</p></td><td class="code"><pre>package main</pre></td></tr><tr><td class="docs"><p>Then <code>main</code>.</p></td><td class="code"><pre>func main() {\n}</pre></td></tr><tr><td class="docs"></td><td class="code"><pre>// end</pre></td></tr></table>', 'Start.\n\n```\npackage main\n```\n\nThen `main`.\n\n```\nfunc main() {\n}\n```\n\n```\n// end\n```'],
  ],
  image: [
    ['<p><img src="https://x.test/a.png" alt="A [b]" title="T &quot;q&quot;"></p>', '![A \\[b\\]](https://x.test/a.png "T \\"q\\"")'],
    ['<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p><p>x</p>', 'x'],
    ['<p><img src="https://x.test/a b(1).png"></p>', '![](https://x.test/a%20b\\(1\\).png)'],
  ],
  figureCaption: [
    ['<figure><img src="https://x.test/a.png"><figcaption>A <b>cat</b></figcaption></figure>', '![A cat](https://x.test/a.png)\n\n*A **cat***'],
    // Hexo Icarus' code caption: its parts in <div>s make one line of emphasis; one naming only the code's language goes (the fence says it).
    ['<figure class="highlight js"><figcaption class="level"><div class="level-left"><span>app.js</span></div><div class="level-right"><span class="level-item">JavaScript</span></div></figcaption><pre><code>go();</code></pre></figure>', '*app.js JavaScript*\n\n```js\ngo();\n```'],
    ['<figure class="highlight js"><figcaption class="level"><div class="level-right"><span class="level-item">JavaScript</span></div></figcaption><pre><code>go();</code></pre></figure>', '```js\ngo();\n```'],
  ],
  noscriptImage: [
    ['<p><noscript><img src="https://x.test/n.png" alt="n"></noscript></p>', '![n](https://x.test/n.png)'],
    ['<p><img src="https://x.test/n.png"><noscript><img src="https://x.test/n.png"></noscript></p>', '![](https://x.test/n.png)'],
  ],
  iframePlayer: [
    ['<iframe src="https://www.youtube.com/embed/abcdefghijk" title="Talk"></iframe>', '[Video (YouTube): Talk](https://www.youtube.com/watch?v=abcdefghijk)'],
    ['<iframe src="//player.bilibili.com/player.html?bvid=BV1xx411c7mD&page=1"></iframe>', '[Video (Bilibili)](https://www.bilibili.com/video/BV1xx411c7mD)'],
    ['<iframe src="https://v.qq.com/txp/iframe/player.html?vid=x0012abc"></iframe>', '[Video (Tencent Video)](https://v.qq.com/x/page/x0012abc.html)'],
    ['<iframe src="https://ads.example.com/frame"></iframe><p>x</p>', 'x'],
  ],
  mediaElement: [
    ['<video src="https://x.test/v.mp4" poster="https://x.test/p.jpg"></video>', '[![Video: v.mp4](https://x.test/p.jpg)](https://x.test/v.mp4)'],
    ['<audio controls><source src="https://x.test/a.mp3"></audio>', '[Audio: a.mp3](https://x.test/a.mp3)'],
  ],
  socialEmbed: [
    ['<blockquote class="twitter-tweet"><p>Hi <a href="https://t.co/x">link</a></p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1</a></blockquote>', '> Hi [link](https://t.co/x)\n>\n> — A (@a) [May 1](https://twitter.com/a/status/1)'],
    ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/"><p>Photo text</p></blockquote>', '> Photo text\n>\n> [https://www.instagram.com/p/abc/](https://www.instagram.com/p/abc/)'],
  ],
  math: [
    ['<p>so <span class="katex"><span class="katex-mathml"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics></math></span><span class="katex-html">x2</span></span> holds</p>', 'so $x^2$ holds'],
    ['<div><span class="katex-display"><span class="katex"><math display="block"><semantics><mi>y</mi><annotation encoding="application/x-tex">\\sum_i y_i</annotation></semantics></math></span></span></div>', '$$\n\\sum_i y_i\n$$'],
    // In a data table's cell a displayed formula is written inline; a table laying out one formula and its number keeps it displayed.
    ['<table><tr><th>Quantity</th><th>Formula</th></tr><tr><td>Square</td><td><span class="katex-display"><span class="katex"><math display="block"><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics></math></span></span></td></tr></table>', '| Quantity | Formula |\n| --- | --- |\n| Square | $x^2$ |'],
    ['<table class="disp-formula"><tr><td><span class="katex-display"><span class="katex"><math display="block"><semantics><mi>x</mi><annotation encoding="application/x-tex">x^2</annotation></semantics></math></span></span></td><td>(1)</td></tr></table>', '$$\nx^2\n$$\n\n(1)'],
    ['<p><span class="mwe-math-element"><math alttext="{\\displaystyle a+b}"><semantics><mi>a</mi><annotation encoding="application/x-tex">{\\displaystyle a+b}</annotation></semantics></math></span></p>', '$a+b$'],
    ['<p>v <span data-tex="\\lambda">λ</span></p>', 'v $\\lambda$'],
    // R's help pages typeset each formula's text in its <code class="reqn"> with KaTeX: the formula, not code; alone in a centred paragraph, displayed.
    ['<p>the identity <code class="reqn"><span class="katex"><span class="katex-mathml"><math><semantics><mi>ψ</mi><annotation encoding="application/x-tex">\\psi_k(u)</annotation></semantics></math></span><span class="katex-html">ψk(u)</span></span></code> holds</p>', 'the identity $\\psi_k(u)$ holds'],
    ['<p style="text-align: center;"><code class="reqn"><span class="katex"><span class="katex-mathml"><math><semantics><mi>s</mi><annotation encoding="application/x-tex">\\sum_i x_i = 0</annotation></semantics></math></span><span class="katex-html">∑x=0</span></span></code></p>', '$$\n\\sum_i x_i = 0\n$$'],
    // Yuque's formula card: its TeX in the image's fragment when the alt is empty; an element styled as a block of its own shows it displayed.
    ['<p>and <span class="ne-math"><img src="https://cdn.nlark.com/yuque/__latex/a1.svg#card=math&amp;code=%5Ctanh%28x%29&amp;id=A1" alt=""></span> too</p>', 'and $\\tanh(x)$ too'],
    ['<div class="ne-card-container" data-card-type="block"><span class="ne-math" style="display: block; text-align: center"><img src="https://cdn.nlark.com/yuque/__latex/a2.svg" alt="\\lim_{x\\to 0}\\frac{\\sin x}{x}=1"></span></div>', '$$\n\\lim_{x\\to 0}\\frac{\\sin x}{x}=1\n$$'],
  ],
  mathml: [
    ['<p>m <math><munderover><mi>a</mi><mi>b</mi></munderover></math></p>', 'm <math><munderover><mi>a</mi><mi>b</mi></munderover></math>'],
  ],
  strong: [
    ['<p>中文<strong>“引用”</strong>中文</p>', '中文“**引用**”中文'],
    ['<p>见<b>（注）</b>和<strong>重点。</strong>后文</p>', '见（**注**）和**重点**。后文'],
    ['<p>正常的<strong>加粗</strong>文字</p>', '正常的**加粗**文字'],
    ['<p>a<b> b </b>c</p>', 'a **b** c'],
    ['<p><b>x</b><b>y</b></p>', '<strong>x</strong><strong>y</strong>'],
    // Bold inside bold is bold: one pair of delimiters, never a raw tag inside them.
    ['<p><b><strong>Key points:</strong></b> The rest.</p>', '**Key points:** The rest.'],
    ['<p><strong>知道创宇发布<strong>新版</strong></strong>ZoomEye</p>', '**知道创宇发布新版**ZoomEye'],
    ['<p><strong>a <em>b</em> c</strong></p>', '**a *b* c**'],
  ],
  emphasis: [
    ['<p>一个<em>斜体</em>词和 <i>italic</i> word</p>', '一个*斜体*词和 *italic* word'],
    ['<p>It tells you <em><i>what already happened</i></em>.</p>', 'It tells you *what already happened*.'],
  ],
  link: [
    ['<p><a href="https://x.test/a_(b)" title="T">text [1]</a> <a href="/y">a ] b</a></p>', '[text [1]](https://x.test/a_\\(b\\) "T") [a \\] b](/y)'],
    ['<p><a href="javascript:void(0)">js</a> <a href="https://x.test/"></a></p>', 'js'],
  ],
  linkCard: [
    // Ghost's bookmark card: the title linked and the description, set apart as a quote; the icon, the site's name and the picture go.
    ['<p>Before.</p><figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://x.test/bus"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Microtransit is *not* a bus</div><div class="kg-bookmark-description">A coverage tool.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://x.test/icon.png" alt=""><span class="kg-bookmark-author">Fieldbook</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://x.test/van.jpg" alt=""></div></a></figure><p>After.</p>', 'Before.\n\n> [Microtransit is \\*not\\* a bus](https://x.test/bus)\n>\n> A coverage tool.\n\nAfter.'],
    // A card among others in a list (a shop's grid) is a link of blocks as before.
    ['<ul><li><a href="/cup"><img src="/cup.png" alt=""><h2 class="product-title">Cup</h2></a></li></ul>', '- [![](/cup.png)](/cup)\n\n  ## [Cup](/cup)'],
  ],
  superSubscript: [
    ['<p>H<sub>2</sub>O, E = mc<sup>2</sup>, x<sup><a href="#top">1</a></sup></p><h2 id="top">T</h2>', 'H<sub>2</sub>O, E = mc<sup>2</sup>, x<sup>[1](#top)</sup>\n\n## <a id="top"></a>T'],
  ],
  footnotes: [
    ['<p>note<sup id="r1"><a href="#n1">1</a></sup> and<a class="fn" href="#n2">[2]</a>.</p><ol><li id="n1">N <a href="#r1">↩</a></li><li id="n2"><p>M <em>m</em></p></li></ol>', 'note[^1] and[^2].\n\n[^1]: N\n\n[^2]: M *m*'],
    ['<p>see <a href="#part">2</a></p><p id="part">Part two.</p>', 'see [2](#part)\n\nPart two.'],
    ['<p>x<a href="#n%">1</a> y<a href="#n%202">2</a></p><ol><li id="n%">a</li><li id="n 2">b</li></ol>', 'x[^1] y[^2]\n\n[^1]: a\n\n[^2]: b'],
    // A label-only anchor: the note is the block holding it, or its line when notes share a block.
    ['<p>a<a href="#r1">[1]</a></p><div><a id="r1">1.</a><div>First note.</div></div>', 'a[^1]\n\n[^1]: First note.'],
    ['<p>a<a href="#one"><sup>1</sup></a> b<a href="#two"><sup>2</sup></a></p><p><a name="one"><sup>1</sup></a> One. <a href="#">↩</a><br><a name="two"><sup>2</sup></a> Two <a href="https://x.test/">link</a>.</p>', 'a[^1] b[^2]\n\n[^1]: One.\n\n[^2]: Two [link](https://x.test/).'],
    // A block linking back to its reference (Google Docs), or starting with the label.
    ['<p>a<sup id="ref1"><a href="#ftnt1">[1]</a></sup></p><p id="ftnt1"><a href="#ref1">[1]</a>&nbsp;Note one.</p>', 'a[^1]\n\n[^1]: Note one.'],
    ['<p>a<a href="https://x.test/post#n1">1</a></p><p id="n1">1. Note one.</p>', 'a[^1]\n\n[^1]: Note one.'],
    // Wikipedia: the back-links and the caret standing before them go; the label list item's tag too.
    ['<p>a<sup id="c-0"><a href="#n-4">[4]</a></sup> b<sup id="c-1"><a href="#n-4">[4]</a></sup></p><ol><li id="n-4"><span>^ <a href="#c-0"><sup>a</sup></a> <a href="#c-1"><sup>b</sup></a></span> <span>Smith.</span></li></ol>', 'a[^4] b[^4]\n\n[^4]: Smith.'],
    ['<p>x<a href="#b2">2</a></p><ul><li id="b2"><span>[2]</span> <span>Bahdanau.</span></li></ul>', 'x[^2]\n\n[^2]: Bahdanau.'],
    // Bare superscripts: a reference before a block starting with the same number.
    ['<p>Claim.<sup>1</sup> E = mc<sup>2</sup></p><p><sup>1</sup> Evidence.</p>', 'Claim.[^1] E = mc<sup>2</sup>\n\n[^1]: Evidence.'],
    // A sidenote toggled by a label goes to the end.
    ['<p>Text.<label for="sn1">1</label><input type="checkbox" id="sn1"><span class="sidenote"><sup>1</sup> Side.</span> More.</p><p>Next.</p>', 'Text.[^1] More.\n\nNext.\n\n[^1]: Side.'],
  ],
  heading: [
    ['<h2>Title<br>line two</h2>', '## Title line two'],
    // A card's link around an image and a heading: each block linked on its own (Markdown's links hold no blocks).
    ['<p>More:</p><a href="https://x.test/amsterdam/"><img src="https://x.test/a.jpg" alt="Amsterdam"><h4>Amsterdam</h4><p>Museums<br>and shows<br></p><ul><li>one</li></ul></a>', 'More:\n\n[![Amsterdam](https://x.test/a.jpg)](https://x.test/amsterdam/)\n\n#### [Amsterdam](https://x.test/amsterdam/)\n\n[Museums\\\nand shows](https://x.test/amsterdam/)\n\n- one'],
    // A permalink to the heading itself (MDN, docs generators) is no link in Markdown; a link elsewhere stays.
    ['<h2 id="usage"><a class="heading-anchor" href="#usage">Usage</a></h2><section id="api"><h3><a href="#api">API</a></h3></section>', '## Usage\n\n### API'],
    ['<h2><a name="x" href="#x">Setup</a> <a href="#top">top</a></h2><p id="top">t</p>', '## Setup [top](#top)\n\nt'],
    // A malformed escape in the fragment is read as written, never thrown on.
    ['<h2 id="x"><a href="#%E0%A4">Bad escape</a></h2><h2 id="%E0%A4"><a href="#%E0%A4">Raw id</a></h2>', '## [Bad escape](#%E0%A4)\n\n## Raw id'],
  ],
  blockquote: [
    ['<blockquote><p>a</p><ul><li>b</li></ul><blockquote><p>c</p></blockquote></blockquote>', '> a\n>\n> - b\n>\n> > c'],
  ],
  list: [
    ['<ul><li>a<ul><li>b<ol start="3"><li>c</li><li>d</li></ol></li></ul></li><li><p>e</p><p>f</p></li></ul>', '- a\n  - b\n    3. c\n    4. d\n- e\n\n  f'],
  ],
  listItem: [
    ['<ol><li>one</li><li>two<br>more</li></ol>', '1. one\n2. two\\\n   more'],
  ],
  lineBreak: [
    ['<p>a<br>b<br><br>c<br></p>', 'a\\\nb\n\nc'],
    // A <br> closing a link breaks the line after it; one alone in a link leaves no empty link; one before a no-break space ends its paragraph.
    ['<p><a href="https://a.test/">https://a.test/<br></a><a href="https://b.test/">b</a></p><p>Done!<a href="https://c.test/"><br></a></p><p>End.<br>&nbsp;</p>', '[https://a.test/](https://a.test/)\\\n[b](https://b.test/)\n\nDone!\n\nEnd.'],
    // A <br> whose newline an inline element's spaces took still breaks the line, under a list item's text.
    ['<ul><li>laying out:<span><br></span><b>College</b></li></ul>', '- laying out:\\\n  **College**'],
  ],
  definitionTerm: [
    ['<dl><dt>Term</dt><dd>Meaning</dd><dt>Other</dt><dd>More</dd></dl>', 'Term\n: Meaning\n\nOther\n: More'],
  ],
  definition: [
    ['<dl><dt>T</dt><dd>one</dd><dd>two</dd></dl>', 'T\n: one\n: two'],
  ],
  debris: [
    ['<p>a<button>Copy</button><svg><text>x</text></svg>b</p>', 'ab'],
  ],
  escaping: [
    ['<p>snake_case a*b 2 * 3 C# [1] 1~2 $5 and $10 中文，“标点”。</p>', 'snake_case a\\*b 2 * 3 C# [1] 1~2 $5 and $10 中文，“标点”。'],
    ['<p># no</p><p>1. no</p><p>- no</p><p>+ no</p><p>&gt; no</p><p>===</p>', '\\# no\n\n1\\. no\n\n\\- no\n\n\\+ no\n\n\\> no\n\n\\==='],
    ['<p>a &lt;div&gt; &amp;amp; *em* _u_ `t` [x](y) ~~s~~</p>', 'a &lt;div> \\&amp; \\*em\\* \\_u\\_ \\`t\\` [x\\](y) \\~\\~s\\~\\~'],
    ['<p>a\\b and a\\*</p>', 'a\\b and a\\\\\\*'],
  ],
};

describe('markdown rules', () => {
  for (const [rule, cases] of Object.entries(CASES)) {
    it.each(cases)(`${rule}: %s`, (html, markdown) => {
      expect(renderMarkdown(html)).toBe(`${markdown}\n`);
    });
  }
});

describe('adjacent lists', () => {
  it('keeps two adjacent lists apart by changing the marker of the second', () => {
    expect(renderMarkdown('<ul><li>a</li></ul>\n<ul><li>b</li></ul><ul><li>c</li></ul><ol><li>x</li></ol> <ol><li>y</li></ol>')).toBe('- a\n\n* b\n\n- c\n\n1. x\n\n1) y\n');
  });

  it('sees through wrappers and empty elements that write nothing between two lists', () => {
    const html = '<div class="gallery"><ul><li>photo</li></ul><div class="tools"> </div></div><div><span></span><ul><li>thumb</li></ul></div><p>text</p><ul><li>after</li></ul>';
    expect(renderMarkdown(html)).toBe('- photo\n\n* thumb\n\ntext\n\n- after\n');
  });

  it('looks through icons and buttons, which write nothing, but not through an image', () => {
    const html = '<ul><li>a</li></ul><div><svg><circle/></svg><button>Copy</button></div><ul><li>b</li></ul><p><img src="https://example.org/x.png"></p><ul><li>c</li></ul>';
    expect(renderMarkdown(html)).toBe('- a\n\n* b\n\n![](https://example.org/x.png)\n\n- c\n');
  });
});

describe('a list straight inside a list', () => {
  it('is nested under the item before it, as browsers show it', () => {
    expect(renderMarkdown('<ol><li>one</li><li>two</li><ol><li>a</li><li>b</li></ol><li>three</li></ol>')).toBe('1. one\n2. two\n\n    1. a\n    2. b\n\n3. three\n');
  });

  it('stays a list, not an indented code block, when no item comes before it', () => {
    expect(renderMarkdown('<p>rest assured that:</p><ul><ul type="A"><li>heard it</li><li>did not care</li></ul></ul><p>So.</p>')).toBe('rest assured that:\n\n- heard it\n- did not care\n\nSo.\n');
  });
});

describe('table footers', () => {
  it('writes the rows of a footer the source puts before the body after the body rows, as browsers show them (TablePress)', async () => {
    const html = '<html><head><title>Tents</title></head><body><article><h1>Tents</h1><p>The harbour has had a tide gauge since the old pier was built, and its keepers wrote every reading in a bound log.</p><table><thead><tr><th>Tent</th><th>Weight</th></tr></thead><tfoot><tr><td>Average</td><td>1.37 kg</td></tr></tfoot><tbody><tr><td>Copper Spur</td><td>1.2 kg</td></tr><tr><td>Hubba</td><td>1.5 kg</td></tr></tbody></table></article></body></html>';
    const result = await convert(html, { url: 'https://example.org/tents' });
    expect(result.ok && result.post.body.split('\n\n')[1]!.trim()).toBe('| Tent | Weight |\n| --- | --- |\n| Copper Spur | 1.2 kg |\n| Hubba | 1.5 kg |\n| Average | 1.37 kg |');
  });
});

describe('language labels', () => {
  const PROSE = '<p>The harbour has had a tide gauge since the old pier was built, and its keepers wrote every reading in a bound log.</p>';
  const bodyOf = async (block: string) => {
    const result = await convert(`<html><head><title>Tides</title></head><body><article><h1>Tides</h1>${PROSE}${block}${PROSE}</article></body></html>`, { url: 'https://example.org/tides' });
    return result.ok ? result.post.body.split('\n\n').slice(1, -1).join('\n\n') : result.problem.reason;
  };

  it("writes a highlighter's drawing once, from the source it hides beside it (SHJS' pre.snippet-textonly, SyntaxHighlighter 1.5's pre[name=code], Kotlin Playground's div.sample)", async () => {
    const c = 'int main(){\n    int i, sum = 0;\n    return 0;\n}';
    const shjs = `<div class="snippet-wrap"><pre class="c sh_c snippet-formatted"><ol class="snippet-num">${c.split('\n').map((line) => `<li>${line.replace(/</g, '&lt;')}</li>`).join('')}</ol></pre><pre class="snippet-textonly" style="display:none;">${c}</pre></div>`;
    expect(await bodyOf(shjs)).toBe(`\`\`\`c\n${c}\n\`\`\``);
    const java = 'public class Holder {\n    private Holder() {}\n}';
    const dp = `<div class="dp-highlighter"><div class="bar"><div class="tools">Java代码&nbsp;<a href="#">收藏代码</a></div></div><ol start="1" class="dp-j">${java.split('\n').map((line) => `<li><span>${line}</span></li>`).join('')}</ol></div><pre name="code" class="java" style="display: none;">${java}</pre>`;
    expect(await bodyOf(dp)).toBe(`\`\`\`java\n${java}\n\`\`\``);
    const kotlin = 'fun sum(x: Int, y: Int): Int {\n    return x + y\n}';
    const playground = `<div class="sample" style="display: none;"><pre><code class="language-kotlin">${kotlin}</code></pre></div><div><div class="CodeMirror"><div class="CodeMirror-code">${kotlin.split('\n').map((line) => `<pre class="CodeMirror-line"><span>${line}</span></pre>`).join('')}</div></div><div class="compiler-info">Target platform: JVM</div></div>`;
    expect(await bodyOf(playground)).toBe(`\`\`\`kotlin\n${kotlin}\n\`\`\``);
  });

  it("leaves out line numbers typed into the code before each line (DocBook's '&nbsp;1&nbsp;# Cleanup'), not numbers the code's lines open with", async () => {
    const lines = ['# Cleanup', '# Run as root, of course.', '', 'cd /var/log', 'cat /dev/null > messages', '', '', '', 'echo done', 'exit'];
    const typed = lines.map((line, i) => `${i + 1 < 10 ? '&nbsp;' : ''}${i + 1}&nbsp;${line}`).join('\n');
    expect(await bodyOf(`<pre class="PROGRAMLISTING">${typed}</pre>`)).toBe(`\`\`\`\n${lines.join('\n')}\n\`\`\``);
    const data = '1 apple\n2 banana\n3 cherry';
    expect(await bodyOf(`<pre>${data}</pre>`)).toBe(`\`\`\`\n${data}\n\`\`\``);
  });

  it("reads a <code> over lines Google Code Prettify coloured, no <pre> around it, as block code, its tabs kept (three.js' manual)", async () => {
    const code = '<span class="kwd">function</span><span class="pln"> animate</span><span class="pun">()</span> <span class="pun">{</span>\n\t<span class="pln">cube</span><span class="pun">.</span><span class="pln">rotation</span><span class="pun">.</span><span class="pln">x </span><span class="pun">+=</span> <span class="lit">0.01</span><span class="pun">;</span>\n<span class="pun">}</span>';
    expect(await bodyOf(`<code class=" prettyprint prettyprinted" translate="no">${code}</code>`)).toBe('```\nfunction animate() {\n\tcube.rotation.x += 0.01;\n}\n```');
  });

  it("reads a language an element alone inside the <pre>'s only child names (Stoplight's pre > div.scroller > div.prism-code.language-json, a <div> per line)", async () => {
    const lines = ['{', '  "id": 7', '}'];
    const viewer = `<pre class="sl-code-viewer"><div class="sl-code-viewer__scroller"><div class="sl-code-highlight prism-code language-json">${lines.map((line) => `<div class="sl-flex"><div class="sl-flex-1">${line}</div></div>`).join('')}</div></div></pre>`;
    expect(await bodyOf(viewer)).toBe(`\`\`\`json\n${lines.join('\n')}\n\`\`\``);
  });

  it("keeps the line break and indent after a highlighted line set in a <div> inside the code, the code going on in text (javascript.info's div.block-highlight)", async () => {
    const block = '<pre class="language-javascript"><code class="language-javascript"><span class="token keyword">function</span> makeCounter() {<div class="block-highlight">  let count = 0;</div>\n  <span class="token keyword">return</span> count;\n}</code></pre>';
    expect(await bodyOf(block)).toBe('```javascript\nfunction makeCounter() {\n  let count = 0;\n\n  return count;\n}\n```');
  });

  it("reads the language Shiki's label names at the top of a <pre> without twoslash's markup (the TypeScript handbook's json blocks: pre.shiki > div.language-id), the label gone", async () => {
    const block = `<pre class="shiki light-plus"><div class="language-id">json</div><div class='code-container'><code><div class='line'><span>{</span></div><div class='line'><span>  "strict": true</span></div><div class='line'><span>}</span></div></code></div></pre>`;
    expect(await bodyOf(block)).toBe('```json\n{\n  "strict": true\n}\n```');
  });

  it("reads a language named by a MIME type, as CodeMirror names its modes (InfoQ's data-lang=\"text/x-java\")", async () => {
    expect(await bodyOf('<pre data-type="codeblock" data-lang="text/x-java"><code>int x = 1;</code></pre>')).toBe('```java\nint x = 1;\n```');
    expect(await bodyOf('<pre data-lang="text/x-c++src"><code>int main() {}</code></pre>')).toBe('```c++\nint main() {}\n```');
  });

  it("reads a language a label in the block's frame names (Mattermost's span.post-code__language over its div.hljs > code, DZone's div.nameLanguage), the label gone; a label far from any block stays", async () => {
    const mattermost = '<div class="post-code"><div class="post-code__overlay"><span class="post-code__language">Bash</span></div><div class="hljs"><code><span class="hljs-built_in">kubectl</span> scale\n<span class="hljs-built_in">kubectl</span> get pods</code></div></div>';
    expect(await bodyOf(mattermost)).toBe('```bash\nkubectl scale\nkubectl get pods\n```');
    const dzone = '<div class="codeMirror-wrapper"><div><div class="codeHeader"><div class="nameLanguage">Java</div></div><div class="codeMirror-code--wrapper"><pre>int x = 1;</pre></div></div></div>';
    expect(await bodyOf(dzone)).toBe('```java\nint x = 1;\n```');
    expect(await bodyOf('<p>Written in <span class="lang-tag">Python</span> for the harbour office.</p>')).toBe('Written in Python for the harbour office.');
  });

  it("reads the language Logseq names over its CodeMirror editor, the label gone, and keeps a highlighter's links and a spec's definitions in code (Agda's a.Comment, Bikeshed's dfn#dom-navigator-…)", async () => {
    const editor = '<div class="extensions__code"><div class="extensions__code-lang">bash</div><div class="code-editor"><div class="CodeMirror"><div class="CodeMirror-code"><pre class="CodeMirror-line"><span>echo one</span></pre><pre class="CodeMirror-line"><span>echo two</span></pre></div></div></div></div>';
    expect(await bodyOf(editor)).toBe('```bash\necho one\necho two\n```');
    expect(await bodyOf('<pre class="idl">[Exposed=Window]\ninterface Navigator {\n  readonly attribute SaverHints <dfn id="dom-navigator-saverhints">saverHints</dfn>;\n};</pre>')).toBe('```\n[Exposed=Window]\ninterface Navigator {\n  readonly attribute SaverHints saverHints;\n};\n```');
    expect(await bodyOf('<pre class="Agda"><a id="1" class="Symbol">_</a> <a id="2" href="#3" class="Function">≡⟨⟩</a>    <a id="4" class="Comment">-- is shorthand for</a>\n  <a class="Number">5</a></pre>')).toBe('```agda\n_ ≡⟨⟩    -- is shorthand for\n  5\n```');
  });

  it("never takes a block's first line of code for a label naming its language, nor its tools for code", async () => {
    expect(await bodyOf('<figure class="highlight shell"><table><tr><td class="code"><pre><span class="line">make</span><br><span class="line">make install</span><br></pre></td></tr></table></figure>')).toBe('```shell\nmake\nmake install\n```');
    expect(await bodyOf('<pre class="shiki" tabindex="0"><code><span class="line"><span>python</span></span>\n<span class="line"><span>&gt;&gt;&gt; 1 + 1</span></span></code></pre>')).toBe('```\npython\n>>> 1 + 1\n```');
    // Code blocks' tools: Butterfly's bar, Sphinx's prompt toggle, rustdoc's Run link, a caption in the <pre>.
    expect(await bodyOf('<figure class="highlight python"><div class="highlight-tools"><i class="fas fa-angle-down expand"></i><div class="code-lang">python</div><i class="fas fa-paste copy-button"></i></div><table><tr><td class="gutter"><pre><span class="line">1</span><br></pre></td><td class="code"><pre><span class="line">pass</span><br></pre></td></tr></table></figure>')).toBe('```python\npass\n```');
    expect(await bodyOf('<div class="highlight-pycon notranslate"><div class="highlight"><span class="copybutton" title="Hide the prompts and output">&gt;&gt;&gt;</span><pre><span class="gp">&gt;&gt;&gt; </span>1 + 1\n<span class="go">2</span>\n</pre></div></div>')).toBe('```pycon\n>>> 1 + 1\n2\n```');
    expect(await bodyOf('<div class="example-wrap"><pre class="rust rust-example-rendered"><code>let x = 1;</code></pre><a class="test-arrow" href="https://play.rust-lang.org/?code=x">Run</a></div>')).toBe('```rust\nlet x = 1;\n```');
    expect(await bodyOf('<pre class="wp-block-code"><div><code class="hljs language-python"><span class="shcb-loc"><span>pass\n</span></span></code></div><small class="shcb-language"><span class="shcb-language__label">Code language:</span> <span class="shcb-language__name">Python</span> (<span class="shcb-language__slug">python</span>)</small></pre>')).toBe('```python\npass\n```');
    // A bar of its own at the top of the <pre>, or a label beside its <code>, is one.
    expect(await bodyOf('<pre><div class="bar">python</div><code>print(1)</code></pre>')).toBe('```python\nprint(1)\n```');
    expect(await bodyOf('<pre><span class="lang">python</span><code>print(1)</code></pre>')).toBe('```python\nprint(1)\n```');
    // Or after its <code>, before the copy button (图灵社区's).
    expect(await bodyOf('<pre class="hljs"><code class="language-rust">fn main() {}</code><span class="code-lang">rust</span><button type="button" class="code-copy-btn">复制代码</button></pre>')).toBe('```rust\nfn main() {}\n```');
    expect(await bodyOf('<pre><code>print(1)</code><span class="code-lang">python</span></pre>')).toBe('```python\nprint(1)\n```');
  });

  it("reads WeChat's formulas drawn as SVG with their TeX in data-formula (mdnice's), and keeps a closing paragraph holding a formula", async () => {
    const inline = '<p>At a price <span class="span-inline-equation" style="cursor:pointer"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -750 1144 1000" data-formula="P_0"><defs><path id="MJX-1-TEX-I-1D443" d="M287 628Q287 635"></path></defs><g><use xlink:href="#MJX-1-TEX-I-1D443"></use></g></svg></span> the fund buys.</p>';
    const block = '<section class="span-block-equation" style="cursor:pointer"><section class="block-equation" style="text-align: center;"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -750 22308 1000" data-formula="\\sigma_p^2 = w_1^2\\sigma_1^2"><g></g></svg></section></section>';
    expect(await bodyOf(`${inline}${block}`)).toBe('At a price $P_0$ the fund buys.\n\n$$\n\\sigma_p^2 = w_1^2\\sigma_1^2\n$$');
    // The article's last line, a formula and figures in it: no dateline to trim (ChatGPT's share page, KaTeX with its MathML).
    const last = '<p>Over the full term you pay <span class="katex"><span class="katex-mathml"><math><semantics><mrow><mn>360</mn><mo>×</mo><mn>1798.65</mn><mo>-</mo><mn>300000</mn></mrow><annotation encoding="application/x-tex">360 \\times 1798.65 - 300000</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">360×1798.65−300000</span></span> in interest.</p>';
    const result = await convert(`<html><head><title>Tides</title></head><body><article><h1>Tides</h1>${PROSE}${PROSE}${last}</article></body></html>`, { url: 'https://example.org/tides' });
    expect(result.ok && result.post.body.trim().split('\n\n').at(-1)).toBe('Over the full term you pay $360 \\times 1798.65 - 300000$ in interest.');
  });

  it("writes what a copy button beside the block copies, where that is its lines without their prompts (Rails guides' data-clipboard-text); never another text it holds", async () => {
    const block = (copy: string) => `<div class="interstitial code"><pre><code class="highlight console"><span class="gp">$ </span>bin/rails generate authentication\n</code></pre><button class="clipboard-button" data-clipboard-text="${copy}">Copy</button></div>`;
    expect(await bodyOf(block('bin/rails generate authentication'))).toBe('```console\nbin/rails generate authentication\n```');
    expect(await bodyOf(block('https://example.org/tides'))).toBe('```console\n$ bin/rails generate authentication\n```');
  });

  it("reads forges' and old highlighters' listings: line tables, numbered lines, a toolbox in the <pre>, code to edit in a <textarea>", async () => {
    // Gitea's file view and Gitiles: a line-number cell (a link to its line) and the line's cell.
    expect(await bodyOf('<div class="file-view code-view"><table><tbody><tr><td class="lines-num"><span id="L1" data-line-number="1"></span></td><td rel="L1" class="lines-code chroma"><code class="code-inner"><span class="kd">var</span> port = 1;\n</code></td></tr><tr><td class="lines-num"><span id="L2" data-line-number="2"></span></td><td rel="L2" class="lines-code chroma"><code class="code-inner">read(port);\n</code></td></tr></tbody></table></div>')).toBe('```\nvar port = 1;\nread(port);\n```');
    expect(await bodyOf('<table class="FileContents"><tr class="FileContents-line"><td class="u-lineNum u-noSelect FileContents-lineNum"><a name="1" href="#1">1</a></td><td class="FileContents-lineContents" id="1"><span class="kwd">package</span> main</td></tr><tr class="FileContents-line"><td class="u-lineNum FileContents-lineNum"><a name="2" href="#2">2</a></td><td class="FileContents-lineContents" id="2"></td></tr><tr class="FileContents-line"><td class="u-lineNum FileContents-lineNum"><a name="3" href="#3">3</a></td><td class="FileContents-lineContents" id="3">var a = 1</td></tr></table>')).toBe('```\npackage main\n\nvar a = 1\n```');
    // SyntaxHighlighter 2.0's number at the start of each line.
    expect(await bodyOf('<div class="syntaxhighlighter"><div class="lines"><div class="line alt1"><code class="number">1.</code><span class="content"><code class="keyword">var</code> <code class="plain">a = 1;</code></span></div><div class="line alt2"><code class="number">2.</code><span class="content"><code class="plain">go(a);</code></span></div></div></div>')).toBe('```\nvar a = 1;\ngo(a);\n```');
    // SyntaxHighlighter 3 with its gutter (Tistory's): the code's lines, the numbers left out; its long lines make the listing no article of its own.
    expect(await bodyOf('<div class="syntaxhighlighter python"><div class="toolbar"><a href="#" class="toolbar_item command_help help">?</a></div><table><tbody><tr><td class="gutter"><div class="line number1">1</div><div class="line number2">2</div><div class="line number3">3</div><div class="line number4">4</div><div class="line number5">5</div><div class="line number6">6</div><div class="line number7">7</div><div class="line number8">8</div><div class="line number9">9</div></td><td class="code"><div class="container"><div class="line number1"><code class="python plain">total = sum(value for value in readings if value &gt; 0 and value &lt; 100)</code></div><div class="line number2"><code class="python plain">&nbsp;</code></div><div class="line number3"><code class="python plain">print(f&quot;{total} readings were taken along the harbour wall today&quot;)</code></div><div class="line number4"><code class="python plain">total = sum(value for value in readings if value &gt; 0 and value &lt; 100)</code></div><div class="line number5"><code class="python plain">&nbsp;</code></div><div class="line number6"><code class="python plain">print(f&quot;{total} readings were taken along the harbour wall today&quot;)</code></div><div class="line number7"><code class="python plain">total = sum(value for value in readings if value &gt; 0 and value &lt; 100)</code></div><div class="line number8"><code class="python plain">&nbsp;</code></div><div class="line number9"><code class="python plain">print(f&quot;{total} readings were taken along the harbour wall today&quot;)</code></div></div></td></tr></tbody></table></div>')).toBe('```python\ntotal = sum(value for value in readings if value > 0 and value < 100)\n\nprint(f"{total} readings were taken along the harbour wall today")\ntotal = sum(value for value in readings if value > 0 and value < 100)\n\nprint(f"{total} readings were taken along the harbour wall today")\ntotal = sum(value for value in readings if value > 0 and value < 100)\n\nprint(f"{total} readings were taken along the harbour wall today")\n```');
    // Naver SmartEditor ONE's code component: the code's own line breaks and indents in a <div> its stylesheet preformats.
    expect(await bodyOf('<div class="se-component se-code"><div class="se-code-source"><div class="__se_code_view language-javascript">function total(items) {\n  let sum = 0;\n\n  return sum &lt; 1 ? 0 : sum;\n}</div></div></div>')).toBe('```javascript\nfunction total(items) {\n  let sum = 0;\n\n  return sum < 1 ? 0 : sum;\n}\n```');
    // dp.SyntaxHighlighter's code in a <textarea name="code">; VS Code's copied code pasted as a monospace <div> per line, a line reading like a post's tags kept.
    expect(await bodyOf('<textarea name="code" class="java:nogutter" readonly>int n = 1;\nif (n &lt; 2) n++;</textarea>')).toBe('```\nint n = 1;\nif (n < 2) n++;\n```');
    expect(await bodyOf('<div style="color: #d4d4d4;font-family: Consolas, \'Courier New\', monospace;white-space: pre;"><div><span style="color: #569cd6;">interface</span> User {</div><div>  id: number;</div><div>  tags: Array&lt;string&gt;;</div><div>}</div></div>')).toBe('```\ninterface User {\n  id: number;\n  tags: Array<string>;\n}\n```');
    // Color Scripter's table (Korean blogs): a monospace cell of line <div>s beside the numbers' cell; its long lines make it no article of its own.
    expect(await bodyOf('<div class="colorscripter-code" style="color:#010101;font-family:Consolas, \'Liberation Mono\', Menlo, Courier, monospace !important;"><table class="colorscripter-code-table" cellspacing="0" cellpadding="0"><tr><td style="padding:6px;border-right:2px solid #e5e5e5"><div style="text-align:right;color:#666;font-family:Consolas, \'Liberation Mono\', Menlo, Courier, monospace !important;line-height:130%"><div style="line-height:130%">1</div><div style="line-height:130%">2</div><div style="line-height:130%">3</div><div style="line-height:130%">4</div><div style="line-height:130%">5</div><div style="line-height:130%">6</div></div></td><td style="padding:6px 0;text-align:left"><div style="margin:0;padding:0;color:#010101;font-family:Consolas, \'Liberation Mono\', Menlo, Courier, monospace !important;line-height:130%"><div style="padding:0 6px; white-space:pre; line-height:130%">total&nbsp;=&nbsp;sum(value&nbsp;for&nbsp;value&nbsp;in&nbsp;readings&nbsp;if&nbsp;value&nbsp;&gt;&nbsp;0)</div><div style="padding:0 6px; white-space:pre; line-height:130%">&nbsp;</div><div style="padding:0 6px; white-space:pre; line-height:130%">print(f&quot;{total}&nbsp;readings&nbsp;were&nbsp;taken&nbsp;along&nbsp;the&nbsp;harbour&nbsp;wall&nbsp;today&quot;)</div><div style="padding:0 6px; white-space:pre; line-height:130%">total&nbsp;=&nbsp;sum(value&nbsp;for&nbsp;value&nbsp;in&nbsp;readings&nbsp;if&nbsp;value&nbsp;&gt;&nbsp;0)</div><div style="padding:0 6px; white-space:pre; line-height:130%">&nbsp;</div><div style="padding:0 6px; white-space:pre; line-height:130%">print(f&quot;{total}&nbsp;readings&nbsp;were&nbsp;taken&nbsp;along&nbsp;the&nbsp;harbour&nbsp;wall&nbsp;today&quot;)</div></div></td></tr></table></div>')).toBe('```\ntotal = sum(value for value in readings if value > 0)\n\nprint(f"{total} readings were taken along the harbour wall today")\ntotal = sum(value for value in readings if value > 0)\n\nprint(f"{total} readings were taken along the harbour wall today")\n```');
    // WordPress' CodeColorer: <br>-ended lines and &nbsp; indents in a <div> its class names, the numbers in the cell before.
    expect(await bodyOf('<div class="codecolorer-container ruby twitlight"><table><tbody><tr><td class="line-numbers"><div>1<br />2<br /></div></td><td><div class="ruby codecolorer"><span class="kw1">def</span> tag<span class="br0">&#40;</span>name<span class="br0">&#41;</span><br />&nbsp; name <span class="sy0">&amp;&amp;</span> name<span class="sy0">.</span>strip<br /><span class="kw1">end</span></div></td></tr></tbody></table></div>')).toBe('```ruby\ndef tag(name)\n  name && name.strip\nend\n```');
    // Puock's tools bar inside the <pre> (its language and a 复制 button): the language, no title; Argon's bar after the <code>: no line of the code.
    expect(await bodyOf('<pre class="hljs"><div class="pk-code-tools"><div class="dot"><i></i></div><div class="actions"><div><span>PHP</span></div><div class="cp-code"><i class="fa fa-copy"></i>&nbsp;复制</div></div></div><code class="hljs"><ul><li>echo 1;</li><li>exit;</li></ul></code></pre>')).toBe('```php\necho 1;\nexit;\n```');
    expect(await bodyOf('<pre><code class="hljs python"><ol class="hljs-ln"><li>import os</li><li>print(os.sep)</li></ol></code><div class="hljs-control hljs-title"><div class="hljs-control-btn" tooltip="复制"><i class="fa fa-copy"></i></div><span class="hljs-lang">PYTHON</span></div></pre>')).toBe('```python\nimport os\nprint(os.sep)\n```');
    // Hexo Shoka's table of lines, each in a <pre> of its own beside its number.
    expect(await bodyOf('<figure class="highlight c"><table><tbody><tr><td data-num="1"></td><td><pre>int a;</pre></td></tr><tr><td data-num="2"></td><td><pre></pre></td></tr><tr><td data-num="3"></td><td><pre>    a++;</pre></td></tr></tbody></table></figure>')).toBe('```c\nint a;\n\n    a++;\n```');
    // W3Schools' examples: <br>-ended lines and &nbsp; indents in a <div>, the language in a class of its own.
    expect(await bodyOf('<div class="w3-code notranslate cssHigh"><span class="cssselectorcolor">p <span class="cssdelimitercolor">{</span></span><br>&nbsp; color: blue;<br>}</div>')).toBe('```css\np {\n  color: blue;\n}\n```');
    // Their source's own line breaks, beside each <br> or inside a wrapped statement, are spaces HTML collapses: no lines of the code.
    expect(await bodyOf('<div class="w3-code notranslate pythonHigh">\np1 = Person(<span style=color:brown>"John"</span>,\n36)<br>\n<span style=color:mediumblue>if</span> p1.age:<br>&nbsp; print(p1.name)\n</div>')).toBe('```python\np1 = Person("John", 36)\nif p1.age:\n  print(p1.name)\n```');
    // DigitalOcean's label inside the <pre>, before the <code>: the block's title, no line of its code. Pygments' python3 and Prism's markup as highlighters know them.
    expect(await bodyOf('<pre class="code-pre language-nginx"><div class="secondary-code-label " title="/etc/nginx/sites-available/site">/etc/nginx/sites-available/site</div><code class="code-highlight language-nginx">server {\n  listen 80;\n}</code></pre>')).toBe('```nginx title="/etc/nginx/sites-available/site"\nserver {\n  listen 80;\n}\n```');
    // Or opening the <code> (do-markdownit's secondary label): no line of the code either.
    expect(await bodyOf('<pre class="code-pre language-nginx"><code><div class="secondary-code-label " title="Output">Output</div>Available applications:\n  Nginx Full</code></pre>')).toBe('```nginx title="Output"\nAvailable applications:\n  Nginx Full\n```');
    expect(await bodyOf('<div class="highlight-python3 notranslate"><div class="highlight"><pre>print(1)</pre></div></div>')).toBe('```python\nprint(1)\n```');
    // Rails guides' irb session, named by Rouge's lexer as a bare class.
    expect(await bodyOf('<div class="interstitial code"><pre><code class="highlight irb"><span class="gp">irb&gt;</span> Article.count</code></pre></div>')).toBe('```irb\nirb> Article.count\n```');
    expect(await bodyOf('<pre class="language-markup"><code class="language-markup">&lt;p&gt;hi&lt;/p&gt;</code></pre>')).toBe('```html\n<p>hi</p>\n```');
    // Material for MkDocs' content tabs: each tab's name as its block's title.
    expect(await bodyOf('<div class="tabbed-set" data-tabs="1:2"><input checked id="__tabbed_1_1" name="__tabbed_1" type="radio"><input id="__tabbed_1_2" name="__tabbed_1" type="radio"><div class="tabbed-labels"><label for="__tabbed_1_1">C</label><label for="__tabbed_1_2">C++</label></div><div class="tabbed-content"><div class="tabbed-block"><div class="language-c highlight"><pre><code>puts("x");</code></pre></div></div><div class="tabbed-block"><div class="language-cpp highlight"><pre><code>std::cout &lt;&lt; 1;</code></pre></div></div></div></div>')).toBe('```c title="C"\nputs("x");\n```\n\n```cpp title="C++"\nstd::cout << 1;\n```');
    // Antora's toolbox inside the <pre>; pkg.go.dev's example to edit and run.
    expect(await bodyOf('<div class="listingblock"><div class="content"><pre class="highlightjs highlight"><code class="language-bash hljs" data-lang="bash">tide-reader --port dover</code><div class="source-toolbox"><span class="source-lang">bash</span><button class="copy-button"><span class="copy-toast">Copied!</span></button></div></pre></div></div>')).toBe('```bash\ntide-reader --port dover\n```');
    expect(await bodyOf('<div class="Documentation-exampleDetailsBody"><textarea class="Documentation-exampleCode code" spellcheck="false">package main\n\nimport &#34;fmt&#34;\n\nfunc main() { fmt.Println(1 &lt; 2) }\n</textarea></div>')).toBe('```\npackage main\n\nimport "fmt"\n\nfunc main() { fmt.Println(1 < 2) }\n```');
    // SyntaxHighlighter 2's listing kept in a script, as Blogger's templates wrote it.
    expect(await bodyOf('<script type="syntaxhighlighter" class="brush: xml"><![CDATA[<widget id="HTML1">\n  <title>A &amp; B</title>\n</widget>]]></script>')).toBe('```xml\n<widget id="HTML1">\n  <title>A &amp; B</title>\n</widget>\n```');
    // A line's number as a BEM element of its component (Stoplight Elements' sl-code-highlight__ln).
    expect(await bodyOf('<pre class="sl-code-highlight prism-code language-json"><div class="sl-flex"><div class="sl-code-highlight__ln">1</div><div class="sl-flex-1"><span class="token plain">{</span></div></div><div class="sl-flex"><div class="sl-code-highlight__ln">2</div><div class="sl-flex-1"><span class="token plain">  "id": 1</span></div></div><div class="sl-flex"><div class="sl-code-highlight__ln">3</div><div class="sl-flex-1"><span class="token plain">}</span></div></div></pre>')).toBe('```json\n{\n  "id": 1\n}\n```');
    // Urvanov (Crayon's fork) keeps Crayon's label class in its toolbar.
    expect(await bodyOf('<div class="urvanov-syntax-highlighter-syntax crayon-theme-classic"><div class="crayon-toolbar"><div class="crayon-tools"><span class="crayon-language">Python</span></div></div><div class="urvanov-syntax-highlighter-plain-wrap"><textarea class="urvanov-syntax-highlighter-plain print-no" readonly>import os\nprint(os.sep)</textarea></div><div class="urvanov-syntax-highlighter-main"><table class="crayon-table"><tr class="urvanov-syntax-highlighter-row"><td class="crayon-nums"><div class="crayon-num">1</div><div class="crayon-num">2</div></td><td class="urvanov-syntax-highlighter-code"><div class="crayon-pre"><div class="crayon-line">import os</div><div class="crayon-line">print(os.sep)</div></div></td></tr></table></div></div>')).toBe('```python\nimport os\nprint(os.sep)\n```');
    // Crayon's lines in a cell named as code, no <pre>: a regex's \[…\] is the code's, no displayed formula.
    expect(await bodyOf('<div class="crayon-syntax crayon-theme-classic"><div class="crayon-main"><table class="crayon-table"><tr class="crayon-row"><td class="crayon-nums"><div class="crayon-num">1</div><div class="crayon-num">2</div></td><td class="crayon-code"><div class="crayon-pre"><div class="crayon-line">LINE = re.compile(r\'\\[(?P&lt;time&gt;[^\\]]+)\\]\')</div><div class="crayon-line">m = LINE.match(line)</div></div></td></tr></table></div></div>')).toBe("```\nLINE = re.compile(r'\\[(?P<time>[^\\]]+)\\]')\nm = LINE.match(line)\n```");
    // Notion's public page: the language in an unselectable control, a Copy button, the lines in a preformatted <div>; "Plain Text" names none.
    const notion = (label: string) => `<div class="notion-selectable notion-code-block"><div role="figure"><div style="position: relative;"><div style="position: absolute;"><div style="user-select: none; cursor: pointer;">${label}<svg class="chevronDown"><polygon points="1,2 3,4"></polygon></svg></div></div><div style="position: absolute;"><div role="button" tabindex="0" style="user-select: none;">Copy</div></div><div class="line-numbers notion-code-block"><div spellcheck="false" autocorrect="off" contenteditable="true" style="font-family: monospace; white-space: pre; padding: 34px 16px 32px 32px;">import os\nprint(os.sep)</div></div></div></div></div>`;
    expect(await bodyOf(notion('Python'))).toBe('```python\nimport os\nprint(os.sep)\n```');
    expect(await bodyOf(notion('Plain Text'))).toBe('```\nimport os\nprint(os.sep)\n```');
    // Tabs whose inactive panel is hidden by its style (Nextra's Headless UI tabs): each panel's code kept.
    expect(await bodyOf('<div role="tablist"><button role="tab">pnpm</button><button role="tab">npm</button></div><div role="tabpanel"><pre data-language="sh"><code>pnpm add tide</code></pre></div><div role="tabpanel" aria-hidden="true" hidden="" style="display:none"><pre data-language="sh"><code>npm install tide</code></pre></div>')).toBe('```sh\npnpm add tide\n```\n\n```sh\nnpm install tide\n```');
    // A MIME type after language- (CKEditor 5's, in Trilium's shared notes).
    expect(await bodyOf('<pre><code class="language-text-x-python">import os</code></pre>')).toBe('```python\nimport os\n```');
  });
});

describe("early HTML's listings", () => {
  it('fences <listing>, <xmp> and <plaintext> as <pre> blocks, the raw text of <xmp> shown as written', () => {
    const clean = (html: string) => cleanFragment(html, {}).html;
    expect(clean('<listing>a &lt; b\n  c();</listing>')).toBe('<pre>a &lt; b\n  c();</pre>');
    expect(clean('<xmp><b>x</b> & y</xmp>')).toBe('<pre>&lt;b>x&lt;/b> &amp; y</pre>');
    expect(renderMarkdown(clean('<xmp>if (a < b && c) {}\n  go();</xmp>'))).toBe('```\nif (a < b && c) {}\n  go();\n```\n');
    expect(renderMarkdown(clean('<plaintext>a();\n  b();'))).toBe('```\na();\n  b();\n```\n');
  });
});

describe("a paragraph's first-line indent", () => {
  it('goes from every paragraph, as from the first: ideographic and no-break spaces alike, never a code line', () => {
    const html = '<p>\u3000\u3000第一段。</p><p>\u3000\u3000第二段。</p><p>\u00a0\u00a0Third.</p><pre><code>\u3000indented code</code></pre>';
    expect(renderMarkdown(html)).toBe('第一段。\n\n第二段。\n\nThird.\n\n```\n\u3000indented code\n```\n');
  });
});
