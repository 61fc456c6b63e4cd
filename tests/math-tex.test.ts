// Formulas the page kept without TeX, written as TeX: MathML (src/render/math/mathml-tex.ts) and
// MathJax 3's drawn output, CommonHTML and SVG (src/render/math/mathjax-output.ts).
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/render/markdown.js';

const MATHML: [html: string, markdown: string][] = [
  ['<p>a <math><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math> b</p>', 'a $x = \\frac{- b}{2 a}$ b'],
  // A name of several letters in an <mi> is upright (Temml's \operatorname{tr}).
  ['<p><math><mi>tr</mi><mo>(</mo><mi>A</mi><mo>)</mo><mo>=</mo><mi>n</mi></math></p>', '$\\operatorname{tr} \\left(A\\right) = n$'],
  ['<p><math><msubsup><mi>σ</mi><mi>i</mi><mn>2</mn></msubsup><mo>+</mo><msqrt><mi>n</mi></msqrt><mo>+</mo><mroot><mi>x</mi><mn>3</mn></mroot><mo>+</mo><msub><mi>y</mi><mn>0</mn></msub><mo>+</mo><msup><mi>z</mi><mi>k</mi></msup></math></p>', '$\\sigma_{i}^{2} + \\sqrt{n} + \\sqrt[3]{x} + y_{0} + z^{k}$'],
  ['<p><math display="block"><munderover><mo>∑</mo><mrow><mi>k</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><mover><mi>x</mi><mo>˙</mo></mover><munder><mi>lim</mi><mi>n</mi></munder></math></p>', '$$\n\\sum_{k = 1}^{n} \\overset{\\cdot}{x} \\lim_{n}\n$$'],
  ['<p><math><mrow><mo>(</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo>)</mo></mrow></math></p>', '$\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}$'],
  // Whitespace around token text is the page's indentation; <mtext> keeps its spaces.
  ['<p><math>\n  <mstyle><mi>\n    v\n  </mi></mstyle><mspace width="1em"></mspace><mtext>if&nbsp;</mtext><mi>x</mi><mo>&lt;</mo><mn>0</mn>\n</math></p>', '$v \\text{if } x < 0$'],
  ['<p><math><mi mathvariant="bold">V</mi><mo>&amp;</mo><msub><mi>x</mi><mn>1</mn></msub></math></p>', '$\\mathbf{V} \\& x_{1}$'],
  // A big operator's limits under it as TeX writes them (\\sum_{x}), a function's word as its command (\\log), as Obsidian's MathJax output carries them.
  ['<p><math display="block"><mi>H</mi><mo>=</mo><mo>−</mo><munder><mo>∑</mo><mi>x</mi></munder><mi>p</mi><mi>log</mi><mo>&#x2061;</mo><mi>p</mi></math></p>', '$$\nH = - \\sum_{x} p \\log p\n$$'],
  // A bracket MathJax set apart (the ")" of (pc)^2 the base of its power): the bracket alone, no empty \left/\right fence.
  ['<p><math><mi>E</mi><mo>=</mo><mo stretchy="false">(</mo><mi>p</mi><mi>c</mi><msup><mo stretchy="false">)</mo><mn>2</mn></msup></math></p>', '$E = ( p c )^{2}$'],
  // MathJax 3's assistive MathML without a TeX annotation.
  ['<p>so <mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math display="true" aria-hidden="true"></mjx-math><mjx-assistive-mml display="block"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><msup><mi>e</mi><mrow><mi>i</mi><mi>π</mi></mrow></msup></math></mjx-assistive-mml></mjx-container></p>', 'so\n\n$$\ne^{i \\pi}\n$$'],
];

