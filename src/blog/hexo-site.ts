// A Hexo site's own settings, read from its _config.yml: those that decide how a post written
// into it should look. Keys _config.yml leaves out take Hexo's defaults (hexo/dist/hexo/default_config.js).
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { ConfigError } from '../config.js';
import { ianaZone } from '../extract/metadata/zone.js';

export interface HexoSite {
  /** The site's folder and its _config.yml. */
  dir: string;
  config: string;
  /** IANA zone Hexo shows dates in; undefined when empty (Hexo then uses the machine's). */
  timezone?: string;
  postAssetFolder: boolean;
  /** hexo-renderer-marked's `marked.postAsset`: a Markdown image given by name is the post's asset. */
  markedPostAsset: boolean;
  newPostName: string;
  sourceDir: string;
  /** Unset when it is Hexo's own placeholder, `uncategorized`, which Hexo shows for posts without one. */
  defaultCategory?: string;
  /** 0: file names keep the title's case, 1: lower case, 2: upper case. */
  filenameCase: 0 | 1 | 2;
}

/** Keys only Hexo's _config.yml has (Jekyll's shares title, url, permalink, timezone, theme). */
const HEXO_KEYS = [
  'new_post_name', 'post_asset_folder', 'source_dir', 'public_dir', 'default_layout', 'filename_case',
  'default_category', 'render_drafts', 'skip_render', 'permalink_defaults', 'pretty_urls', 'category_dir',
  'tag_dir', 'archive_dir', 'code_dir', 'i18n_dir', 'syntax_highlighter', 'updated_option', 'pagination_dir',
];

const readText = (path: string) => readFile(path, 'utf8').catch(() => undefined);

/** The site's package.json names Hexo (what `hexo init` writes, and how Hexo's own CLI knows a site). */
async function packageNamesHexo(dir: string): Promise<boolean> {
  const text = await readText(join(dir, 'package.json'));
  try {
    const pkg = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    return !!pkg && ('hexo' in pkg || !!(pkg.dependencies as Record<string, unknown> | undefined)?.hexo);
  } catch {
    return false;
  }
}

function siteSettings(dir: string, config: string, data: Record<string, unknown>): HexoSite {
  const bad = (key: string, expected: string) => new ConfigError(`${config}: '${key}' must be ${expected} (got '${String(data[key])}')`);
  const text = (key: string, fallback: string) => {
    const v = data[key] ?? fallback;
    if (typeof v !== 'string' || v === '') throw bad(key, 'a non-empty string');
    return v;
  };
  const zone = data.timezone;
  if (zone != null && zone !== '' && (typeof zone !== 'string' || !ianaZone(zone))) throw bad('timezone', 'an IANA time zone such as Asia/Shanghai, or empty');
  const assets = data.post_asset_folder ?? false;
  if (typeof assets !== 'boolean') throw bad('post_asset_folder', 'true or false');
  const filenameCase = data.filename_case ?? 0;
  if (filenameCase !== 0 && filenameCase !== 1 && filenameCase !== 2) throw bad('filename_case', '0, 1 or 2');
  const category = data.default_category == null ? undefined : String(data.default_category);
  return {
    dir,
    config,
    ...(typeof zone === 'string' && zone && { timezone: ianaZone(zone) }),
    postAssetFolder: assets,
    markedPostAsset: (data.marked as Record<string, unknown> | undefined)?.postAsset === true,
    newPostName: text('new_post_name', ':title.md'),
    sourceDir: text('source_dir', 'source'),
    ...(category && category !== 'uncategorized' && { defaultCategory: category }),
    filenameCase,
  };
}

/** The Hexo site in `dir`; undefined when it has no _config.yml or that is not Hexo's. */
export async function readHexoSite(dir: string): Promise<HexoSite | undefined> {
  const config = join(dir, '_config.yml');
  const text = await readText(config);
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (err) {
    throw new ConfigError(`${config}: ${err instanceof yaml.YAMLException ? err.reason : String(err)} (--no-blog leaves the site's settings out)`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const settings = data as Record<string, unknown>;
  if (!HEXO_KEYS.some((key) => key in settings) && !(await packageNamesHexo(dir))) return undefined;
  return siteSettings(dir, config, settings);
}

/** The Hexo site a folder lies in: the nearest folder above it (or itself) holding Hexo's _config.yml. */
export async function findHexoSite(folder: string): Promise<HexoSite | undefined> {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const site = await readHexoSite(dir);
    if (site) return site;
    if (dirname(dir) === dir) return undefined;
  }
}
