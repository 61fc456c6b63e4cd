// The language of a code block, from the class names highlighters leave on it or around it.
import { classOf } from './dom.js';

/** `language-js`, `lang-js`, `highlight-source-js`, `highlight-js`, `brush: js;`, `sourceCode js`… */
const PREFIXED = /^(?:language|lang|highlight-source|highlight-text|highlight|brush:?|syntax|code)-?([\w#+.-]+?);?$/i;
/** Class names that say "highlighted code" and are followed by the language's bare name. */
const CONTAINERS = new Set(['hljs', 'highlight', 'sourcecode', 'syntaxhighlighter', 'prettyprint', 'code', 'codehilite', 'chroma', 'shiki']);
/** Bare names accepted after a container class. */
const KNOWN = new Set(('bash sh shell zsh console powershell ps1 bat cmd c cpp c++ cc h hpp cs csharp java kotlin kt scala groovy go golang rust rs ' +
  'swift objc objectivec php perl pl ruby rb python py python3 r julia lua dart js javascript jsx mjs ts typescript tsx ' +
  'json json5 yaml yml toml ini xml html xhtml svg css scss sass less sql plsql graphql diff patch makefile make cmake dockerfile ' +
  'docker nginx apache markdown md tex latex haskell hs elixir erlang clojure lisp scheme ocaml fsharp vb vbnet matlab asm nasm ' +
  'text plaintext txt proto protobuf solidity vue svelte zig nim fortran pascal').split(' '));
const NOT_LANGUAGES = new Set(['none', 'plain', 'nohighlight', 'no-highlight', 'line-numbers', 'linenums', 'wrap', 'block', 'inline', 'source', 'text']);

function fromClass(cls: string): string {
  const brush = /brush:\s*([\w#+-]+)/i.exec(cls);
  if (brush) return brush[1]!;
  const tokens = cls.split(/\s+/).filter(Boolean);
  for (const token of tokens) {
    const m = PREFIXED.exec(token);
    if (m && !NOT_LANGUAGES.has(m[1]!.toLowerCase()) && !/^(?:source|text|line|block|wrapper|container|toolbar)/i.test(m[1]!)) return m[1]!;
  }
  if (tokens.some((t) => CONTAINERS.has(t.toLowerCase()))) {
    const bare = tokens.find((t) => KNOWN.has(t.toLowerCase()));
    if (bare) return bare;
  }
  return '';
}

/** The block's language, lower-case, from itself, its first code child, or two levels of parents. */
export function codeLanguage(node: Element): string {
  const code = node.querySelector('code');
  for (const el of [node, code, node.parentElement, node.parentElement?.parentElement]) {
    if (!el) continue;
    const data = el.getAttribute('data-lang') ?? el.getAttribute('data-language');
    const found = (data && /^[\w#+.-]+$/.test(data) ? data : '') || fromClass(classOf(el));
    if (found && !NOT_LANGUAGES.has(found.toLowerCase())) return found.toLowerCase();
  }
  return '';
}
