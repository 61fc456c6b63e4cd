// One run's options: defaults < the blog's settings < the config layers < flags (the last layer).
// The blog is the Hexo site --blog names, else the one the output folder lies in; --no-blog: none.
import { blogDefaults } from './blog/blog-defaults.js';
import { findHexoSite, readHexoSite, type HexoSite } from './blog/hexo-site.js';
import { ConfigError, DEFAULTS, mergeOptions, type ArchiveOptions, type Settings } from './config.js';
import { DIALECTS } from './render/dialects/index.js';
import { validateTemplate } from './write/file-name.js';

export interface ResolvedOptions {
  options: ArchiveOptions;
  /** The Hexo site whose settings were read, and what was taken from each. */
  blog?: { config: string; notes: string[] };
}

/** A layer says something for a key: a value, or a list that is not empty. */
const says = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

async function blogOf({ blog, out }: ArchiveOptions): Promise<HexoSite | undefined> {
  if (blog === false) return undefined;
  if (blog !== undefined) {
    const site = await readHexoSite(blog);
    if (!site) throw new ConfigError(`--blog ${blog}: not a Hexo site (no _config.yml with Hexo's settings there)`);
    return site;
  }
  return out === '-' ? undefined : findHexoSite(out);
}

export async function resolveOptions(layers: Settings[]): Promise<ResolvedOptions> {
  const merged = mergeOptions(...layers);
  const site = await blogOf(merged);
  const given = (key: keyof Settings) => layers.some((layer) => says(layer[key]));
  const fromBlog = site && blogDefaults(site, given, merged.blog !== undefined);
  const headers = Object.assign({}, DEFAULTS.headers, ...layers.map((layer) => layer.headers)) as Record<string, string>;
  const options = mergeOptions(fromBlog?.settings ?? {}, ...layers, { headers });
  options.filename ??= DIALECTS[options.frontMatter].filename;
  validateTemplate(options.filename);
  return { options, ...(site && fromBlog && { blog: { config: site.config, notes: fromBlog.notes } }) };
}

/** What --verbose says about the blog's settings: one line each, naming its _config.yml. */
export const blogLines = (blog: NonNullable<ResolvedOptions['blog']>): string[] => blog.notes.map((note) => `${blog.config}: ${note}`);