/** MathJax 3 CommonHTML as it draws x_i^2 + ∛y − ż: glyphs as CSS, code points in class names. */
const CHTML = '<p>so <mjx-container class="MathJax" jax="CHTML"><mjx-math class="MJX-TEX"><mjx-msubsup><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D465 TEX-I"></mjx-c></mjx-mi><mjx-script style="vertical-align: -0.247em;"><mjx-mn class="mjx-n" size="s"><mjx-c class="mjx-c32"></mjx-c></mjx-mn><mjx-spacer style="margin-top: 0.18em;"></mjx-spacer><mjx-mi class="mjx-i" size="s"><mjx-c class="mjx-c1D456 TEX-I"></mjx-c></mjx-mi></mjx-script></mjx-msubsup><mjx-mo class="mjx-n" space="3"><mjx-c class="mjx-c2B"></mjx-c></mjx-mo><mjx-mroot space="3"><mjx-root><mjx-mn class="mjx-n" size="ss"><mjx-c class="mjx-c33"></mjx-c></mjx-mn></mjx-root><mjx-sqrt><mjx-surd><mjx-mo class="mjx-n"><mjx-c class="mjx-c221A"></mjx-c></mjx-mo></mjx-surd><mjx-box style="padding-top: 0.171em;"><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D466 TEX-I"></mjx-c></mjx-mi></mjx-box></mjx-sqrt></mjx-mroot><mjx-mo class="mjx-n" space="3"><mjx-c class="mjx-c2212"></mjx-c></mjx-mo><mjx-mover space="3"><mjx-over style="padding-bottom: 0.105em;"><mjx-mo class="mjx-n"><mjx-c class="mjx-c2D9"></mjx-c></mjx-mo></mjx-over><mjx-base><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D467 TEX-I"></mjx-c></mjx-mi></mjx-base></mjx-mover></mjx-math></mjx-container> holds</p>';

/** The same engine's fraction and big operator with limits (munderover lays out an inner mjx-munder box). */
const CHTML_SUM = '<p><mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math display="true"><mjx-mfrac><mjx-frac type="d"><mjx-num><mjx-nstrut type="d"></mjx-nstrut><mjx-mn><mjx-c class="mjx-c31">1</mjx-c></mjx-mn></mjx-num><mjx-dbox><mjx-dtable><mjx-line type="d"></mjx-line><mjx-row><mjx-den><mjx-dstrut type="d"></mjx-dstrut><mjx-mi><mjx-c class="mjx-c1D45B">𝑛</mjx-c></mjx-mi></mjx-den></mjx-row></mjx-dtable></mjx-dbox></mjx-frac></mjx-mfrac><mjx-munderover><mjx-over><mjx-mi size="s"><mjx-c class="mjx-c1D45B">𝑛</mjx-c></mjx-mi></mjx-over><mjx-box><mjx-munder><mjx-row><mjx-base><mjx-mo><mjx-c class="mjx-c2211 MM-LO">∑</mjx-c></mjx-mo></mjx-base></mjx-row><mjx-row><mjx-under><mjx-mrow size="s"><mjx-mi><mjx-c class="mjx-c1D456">𝑖</mjx-c></mjx-mi><mjx-mo><mjx-c class="mjx-c3D">=</mjx-c></mjx-mo><mjx-mn><mjx-c class="mjx-c31">1</mjx-c></mjx-mn></mjx-mrow></mjx-under></mjx-row></mjx-munder></mjx-box></mjx-munderover><mjx-msub><mjx-mi><mjx-c class="mjx-c1D465">𝑥</mjx-c></mjx-mi><mjx-script><mjx-mi size="s"><mjx-c class="mjx-c1D456">𝑖</mjx-c></mjx-mi></mjx-script></mjx-msub></mjx-math></mjx-container></p>';

/** MathJax 3 SVG output of x_i^2 = 1/√n: groups named by data-mml-node, glyphs by data-c. */
const SVG = '<p>so <mjx-container class="MathJax" jax="SVG"><svg xmlns="http://www.w3.org/2000/svg" width="9.5ex" height="4.2ex" role="img" focusable="false" viewBox="0 -1100 4200 1850"><defs><path id="MJX-2-TEX-I-1D465" d="M52 289Q59 331"></path></defs><g stroke="currentColor" fill="currentColor" stroke-width="0" transform="scale(1,-1)"><g data-mml-node="math"><g data-mml-node="msubsup"><g data-mml-node="mi"><use data-c="1D465" xlink:href="#MJX-2-TEX-I-1D465"></use></g><g data-mml-node="mn" transform="translate(605,413) scale(0.707)"><use data-c="32" xlink:href="#MJX-2-TEX-N-32"></use></g><g data-mml-node="mi" transform="translate(605,-247) scale(0.707)"><use data-c="1D456" xlink:href="#MJX-2-TEX-I-1D456"></use></g></g><g data-mml-node="mo" transform="translate(1230.8,0)"><use data-c="3D" xlink:href="#MJX-2-TEX-N-3D"></use></g><g data-mml-node="mfrac" transform="translate(2286.6,0)"><g data-mml-node="mn" transform="translate(220,676)"><use data-c="31" xlink:href="#MJX-2-TEX-N-31"></use></g><g data-mml-node="msqrt" transform="translate(220,-710)"><g transform="translate(853,0)"><g data-mml-node="mi"><use data-c="1D45B" xlink:href="#MJX-2-TEX-I-1D45B"></use></g></g><g data-mml-node="mo" transform="translate(0,106)"><use data-c="221A" xlink:href="#MJX-2-TEX-N-221A"></use></g><rect width="600" height="60" x="853" y="846"></rect></g><rect width="1700" height="60" x="120" y="220"></rect></g></g></g></svg></mjx-container> holds</p>';

