// Where each metadata field is looked for, strongest source first. Structured data the
// publisher writes for machines (OpenGraph, JSON-LD) beats guesses from visible markup.
import type { Element } from 'domhandler';

/**
 * Title metas in Readability's order (its expected titles are our reference): Dublin Core
 * is set deliberately by publishers who bother; og:title is nearly universal; a bare
 * `title` meta and twitter:title are often shortened for sharing.
 */
export const TITLE_METAS = [
  'dc:title', 'dcterm:title', 'dcterms:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title', 'headline', 'enp:title',
  // China's government-site standard (政府网站 ArticleTitle beside SiteName, ColumnName, PubDate).
  'articletitle',
] as const;

/** Where a page summarises itself. */
export const DESCRIPTION_METAS = ['description', 'og:description', 'twitter:description', 'dc:description'] as const;

/** Separators Readability cuts a <title> at (" | ", " - ", " » "…); the hierarchical ones say "Site > Section > Page". */
export const TITLE_SPACED_SEPARATOR = / [|\-–—\\/>»] /;
export const TITLE_HIERARCHICAL_SEPARATOR = / [\\/>»] /;

/** Separators written without spaces in Chinese titles ("标题_频道_网站"): the headline comes first. */
export const TITLE_TIGHT_SEPARATOR = /\s*(?:[_｜|]|--|——)\s*/;

/** Fallback headline elements when a page has no <title>, strongest first. */
export const TITLE_ELEMENTS = ['h1', '[class], [id]', 'h2'] as const;

/**
 * A class or id naming a title element: a token starting with title/heading/headline/subject ("post-title", "TitleUrl", a forum's
 * "thread_subject"), or a story's title run together ("newstitle", old CMSs'), or Chinese templates' pinyin for 标题 (政务公开 pages' div.xxgk_bt).
 */
export const TITLE_ELEMENT_NAME = /(?:^|[\s_-])(?:[a-z]?title|heading|headline|subject|tit\d*(?=$|[\s_-])|bt(?=$|[\s_-])|biaoti|(?:news|article|art|post|entry|content|detail)title(?=$|[\s_-])|(?:article|post|thread|blog|news)[_-]?topic(?=$|[\s_-]))/i;
/** Or a camel-cased name ending with one ("main_ArticleTitle", an old CMS's; Condé Nast's "ContentHeaderHed", a newsroom's word for it). */
export const CAMEL_TITLE_NAME = /[A-Za-z](?:Title|Headline|Hed)(?![a-z])/;

/**
 * Byline metas. Scholarly citation metas name the paper's authors exactly; then the
 * Dublin Core and plain `author` metas Readability reads in this order. `article:author`
 * is often a profile URL, which the validator drops.
 */
export const AUTHOR_METAS = [
  'citation_author', 'citation_authors', 'dc:creator', 'dcterm:creator', 'dcterms:creator', 'enp:author', 'author', 'parsely-author', 'article:author', 'og:article:author', 'byl', 'sailthru.author', 'cXenseParse:author',
] as const;

/**
 * Visible byline elements, most specific first: microdata and rel=author say "this is the
 * author"; class names only suggest it, and a container's name beats its wrapper's.
 */
