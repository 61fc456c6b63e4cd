// The generic extractor's vocabulary: words in class names and ids that say what a block is.
// Matched at the start of a class/id token ("comment" matches "comments", "comment-list").

/** Blocks that hold the article. */
export const POSITIVE_HINTS = ['article', 'content', 'post', 'entry', 'body', 'text', 'story', 'main', 'blog', 'detail', 'rich_media', '正文', '内容'];

/** Readers' reviews of a product, not the page's own text (a review article names its body "review-body"). */
const READER_REVIEWS = ['customer-review', 'customer_review', 'user-review', 'user_review', 'ugc-review', 'ugc_review', 'productreview', 'product-review', 'product_review', 'review-list', 'reviews-list', 'review-item', 'reviewitem'];

/** Blocks that are never the article. */
export const NEGATIVE_HINTS = [
  ...READER_REVIEWS,
  // Webmentions: the replies other sites sent the post (IndieWeb blogs' section.webmentions), its comments.
  'comment', 'webmention', 'footer', 'foot', 'sidebar', 'side', 'related', 'share', 'social', 'nav', 'menu', 'breadcrumb',
  'promo', 'sponsor', 'advert', 'adsense', 'referral', 'banner', 'widget', 'popup', 'modal', 'recommend', 'hot', 'rank', 'tags',
  'subscribe', 'newsletter', 'signup', 'login', 'copyright', 'masthead', 'header', 'toolbar', 'donat', 'spende', 'contribute', 'paywall', 'membership',
  // WeChat mini-programs' cards (小程序) and a poster's profile card set in the text; a news site's Trust Project badge ("… is committed to …").
  'weapp', 'miniprogram', 'profile-card', 'trust-project', 'trustproject',
  '评论', '相关', '推荐', '版权', '热门', '分享',
];

/**
 * Page furniture inside the article that its names alone do not say: the prompts of notebook
 * cells (Jupyter's "In [1]:", nbsphinx's "[1]:" in a block of its own), the Footnotes plugin's table repeating the notes its tooltips hold
 * (../inline-notes.ts), the fullscreen panel of a Forem (dev.to) code block, Shiki Twoslash's
 * playground link inside its block, the copy of a block Enlighter's script draws right
 * before the block it hides (`.enlighter-origin`, which holds the code as written), and the tools
 * highlighters put on a code block.
 */
export const FURNITURE_SELECTORS = [
  '.jp-InputPrompt', '.jp-OutputPrompt', '.prompt.input_prompt', '.prompt.output_prompt', '.nbinput > .prompt', '.nboutput > .prompt',
  // Other notebook viewers' prompts, named so ("nb-input-prompt", "cell-output-prompt").
  '[class*="input-prompt" i]', '[class*="output-prompt" i]',
  '.footnotes_reference_container', '.highlight__panel', 'pre.twoslash .playground-link',
  // MediaWiki's [edit] links, beside a heading in its div.mw-heading since 2024.
  '.mw-editsection',
  // WordPress' pager of a post split into pages ("Pages: 1 2 3", wp_link_pages: its .post-page-numbers in div.page-links or a theme's box).
  '.page-links', 'div:has(> .post-page-numbers)', 'p:has(> .post-page-numbers)',
  '.enlighter-default:has(+ .enlighter-origin)',
  // Code blocks' tools: Sphinx's copybutton.js prompt toggle, rustdoc's Run link, the Hexo Butterfly
  // theme's bar (its language, which the block's class names too, and copy icons), the WordPress
  // Syntax-highlighting Code Block's "Code language: Python (python)" caption inside the <pre>, Antora's
  // toolbox (the language and a copy button) inside the <pre>.
  '.highlight > .copybutton', '.example-wrap > .test-arrow', 'figure.highlight > .highlight-tools', 'pre > .shcb-language', 'pre > .source-toolbox',
  // Code the stylesheet hides (MDN's live sample's source: run, not shown).
  'pre.hidden',
  // CSDN's line numbers beside the <pre> and its "save snippet" link; cnblogs' fold icons and "View Code" label around folded code.
  'ul.pre-numbering', '.save_code', 'img.code_img_closed', 'img.code_img_opened', '.cnblogs_code_collapse',
  // SyntaxHighlighter 3's toolbar (its "?" help link); LaTeXML's line numbers and download link in a listing.
  '.syntaxhighlighter > .toolbar', '.ltx_listing .ltx_tag_listingline', '.ltx_listing > .ltx_listing_data',
  // Mobile pages' prompts to open the site's app ("打开网易新闻，阅读体验更佳").
  '.js-open-app', '.open-app',
  // Classic WordPress themes' entry footer ("You can follow any responses to this entry through the RSS 2.0 feed").
  '.postmetadata',
  // What a page marks for readers to skip (Medium's byline and clap bar, marked for the Speechify reader) and Medium's clap count.
  '.speechify-ignore', '.pw-multi-vote-count',
  // What ARIA declares beside the content: an <aside>, a <nav> or a menu written as a <div>.
  '[role="complementary"]', '[role="navigation"]', '[role="menu"]', '[role="menubar"]',
  // A caption's label for screen readers ("Image caption, ", BBC's), and newsletter boxes a component's attribute names (the Guardian's, the Washington Post's data-qa).
  'figcaption [class*="visually-hidden" i]', 'figcaption [class*="visuallyhidden" i]', 'figcaption .sr-only',
  // A caption's show and hide buttons written as text (NPR's "hide caption" / "toggle caption").
  '.hide-caption', '.toggle-caption',
  // Future plc's price widgets between a review's sections (Hawk: "Today's best … deals", "Also consider: …").
  '.hawk-wrapper',
  // A box the page marks as an ad unit (Smashing's data-ad="workshops" promo between paragraphs).
  '[data-ad]',
  '[data-component*="newsletter" i]', '[data-qa*="newsletter" i]', '[data-testid*="newsletter" i]',
  // Page builders' calls to action and sign-up forms set between an article's text widgets (Elementor's, the heading beside the form too).
  '.elementor-widget-call-to-action', '.elementor-widget-form',
  // HubSpot's call-to-action banners in a post's body (a linked image or button to its cta-redirect service).
  '.hs-cta-wrapper', '.hs-cta-embed',
  // A player reading the article aloud or playing the outlet's podcast ("Listen to this article", "TechCrunch Daily News", NPR's "Listen to Short Wave").
  '[class*="articleaudio" i]', '[class*="article-audio" i]', '[class*="audio-player" i]', '[class*="podcast-player" i]', '[class*="podcast-embed" i]',
  // Joplin's copy of a code block's or a formula's source beside its rendering, hidden by its stylesheet.
  '.joplin-source',
  // A post's vote count (schema.org's upvoteCount: Stack Exchange's beside each question and answer), its likes (Discourse's),
  // phpBB's bars of thread actions ("Post Reply", "4 posts • Page 1 of 1"), Docusaurus' anchor link after each heading.
  '[itemprop="upvoteCount"]', '[itemprop="downvoteCount"]', '.post-likes', '.action-bar', 'a.hash-link',
  // A forum poster's signature under each post (phpBB's and MyBB's div.signature, Discuz's div.sign, SMF's, vBulletin's, XenForo's, Invision's).
  '.postbody .signature', '.post .signature', '.plc .sign',
  // Discuz's poster column beside each post (avatar, counts, rank), the post's floor and date line over it, its rating log
  // (who gave points, and why) and the notice that attachments need a login.
  '#postlist td.pls', '#postlist .plc > .pi', '#postlist dl.rate', '#postlist .attach_nopermission', 'div.signature[id^="sig"]', '[id^="msg_"][id$="_signature"]', '.signaturecontainer', '.b-post__signature', '.message-signature', '[data-role="memberSignature"]',
  // Obsidian's properties box over a note (a web clip's title, source, author, dates and tags): the note's front matter, not its text.
  '.metadata-container',
  // An affiliate disclosure in a box of its own ("If you purchase a product … we may receive compensation", Advance Local's div.affiliate-disclaimer).
  '[class*="affiliate-disclaimer" i]', '[class*="affiliate-disclosure" i]',
  // A link that opens or folds a box, its label saying so (Easy Table of Contents' a.ez-toc-toggle "Toggle Table of Content").
  'a[aria-label^="toggle" i]',
  // A caption's show/hide buttons written as bold text (NPR's and its member stations' "hide caption", "toggle caption").
  'b.hide-caption', 'b.toggle-caption',
];