describe('MathML without TeX', () => {
  it.each(MATHML)('%s', (html, markdown) => {
    expect(renderMarkdown(html)).toBe(`${markdown}\n`);
  });
});

describe("MathJax 3's drawn output without MathML", () => {
  it('reads CommonHTML glyphs from their class names', () => {
    expect(renderMarkdown(CHTML)).toBe('so $x_{i}^{2} + \\sqrt[3]{y} - \\overset{\\cdot}{z}$ holds\n');
  });
  it('reads CommonHTML fractions and limits, and styled letters as plain ones', () => {
    expect(renderMarkdown(CHTML_SUM)).toBe('$$\n\\frac{1}{n} \\sum_{i = 1}^{n} x_{i}\n$$\n');
  });
  it('reads SVG groups and their glyph code points, without the drawn radical sign', () => {
    expect(renderMarkdown(SVG)).toBe('so $x_{i}^{2} = \\frac{1}{\\sqrt{n}}$ holds\n');
  });
  it('leaves a container that drew nothing', () => {
    expect(renderMarkdown('<p>a <mjx-container class="MathJax" jax="CHTML"></mjx-container> b</p>')).toBe('a b\n');
  });
  it('does not read a drawing nested deeper than a formula is (the reading recurses)', () => {
    const nested = (depth: number) => `${'<g data-mml-node="mrow">'.repeat(depth)}<g data-mml-node="mi"><use data-c="78"></use></g>${'</g>'.repeat(depth)}`;
    const drawing = (depth: number) => `<p>a <mjx-container jax="SVG"><svg><g data-mml-node="math">${nested(depth)}</g></svg></mjx-container> b</p>`;
    expect(renderMarkdown(drawing(3))).toBe('a $x$ b\n');
    expect(renderMarkdown(drawing(300))).toBe('a b\n');
  });
});