export const AUTHOR_SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]',
  // Material for MkDocs' blog: each writer's profile under the post's title.
  '.md-post__authors .md-profile__description strong',
  '[itemprop~="author"]',
  'a[rel~="author"]',
  '[rel~="author"]',
  '.byline .author',
  '.byline-name',
  '.author-name',
  '.authorName',
  '[class*="author-name" i]',
  '[class*="author_name" i]',
  '[class*="author" i][class*="name" i]',
  // A writer's name so named (起点's a.writer-name).
  '[class*="writer-name" i], [class*="writer_name" i], [class*="writerName" i]',
  // A name inside a box named for the writer (Yonhap's div.writer-zone01 > strong.tit-name).
  '[class*="writer" i] [class*="name" i]',
  '.byline',
  '.author',
  '[class*="byline" i]',
  // Not a writer's note to readers under a chapter (起点's author-say, 作者的话), nor a shop's sign-in link (Magento's li.authorization-link).
  '[class*="author" i]:not(html):not(body):not([class*="authorit" i]):not([class*="authoriz" i]):not([class*="authoris" i]):not([class*="author-say" i]):not([class*="authorsay" i]):not([class*="author_say" i])',
  // Or by its id alone (the Inquirer's div#art_author).
  '[id$="author" i]:not(html):not(body), [id*="author-name" i], [id*="author_name" i], [id*="authorName"]',
  // Component frameworks name the part in a data attribute rather than a class (data-testid="byline", Wix's data-hook="user-name").
  '[data-testid*="byline" i], [data-qa*="byline" i], [data-component*="byline" i]',
  '[data-testid*="author" i], [data-qa*="author" i], [data-hook*="author" i], [data-component*="author" i]',
  '[data-hook="user-name"]',
  // LiveJournal's engine (Dreamwidth, LiveJournal): the entry's poster, a user link marked ljuser.
  '.entry-poster .ljuser, .poster .ljuser',
  'a[href*="?author="]',
  // Self-media platforms show the posting account under the headline (人民号's "media-name", 企鹅号's "account-name",
  // 大鱼号's "wm-name" for we-media), audio and UGC sites the poster's nickname (喜马拉雅's "nick-name").
  '[class*="media-name" i], [class*="media_name" i], [class*="account-name" i], [class*="account_name" i], [class~="wm-name" i]',
  '[class*="nick-name" i], [class*="nickname" i], [class*="nick_name" i]',
  // A community's poster, a link to their profile named for the user (雪球's a.user-name over its long posts).
  'a[class~="user-name" i][href], a[class~="username" i][href]',
  // Or the link inside a box so named (a forum's div.user_name, p.user-name, div.userName), or a link named for the nick (a.user_nick).
  '[class*="user" i][class*="name" i] > a[href], a[class*="user" i][class*="nick" i][href]',
  // A news site's reporter credit ("content_reporter": "新頭殼newtalk | 王小明 綜合報導").
  '[class*="reporter" i]',
  // The writer's or reporter's box named in the page's language (Portuguese and Spanish "autor-noticia", French "auteur", Turkish "muhabir").
  '[class*="autor" i]:not([class*="autoriz" i]), [class*="auteur" i], [class*="muhabir" i]',
] as const;

/** Labels in front of a visible byline ("By Jane Roe", "Par …", "作者："), dropped. */
export const BYLINE_PREFIX = /^(?:(?:view|see|more)\s+(?:all\s+)?(?:posts|articles|stories|entries)\s+by\s+)|^(?:zeige\s+)?alle\s+beiträge\s+von\s+|^voir\s+tous\s+les\s+articles\s+(?:de|par)\s+|^ver\s+tod[oa]s\s+(?:l[oa]s|os)\s+(?:entradas|artículos|publicaciones|posts|artigos)\s+de\s+|^visualizza\s+tutti\s+gli\s+articoli\s+di\s+|^bekijk\s+alle\s+berichten\s+van\s+|^as\s+told\s+to\s+|^(?:(?:written|authored|posted|guest\s+post|blog\s+post|post|analysis|commentary|essay|column|op-ed|opinion|reported|reviewed|words|text|story|added|submitted|created|started|asked|uploaded|shared|contributed)\s*)?(?:by|par|von|por|di|door|av|af|oleh|yazar|penulis|autore|autora|tác giả|بقلم|كتب|מאת|โดย|ผู้เขียน|द्वारा|लेखक)\s*(?:[:：]|[—–-](?=\s))?\s+|^about\s+(?:the\s+author\s*[:：]?\s*)?|^this\s+(?:article|story|post)\s+was\s+(?:contributed|written)\s+by\s+|^(?:propos recueillis|entretien réalisé|interview(?:ed)?)\s+(?:par|by)\s+|^(?:author|autor|auteur|автор|текст|作者|撰文|文|记者|编辑|责任编辑)\s*[:：|/／]\s*|^(?:author|autor|auteur|autore)\s+(?=\S)/i;

