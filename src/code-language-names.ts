// Names of programming languages as highlighters and code headers write them, lower-case: only
// these are read as a language from a bare class name ("hljs python") or a header's label.
export const CODE_LANGUAGE_NAMES: ReadonlySet<string> = new Set(('bash sh shell zsh console powershell ps1 bat cmd c cpp c++ cc h hpp cs csharp java kotlin kt scala groovy go golang rust rs ' +
  'swift objc objectivec php perl pl ruby rb python py python3 r julia lua dart js javascript jsx mjs ts typescript tsx ' +
  'json json5 yaml yml toml ini xml html xhtml svg css scss sass less sql plsql graphql diff patch makefile make cmake dockerfile ' +
  'docker nginx apache markdown md tex latex haskell hs elixir erlang clojure lisp scheme ocaml fsharp vb vbnet matlab asm nasm ' +
  'elisp emacs-lisp pycon c# f# objective-c text plaintext txt proto protobuf solidity vue svelte zig nim fortran pascal lean lean4 coq agda idris elm racket nix hcl terraform prolog verilog vhdl ada crystal gleam wasm ' +
  'abap actionscript applescript arduino armasm asciidoc adoc batch cobol coffeescript coffee django gdscript glsl gradle haxe hlsl ' +
  'jsonp livescript masm mathml mongodb mysql postgresql pgsql puppet regex sparql tcl vim awk fish http jinja twig handlebars erb ' +
  'haml pug mermaid plantuml properties apacheconf sas stata vba autohotkey smalltalk cuda webassembly ' +
  'shell-session shellsession sh-session pwsh jsonc jsonl ndjson csv tsv dotenv astro mdx prisma liquid ejs nunjucks njk stylus postcss ' +
  'systemverilog rst restructuredtext typst bibtex xslt xquery tsql plpgsql sqlite cypher rego jsonnet dhall raku vyper cairo wat odin mojo ' +
  'rescript purescript octave mathematica wolfram kusto kql caddyfile starlark bazel meson razor cshtml blade heex eex edn fennel janet ' +
  'sml qsharp vbscript delphi batchfile csh ksh tcsh graphviz irb qml').split(' '));

/**
 * Attributes in which highlighters and editors name a block's language: data-lang (Hugo, many
 * themes), data-language (Shiki, Expressive Code, Gatsby), language (read by defuddle too),
 * Monaco's data-mode-id, Enlighter's, Medium's, GitLab's, GitHub's file and gist embeds'
 * (data-tagsearch-lang="Python"), Google's devsite (`<pre syntax="Python">`), Apple's
 * documentation and Swift-DocC (`<div class="code-listing" data-syntax="swift">`), Code Hike's
 * (`<code class="ch-code-scroll-parent" data-ch-lang="js">`).
 */
export const LANGUAGE_ATTRIBUTES = ['data-lang', 'data-language', 'language', 'data-mode-id', 'data-enlighter-language', 'data-code-block-lang', 'data-canonical-lang', 'data-tagsearch-lang', 'syntax', 'data-syntax', 'data-ch-lang', 'ace-mode'];

/** Attributes holding SyntaxHighlighter's parameters, read as its class is ("brush: java; gutter: false"): Confluence's. */
export const BRUSH_ATTRIBUTES = ['data-syntaxhighlighter-params'];

/**
 * A lexer's name that is a variant of a language written otherwise: Jupyter's kernels (hl-ipython3),
 * Pygments' and GeeksforGeeks' python3, Prism's markup (its HTML): names Markdown highlighters do not know.
 */
export const LANGUAGE_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['ipython', 'python'], ['ipython2', 'python'], ['ipython3', 'python'], ['python3', 'python'], ['markup', 'html'],
]);

/** Classes a highlighter names a language by its own short name: SyntaxHighlighter 1.5's list (`<ol class="dp-j">`, old CSDN posts), W3Schools'. */
export const CLASS_LANGUAGES: ReadonlyMap<string, string> = new Map([
  ['dp-j', 'java'], ['dp-c', 'c'], ['dp-cpp', 'cpp'], ['dp-xml', 'xml'], ['dp-css', 'css'], ['dp-sql', 'sql'],
  // W3Schools' examples: <div class="w3-code notranslate jsHigh">.
  ['htmlhigh', 'html'], ['csshigh', 'css'], ['jshigh', 'js'], ['pythonhigh', 'python'], ['sqlhigh', 'sql'], ['javahigh', 'java'], ['phphigh', 'php'],
  // GNU Texinfo's HTML (the Emacs and Elisp manuals): <pre class="lisp-preformatted"> in <div class="example lisp">.
  ['lisp-preformatted', 'lisp'],
]);