/** Whole tokens only: short words that would match too much as prefixes ("comm": IT之家's comments, #post_comm > .comm_list; not "common"). */
export const NEGATIVE_TOKENS = ['ad', 'ads', 'adv', 'gg', 'comm', 'meta', 'next', 'prev', 'previous'];
/**
 * Page builders' grid classes, on every block of a page whatever it holds: HubSpot's modules
 * (`span12 widget-span widget-type-cell`, `hs_cos_wrapper hs_cos_wrapper_widget`) are named as
 * widgets but are the article's own blocks. And a block's placement of a part of it (Kadence's accordion:
 * `kt-pane-header-alignment-left`, `kt-accodion-icon-side-right`), no name of what the block is. Read as no name at all.
 */
export const LAYOUT_CLASSES = /^(?:widget-span|widget-type-[\w-]+|hs_cos_wrapper_widget(?:_container)?|hs_cos_wrapper_type_[\w-]+|[\w-]+-(?:alignment|align|side|position)-(?:left|right|center|centre|top|bottom))$/;

/** Whole tokens that name furniture only as a class's first word ("top", "top-bar"; not "blurb_position_top"). */
export const NEGATIVE_LEADING_TOKENS = ['top'];

/**
 * Blocks skipped when scoring: their text never counts toward the article, unless their
 * names also say they may hold it (MAYBE_CONTENT), as in "article-comments-wrapper main".
 */
export const UNLIKELY_CONTENT = [
  '-ad-', 'ai2html', 'banner', 'breadcrumbs', 'combx', 'comment', 'community', 'cover-wrap', 'disqus', 'extra', 'footer',
  'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'webmention', 'rss', 'shoutbox', 'sidebar', 'skyscraper',
  'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager', 'popup', 'yom-remote',
  'signup', 'newsletter', 'privacy', 'subscribe', 'cookie', 'consent', 'dropdown', 'modal', 'promo', 'recommend', 'trending',
  ...READER_REVIEWS,
  '评论', '相关', '推荐', '热门',
];
export const MAYBE_CONTENT = ['and', 'article', 'body', 'column', 'content', 'main', 'shadow', 'post', 'entry', 'story', '正文'];