/** "ByJane Doe", "Written byAAA Travel": the label glued to a capitalised name (case-sensitive, so "Byron" stays). */
export const GLUED_BY = /^(?:(?:[Ww]ritten|[Pp]osted|[Rr]eviewed|[Rr]eported) ?)?[Bb]y(?=\p{Lu})/u;

/** "Reyan PerumalPublished on": a dateline's label glued to the name before it. */
export const GLUED_DATELINE = /(?<=\p{Ll})(?:Published|Updated|Posted|Last updated|Reviewed)\b.*$/u;

/** What trails a name in a byline element: a role (", AP Auto Writer"), a newsroom, a date. */
export const BYLINE_SUFFIX = /\s*(?:[,|–—-]\s*)?(?:\b(?:staff|senior|chief|contributing|games|news|health|science|political|associate|managing|executive)?\s*(?:editor|writer|reporter|correspondent|columnist|contributor|journalist(?:in)?|redakteur(?:in)?)\b.*$|\s+(?:on|updated|published)\s+.*\d{4}.*$)|\s*,[^,]*\b(?:editor|writer|reporter|correspondent|columnist|contributor)\b.*$|\s*,\s*(?:minister|secretary|director|president|professor|chair(?:man|woman|person)?|ceo|founder|head)\b.*$/i;

/** Words naming a writer's institution, never part of a person's name ("Montana State University"). */
export const INSTITUTION_WORDS = 'university|college|institute|academy|laboratory|hospital';

/** A writer's institution after the name (", Montana State University", ", University of Leeds"). */
export const INSTITUTION_AFTER = new RegExp(`\\s*,\\s*(?:the\\s+)?(?:[A-Z][\\w.&'-]*\\s+){0,5}(?:${INSTITUTION_WORDS})\\b.*$`, 'i');

/** A freelance's credit after the names ("Tasha Lamar and Eric S. Blake, Special to the Chronicle"): written for the paper, no name. */
export const SPECIAL_TO_AFTER = /(?<=\p{L})\s*,?\s+special to (?:the\s+)?\S.{0,60}$/iu;

/** Publication date metas. */
export const DATE_METAS = [
  'article:published_time',
  'og:article:published_time',
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
  'publish_date',
  'publication_date',
  'pub_date',
  'article:published',
  'dcterms:issued',
  'dcterms:created',
  'dc:date:created',
  'citation_publication_date',
  'citation_online_date',
  'citation_date',
  'prism:publicationdate',
  'datecreated',
  // Founder's CMS (方正翔宇, Chinese papers' sites and e-papers): its <!--enpproperty …--> comment, read as metas (metas.ts).
  'enp:date',
  // Baidu's time factor, which Chinese sites declare for its search (大鱼号's, many CMSs'): the release time.
  'og:release_date',
] as const;

/** Modification date metas: the date only when nothing else says, the page's own <time>s either. */
export const MODIFIED_METAS = ['article:modified_time', 'og:article:modified_time', 'og:updated_time'] as const;

export const IMAGE_METAS = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'] as const;

/** Hosts of blogs and sites, each site a subdomain named for it: jane.blogspot.com, jane.github.io. */
export const SITE_HOSTS = new Set([
  'blogspot.com', 'wordpress.com', 'github.io', 'gitlab.io', 'substack.com', 'tumblr.com', 'medium.com', 'ghost.io',
  'netlify.app', 'vercel.app', 'pages.dev', 'neocities.org', 'bearblog.dev', 'hashnode.dev', 'typepad.com', 'livejournal.com',
]);

