// The language of a code block, from the class names highlighters leave on it or around it.
import { CODE_LANGUAGE_NAMES as KNOWN } from '../../code-language-names.js';
import { classOf } from './dom.js';

/** `language-js` and `lang-js` declare a language, whatever its name (`language-mermaid`). */
const DECLARED = /^(?:language|lang)-([\w#+.-]+?);?$/i;
/** `highlight-source-js`, `highlight-js`, `brush: js;`, `syntax-js`: a known name after the prefix, never a fragment ("highlighter-hljs"). */
const PREFIXED = /^(?:highlight-source|highlight-text|highlight|brush:?|syntax|code)-?([\w#+.-]+?);?$/i;
/** SyntaxHighlighter's token classes: `<code class="java keyword">` names the language first. */
const SYNTAX_HIGHLIGHTER_TOKENS = new Set(['plain', 'keyword', 'string', 'comments', 'preprocessor', 'variable', 'value', 'functions', 'constants', 'script', 'color1', 'color2', 'color3', 'spaces']);
/** Class names that say "highlighted code" and are followed by the language's bare name. */
const CONTAINERS = new Set(['hljs', 'hl', 'highlight', 'sourcecode', 'syntaxhighlighter', 'prettyprint', 'code', 'codehilite', 'chroma', 'shiki']);
const NOT_LANGUAGES = new Set(['none', 'plain', 'nohighlight', 'no-highlight', 'line-numbers', 'linenums', 'wrap', 'block', 'inline', 'source', 'text']);

const known = (name: string | undefined): name is string => !!name && KNOWN.has(name.toLowerCase());

function fromClass(cls: string): string {
  const brush = /brush:\s*([\w#+-]+)/i.exec(cls);
  if (known(brush?.[1])) return brush[1];
  const tokens = cls.split(/\s+/).filter(Boolean);
  for (const token of tokens) {
    const declared = DECLARED.exec(token)?.[1];
    if (declared && !NOT_LANGUAGES.has(declared.toLowerCase()) && !/^(?:source|text|line|block|wrapper|container|toolbar)/i.test(declared)) return declared;
    const prefixed = PREFIXED.exec(token)?.[1];
    if (known(prefixed) && !NOT_LANGUAGES.has(prefixed.toLowerCase())) return prefixed;
  }
  const bare = tokens.find(known);
  if (bare && tokens.some((t) => CONTAINERS.has(t.toLowerCase()) || SYNTAX_HIGHLIGHTER_TOKENS.has(t.toLowerCase()))) return bare;
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
