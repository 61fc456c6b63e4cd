// What bench/extract.mjs reads from a modern-dev page's own markup, before any extractor runs:
// whether it is an article page (to report article pages and other pages apart), and the time
// zone its <html lang> suggests (to accept a date's day as the page shows it).
//
// The article test is a heuristic, not a truth: a page is an article when it declares itself
// one, in JSON-LD (an @type ending in Article, e.g. NewsArticle or TechArticle, or BlogPosting
// or Report) or with og:type "article". A page that declares nothing counts as another page, and
// a site that marks every page an article puts them all among the articles.

const JSON_LD = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json\b[^>]*>([\s\S]*?)<\/script\s*>/gi;
const ARTICLE_TYPE = /^(?:\w*Article|\w*BlogPosting|Report)$/;
const META_TAG = /<meta\b[^>]*>/gi;
const OG_TYPE = /\bproperty\s*=\s*["']?og:type["'\s/>]/i;
const ARTICLE_CONTENT = /\bcontent\s*=\s*["']?article["'\s/>]/i;

/** A JSON-LD block's value, or undefined when it does not parse (raw control characters are read as spaces). */
function parseJsonLd(text) {
  for (const candidate of [text, text.replace(/[\u0000-\u001f]+/g, ' ')]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // the next candidate, then give up
    }
  }
  return undefined;
}

/** The entities a JSON-LD value declares at its top: itself (or its array items) and its @graph members. */
function topEntities(value) {
  if (Array.isArray(value)) return value.flatMap(topEntities);
  if (!value || typeof value !== 'object') return [];
  return [value, ...(Array.isArray(value['@graph']) ? value['@graph'].flatMap(topEntities) : [])];
}

/** Every @type the page's JSON-LD declares at its top (schema.org names, prefixes like "schema:" dropped). */
export function jsonLdTypes(html) {
  const types = [];
  for (const [, block] of html.matchAll(JSON_LD)) {
    for (const entity of topEntities(parseJsonLd(block))) {
      types.push(...[entity['@type']].flat().filter((type) => typeof type === 'string').map((type) => type.replace(/^.*[/:]/, '')));
    }
  }
  return types;
}

function hasOgTypeArticle(html) {
  return [...html.matchAll(META_TAG)].some(([tag]) => OG_TYPE.test(tag) && ARTICLE_CONTENT.test(tag));
}

/** 'article' or 'other', by the heuristic above. */
export function pageKind(html) {
  return jsonLdTypes(html).some((type) => ARTICLE_TYPE.test(type)) || hasOgTypeArticle(html) ? 'article' : 'other';
}

/** Zones whose day a page's date may show, by <html lang>'s primary language. */
const LANGUAGE_ZONES = { zh: 'Asia/Shanghai', ja: 'Asia/Tokyo', ko: 'Asia/Seoul' };

/** The page's own time zone when its <html lang> tells it ([] when it does not: UTC alone is used). */
export function pageTimeZones(html) {
  const lang = /<html\b[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})\b/i.exec(html)?.[1]?.toLowerCase();
  const zone = lang && LANGUAGE_ZONES[lang];
  return zone ? [zone] : [];
}