export const SITE_METAS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title'] as const;

/** Separators between a headline and the site name in a <title> (a blog host's " :: "). */
export const TITLE_SEPARATORS = /\s+(?:[|\-–—·•»:]|::)\s+|\s*[|｜_]\s*|\s*[-–—]{1,2}\s*(?=[^-–—]*$)/;

// ---- text lines (text-lines.ts)

/** Elements whose end or start breaks a line of text (`br` included: old pages break lines with it). */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose text a reader never sees as text. */
export const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'option', 'textarea', 'button', 'iframe', 'svg']);

/** Readers' comment sections, by id or class: their names and dates are not the article's. */
export const COMMENT_SECTION = /(?:^|[\s_-])(?:comments?|comm|comment[-_]?list|commentlist|replies|reply|feedback|disqus|pinglun|webmentions?)(?:$|[\s_-])/i;

/**
 * Classes naming what kind of post or page a CMS shows, or its categories and tags, as comments or reviews (Drupal's
 * "node--type-expert-comment", WordPress' "category-comment", "tag-reviews"): the content's kind, no readers' comments.
 */
const CONTENT_KIND_CLASS = /(?<![\w-])(?:[\w-]*node-?-type-|category-|tag-|post-type-|format-)[\w-]*(?:comment|review|repl|feedback)[\w-]*/g;
/** The classes WordPress and Drupal give a post's or a page's container (post_class's "hentry", "post-123", Drupal's "node--type-article"). */
const POST_CONTAINER = /(?<![\w-])(?:hentry|post-\d+|status-publish|[\w-]*node-?-type-[\w-]+)(?![\w-])/;

/** A class list without the classes naming its content's kind as comments or reviews, on a post's container. */
export const withoutContentKind = (classes: string): string => (POST_CONTAINER.test(classes) ? classes.replace(CONTENT_KIND_CLASS, '') : classes);

/** An element's class and id as names of its part of the page. */
export const partNames = (el: { attribs: Record<string, string | undefined> }): string => `${withoutContentKind(el.attribs.class ?? '')} ${el.attribs.id ?? ''}`;

/** Whether the element's class or id names a comment section. A page's <body> or <html> is the whole page ("comments-page": a thread's). */
export const isCommentSection = (el: { name?: string; attribs: Record<string, string | undefined> }): boolean =>
  (!!el.attribs.id || !!el.attribs.class) && el.name !== 'body' && el.name !== 'html' && COMMENT_SECTION.test(partNames(el));

/**
 * A section listing comments, by id or class (plural or a list: "comments", "comment-list"): a
 * thread's opening post may be named as one comment ("timeline-comment") and still be the article.
 */
const COMMENTS_LIST = /(?:^|[\s_-])(?:comments|comment[-_]?(?:list|wrapper|wrap|area|box|item|view|post|section|container|module)|commentlist|replies|disqus|pinglun)(?:$|[\s_-])/i;

/** A list of customers' or learners' reviews ("reviews", Judge.me's "jdgm-review-widget", "testimonials"). */
const REVIEWS_SECTION = /(?:^|[\s_-])(?:reviews|review-widget|review-list|testimonials)(?:$|[\s_-])/i;

/** Inside a list of comments: a commenter's name, not the article's (the element itself may be named as a comment). */
export function inCommentList(el: Element): boolean {
  if (isCommentSection(el)) return true;
  for (let up = el.parent as Element | null; up && up.type === 'tag' && up.name !== 'body'; up = up.parent as Element | null) {
    const names = partNames(up);
    if (COMMENTS_LIST.test(names) || REVIEWS_SECTION.test(names)) return true;
  }
  return false;
}

/** Inside the comments or the reviews: a commenter's or a reviewer's time, not the article's. */
export function inComments(el: Element): boolean {
  for (let up: Element | null = el; up && up.type === 'tag'; up = up.parent as Element | null) {
    if (isCommentSection(up) || (up.name !== 'body' && REVIEWS_SECTION.test(partNames(up)))) return true;
  }
  return false;
}

