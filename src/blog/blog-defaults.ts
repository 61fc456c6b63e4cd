// A Hexo site's settings as the lowest layer of a run's settings: each fills in only what no
// flag and no config gives; the notes say what was taken (--verbose, --explain).
import { join } from 'node:path';
import { ConfigError, type Settings } from '../config.js';
import type { HexoSite } from './hexo-site.js';
import { templateFromNewPostName } from './new-post-name.js';

export interface BlogDefaults {
  settings: Settings;
  /** One line per setting of the site: what it became, or why it was not used. */
  notes: string[];
}

/**
 * `given` tells whether a flag or the config sets a key; `named` whether the site was named
 * with --blog (its source_dir then gives the posts folder when -o does not).
 */
export function blogDefaults(site: HexoSite, given: (key: keyof Settings) => boolean, named: boolean): BlogDefaults {
  const settings: Settings = {};
  const notes: string[] = [];
  if (named && !given('out')) {
    settings.out = join(site.dir, site.sourceDir, '_posts');
    notes.push(`source_dir ${site.sourceDir}: posts are written to ${settings.out}`);
  }
  if (site.timezone) {
    settings.postTimezone = site.timezone;
    notes.push(`timezone ${site.timezone}: dates are written as its wall-clock time, as Hexo shows them`);
  }
  if (site.postAssetFolder) {
    if (given('downloadImages')) notes.push('post_asset_folder: not used, --download-images says where images go');
    else {
      settings.downloadImages = '{post}';
      notes.push('post_asset_folder: images are stored beside each post, in its asset folder (--download-images {post})');
      if (!site.markedPostAsset) notes.push("marked.postAsset is off: Hexo's marked renderer shows a Markdown post's images by name only with marked: {postAsset: true} (html bodies need nothing)");
    }
  }
  if (given('filename')) notes.push(`new_post_name ${site.newPostName}: not used, --filename names the posts`);
  else {
    const made = templateFromNewPostName(site.newPostName);
    if ('problem' in made) throw new ConfigError(`${site.config}: ${made.problem}`);
    settings.filename = made.template;
    notes.push(`new_post_name ${site.newPostName}: posts are named ${made.template}`);
  }
  if (site.filenameCase) {
    settings.titleCase = site.filenameCase === 1 ? 'lower' : 'upper';
    notes.push(`filename_case ${site.filenameCase}: {title} in ${settings.titleCase} case`);
  }
  if (site.defaultCategory) {
    settings.defaultCategory = site.defaultCategory;
    notes.push(`default_category ${site.defaultCategory}: the category of posts that get none from a flag, the config or a site rule`);
  }
  return { settings, notes };
}