describe('formulas drawn as images by a TeX service', () => {
  it.each([
    // The alt is a label, the URL holds the TeX: CodeCogs' query (its drawing options dropped), Upmath's path, Google Charts' chl.
    ['<p><img src="https://latex.codecogs.com/svg.latex?%5Cdpi%7B110%7D&space;x%5E2&space;+&space;y" alt="equation"></p>', '$x^2 + y$'],
    ['<p><img src="https://i.upmath.me/svg/%5Cfrac%7Ba%7D%7Bb%7D" alt=""></p>', '$\\frac{a}{b}$'],
    ['<p><img src="https://chart.googleapis.com/chart?cht=tx&chl=E%3Dmc%5E2"></p>', '$E=mc^2$'],
    ['<p><img src="https://render.githubusercontent.com/render/math?math=x_1"></p>', '$x_1$'],
    // The TeX an editor keeps on its image (Canvas's data-equation-content), its alt's "LaTeX: " label aside; a formula
    // image by its class whose alt has no TeX markup (Sphinx imgmath's img.math).
    ['<p>so <img class="equation_image" title="L = 5" src="/equation_images/L%2520%253D%25205" alt="LaTeX: L = 5" data-equation-content="L = 5"> holds</p>', 'so $L = 5$ holds'],
    ['<p>so <img class="equation_image" src="/equation_images/x" alt="LaTeX: \\frac{dx}{dt} = 0.3"> holds</p>', 'so $\\frac{dx}{dt} = 0.3$ holds'],
    ['<p>on <img class="math" src="../_images/math/1a2b.png" alt="[a, b]"> only</p>', 'on $[a, b]$ only'],
    // Alone in a centred paragraph (WordPress.com's, Upmath's), or drawn in display mode: a displayed formula.
    ['<p style="text-align:center"><img src="https://s0.wp.com/latex.php?latex=%5Cfrac%7Ba%7D%7Bb%7D&amp;bg=ffffff" alt="\\frac{a}{b}"></p>', '$$\n\\frac{a}{b}\n$$'],
    ['<p align="center"><img align="center" src="https://i.upmath.me/svg/x%5E2" alt="x^2"></p>', '$$\nx^2\n$$'],
    ['<p><img src="https://render.githubusercontent.com/render/math?math=x_1&amp;mode=display"></p>', '$$\nx_1\n$$'],
    ['<p style="text-align:center">so <img src="https://i.upmath.me/svg/x%5E2" alt="x^2"></p>', 'so $x^2$'],
    // A document editor's formula block (腾讯文档's export): its image alone, the TeX in the alt, displayed.
    ['<div class="doc-block formula-block" data-block-type="formula"><img class="formula-img" src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="z_i = \\frac{x_i - \\mu}{\\sigma}" data-formula-type="latex"></div>', '$$\nz_i = \\frac{x_i - \\mu}{\\sigma}\n$$'],
    // The alt is the TeX, whatever characters it uses.
    ['<p>see <img src="https://www.zhihu.com/equation?tex=a%2Bb" alt="a+b" eeimg="1"> ok</p>', 'see $a+b$ ok'],
    // Jianshu's service, its alt the TeX without a command.
    ['<p>so <img src="https://math.jianshu.com/math?formula=E%3Dmc%5E2" alt="E=mc^2" mathimg="1"> holds</p>', 'so $E=mc^2$ holds'],
    // Zhihu's display formula: its TeX closed by a line break, alone in its paragraph; beside text the break is the formula's.
    ['<p><img src="https://www.zhihu.com/equation?tex=E%3Dmc%5E2%5C%5C" alt="E=mc^2\\\\" eeimg="1"></p>', '$$\nE=mc^2\n$$'],
    ['<p>see <img src="https://www.zhihu.com/equation?tex=a%5C%5C" alt="a\\\\" eeimg="1"> ok</p>', 'see $a\\\\$ ok'],
    // LaTeX2HTML draws each inline formula as an image, its TeX between dollars in the alt; a price in an alt is no formula.
    ['<p>takes <IMG WIDTH="46" HEIGHT="18" ALIGN="BOTTOM" BORDER="0" SRC="img2.png" ALT="$n^{1-c}$"> steps</p>', 'takes $n^{1-c}$ steps'],
    ['<p><img src="sale.png" alt="$5 off"></p>', '![$5 off](sale.png)'],
    // QuickLaTeX writes the TeX in the alt with its delimiters.
    ['<p>see <img src="https://example.org/ql-cache/quicklatex.com-1_l3.png" class="ql-img-inline-formula" alt="\\[x^2 + y^2\\]"> ok</p>', 'see $x^2 + y^2$ ok'],
    ['<p>see <img src="https://example.org/ql-cache/quicklatex.com-2_l3.png" class="ql-img-inline-formula" alt="\\(\\alpha\\)"> ok</p>', 'see $\\alpha$ ok'],
    // A CodeCogs link escaped once more by a CMS: its `&plus;` is still a plus.
    ['<p>so <img src="https://latex.codecogs.com/gif.latex?a&amp;space;&amp;plus;&amp;space;b" title="a + b"> ok</p>', 'so $a + b$ ok'],
    // Displayed formula images: marked so by their class (Pandoc's --webtex, QuickLaTeX, Doxygen), delimited so in the alt, or in Sphinx imgmath's div.math.
    ['<p><img src="https://latex.codecogs.com/png.latex?%5Csum_i" alt="\\sum_i x_i" class="math display"></p>', '$$\n\\sum_i x_i\n$$'],
    // An alt that is only the first piece of the formula the address draws: the address's TeX.
    ['<p>where <img src="https://latex.codecogs.com/svg.latex?W_i^Q\\in\\mathbb{R}^{d_{model}\\times&amp;space;d_k}" alt="W_i^Q"> holds</p>', 'where $W_i^Q\\in\\mathbb{R}^{d_{model}\\times d_k}$ holds'],
    // Pandoc's --webtex asks for the style (`\textstyle `) before the formula the alt holds whole: the alt's TeX.
    ['<p>so <img style="vertical-align:middle" src="https://latex.codecogs.com/png.latex?%5Ctextstyle%20%5Csigma%28z%29%20%3D%201%2F%281%2Be%5E%7B-z%7D%29" alt="\\sigma(z) = 1/(1+e^{-z})" title="\\sigma(z) = 1/(1+e^{-z})" class="math inline" /> holds</p>', 'so $\\sigma(z) = 1/(1+e^{-z})$ holds'],
    // An alt holding a display environment (AoPS's `\begin{align*}`) is a displayed formula, however the image is set.
    ['<p>so <img src="//latex.artofproblemsolving.com/e/9/8/e98d.png" class="latexcenter" alt="\\begin{align*} a &amp;= b \\\\ &amp;= c \\end{align*}"> holds</p>', 'so\n\n$$\n\\begin{align*} a &= b \\\\ &= c \\end{align*}\n$$\n\n holds'],
    ['<p class="ql-center-displayed-equation"><span class="ql-right-eqno"> &nbsp; </span><span class="ql-left-eqno"> &nbsp; </span><img src="https://example.org/ql-cache/quicklatex.com-3_l3.png" class="ql-img-displayed-equation quicklatex-auto-format" alt="\\int f"></p>', '$$\n\\int f\n$$'],
    ['<p>Value <img class="formulaInl" alt="$x_i^2$" src="form_0.png"> here.</p><p class="formulaDsp"><img class="formulaDsp" alt="\\[ \\sum_i x_i \\]" src="form_1.png"></p>', 'Value $x_i^2$ here.\n\n$$\n\\sum_i x_i\n$$'],
    ['<p>Value <img src="_images/math/a1.png" alt="x_i^2" class="math"> here.</p><div class="math"><p><img src="_images/math/b2.png" alt="\\sum_i x_i"></p></div>', 'Value $x_i^2$ here.\n\n$$\n\\sum_i x_i\n$$'],
    // Gitea's math: inline as a code span named so, displayed as a ```math block.
    ['<p>Value <code class="language-math is-loading">x_i^2</code> here.</p><pre class="code-block is-loading"><code class="chroma language-math display">\\sum_i x_i</code></pre>', 'Value $x_i^2$ here.\n\n$$\n\\sum_i x_i\n$$'],
    // Another chart of the same service is a picture.
    ['<p><img src="https://chart.googleapis.com/chart?cht=bvs&chd=t:1" alt="chart"></p>', '![chart](https://chart.googleapis.com/chart?cht=bvs&chd=t:1)'],
  ])('%s', (html, markdown) => {
    expect(renderMarkdown(html)).toBe(`${markdown}\n`);
  });
});

