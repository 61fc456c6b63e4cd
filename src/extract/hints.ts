// The generic extractor's vocabulary: words in class names and ids that say what a block is.
// Matched at the start of a class/id token ("comment" matches "comments", "comment-list").

/** Blocks that hold the article. */
export const POSITIVE_HINTS = ['article', 'content', 'post', 'entry', 'body', 'text', 'story', 'main', 'blog', 'detail', 'rich_media', '正文', '内容'];

/** Blocks that are never the article. */
export const NEGATIVE_HINTS = [
  'comment', 'footer', 'foot', 'sidebar', 'side', 'related', 'share', 'social', 'nav', 'menu', 'breadcrumb',
  'promo', 'sponsor', 'advert', 'banner', 'widget', 'popup', 'modal', 'recommend', 'hot', 'rank', 'tags',
  'subscribe', 'newsletter', 'login', 'copyright', 'masthead', 'header', 'toolbar',
  '评论', '相关', '推荐', '版权', '热门', '分享',
];

/** Whole tokens only: short words that would match too much as prefixes. */
export const NEGATIVE_TOKENS = ['ad', 'ads', 'adv', 'gg', 'top', 'meta'];

/**
 * Blocks skipped when scoring: their text never counts toward the article, unless their
 * names also say they may hold it (MAYBE_CONTENT), as in "article-comments-wrapper main".
 */
export const UNLIKELY_CONTENT = [
  '-ad-', 'ai2html', 'banner', 'breadcrumbs', 'combx', 'comment', 'community', 'cover-wrap', 'disqus', 'extra', 'footer',
  'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar', 'skyscraper',
  'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager', 'popup', 'yom-remote',
  'signup', 'newsletter', 'privacy', 'subscribe', 'cookie', 'consent', 'dropdown', 'modal', 'promo', 'recommend', 'trending',
  '评论', '相关', '推荐', '热门',
];
export const MAYBE_CONTENT = ['and', 'article', 'body', 'column', 'content', 'main', 'shadow', 'post', 'entry', 'story', '正文'];

/** Elements whose text is not article text wherever they stand. */
export const NEVER_CONTENT = 'script, style, noscript, template, nav, aside, footer, iframe, button, select, textarea, input, svg, canvas, object, embed';

/** Text blocks whose text counts toward their ancestors' scores. */
export const PARAGRAPHS = 'p, pre, blockquote, td, li, h2, h3, h4, h5, h6, dd, div, section, article, main, font, center, span';

/** Elements that may be chosen as the article container. */
export const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'td', 'body']);
