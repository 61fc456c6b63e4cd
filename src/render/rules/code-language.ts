// The language of a code block, from the class names highlighters leave on it or around it.
import { BRUSH_ATTRIBUTES, CLASS_LANGUAGES, CODE_LANGUAGE_NAMES as KNOWN, LANGUAGE_ATTRIBUTES, LANGUAGE_VARIANTS } from '../../code-language-names.js';
import { classOf } from './dom.js';

/** `language-js`, `lang-js` and Crayon's `lang:js` declare a language, whatever its name (`language-mermaid`). */
const DECLARED = /^(?:language|lang)[-:]([\w#+.-]+?);?$/i;
/**
 * `highlight-source-js`, `highlight-js`, `hl-python`, `brush: js;`, `syntax-js`, Org mode's `src-python`,
 * Enlighter's `enlighter-l-python`, WeChat's `code-snippet__python`, MediaWiki's `mw-highlight-lang-python`,
 * GeSHi's `source-ruby`, SHJS's `sh_python`, Lake's (Aliyun, Yuque) `lake-codeblock-java`, LaTeXML's `ltx_lst_language_Python`: a known name after the prefix, never a fragment ("highlighter-hljs",
 * Asciidoctor's "highlightjs"). WeChat's editor classes any snippet `code-snippet__js`, whatever its
 * language (its data-lang names it): that one names none.
 */
const PREFIXED = /^(?:code-snippet__(?!js$)|ltx_lst_language_|sh_|(?:mw-highlight-lang|(?:lake-)?codeblock|highlight-source|highlight-text|highlight|hl|syntax|code|src|source|enlighter-l)-|brush[:-]?)([\w#+.-]+?);?$/i;
/**
 * GitHub names a block by its grammar's scope, dots as dashes (`highlight-text-html-basic`,
 * `highlight-text-html-php`, `highlight-source-js-jsx`): the whole name when known, else its most
 * specific known part (php, not html; html, not basic).
 */
const SCOPED = /^highlight-(?:source|text)-([\w#+.-]+)$/i;
const scopeLanguage = (scope: string) => [scope, ...scope.split('-').reverse()].find(known);
/** `javascript-code`, `python-snippet`: a known name before the suffix. */
const SUFFIXED = /^([\w#+.]+)-(?:code|snippet)$/i;
/** SyntaxHighlighter's token classes: `<code class="java keyword">` names the language first. */
const SYNTAX_HIGHLIGHTER_TOKENS = new Set(['plain', 'keyword', 'string', 'comments', 'preprocessor', 'variable', 'value', 'functions', 'constants', 'script', 'color1', 'color2', 'color3', 'spaces']);
/** Class names that say "highlighted code" and are followed by the language's bare name. */
const CONTAINERS = new Set(['hljs', 'hl', 'highlight', 'sourcecode', 'syntaxhighlighter', 'prettyprint', 'code', 'codehilite', 'chroma', 'shiki', 'geshi', 'rust-example-rendered', 'codecolorer']);
/**
 * Names that say "no language" (Prism's none, Crayon's default, Enlighter's generic, Discourse's
 * `lang-auto`: the highlighter guesses; Chroma's `fallback` for a name it does not know) or name something else (Microsoft Learn's `output`: a program's).
 */
const NOT_LANGUAGES = new Set(['none', 'plain', 'default', 'generic', 'auto', 'nohighlight', 'no-highlight', 'fallback', 'output', 'line-numbers', 'linenums', 'wrap', 'block', 'inline', 'source', 'text']);

/** What follows `language-` in class names that are not a language: parts of a block, and Shiki Twoslash's label (`div.language-id`). */
const NOT_DECLARED = /^(?:source|text|line|block|wrapper|container|toolbar|id$)/i;

/** A MIME type in a language's class, as CKEditor 5 names Trilium's (`language-text-x-python`, `language-application-json`, `language-text-x-nginx-conf`). */
const MIME_DECLARED = /^(?:language|lang)-(?:text|application)-(?:x-)?([\w#+.]+?)(?:src|-conf)?$/i;
const known = (name: string | undefined): name is string => !!name && KNOWN.has(name.toLowerCase());
/** Prism's diff-highlight names a diff of code in a language `language-diff-javascript`. */
const DIFF_OF = /^diff-([\w#+.-]+)$/i;

/** The language a lexer's name is a variant of (ipython3: python; a diff of javascript: diff), else the name. */
function canonical(name: string | undefined): string | undefined {
  if (!name) return name;
  if (known(DIFF_OF.exec(name)?.[1])) return 'diff';
  return LANGUAGE_VARIANTS.get(name.toLowerCase()) ?? name;
}

/**
 * The language a class names. A known name standing alone names it on a block's own <pre> or
 * <code> (Pandoc without a highlighter: `pre.python`, knitr: `pre.r`, Redcarpet: `code.ruby`),
 * elsewhere only beside a highlighter's class.
 */
function fromClass(cls: string, onCode = false): string {
  const brush = /brush:\s*([\w#+-]+)/i.exec(cls);
  if (known(brush?.[1])) return brush[1];
  const tokens = cls.split(/\s+/).filter(Boolean);
  for (const token of tokens) {
    const named = CLASS_LANGUAGES.get(token.toLowerCase());
    if (named) return named;
    const mime = canonical(MIME_DECLARED.exec(token)?.[1]);
    if (known(mime)) return mime;
    const declared = canonical(DECLARED.exec(token)?.[1]);
    if (declared && !NOT_LANGUAGES.has(declared.toLowerCase()) && !NOT_DECLARED.test(declared)) return declared;
    const scope = SCOPED.exec(token)?.[1];
    const affixed = canonical(scope ? scopeLanguage(scope) : (PREFIXED.exec(token)?.[1] ?? SUFFIXED.exec(token)?.[1]));
    if (known(affixed) && !NOT_LANGUAGES.has(affixed.toLowerCase())) return affixed;
  }
  // Not among a CSS-in-JS list of generated names (Medium's `pre.pi.pj.pk.pl.pm`: "pl" is no Perl).
  const bare = generatedNames(tokens) ? undefined : tokens.find(known);
  if (bare && (onCode || tokens.some((t) => CONTAINERS.has(t.toLowerCase()) || SYNTAX_HIGHLIGHTER_TOKENS.has(t.toLowerCase())))) return bare;
  return '';
}

/** A list of several generated class names, each a few letters ("pi pj pk pl pm pn po"). */
const generatedNames = (tokens: string[]): boolean => tokens.length >= 5 && tokens.every((token) => /^[a-z]{1,3}\d*$/.test(token));

/** A wrapper this many levels above a block, around it alone, may still name its language (MkDocs' div around its table of lines). */
const WRAPPER_LEVELS = 6;

/** Another highlighter's data attribute naming a language (`data-ke-language`, `data-code-language`): a known name only. */
const LANGUAGE_DATA = /^data-[\w-]*lang(?:uage)?$/i;
const namedInData = (el: Element) => Array.from(el.attributes).find((attr) => LANGUAGE_DATA.test(attr.name) && known(attr.value))?.value;

/**
 * A language named by a MIME type, as CodeMirror names its modes ("text/x-java", "text/x-csrc", "application/json"), or by an
 * editor's mode (Ace's static highlighter: `<pre ace-mode="ace/mode/python">`): its name.
 */
function fromMime(value: string | null): string | null {
  const m = value && (/^(?:text|application)\/(?:x-)?([\w#+.-]+?)(?:src)?$/i.exec(value) ?? /^ace\/mode\/([\w#+.-]+)$/i.exec(value));
  return m ? (known(m[1]) ? m[1]! : null) : value;
}

function declared(el: Element): string {
  // GitHub's and GitLab's <pre lang="toml">: the attribute names a natural language elsewhere.
  const onCode = /^(?:PRE|CODE)$/i.test(el.nodeName);
  const lang = onCode ? el.getAttribute('lang') : null;
  if (known(lang ?? undefined)) return lang!.toLowerCase();
  const data = LANGUAGE_ATTRIBUTES.map((name) => fromMime(el.getAttribute(name))).find((value) => value && /^[\w#+.-]+$/.test(value));
  const found = data || fromClass(classOf(el), onCode) || BRUSH_ATTRIBUTES.map((name) => fromClass(el.getAttribute(name) ?? '')).find(Boolean) || namedInData(el);
  return found && !NOT_LANGUAGES.has(found.toLowerCase()) ? canonical(found.toLowerCase())! : '';
}

/**
 * The block's language, lower-case, from itself, its code elements or first child (Medium's span),
 * two levels of parents, or a wrapper further up holding no other block of code.
 */
/** The language a listing's header names on an element of its own, outside the lines (Feishu's div.code-block-header-lang[data-lang="go"]). */
export function headerLanguage(block: Element, lines: Element[]): string {
  for (const el of Array.from(block.querySelectorAll('[data-lang], [data-language]'))) {
    const found = lines.some((line) => line.contains(el)) ? '' : declared(el);
    if (found) return found;
  }
  return '';
}

/** A language's short name and its full one. */
const SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ['py', 'python'], ['js', 'javascript'], ['ts', 'typescript'], ['rb', 'ruby'], ['kt', 'kotlin'], ['rs', 'rust'], ['yml', 'yaml'], ['md', 'markdown'], ['hs', 'haskell'], ['cs', 'csharp'], ['sh', 'shell'],
]);

/** The elements each alone in the one before, below `el` (Stoplight's pre > div.scroller > div.prism-code.language-json). */
function onlyChildren(el: Element | undefined): Element[] {
  const chain: Element[] = [];
  for (let at = el; at && at.children.length === 1 && chain.length < ONLY_CHILD_LEVELS; at = at.children[0]) chain.push(at.children[0]!);
  return chain;
}
const ONLY_CHILD_LEVELS = 3;

export function codeLanguage(node: Element): string {
  // Every <code> in it: react-syntax-highlighter puts the line numbers in a <code> before the code's.
  const codes = Array.from(node.querySelectorAll('code'));
  for (const el of [node, ...codes, node.children[0], ...onlyChildren(node.children[0]), node.parentElement, node.parentElement?.parentElement]) {
    const found = el ? declared(el) : '';
    if (!found) continue;
    // The full name where the code names the language so inside a short name (Stack Overflow's pre.lang-py around code.language-python).
    const full = SHORT_NAMES.get(found);
    return full && codes.some((code) => declared(code) === full) ? full : found;
  }
  // The block with its table of lines, when it is laid out in one.
  const unit = node.closest('table') ?? node;
  const alone = (wrapper: Element) => Array.from(wrapper.querySelectorAll('pre')).every((pre) => unit.contains(pre));
  let up = node.parentElement?.parentElement?.parentElement;
  for (let level = 3; up && level <= WRAPPER_LEVELS && alone(up); level++, up = up.parentElement) {
    const found = declared(up);
    if (found) return found;
  }
  return '';
}
