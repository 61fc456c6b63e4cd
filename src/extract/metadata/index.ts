// Page metadata, each field from the best of several sources (see constants.ts for the order);
// a site rule's selectors and script variables first, when one applies.
import type { CheerioAPI } from 'cheerio';
import type { SiteRule } from '../../site-rules/rule.js';
import { extractAuthor, reportersOverOutlet, ruleAuthor } from './author.js';
import { extractDate, ruleDate } from './date.js';
import { firstFound, type Found } from './found.js';
import { asNameList } from './names.js';
import { headlineIndex, showsTitle } from './headline.js';
import { extractImage } from './image.js';
import { articleNodes, ldArticleBody, ldFirst, ldPaywalledParts, ldString, readJsonLd } from './json-ld.js';
import { metaValue, readMetas } from './metas.js';
import { pageZone, shownZone, writesDayFirst } from './page-zone.js';
import { ruleValues, scriptText, urlParams } from './rule-fields.js';
import { domainName, extractSiteName } from './site-name.js';
import { datedHeadline } from './text-date.js';
import { textLines } from './text-lines.js';
import { extractTitle, headingText, withIdeographicSpaces } from './title.js';
import { cleanText } from '../dom.js';
import { DESCRIPTION_METAS, TITLE_SEPARATORS } from './constants.js';
import { queryPage } from '../page-index.js';
import { firstLineText } from '../../clean/tree.js';
import { decodeText } from '../../decode/entities.js';

export interface Metadata {
  title?: Found<string>;
  /** The author the page names; undefined when it names none (no site-name fallback here). */
  author?: Found<string>;
  /** The author's names as the page writes them: where the body's byline line is found. */
  byline?: string;
  date?: Found<Date>;
  image?: Found<string>;
  siteName?: Found<string>;
  /** The zone wall-clock times were read in, and why. */
  zone?: Found<string>;
  /** The article's text as the page's JSON-LD declares it. */
  declaredBody?: Found<string>;
  /** Selectors of the article's parts the JSON-LD declares for subscribers. */
  paywalledParts: string[];
  /** The page's summary of itself (meta description, og:description, JSON-LD description). */
  description?: Found<string>;
}

export interface MetadataOptions {
  /** IANA zone in which the page's wall-clock times without a zone are read (--timezone). */
  timezone?: string;
  rule?: SiteRule;
  /** When the page was retrieved: dates written relative to it ("3小时前") count from it. */
  retrievedAt?: Date;
}

const CHINESE_TITLE_SEPARATORS = new RegExp(`${TITLE_SEPARATORS.source}|(?<=\\S)[-–—](?=\\S)|\\s+(?=\\[[^\\]]{1,20}\\]\\s+[-–—|])`);

/** The names the site goes by (og:site_name, the <title>'s words after its headline) and its domain's name. */
function siteNames(pageTitle: string, siteName: string | undefined, url: string | undefined): { words: string[]; domain?: string } {
  // A Chinese <title> chains its parts with tight dashes too ("…的几点思考-王建平-和讯博客"), or brackets one ("… [小鹿的日志] - QQ空间").
  const separators = /\p{Script=Han}/u.test(pageTitle) ? CHINESE_TITLE_SEPARATORS : TITLE_SEPARATORS;
  // Not a byline in it (Medium's "… | by Tomás Ferreira | Mar, 2025 | UX Collective"): the writer is no site.
  const words = [...(siteName ? [siteName] : []), ...pageTitle.split(separators).slice(1).filter((part) => !/^\s*by\s/i.test(part))];
  return { words: words.map((w) => w.trim()).filter(Boolean), domain: domainName(url) };
}

export function extractMetadata($: CheerioAPI, url: string | undefined, options: MetadataOptions = {}): Metadata {
  const { rule } = options;
  const params = rule ? urlParams(rule, url) : {};
  const ld = readJsonLd($);
  const metas = readMetas($);
  const pageTitle = cleanText(queryPage($, 'title').first().text());
  const siteName = extractSiteName(ld, metas, url, pageTitle);
  const ruleTitle = rule && ruleValues($, rule.titleSelector, params, headingText);
  const found = ruleTitle ? { value: ruleTitle.value[0]!, from: ruleTitle.from } : extractTitle($, ld, metas, siteName?.value, url);
  const title = found && { ...found, value: withIdeographicSpaces($, found.value) };
  const lines = textLines($);
  // Only Chinese pages have a zone by their language.
  const chineseZone = pageZone($, lines);
  const zone: Found<string> | undefined = firstFound(
    () => options.timezone ? { value: options.timezone, from: '--timezone' } : undefined,
    () => rule?.timezone ? { value: rule.timezone, from: `site rule ${rule.name}` } : undefined,
    () => chineseZone ? { value: chineseZone, from: "the page's language" } : undefined,
  );
  const headline = headlineIndex(lines, title?.value, (index, above) => datedHeadline(lines, index, above));
  const site = siteNames(pageTitle, siteName?.value, url);
  const author = firstFound(
    // A rule's author element may set the writer's affiliation under the name (LaTeXML's "Ashish Vaswani<br>Google Brain").
    () => (rule ? reportersOverOutlet($, ruleAuthor(ruleValues($, rule.authorSelector, params, (el) => decodeText(firstLineText(el)))), lines, headline, title?.value, site) : undefined),
    () => (rule ? ruleAuthor(scriptText($, rule.authorVariable)) : undefined),
    () => extractAuthor($, ld, metas, lines, headline, title?.value, site),
  );
  return {
    title,
    // Japanese writes one name's family and given names apart ("田中 太郎"), Chinese pages only names of several people.
    author: author && chineseZone ? { ...author, value: asNameList(author.value) } : author,
    byline: author?.value,
    date: firstFound(
      () => (rule ? ruleDate($, rule, params, zone?.value) : undefined),
      () => extractDate($, ld, metas, lines, { index: headline, showsTitle: headline >= 0 && !!title && showsTitle(lines[headline]!.text, title.value) }, url, { timeZone: zone?.value ?? shownZone($), dayFirst: writesDayFirst($), retrievedAt: options.retrievedAt }, zone?.value),
    ),
    image: extractImage($, ld, metas, url),
    siteName,
    zone,
    declaredBody: ldArticleBody(ld),
    paywalledParts: ldPaywalledParts(ld),
    description: firstFound(
      () => metaValue(metas, DESCRIPTION_METAS),
      () => ldFirst(articleNodes(ld), 'description', ldString),
    ),
  };
}
