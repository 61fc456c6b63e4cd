// The flags archive and mirror share: where and how posts are written, how pages are fetched.
import { type Command, Option } from 'commander';
import { BODY_FORMATS, bodyFormat, frontMatterDialect, nonNegativeInt, parseHeaders, positiveInt, timeZone, type Settings } from '../config.js';
import { DIALECT_NAMES } from '../render/dialects/index.js';
import { resolveOptions as resolveLayers, type ResolvedOptions } from '../resolve-options.js';

export interface PostFlags {
  out?: string;
  body?: string;
  frontMatter?: string;
  blog?: string | false;
  category?: string[];
  author?: string;
  comments?: boolean;
  imageProxy?: string;
  more?: number;
  selector?: string;
  config?: string;
  filename?: string;
  json?: boolean;
  verbose?: boolean;
  timeout?: number;
  maxBytes?: number;
  retries?: number;
  userAgent?: string;
  header?: string[];
  proxy?: string;
  concurrency?: number;
  perHost?: number;
  delay?: number;
  maxDepth?: number;
  maxElements?: number;
  maxImages?: number;
  private?: boolean;
  timezone?: string;
  siteRules?: boolean;
  downloadImages?: string | boolean;
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];
export const positive = (name: string) => (value: string) => positiveInt(name, value);
const nonNegative = (name: string) => (value: string) => nonNegativeInt(name, value);

export function addPostOptions(cmd: Command): Command {
  return cmd
    .option('-o, --out <dir>', "output folder (default: '.'); for archive, - prints the post")
    .addOption(new Option('--body <format>', 'body format (default: markdown)').choices(BODY_FORMATS))
    .addOption(new Option('--front-matter <dialect>', "front-matter dialect (default: hexo, the seed's)").choices(DIALECT_NAMES))
    .option('--blog <dir>', "the Hexo site whose _config.yml fills in what no flag gives (default: the one -o lies in)")
    .option('--no-blog', "leave the Hexo site's settings out")
    .option('--category <name>', 'a category; repeat for several, order kept', collect)
    .option('--author <name>', 'author to write instead of the extracted one')
    .option('--comments', 'write comments: true')
    .option('--image-proxy <prefix>', 'prefix for every image URL (front-matter and body)')
    .option('--more <n>', "Hexo's <!-- more --> excerpt marker after the n-th paragraph (default: none)", nonNegative('--more'))
    .option('--selector <css>', 'CSS selector of the article body container')
    .option('--filename <template>', 'file name template: {slug} {title} {date} {year} {month} {day} {id} {name} {path} (default: {slug}.md)')
    .option('--json', 'print a JSON report on standard output')
    .option('--verbose', 'say what is written, and show the cause of each failure in full')
    .option('--timeout <ms>', 'total time limit per request (default: 30000)', positive('--timeout'))
    .option('--max-bytes <n>', 'largest page to read, after decompression (default: 20 MiB)', positive('--max-bytes'))
    .option('--retries <n>', 'tries again on network errors, 5xx and 429 (default: 3)', nonNegative('--retries'))
    .option('--user-agent <ua>', 'User-Agent header (default: mdarchive/<version> and its repository)')
    .option('--header <"Name: value">', 'extra request header, e.g. a cookie; repeatable', collect)
    .option('--proxy <url>', 'HTTP proxy (default: from HTTPS_PROXY/HTTP_PROXY, honouring NO_PROXY)')
    .option('--concurrency <n>', 'pages fetched and converted at once (default: 4)', positive('--concurrency'))
    .option('--per-host <n>', 'requests in flight to one host (default: 2)', positive('--per-host'))
    .option('--delay <ms>', 'pause between requests to the same host (default: 0)', nonNegative('--delay'))
    .option('--private', 'let URLs reach loopback, link-local and private addresses')
    .option('--no-private', 'refuse URLs that resolve to loopback, link-local or private addresses')
    .option('--max-depth <n>', 'refuse a page nested deeper than this (default: 1000)', positive('--max-depth'))
    .option('--max-elements <n>', 'refuse a page with more elements (default: 150000)', positive('--max-elements'))
    .option('--download-images [dir]', "store every image beside the post (default folder: images; {post}: Hexo's asset folder) and link to it")
    .option('--max-images <n>', 'refuse a page with more images (default: 1000)', positive('--max-images'))
    .option('--timezone <zone>', "IANA zone of the site: times the page writes without a zone are read in it (default: the site rule's; Beijing time for a page in Chinese; else UTC)", (value: string) => timeZone('--timezone', value))
    .option('--no-site-rules', 'leave the built-in site rules out (the generic extractor and your config\'s rules only)');
}

/** The flags as settings: only what was given, so that they override the config file. */
export function flagSettings(flags: PostFlags): Settings {
  return {
    out: flags.out,
    body: flags.body === undefined ? undefined : bodyFormat(flags.body),
    frontMatter: flags.frontMatter === undefined ? undefined : frontMatterDialect(flags.frontMatter),
    blog: flags.blog,
    categories: flags.category ?? [],
    author: flags.author,
    comments: flags.comments,
    imageProxy: flags.imageProxy,
    more: flags.more,
    selector: flags.selector,
    filename: flags.filename,
    json: flags.json,
    verbose: flags.verbose,
    timeout: flags.timeout,
    maxBytes: flags.maxBytes,
    retries: flags.retries,
    userAgent: flags.userAgent,
    headers: flags.header && parseHeaders(flags.header),
    proxy: flags.proxy,
    concurrency: flags.concurrency,
    perHost: flags.perHost,
    delay: flags.delay,
    timezone: flags.timezone,
    siteRules: flags.siteRules === false ? false : undefined,
    maxDepth: flags.maxDepth,
    maxElements: flags.maxElements,
    maxImages: flags.maxImages,
    private: flags.private,
    downloadImages: flags.downloadImages === true ? 'images' : flags.downloadImages || undefined,
  };
}

/** Defaults < the blog's settings < config layers < flags, validated once. */
export const resolveOptions = (flags: PostFlags, ...configLayers: Settings[]): Promise<ResolvedOptions> => resolveLayers([...configLayers, flagSettings(flags)]);
