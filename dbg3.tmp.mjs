import { renderMarkdown } from './dist/render/markdown.js';
const html = `<div id="h" class="syntaxhighlighter sh-confluence nogutter  java"><table border="0" cellpadding="0" cellspacing="0"><tbody><tr><td class="code"><div class="container"><div class="line number1 index0 alt2"><code class="java keyword">int</code> <code class="java plain">range = </code><code class="java value">6</code><code class="java plain">;</code></div><div class="line number2 index1 alt1"><code class="java comments">// metres</code></div></div></td></tr></tbody></table></div>`;
console.log(renderMarkdown(html));
console.log(renderMarkdown(`<div class="syntaxhighlighter nogutter java"><div class="line"><code>a</code></div></div>`));
import { lineListing } from './dist/render/rules/code-block.js';
import { LINE_LISTINGS } from './dist/code-listings.js';
console.log(LINE_LISTINGS.map(l=>l.block).join(' | '));
