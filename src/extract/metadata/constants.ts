// Where each metadata field is looked for, strongest source first. Structured data the
// publisher writes for machines (OpenGraph, JSON-LD) beats guesses from visible markup.

export const TITLE_METAS = ['og:title', 'twitter:title', 'dc.title', 'headline'] as const;

/** Byline metas; `article:author` is often a profile URL, which the validator drops. */
export const AUTHOR_METAS = ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author'] as const;

/** Visible byline elements, most specific first. */
export const AUTHOR_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  '.byline .author',
  '.author-name',
  '.byline',
  '.author',
] as const;

/** Publication date metas; modification dates come last, only when nothing else says. */
export const DATE_METAS = [
  'article:published_time',
  'datePublished',
  'og:published_time',
  'publishdate',
  'pubdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
  'article:modified_time',
  'og:updated_time',
] as const;

export const IMAGE_METAS = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'] as const;

export const SITE_METAS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title'] as const;

/** Separators between a headline and the site name in a <title>. */
export const TITLE_SEPARATORS = /\s+[|\-–—·»:]\s+|\s*[|｜_]\s*|\s*[-–—]{1,2}\s*(?=[^-–—]*$)/;