// ---- dates and bylines written as text (text-date.ts, text-author.ts)

/**
 * Labels before a publication date, most explicit first: a "published" label names the
 * date we want, a bare 时间/日期 may be any date, an "updated" one only when nothing else is.
 */
export const DATE_LABELS = [
  '发布时间', '发表时间', '发布日期', '发表日期', '发稿时间', '出版日期', '发表于', '发布于', '发布', '发表',
  '發布時間', '發布日期', '發佈時間', '發佈日期', '發表時間', '發表日期', '發表於', '發布於', '發佈於', '发布於', '刊登日期',
  'Published on', 'Published', 'Posted on', 'Posted',
  // The publication's label in the languages pages are written in.
  'Publié le', 'Publié', 'Veröffentlicht am', 'Veröffentlicht', 'Publicado el', 'Publicado em', 'Publicado', 'Pubblicato il', 'Pubblicato',
  'Gepubliceerd op', 'Opublikowano', 'Опубликовано', 'Diterbitkan', 'Yayınlanma', '公開日', '投稿日', '입력', '기사입력', '등록', '업데이트', '수정',
  '时间', '日期', '更新时间', '更新于', '创建时间', '创建于',
] as const;

/**
 * An element marked as the update's date: microdata's dateModified, a test id or id naming the update, or a class saying updated
 * (WordPress themes' `time.updated` beside `time.entry-date.published`) without saying it is the
 * entry's date too (tagDiv's `time.entry-date.updated`, hAtom's one date marked both ways).
 */
export function isUpdateDate(el: { attribs: Record<string, string | undefined> }): boolean {
  const classes = el.attribs.class ?? '';
  return /(?:^|\s)dateModified(?:\s|$)/.test(el.attribs.itemprop ?? '') || (UPDATE_NAME.test(classes) && !/(?:^|\s)(?:published|entry-date)(?:\s|$)/.test(classes))
    // A test id or an id naming the update ("article-update-time").
    || UPDATE_NAME.test(`${el.attribs['data-testid'] ?? ''} ${el.attribs.id ?? ''}`);
}

const UPDATE_NAME = /(?:^|[\s_-])(?:update[ds]?|modified|last-?modified)(?:$|[\s_-])/i;

/** A date written as "YYYY年M月号" in a periodical's credit line (——《某刊》1998年3月号): the issue, month only. */
export const ISSUE_CREDIT = /《[^》]{1,30}》\s*(\d{4})\s*年\s*(\d{1,2})\s*月号/;

/**
 * Labels before a byline. The writer's first; a plain 编辑 (who compiled a post on a small
 * site) when no writer is named; the desk editor (责任编辑, 责编) never. 来源/出处 name the
 * source (a paper or an outlet), credited when no person is.
 */
