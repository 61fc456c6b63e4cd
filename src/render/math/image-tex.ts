// A formula drawn as an image by a TeX service, or marked as one by its class: its TeX, from the
// alt text, else from the image's URL, which carries the TeX for the service to draw.
import { decodeText } from '../../decode/entities.js';
import { PLAIN_FORMULA } from '../../clean/math-data.js';

/**
 * Services drawing the TeX given in their URL (Upmath's old domain s2cms.ru, Zhihu's and Juejin's `/equation?tex=`,
 * Jianshu's `/math?formula=`, Yuque's and Lake's `__latex/….svg#card=math&code=`).
 */
const TEX_SERVICE = /(?:\/math\?(?:[^#]*&)?formula=|codecogs\.com\/[\w.]*(?:latex|image)\?|i\.upmath\.me|tex\.s2cms\.ru|chart\.(?:apis\.google|googleapis)\.com\/chart\?(?:[^#]*&)?cht=tx|\/math\/render\/|mathtex\.cgi|latex\.php|\/tex\?|s0\.wp\.com\/latex|\/equation\?(?:[^#]*&)?tex=|render\.githubusercontent\.com\/render\/math|latex\.artofproblemsolving\.com|math\.now\.sh|latex\.csdnimg\.cn|quicklatex\.com|mimetex\.cgi|sciweavers\.org\/tex2img|\/__latex\/)/i;
/** Classes of formula images: Wikipedia's, WordPress's, QuickLaTeX's, Sphinx imgmath's `math`, Doxygen's `formulaInl`/`formulaDsp`. */
const TEX_CLASS = /(?:^|\s)(?:mwe-math-fallback-image-(?:inline|display)|latex|tex|math|math-image|wp-latex|mathcode|ql-img-(?:inline-formula|displayed-equation)|formula(?:Inl|Dsp))(?:\s|$)/i;
/** Query parameters services read the TeX from. */
const TEX_PARAMETERS = ['latex', 'tex', 'chl', 'math', 'from', 'formula', 'eq'];
/** CodeCogs' drawing options before the TeX: \dpi{150}, \bg_white, \bg{white}, \fn_cm, \inline, \large. */
const CODECOGS_OPTIONS = /^(?:\s*(?:\\dpi\{\d+\}|\\bg_\w+|\\bg\{\w+\}|\\fn_\w+|\\inline|\\(?:tiny|small|normal|large|Large|LARGE|huge)\b))+\s*/;
/** An alt that is TeX, not a label ("equation", "Rendered by QuickLaTeX.com"). */
const TEX_LIKE = /[\\^_{}=+\-*/<>()|[\]]|^[\p{L}\p{N}]{1,3}$/u;
/** Class-marked images without a service: the alt must look like TeX markup. */
const TEX_MARKUP = /[\\^_{}=]|^[a-z]$/i;

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
};

/** The image's address parsed, or undefined when it is none. */
function parsedUrl(src: string): URL | undefined {
  try {
    return new URL(src, 'https://example.invalid/');
  } catch {
    return undefined;
  }
}

/** The TeX in a TeX service's image URL, or ''. */
function texFromUrl(src: string): string {
  const url = parsedUrl(src);
  if (!url) return '';
  for (const name of TEX_PARAMETERS) {
    const value = url.searchParams.get(name);
    if (value?.trim()) return value.trim();
  }
  // A Lake card's TeX, in the fragment.
  const card = new URLSearchParams(url.hash.slice(1));
  if (card.get('card') === 'math' && card.get('code')?.trim()) return card.get('code')!.trim();
  // CodeCogs' editor writes `&space;` and `&plus;` in its links (a CMS escaping them again leaves them in the address).
  if (/codecogs\.com$/i.test(url.hostname)) return decodeText(decode(url.search.slice(1)).replace(/&space;/g, ' ')).replace(CODECOGS_OPTIONS, '').trim();
  if (/(?:upmath\.me|s2cms\.ru)$/i.test(url.hostname)) return decode(url.pathname.replace(/^\/(?:svg|png)\//, '')).trim();
  // mimeTeX and mathTeX read the whole query as the TeX.
  if (/\/(?:mime|math)tex\.cgi$/i.test(url.pathname)) return decode(url.search.slice(1)).trim();
  return '';
}

/** The style a formula is asked to be drawn in, before it in the address. */
const STYLE_ASKED = /^\s*\\(?:textstyle|displaystyle|scriptstyle)\b\s*/;

/** A TeX command (`\frac`, `\alpha`): TeX wherever an image of it is drawn. */
const TEX_COMMAND = /\\[a-zA-Z]{2,}/;
const DOLLAR_DELIMITED = /^\$\$[^$]+\$\$$|^\$[^$]+\$$/;
/** A Windows path in an alt ("C:\Users\…"), whose backslashes are no commands. */
const WINDOWS_PATH = /^[A-Za-z]:\\/;

/**
 * The TeX in the address of an image from a service we do not know: a TeX parameter's value, the
 * whole query (CodeCogs' way), or an encoded path segment (Upmath's), holding a TeX command.
 */
function texFromAnyUrl(src: string): string {
  const url = parsedUrl(src);
  if (!url) return '';
  const query = url.search.slice(1);
  const candidates = [
    ...TEX_PARAMETERS.map((name) => url.searchParams.get(name) ?? ''),
    /^[\w-]+=/.test(query) ? '' : decode(query.replace(/\+/g, ' ')),
    ...url.pathname.split('/').filter((segment) => /%5c/i.test(segment)).map((segment) => decode(segment.replace(/\.(?:svg|png|gif|jpe?g|webp)$/i, ''))),
  ];
  return candidates.map((tex) => tex.trim()).find((tex) => TEX_COMMAND.test(tex)) ?? '';
}

/** A label before the TeX in an alt (Canvas's "LaTeX: \frac{dx}{dt}"). */
const ALT_LABEL = /^(?:LaTeX|TeX|Math|Formula|Equation)\s*:\s*/i;

/** An alt's TeX without the label and the delimiters it may be written in: $…$, $$…$$, \(…\), \[…\] (QuickLaTeX's). */
function withoutDelimiters(labelled: string): string {
  const alt = labelled.replace(ALT_LABEL, '');
  const delimited = /^\\\[([\s\S]*)\\\]$|^\\\(([\s\S]*)\\\)$/.exec(alt);
  return (delimited ? (delimited[1] ?? delimited[2]!) : alt.replace(/^\$+|\$+$/g, '')).trim();
}

/** The TeX of an image by its src, alt and class: '' when it is not a formula. */
export function texOfImage(src: string, rawAlt: string, className: string): string {
  const alt = withoutDelimiters(rawAlt.trim());
  if (TEX_SERVICE.test(src)) {
    // The alt as the page wrote it, unless it is only a piece of the formula the address has drawn (an alt cut to its first symbol).
    const drawn = texFromUrl(src);
    const squashed = (tex: string) => tex.replace(/\s+/g, '');
    // Pandoc's --webtex asks for the style the formula is set in (`\textstyle …`): the same formula as the alt, no more of it.
    const asked = squashed(drawn.replace(STYLE_ASKED, ''));
    const piece = !!drawn && asked.length > squashed(alt).length && asked.includes(squashed(alt));
    return alt && TEX_LIKE.test(alt) && !piece ? alt : drawn;
  }
  // A formula image by its class: its alt TeX, or a formula without TeX's markup (Sphinx imgmath's `[a, b]`, `2n-1`).
  if (alt && (TEX_MARKUP.test(alt) || PLAIN_FORMULA.test(alt)) && TEX_CLASS.test(className)) return alt;
  if (TEX_COMMAND.test(alt) && !WINDOWS_PATH.test(alt)) return alt;
  // An alt written between TeX's dollars, with TeX's markup in it (LaTeX2HTML's `ALT="$n^{1-c}$"`).
  if (DOLLAR_DELIMITED.test(rawAlt.trim()) && TEX_MARKUP.test(alt)) return alt;
  return texFromAnyUrl(src);
}

const FORMULA_ATTRIBUTES = ['data-equation-content', 'data-latex'];

/** The TeX of a formula image, or '' when the image is not one. */
export function imageTex(img: Element): string {
  if (img.nodeName !== 'IMG') return '';
  // The TeX an editor keeps on the image it drew (Canvas's `img.equation_image[data-equation-content]`).
  const kept = FORMULA_ATTRIBUTES.map((name) => img.getAttribute(name)?.trim()).find(Boolean);
  if (kept) return kept;
  return texOfImage(img.getAttribute('src') ?? '', img.getAttribute('alt') ?? '', img.getAttribute('class') ?? '');
}
