// A real Hexo site in a temporary folder: Hexo, hexo-renderer-marked and hexo-renderer-ejs from
// our node_modules, a one-layout theme of the test's own, and `hexo generate`.
import Hexo from 'hexo';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

export interface HexoSite {
  dir: string;
  posts: string;
  /** The Hexo instance of the last generate(). */
  readonly hexo: Hexo;
  generate(): Promise<void>;
  remove(): Promise<void>;
}

export async function makeSite(config: string, postLayout: string): Promise<HexoSite> {
  const dir = await mkdtemp(join(tmpdir(), 'mdarchive-hexo-'));
  // Hexo loads the plugins its package.json names, from its node_modules: ours.
  await writeFile(join(dir, 'package.json'), JSON.stringify({
    name: 'site', private: true, hexo: { version: '' },
    dependencies: { hexo: '*', 'hexo-renderer-marked': '*', 'hexo-renderer-ejs': '*' },
  }));
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writeFile(join(dir, '_config.yml'), config);
  await mkdir(join(dir, 'themes/mini/layout'), { recursive: true });
  await writeFile(join(dir, 'themes/mini/layout/post.ejs'), postLayout);
  const posts = join(dir, 'source/_posts');
  await mkdir(posts, { recursive: true });
  let hexo: Hexo | undefined;
  return {
    dir,
    posts,
    get hexo() {
      if (!hexo) throw new Error('generate() first');
      return hexo;
    },
    async generate() {
      hexo = new Hexo(dir, { silent: true });
      await hexo.init();
      await hexo.call('generate', {});
    },
    async remove() {
      await hexo?.exit();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