export const WRITER_LABELS = [
  // A forum thread's poster (楼主：…) before any 作者 its replies are credited with.
  '楼主', '樓主',
  '作者', '作 者', '原作者', '文章作者', '撰文者', '撰稿人', '撰文', '撰稿', '文字', '文·图', '文·圖', '文‧圖', '文‧图', '图文', '圖文', '文', '记者', '記者', '报道', '報導', '报导', '報道',
  // Who posted it, on blogs and forums (a Taiwanese blog's owner, 台長); a bare 发布 is a date's label too, so it comes last.
  '发布者', '发布人', '发表者', '發表者', '发表人', '发帖人', '投稿人', '博主', '台長', '台长', '发布',
  // Japanese and Korean: author, writer, who wrote it, poster; 글 (text by), 작성자 (writer).
  '著者', '執筆者', '筆者', '書いた人', '投稿者', '글', '작성자',
] as const;
export const COMPILER_LABELS = ['编辑'] as const;
export const EDITOR_LABELS = ['编辑', '责任编辑', '责编', '编者'] as const;
export const AUTHOR_LABELS = [...WRITER_LABELS, ...EDITOR_LABELS] as const;
/** Labels of the other credits a Chinese page's header lists ("供稿：校团委摄影：陈凯 … 审核：王建国", a university's; 報導者's "文字 鄭涵文 攝影 余志偉"). */
export const CREDIT_LABELS = ['供稿', '选稿', '選稿', '整合', '综合', '綜合', '编译', '編譯', '整理', '摄影', '攝影', '审核人', '審核人', '审核', '審核', '校对', '校對', '审稿', '初审', '复审', '终审', '责编', '責編', '通讯员', '文字', '記者', '編輯', '責任編輯', '核稿編輯', '译者', '譯者', '策划', '策劃', '监制', '監製'] as const;
export const SOURCE_LABELS = ['来源', '來源', '文章来源', '文章來源', '稿件来源', '稿件來源', '信息来源', '稿源', '出处', '出處', '转自', '轉自', '来自', '发布机构', '發布單位', '发布单位', '發布機關', '发布机关'] as const;
/** A source's label opening a text ("来源：", "來源："). */
export const SOURCE_OPENING = new RegExp(`^(?:${SOURCE_LABELS.join('|')})\\s*[:：]`);

/**
 * A newsroom's role before a Chinese reporter's name, with the newsroom's own name before it
 * ("本报记者 周洪双", "新华社记者王晓明", "记者 吴婷婷 通讯员 黄磊", "聯合報／記者王小明").
 */
export const NEWSROOM_ROLE = /(?:特约|特約|实习|實習|见习|見習|首席)?(?:记者|記者|通讯员|通訊員)|实习生|實習生/g;

/** Government sites' metas (the national guideline for their pages): the office a page comes from, credited when no person is. */
export const SOURCE_METAS = ['contentsource'] as const;