/** "Read also" in the languages pages are written in. */
const ALSO_READ = String.raw`read also|(?:à )?lire aussi|lee también|lea también|leia também|veja também|leggi anche|lesen sie auch|lees ook|baca juga|читайте также|также читайте|اقرأ أيضا|あわせて読みたい|함께 (?:읽기|보기)`;
/** A short line that opens the tail of links after an article, or a plea for donations there: everything from it on goes. */
export const TAIL_MARKERS = new RegExp(String.raw`^[\s【\[]*(?:相关报道|相关阅读|相关文章|相关新闻|相关链接|延伸阅读|推荐阅读|热门推荐|猜你喜欢|你可能也喜欢|相關報導|相關閱讀|相關文章|相關新聞(?:稿|公報)?|相关新闻(?:稿|公报)|延伸閱讀|推薦閱讀|熱門推薦|你可能也會喜歡|想?(?:請|请)(?:我們|我们|我|作者)喝(?:幾|几|一)?杯咖啡[？?]?|buy (?:me|us) a coffee|related(?: (?:articles|stories|posts|coverage|internet links|topics))?|read more|see also|more from|who is online|how we reviewed this article|index entries for this article|updates to this page|not the answer you're looking for\?(?: browse other questions.*)?|subscribe to continue reading|more (?:\S+ ){0,2}stories|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)(?: (?:the following|these))?(?: (?:topics|articles|posts|pages|stories|reads))?(?: as well| too)?|recommended(?: (?:reading|for you|stories|articles|posts))?|${ALSO_READ}|往期推荐|往期回顾|往期精选|(?:今日|24小时|24小時)?(?:热门|熱門)(?:新闻|新聞|文章)|(?:热门|熱門|网友|網友|最新|精彩|全部)?(?:评论|評論)(?:列表|区|區)?(?:\s*[(（]\d+[)）])?|mehr zum thema|más información|(?:seguir|sigue|continuar) leyendo|更多[\u3400-\u9fff]{0,6}(?:新聞|新闻)(?:報導|报道)?|berita terkait|관련(?:글|기사)|関連記事|ilgili haberler)[\s】\]]*[:：.…]*\s*$`, 'i');

/**
 * A pointer to another story set between an article's paragraphs: "read also" in the page's
 * language, a bar or colon, and that story's title ("Lire aussi | Le vélo…", "Baca juga: …"): a
 * title, not a sentence ending with its full stop.
 */
export const ALSO_READ_LINE = new RegExp(String.raw`^\s*(?:${ALSO_READ}|read more|read|related|相关阅读|延伸阅读|推荐阅读)\s*[|｜:：]\s*\S.{0,150}(?<![.。])$`, 'i');