describe('tables that only lay out equations', () => {
  it('are unwrapped: the formula on its own lines, its number beside it', () => {
    const html = '<table class="ltx_equation"><tr><td></td><td><math display="block" alttext="E=mc^2"><mi>E</mi></math></td><td>(1)</td></tr></table>';
    expect(renderMarkdown(html)).toBe('$$\nE=mc^2\n$$\n\n(1)\n');
  });
  it('stay tables when a cell holds prose', () => {
    const html = '<table><tr><th>Name</th><th>Formula</th></tr><tr><td>energy</td><td><math alttext="E=mc^2"><mi>E</mi></math></td></tr></table>';
    expect(renderMarkdown(html)).toBe('| Name | Formula |\n| --- | --- |\n| energy | $E=mc^2$ |\n');
  });
});

describe('TeX left in the text for a script to typeset', () => {
  const cases: [html: string, markdown: string][] = [
    ['<p>so \\(x^2\\) and $y_1$ hold</p>', 'so $x^2$ and $y_1$ hold'],
    ['<p>it reads \\[ a \\leq b \\] here</p>', 'it reads\n\n$$\na \\leq b\n$$\n\nhere'],
    ['<p>$$\\sum_i i$$</p>', '$$\n\\sum_i i\n$$'],
    // Money is not a formula, and code keeps its dollars and backslashes.
    ['<p>from $5 to $10, or $ 3 $</p>', 'from $5 to $10, or $ 3 $'],
    ['<p><code>echo $a $b</code> and <pre>\\(x\\)</pre></p>', '`echo $a $b` and\n\n```\n\\(x\\)\n```'],
    // A math environment MathJax typesets without delimiters.
    ['<p>so \\begin{align*} a &amp;= 1 \\end{align*} holds, \\begin{equation} unclosed</p>', 'so\n\n$$\n\\begin{align*} a &= 1 \\end{align*}\n$$\n\nholds, \\begin{equation} unclosed'],
    // A displayed formula over lines split by <br>; an unclosed $$ leaves the lines as they were.
    ['<p>Intro<br>$$<br>a = b<br>c = d<br>$$<br>More</p>', 'Intro\n\n$$\na = b\nc = d\n$$\n\nMore'],
    // tex4ht writes a space after \\begin and \\end, as MathJax allows.
    ['<p>gives \\begin {equation} \\varphi (t) = 1 \\end {equation} and</p>', 'gives\n\n$$\n\\begin {equation} \\varphi (t) = 1 \\end {equation}\n$$\n\nand'],
    ['<p>costs $$ a lot<br>and more</p>', 'costs $$ a lot\\\nand more'],
  ];
  it.each(cases)('%s', (html, markdown) => {
    expect(renderMarkdown(html)).toBe(`${markdown}\n`);
  });
});