/** A month name glued to the name before it ("Jane DoeMarch 5, 2024": a byline's and a time's elements run together). */
export const GLUED_MONTH = /(\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/gu;

/** "Posted by Jane Doe at 10:14 AM", "Posted by Jane Doe on March 5, 2024": a classic blog's entry footer, after the post. */
export const POSTED_BY_FOOTER = /^(?:posted|written)\s+by\s+(.{2,60}?)\s+(?:at|on)\s+(.*)$/i;

/** A Chinese page's tools beside a dateline: reading counts, comments, font size, print, bookmark, share. */
export const TOOL_WORDS = ['阅读', '点击', '浏览', '评论', '字号', '打印', '收藏', '分享', '推荐'] as const;

/** Words that end a byline's names in running text ("作者:张三 阅读(12)"). */
export const BYLINE_STOP_WORDS = [
  ...DATE_LABELS, ...SOURCE_LABELS, ...AUTHOR_LABELS, ...CREDIT_LABELS, ...TOOL_WORDS, '摄', '报道', '供图', '发自', '更新',
  // A relative day after the name ("张三 昨天 10:30").
  '今天', '昨天', '前天', '刚刚',
] as const;

/** Words that stand where a name would and name nobody: placeholders and badges (Joomla's default account, "Super User"; a content type's label, "Press Release"; a reader's submission, 会员投稿; a picture's supplier, 讀者提供). */
export const PLACEHOLDER_AUTHORS = /^(?:admin|administrator|webmaster|editor|staff|(?:the |our )?guest(?: (?:author|contributor|writer|blogger|user))?|super user|john doe|(?:my |your )?(?:profile|account)|sign in|log in|login|sign up|register|(?:press|news|media) release|announcement|public notice|sponsored(?: content)?|partner content|advertorial|匿名|佚名|未知|不详|本站|本网|原创|本站原创|本网原创|原创文章|本站整理|转载|转载文章|网友|网络|互联网|综合|网络整理|综合整理|会员投稿|會員投稿|网友投稿|網友投稿|.{1,8}(?:提供|供圖|供图)|(?:lv|level)\.?\s*\d{1,3})$/i;

/**
 * Names that are a site's or a program's, not a person's: software credits, companies,
 * publishers, newsrooms. Matched on the whole byline.
 */
export const BOILERPLATE_AUTHORS = [
  /\b(?:team|inc|ltd|llc|corp|corporation|company|publishers?|webmaster|admin|administrator|powered)\b/i,
  // A CMS account named for the site's administrator ("wnadmin", "siteadmin").
  /^[a-z\d]{1,12}admin$/i,
  /(?:有限公司|公司|集团|网络|科技|工作室|出版社|编辑部|管理员|网站|版权所有)$/,
  PLACEHOLDER_AUTHORS,
];

/** A forum's or a blog's badge glued after the poster's name ("篮下的风楼主", "某某UP主", a level's "Lv.7"), or set after it ("吃遍天河的阿芳 VIP"). */
export const POSTER_BADGE = /(?<=\S{2})(?:\s*(?:楼主|樓主|博主|版主|题主|題主|UP主|(?:Lv|LV|lv)\.?\s*\d{1,3})|\s+(?:VIP|会员|會員))$/u;

/** Lines that stand alone under a headline but are not names. */
export const NOT_NAMES = new Set(['用户', '用戶', '网友', '網友', '新闻', '新聞', '资讯', '資訊', '浏览', '瀏覽', '人次', '浏览人次', '瀏覽人次', '阅读', '閱讀', '点击', '關注', '关注', '粉丝', '收起', '展开', '只看', '字号', '大字号', '中字号', '小字号', '字體', '字体', '摘要', '导读', '正文', '图片', '视频', '简介', '前言', '编者按', '全文', '完', '待续', '未完待续', '全文完', '图', '组图', '上', '下', '中', '续', '附图', '原创', '转载', '返回', '首页', '目录', '打印', '关闭', '分享', '分享到', '分享至', '微信', '微博', '朋友圈', 'QQ空间', 'QQ空間', '举报', '舉報', '投诉', '打赏', '收藏', '评论', '发表评论', '登录', '注册', '更多', '相关', '推荐', '热门', '最新', '作者', '编辑', '记者', '来源', '更新', '修改', '修订', '修訂', '發佈', '发布', '更新时间', '更新時間', '有料記事', '会員限定記事', '楼主', '樓主', '博主', '版主', '题主', 'UP主',
  // Korean: reporter, correspondent; entered, modified, approved, registered, published (a dateline's labels); comments, share.
  '기자', '특파원', '입력', '수정', '승인', '등록', '발행', '작성', '편집', '댓글', '공유']);

/**
 * Where the headline is when no line shows the title (the <title> is often the site's
 * name alone): a real heading first, then the bold line old table layouts used for one.
 */
export const HEADLINE_TAGS = [['h1'], ['h2'], ['strong', 'b']] as const;

/** Class or id of a headline element in layouts without headings ("post-title", "Heading", "tit2"). */
export const HEADLINE_CLASS = /(?:^|[\s_-])(?:title|tit\d?|heading|headline|subject)(?:$|[\s_-])/i;

/** How many lines after the headline (and before it) hold its date and byline. */
export const HEADER_LINES_AFTER = 6;
export const HEADER_LINES_BEFORE = 2;

/**
 * The family names most Chinese people bear (the commonest hundred or so, simplified and traditional): a correspondent (通讯员)
 * named so is a person who wrote with the reporter, one named otherwise most often a press office's pen name ("粤发宣", "园宣").
 */
export const COMMON_FAMILY_NAMES = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝陳楊黃趙吳劉張鄭羅謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒龔萬錢嚴湯溫聶歐蘭寧紀畢塗駱藍鮑饒車蘆麥婁竇衛閔鄔師欒鞏鄺');
