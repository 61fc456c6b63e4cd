// The built-in site pack: one YAML file per site in src/sites/, shipped with the package and
// read once per process (each worker thread reads its own copy: a few milliseconds).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseRule, RuleError, type SiteRule } from './rule.js';

/** Beside dist/ in the package: the .yml files are data, not compiled. */
export const PACK_DIR = fileURLToPath(new URL('../../src/sites/', import.meta.url));

/** Reads every rule file of a folder; a broken file is a RuleError naming it and the key. */
export function readPack(dir: string): SiteRule[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml')).sort();
  return files.map((file) => {
    let data: unknown;
    try {
      data = yaml.load(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      throw new RuleError(`${join(dir, file)}: ${err instanceof yaml.YAMLException ? err.reason : String(err)}`);
    }
    try {
      const rule = parseRule(file.replace(/\.yml$/, ''), data);
      if (!rule.hosts?.length) throw new RuleError(`'${rule.name}.hosts' is missing: a pack rule names the hosts it applies to`);
      return rule;
    } catch (err) {
      throw new RuleError(`${join(dir, file)}: ${(err as Error).message}`);
    }
  });
}

let pack: SiteRule[] | undefined;

export function builtInRules(): SiteRule[] {
  pack ??= readPack(PACK_DIR);
  return pack;
}
