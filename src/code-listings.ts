// Code that an editor or a highlighter shows as one element per line, with no <pre> around the
// lines: per family, the element holding the listing and the element of each line. Line numbers
// stand outside the lines, or are gutters the code rules drop.
export interface LineListing {
  block: string;
  line: string;
}

export const LINE_LISTINGS: readonly LineListing[] = [
  // GeSHi: <div class="php geshi"><ol><li class="li1"><div class="de1">…</div></li>…
  { block: 'div.geshi', line: 'li' },
  // CodeMirror 5: <div class="CodeMirror"><div class="CodeMirror-code"><div><div class="CodeMirror-gutter-wrapper">1</div><pre class="CodeMirror-line">…
  { block: '.CodeMirror', line: 'pre.CodeMirror-line' },
  // CodeMirror 6: <div class="cm-editor">…<div class="cm-gutters">…</div><div class="cm-content" data-language="javascript"><div class="cm-line">…
  { block: '.cm-editor', line: '.cm-line' },
  // Ace's static highlighter: <div class="ace_static_highlight"><div class="ace_line"><span class="ace_gutter"></span>…
  { block: '.ace_static_highlight', line: '.ace_line' },
  // SyntaxHighlighter 2: <div class="syntaxhighlighter java"><div class="lines"><div class="line alt1"><table><tr><td class="number"><code>1</code></td><td class="content"><code class="keyword">…
  { block: '.syntaxhighlighter', line: '.lines > .line' },
  // Enlighter's drawing of a block, when the block it hid is gone: <div class="enlighter-default enlighter-l-python"><div class="enlighter"><div><div><span class="enlighter-k1">…
  { block: '.enlighter-default', line: '.enlighter > div' },
];