/** Whole lines that are page tools, never article text. */
export const BOILERPLATE_LINES = /^[\s|｜·∙•]*(?:(?:(?:©\s*)?(?:[-—–─]+\s*)?(?:THE\s+)?END(?:\s*[-—–─]+)?|#\s*#\s*#|-\s*30\s*-|(?:转发|轉發|评论|評論|赞|讚|点赞|點讚|在看|阅读数?|閱讀數?)\s*[\d.]+[万萬wWkK]?|打印本文|打印|发送给朋友|推荐给朋友|收藏本文|加入收藏|忽略主题|已采纳|收藏|关闭窗口|展开全文|展開全文|展开阅读全文|展開閱讀全文|\d+\s*(?:次点击|次點擊|人收藏|人(?:做过|做過|看过|看過|喜欢|喜歡)(?:这道菜|這道菜)?)|关闭|发表评论|我要评论|举报\/反馈|举报|返回顶部|展开全部|收起|已赞过|赞同\s*[\d.]+[万萬wWkK]?|\+\s*关注|你对这个回答的评价是[？?]?(?:评论|收起|\s)*|(?:(?:赞同|赞|踩|点赞|评论|收藏|分享|举报|收起|已赞过|已踩过|回复)\s*(?:[\d.]+[万萬wWkK]?\s*)?){2,}|采纳率[:：]?\s*\d+%|上一页|下一页|第\s*\d+\s*页(?:\s*\/\s*共\s*\d+\s*页)?|<<|>>|\[\s*\S{1,6}\s*\])[\s|｜·∙•]*)+$/;

/** An ad's label, in the languages pages are written in ("Advertisement", "Anzeige", "Iklan", "广告"). */
const AD_WORDS = 'advert(?:isement)?|sponsored|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|advertentie|reklama|reklame|mainos|annonse|annons|iklan|hirdetés|reklám|oglas|διαφήμιση|реклама|광고|广告|広告';
export const AD_LABEL = new RegExp(`^[\\s\\-–—|·([]*(?:${AD_WORDS})[\\s\\-–—|·)\\]]*$`, 'i');

/** Whole lines of page furniture inside an article: ad labels, gallery and slideshow controls, prompts. */
export const FURNITURE_LINES = new RegExp(`^\\s*(?:(?:[\\-–—|·([]+\\s*)?(?:${AD_WORDS})(?:\\s*[\\-–—|·)\\]]+)?|story continues below(?:(?: this)? advert(?:isement)?)?|(?:more after jump!?\\s*)?continue reading below\\W*|disclaimer:\\s*(?:the )?comments (?:uploaded|posted|published|expressed)\\b.{0,400}|this advertisement has not loaded yet,? but your article continues below\\.?|article content|caption|close|back to gallery|(?:←\\s*)?back to (?:the )?(?:blog|all posts|posts|articles|news|home)|next|previous|image \\d+ of \\d+|(?:page|seite|página|pagina|strona|stránka|strana) \\d+ (?:of|von|de|di|z|ze|sur) \\d+|(?:článek|článok) pokračuje pod reklamou|dalsza część artykułu pod (?:reklamą|materiałem wideo)|\\d{1,3}\\s*\\/\\s*\\d{1,3}|this slideshow requires javascript\\.?|don'?t miss|top highlight|member-only story|tell us what you think\\W*|comments?|loading\\W*|share(?: this (?:article|story|post))?|(?:分享到|分享至|分享)\\s*[:：]?(?:\\s*(?:(?:新浪)?微博|微信(?:好友|朋友圈)?|朋友圈|QQ空间|QQ好友|QQ|豆瓣|人人网|Facebook|Twitter|LINE)[、,，]?)*|tweet|email|print|subscribe|(?:copied|copy)(?: to (?:the )?clipboard)?[.!]?|skip (?:to content|advert(?:isement)?)|skip past .{1,40}|after .{1,30} promotion|(?:was|is) this (?:(?:page|article|post|answer|information) )?(?:helpful|useful)\\??|did you find this (?:(?:page|article|post|guide) )?(?:helpful|useful)\\?(?:\\s*pin (?:it|this) for later!?)?|pin (?:it|this) for later!?|(?:(?:medically|clinically) )?(?:reviewed|fact[- ]checked|written) by\\b.{1,150}|did this (?:page|article|doc) help(?: you)?\\??|.{0,10}(?:是否(?:对|對)(?:您|你)有(?:帮助|幫助)|(?:对|對)(?:您|你)有(?:帮助|幫助)(?:吗|嗎))[？?]?|(?:去|立即|马上|馬上)(?:购买|購買)|keep reading|(?:(?:toggle )?table of contents|inhaltsverzeichnis|sommaire|table des matières|índice(?: de contenidos?)?|indice(?: dei contenuti)?|inhoudsopgave|spis treści|содержание|i̇çindekiler|içindekiler|目次|목차)(?:\\s*\\[?(?:hide|show|toggle|ausblenden|masquer|ocultar|nascondi)\\]?)?|文章目录|目录|目錄|(?:(?:当前位置|當前位置|您的位置|你的位置|您现在的位置)\\s*[:：]\\s*)?(?:首页|首頁|主页|网站首页|網站首頁)(?:\\s*(?:[>›»]|&gt;|&raquo;|&rsaquo;)\\s*[^>›»&]{1,20}){1,5}|recommended videos?|scroll (?:down )?to (?:continue|read|explore)|video|read less|fill window|(?:enter |exit )?full ?screen|sign up for free to join this conversation\\b.*|(?:already have an account\\? )?sign in to (?:answer|comment|reply|vote)\\b.*|accepted answer|this (?:question|thread|topic|discussion) (?:is|has been|was) (?:locked|closed|archived)\\b.{0,200}|join (?:our|\\S+['’]s) (?:telegram|whatsapp) channel\\b.*|(?=.{0,320}\\b(?:join|follow|subscribe|simak|ikuti|gabung|siga|segue|sigue|suivez|folgen)\\b).{0,160}\\b(?:whatsapp|telegram) (?:channel|saluran)\\b.{0,160}|(?:欢迎|歡迎)?(?:加入|关注|關注|追踪|追蹤|订阅|訂閱).{0,12}(?:whatsapp|telegram)\\s*(?:频道|頻道).{0,40}|get (?:whatsapp|telegram) alerts\\b.*|get (?:current|latest) updates on\\b.{1,200}|first (?:uploaded|published) on\\s*:.{1,40}|(?:tipp:\\s*)?wir sind (?:jetzt )?(?:auch )?bei (?:whatsapp|telegram)\\W*|(?:[\\uD83C-\\uDBFF][\\uDC00-\\uDFFF]\\s*)?(?:siga|segue|sigue|síguenos|suivez|folgen sie) .{1,40}\\b(?:no|en|sur|auf) (?:whatsapp|telegram)\\b.{0,40}|simak video\\b.{0,120}|edit (?:this page|on github)|getting your .{1,30} player ready\\W*|duration:\\s*\\d+\\s*(?:minutes?|seconds?)\\b.*|(?:video )?ad feedback|a version of this (?:article|story|review|essay|column) (?:appears|appeared) in print\\b.{1,300}|(?:this (?:article|story) )?appeared in the .{3,60} print edition\\b.{0,300}|order reprints\\b.{0,80}|you received this (?:message|topic) because you are subscribed to\\b.{1,200}|to unsubscribe from this group\\b.{1,300}|to view this discussion (?:on the web )?visit\\b.{1,300}|more information about the .{1,60} mailing list|this (?:article|story|post) is more than (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old|this was published (?:\\d+|an?|one) (?:years?|months?) ago|you (?:cannot|can(?:not)?) (?:post new topics|reply to topics|edit your posts|delete your posts|vote in polls|attach files)(?: in this forum)?\\.?|本帖最[后後]由\\s*.{1,30}?\\s*[于於]\\s*\\d{4}-\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[编編][辑輯]|\\[?(?:该|該)帖子已被.{1,30}?[编編][辑輯]过，最后[编編][辑輯]时间：[\\d/: -]+\\]?)\\s*$`, 'i');

/** A picture's credit or a screen reader's caption label, alone in its element: "Photo: Jane Roe, AP", "(Image: GETTY )", "Image caption". */
export const CREDIT_LINE = /^\s*\(?\s*(?:(?:(?:photo|image|picture|foto|video)s?(?:\s+(?:credits?|courtesy))?|credit|courtesy|image copyright)\s*[:：]\s*[^():：]{1,60}|(?:image|media) (?:caption|copyright))\s*\)?\s*$/i;

/** A line naming the article's categories or tags: "Filed under: Khawarij |", "Tags: EV, Audi". */
export const TAXONOMY_LINE = /^\s*(?:filed under|tagged(?: with)?|tags|categories|category)\s*[:：]/i;
export const MAX_TAXONOMY = 120;

/** A short line inviting the reader to a newsletter ("Get the latest updates right in your inbox. Subscribe to …"). */
export const NEWSLETTER_PROMPT = /\b(?:subscribe|sign up|signup|get (?:the|our) (?:latest|best))\b[^]*\b(?:newsletters?|inbox)\b|\b(?:newsletters?|inbox)\b[^]*\b(?:subscribe|sign(?:ing)? up)\b/i;
export const MAX_PROMPT = 200;

/**
 * A site's notice set in the article's text: a disclaimer, a copyright or advertising notice
 * ("广告声明：…", "© 2024年德国之声版权声明：…"), "the views are the author's, not ours" (不代表…立场), a
 * prompt to download the app ("點我下載APP"), to open it ("打开网易新闻，阅读体验更佳"), to follow on LINE or elsewhere
 * ("关注同花顺财经（ths518），获取更多机会").
 */
const NOTICE_PARTS: RegExp[] = [
  // Disclaimers and copyright statements ("广告声明：…", "版权所有，未经…"), the views being the author's (不代表…立场), no advice to invest.
  /(?:[【\[(（]\s*)?(?:©\s*\d{4}\s*年?\s*\S{0,12}?)?(?:免责声明|免責聲明|版权声明|版權聲明|广告声明|廣告聲明|郑重声明|鄭重聲明|特别声明|特別聲明)(?:\s*[】\])）]?\s*[:：]|\s*[】\])）]|\s|(?=本文|以上|该文|該文|此文))/,
  /(?:版权所有|版權所有)\s*[，,]\s*(?:未经|未經)/,
  // Reprinting forbidden, the outlet or its account named before ("南风窗新媒体出品，未经授权禁止转载", "多维新闻版权所有，未经授权不得转载。").
  /[（(【\[]?.{0,40}(?:未经|未經)(?:作者)?(?:授权|授權|许可|許可|同意|允许|允許)\s*[，,]?\s*(?:禁止|不得|严禁|嚴禁|请勿|請勿)(?:任何)?(?:转载|轉載)[。.！!]?[）)】\]]?$/,
  /.{0,8}(?:声明|聲明)\s*[:：]\s*(?:凡|本网|本網|本站|此消息|此文|本文|本篇|转载|轉載)/,
  /.{0,60}不代表.{0,20}(?:立场|立場|观点|觀點)[。，,]/,
  /.{0,20}(?:文章|本文)(?:仅|僅)?代表作者(?:个人|個人|本人)(?:观点|觀點|看法)/,
  /.{0,10}(?:观点|觀點)(?:仅|僅)?代表作者(?:本人|个人|個人)/,
  // A platform's note that it only hosts the text (该文…，人人都是产品经理平台仅提供信息存储空间服务), a portal's claim on what names it the source
  // (凡注明“来源：东北网”的所有作品，版权均属于东北网…), an outlet's original to be reprinted on asking (本文为极客公园原创文章，转载请联系…)
  // or followed (百家号's "本文由科技前沿观察原创，欢迎关注，…").
  /.{0,30}(?:仅|僅)提供信息(?:存储|存儲)空间服务/,
  /凡(?:本网|本網|本站)?(?:注明|註明)\s*[“"「]?\s*(?:来源|來源)\s*[:：].{0,200}/,
  /本文(?:为|為|系|由).{1,20}(?:原创|原創)(?:文章|内容|內容)?[，,]\s*(?:转载|轉載|(?:欢迎|歡迎)?(?:关注|關注)).{0,60}/,
  // An investment disclaimer (声明：文章不构成投资建议, 投资有风险，入市需谨慎).
  /.{0,30}(?:不构成|不構成)(?:任何)?(?:投资|投資)(?:建议|建議)/,
  /.{0,20}(?:投资|投資)有(?:风险|風險)\s*[，,]\s*(?:入市|投资|投資)(?:需|須)(?:谨慎|謹慎)/,
  // Prompts to download the app, open it, watch, buy, follow the account or on LINE, read the original (阅读原文); a call for tips, a platform's signing badge.
  /.{0,40}(?:點我|点我|点击|點擊)?(?:下載|下载)\s*APP(?:\s|$)/,
  /.{0,20}(?:下載|下载).{1,10}(?:客户端|客戶端)[。！!]?$/,
  /投稿或寻求报道/,
  // A community's reprint notes (开源中国's "本文分享自微信公众号 - …", "如有侵权，请联系 … 删除", "本文参与“OSC源创计划”…"), a portal's call to join (ETtoday's "立即加入看更多精彩內容").
  /本文分享自.{1,12}(?:公众号|公眾號|头条号|頭條號|博客|部落格).{0,80}/,
  /.{0,10}如有侵权[，,]?\s*请联系.{0,60}删除[。.]?/,
  /本文参与.{1,30}(?:计划|活动|計劃|活動)[”"」]?[，,].{0,60}/,
  /.{0,40}(?:立即|马上|馬上)(?:加入|注册|註冊)(?:会员|會員)?\s*(?:看|阅读|閱讀|查看|获取|獲取)更多.{0,20}/,
  // A pointer to another story, its headline after the label ("►看更多：海龜誤食塑膠袋擱淺", "延伸閱讀：…"); a prompt to download an app for more ("更多内容请下载21财经APP").
  /[►▶▸➤»]?\s*(?:看更多|延伸閱讀|延伸阅读|推薦閱讀|推荐阅读|相關新聞|相关新闻)\s*[:：].{1,60}$/,
  /.{0,12}(?:请|請)(?:下载|下載).{1,12}(?:APP|App|app|客户端|客戶端)[。！!]?$/,
  // A link into the portal's forum on the story ("进入【新浪财经股吧】讨论").
  /进入\s*【[^】]{1,16}】\s*(?:讨论|討論|参与讨论|參與討論)$/,
  // A line labelled an advertisement in its own words ("【广告】春季焕新，家电以旧换新补贴进行中", a text ad between the paragraphs).
  /[【\[［]\s*(?:广告|廣告|推广|推廣)\s*[】\]］].{0,80}$/,
  // A price box's disclaimer (什么值得买's "值友参考价，以实际售价为准").
  /.{0,12}(?:参考价|參考價)\s*[，,]?\s*(?:请)?以(?:实际|實際).{0,6}(?:为准|為準)/,
  // A call for news tips ("（下载红星新闻，报料有奖！）", "报料热线：…").
  /[（(]?.{0,24}(?:报料|爆料)(?:有奖|有獎|热线|熱線|邮箱|郵箱|电话|電話)/,
  // Follow the account (欢迎关注爱范儿官方微信公众号：…, 关注钛媒体微信号（ID：…）), ask it before reprinting, write in to object.
  /#?.{0,12}(?:关注|關注).{1,20}(?:公众号|公眾號|微信号|微信號)\s*[:：（(]/,
  /转载请联系.{0,10}(?:获得|获取|取得)?授权/,
  /.{0,6}(?:如对|如對)本(?:稿件|文|篇).{0,10}(?:异议|異議|投诉|投訴)/,
  /.{0,20}头条号签约$/,
  /.{0,6}(?:扫一扫|扫码)在手机上?(?:打开|阅读|浏览|查看).{0,10}$/,
  /.{0,30}尽在.{1,16}(?:APP|App|app|客户端|店铺|店舖|商城|旗舰店|旗艦店)\s*\S{0,2}[。！!]?$/,
  /(?:按此|點此|点此|點擊|点击)(?:觀看|观看|收看)(?:影片|視頻|视频|直播)$/,
  /(?:欢迎|歡迎)?(?:关注|關注)我们[，,].{0,60}$/,
  /(?:点击|點擊)(?:购买|購買).{0,10}$/,
  /(?:关注|關注).{1,40}[，,]\s*(?:获取|獲取)更多.{0,16}$/,
  /.{0,4}(?:下载|下載).{1,20}(?:客户端|客戶端|APP|App)\s*[、，,]\s*(?:关注|關注)/,
  /.{0,30}加入.{0,20}LINE\s*(?:好友|官方帳號|官方账号)/,
  /.{0,30}(?:阅读原文|閱讀原文).{0,40}(?:订阅|訂閱|关注|關注).{0,20}/,
  /.{0,20}(?:关注|關注).{0,30}(?:阅读原文|閱讀原文).{0,30}/,
  // Calls for submissions (投稿邮箱：), back to the portal (返回搜狐，查看更多), reprint and copyright claims (著作权归作者所有, 转载请注明出处, 本内容版权为…所有), a paywall's tease (开通会员，阅读全文).
  /.{0,60}(?:投稿邮箱|投稿信箱|投稿郵箱)\s*[:：]\s*\S+/,
  /返回.{1,6}[，,]\s*查看更多/,
  /[©（(]?\s*著作权归作者所有.{0,120}/,
  /[（(【\[]?(?:.{1,20}[，,]\s*)?转载(?:本站|本文|本博客)?(?:文章)?请注明(?:作者和)?出处.{0,80}/,
  /.{0,10}(?:会员|會員|订阅|訂閱|付费|付費)[，,]?\s*(?:可|即可)?(?:阅读|閱讀|解锁|解鎖)全文.{0,20}/,
  /本(?:内容|文|篇)版权(?:为|為|归|歸|属于|屬於).{1,30}所有.{0,20}/,
  // A call to download the outlet's app for more (更多精彩资讯请在应用市场下载“极目新闻”客户端…), to follow its account or mini-program
  // (关注CoolShell微信公众账号和微信小程序), a studio's authorship and reprint terms (本文系美团技术团队出品，著作权归属美团…), a TV news site's starred reminder (★三立新聞網提醒您：…★).
  /.{0,20}(?:下载|下載)\s*[“"「][^”"」]{1,12}[”"」]\s*(?:客户端|客戶端|APP|App)[，,].{0,120}/,
  /(?:关注|關注).{1,30}(?:公众账号|公众号|公眾號|公眾帳號|小程序)\s*$/,
  /本文(?:系|由).{1,20}(?:出品|原创|原創|独家|獨家)[，,]\s*(?:著作权|著作權|版权|版權)(?:归属|歸屬|归|歸|属于|屬於).{0,200}/,
  /[★☆]?.{1,20}提醒您\s*[:：].{0,80}[★☆]$/,
  /[►▶]\s*.{1,20}提醒您\s*[:：].{0,80}$/,
  // A prompt to sign in for more (【TVBS推出全新會員服務，登入即可收看獨家深度報導】).
  /[【\[]?.{0,20}(?:登入|登录|登錄|註冊|注册)(?:後|后)?即可(?:收看|观看|觀看|阅读|閱讀|查看).{0,30}[】\]]?$/,
  // A follow prompt for a WhatsApp or Telegram channel (即Follow星島頭條WhatsApp頻道).
  /.{0,6}(?:follow|追蹤|追踪|關注|关注|訂閱|订阅).{0,16}(?:whatsapp|telegram)\s*(?:頻道|频道).{0,10}/,
  // A prompt to follow the outlet's WhatsApp or Telegram channel ("… on WhatsApp. Click here to join our channel").
  /.{0,80}\b(?:on|via) (?:whatsapp|telegram)\b[.!]?\s*(?:click here|tap here|join|follow)\b.{0,40}/,
  /(?:follow|join) .{1,50}\b(?:channel|community|group) on (?:whatsapp|telegram)\b.{0,30}/,
  // A nonprofit newsroom's appeal closing or opening the story ("Cape Ann Current is a nonprofit newsroom. … Donate today.").
  /.{0,60}\bis an? (?:independent,? )?(?:nonprofit|non-profit) (?:newsroom|news organization|news outlet|news site)\b.{0,200}\b(?:donat\w*|support (?:it|us|our)|sign up|subscribe)\b.{0,80}$/,
  // An appeal to subscribe or give ("Our journalism needs your support. Subscribe today to OregonLive.com.").
  /.{0,40}\bjournalism (?:needs|depends on|relies on) (?:your|readers['’]?) support\b.{0,200}$/,
  // A nonprofit newsroom's offer to republish (Newspack's Republication Tracker Tool: "Republish this story for free. Learn more.").
  /republish (?:this|our) (?:story|article|stories|articles) for free\b.{0,40}$/,
  // A prompt to subscribe to the outlet's YouTube channel ("¿Ya conoces nuestro canal de YouTube? ¡Suscríbete!").
  /.{0,40}\b(?:canal|channel|chaîne|kanal) (?:de |on |on the |auf )?youtube\b.{0,30}(?:suscr[ií]b|subscrib|abonn|inscrev).{0,20}$/,
  // A call for tips closing a reporter's contact box ("Got a confidential tip? Submit it here.").
  /.{0,200}\bgot a confidential tip\?.{0,60}$/,
  // A local paper's call for readers' stories (Newsquest's "Get involved with the news in your community").
  /get involved with the news in your community\b.{0,150}$/,
  /send (?:us )?your (?:stories|news|pictures|photos|videos)\b.{0,40}\bnewsdesk\b.{0,100}$/,
  // A paper's closing prompts: to find it on WhatsApp, sign up for its alerts, listen to its podcast (the Irish Times').
  /find .{1,40} on (?:whatsapp|telegram)\b.{0,60}$/,
  /sign up for (?:our )?(?:push |breaking news |news )?(?:alerts|notifications)\b.{0,150}$/,
  /listen to (?:our|the) .{1,40} podcast\b.{0,150}$/,
  // A magazine's print-issue note and its offer, a comment section's disclaimer.
  /this (?:article|story) is a selection from the .{1,40} issue of\b.{0,80}/,
  /subscribe to .{1,40}? now for (?:just|only) \$?\d.{0,40}/,
  /(?:disclaimer:\s*)?comments (?:do not|don't) represent the views of\b.{0,200}/,
  // A note that an old post may be out of date.
  /.{0,10}最后(?:更新|编辑|修改)(?:于|时间)?.{1,40}?(?:过时|失效|需要更新|发生(?:了)?(?:改变|变化)|不再适用)/,
  /this (?:post|article|page) was (?:last )?(?:updated|written|published) .{1,40}(?:may|might) (?:be|have become) (?:outdated|out of date|obsolete)/,
  // Prompts to read in the app, the original title (原标题：), exclusivity and WeChat reprint notes, prompts to scan a code, follow or tap 在看.
  /(?:打开|打開).{1,12}[，,]?\s*(?:阅读|閱讀)体验更佳/,
  /[（(]?\s*原标题\s*[:：].{1,100}/,
  /本文(?:系|為|为).{1,20}(?:独家|獨家|原创|原創)稿件.{0,40}/,
  /本文来自微信公众号.{1,120}(?:经授权发布|經授權發布|授权发布)[。.]?/,
  /.{0,12}(?:扫码|掃碼|扫描二维码)(?:下载|下載|安装|安裝).{1,30}/,
  /.{0,10}点击上方.{0,12}关注/,
  /.{0,20}(?:扫码|掃碼|扫描二维码|長按識別|长按识别|长按二维码|長按二維碼).{0,20}(?:关注|關注)/,
  /.{0,10}点个?[“"「]?在看/,
  // Copyright lines, an affiliate disclosure ("When you buy through our links…"), an editorial-process note, a citation block, a source line.
  /(?:copyright\s*)?©?\s*(?:copyright\s*)?(?:\d{4}\s*[-–]\s*)?\d{4}\b.{0,80}\ball rights reserved\b/,
  // A site's footer line in the article's container (©2024 Baidu 使用百度前必读 意见反馈 京ICP证030173号).
  /©\s*(?:\d{4}\s*[-–]\s*)?\d{4}\s*\S.{0,40}(?:ICP|icp)\S*\d+/,
  // A copyright line naming its holder alone (a wire story's "© Reuters" after it, "© AFP 2024").
  /(?:copyright\s*)?©\s*(?:\d{4}\s*)?[a-z][\w .&'-]{1,30}?(?:\s*\d{4})?\.?\s*$/,
  /this material may not be published, broadcast, rewritten,? or redistributed/,
  // A Japanese site's reprint notice ("朝日新聞デジタルに掲載の記事・写真の無断転載を禁じます。…").
  /.{0,40}無断(?:転載|複製|転用)(?:を|は)?(?:禁じます|禁止|お断り).{0,160}/,
  /this document is subject to copyright\b/,
  // Terms of reuse: Korea's public licence (공공누리 제1유형), a government portal's note that it reprints a ministry's release, a
  // Brazilian university paper's "A reprodução de matérias … é livre mediante a citação".
  /.{0,60}공공누리\s*제?\s*\d\s*유형.{0,300}/,
  /.{0,40}보도자료를 전재하여 제공함을 알려드립니다\.?/,
  /(?:política de uso\s*)?a reprodução de (?:matérias|textos|conteúdos?|reportagens).{0,60}é (?:livre|permitida|autorizada)\b.{0,300}/,
  // A reader-funded paper's appeal ("Este periódico lo pagan sus lectores", "Hazte socio").
  /(?:este periódico lo pagan sus lectores|hazte soci[oa](?:, hazte soci[oa])?)\b.{0,300}/,
  // An embed's consent placeholder ("Um externe Inhalte anzuzeigen, ist Ihre widerrufliche Zustimmung nötig", "To display this content, we need your consent").
  /um externe inhalte anzuzeigen\b.{0,300}/,
  /(?:to (?:view|display|see|show|load) (?:this|the|external|third[- ]party) (?:external |third[- ]party )?content|this (?:external |third[- ]party )?content is (?:blocked|hidden)),? (?:we need|you need to give|requires) your consent\b.{0,200}/,
  /.{0,160}\b(?:if|when) you (?:buy|purchase|click|shop)\b.{1,80}\b(?:we|us) (?:may )?(?:earn|receive|get)\b.{0,30}\b(?:commission|compensation)\b.{0,200}/,
  /(?:disclosure:\s*)?.{0,60}\bmay (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commission|compensation)\b.{0,20}\b(?:when|if) you (?:buy|purchase|sign up|click|shop)\b.{0,200}/,
  /this article has been reviewed according to .{1,40}editorial process/,
  // Dotdash Meredith's sourcing policy above an article's sources (Investopedia's, Verywell's: "… requires writers to use primary sources …").
  /.{0,40}\brequires (?:its )?(?:writers|authors|contributors) to use primary sources\b.{0,300}/,
  /citation:.{1,250}\bretrieved\b.{1,40}\bfrom\s+https?:\/\/\S+$/,
  /(?:quelle|source|fuente|fonte)\s*:\s*[\w.-]+\.[a-z]{2,4}(?:\s*,\s*[\w/ ]{1,20})?$/,
  /المصدر\s*:\s*\S{1,20}(?:\s\S{1,20})?$/,
];
export const NOTICE_LINE = new RegExp(`^(?:${NOTICE_PARTS.map((part) => part.source).join('|')})`, 'i');
export const MAX_NOTICE = 300;

/** The small print of a sign-up form: "By signing up, you agree to receive…", "By clicking Subscribe, you confirm…". */
export const SIGNUP_TERMS = /^\s*by (?:signing up|subscribing|clicking|tapping|submitting|registering|entering your (?:e-?mail|phone))\b[^.]{0,80}\b(?:you|i) (?:agree|consent|confirm|acknowledge|accept)/i;
export const MAX_TERMS = 400;

/** A line that only dates the article ("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM", "Stand: 22.11.2024 08:14 Uhr"), wherever it stands. */
export const DATE_ONLY_LINE = /^\s*(?:(?:originally |first )?published|updated|posted|last updated|stand|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado)\b(?:\s*(?:on|at|:|am|le))?/i;

/** Elements whose text is not article text wherever they stand. */
export const NEVER_CONTENT = 'script, style, noscript, template, nav, aside, footer, iframe, button, select, textarea, input, svg, canvas, object, embed';

/** Text blocks whose text counts toward their ancestors' scores. */
export const PARAGRAPHS = 'p, pre, blockquote, td, li, h2, h3, h4, h5, h6, dd, div, section, article, main, font, center, span';

/** Elements that may be chosen as the article container. */
export const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'td', 'body']);

/** Consent managers' and cookie banners' names: never the article, however much text they hold. */
export const CONSENT_HINTS = ['onetrust', 'ot-sdk', 'ot-pc', 'cookie-banner', 'cookie-consent', 'cookie-notice', 'cookie-bar', 'cookie-popup', 'cookie-modal', 'cookie-law', 'cookielaw', 'cookienotice', 'cookies-banner', 'consent', 'gdpr', 'qc-cmp', 'didomi', 'truste', 'usercentrics', 'cookiebot', 'osano', 'sp_message', 'cc-window', 'cc-banner'];

/**
 * A footnote reference's label as pages show it: 1, [2], 1a, *, †, a, iv, or a group's in
 * brackets ([note 1]), or a repeated reference's (markdown-it's [2:1], the label 2). The label
 * (or the group's, spaces as they are) is the capture. Words of three letters or more are not
 * labels: "next", "prev" and "root" link to comments; but a citation key in brackets is, capital
 * first and with a digit or another capital (docutils' [Smith2020], [RFC2119]; not [Edit], [Top]).
 * A number may follow the word a screen reader hears ("Footnote 1", its word in an .sr-only span).
 */
export const FOOTNOTE_LABEL = /^(?:(?:(?:[Ff]oot|[Ee]nd|[Ss]ide)?[Nn]ote|[Ff]n)\s*(?=\p{N}))?(?:\[?\s*(?:\*(?=\p{N}))?(\p{N}{1,4}\p{Ll}?|\p{L}{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6}|[*†‡§¶]{1,3})(?::\p{N}{1,3})?\s*\]?|(\p{N}{1,4})\)|\[\s*(\p{L}{1,5}\s+\p{N}{1,3})\s*\]|\[(\p{Lu}(?=[\p{L}_+-]*(?:\p{N}|\p{Lu}))[\p{L}\p{N}_+-]{1,23})\])$/u;
