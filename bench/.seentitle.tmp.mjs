import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { loadMdarchive } from './lib/tools.mjs';
import { splitName } from './lib/split.mjs';
import { pageKind } from './lib/page-kind.mjs';
import { sameText, sameTitle, allNamesPresent } from './lib/metric.mjs';
const field = process.argv[2] ?? 'title';
const kindWant = process.argv[3];
const dir = '/work/shared/corpus/modern-dev';
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
const md = await loadMdarchive();
for (const [id, e] of Object.entries(truth)) {
  if (splitName(id) !== 'seen') continue;
  const bytes = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)));
  const kind = pageKind(bytes.toString('utf8'));
  if (kindWant && kind !== kindWant) continue;
  const want = e[field];
  if (!want || want === 'UNKNOWN') continue;
  const r = md.run({ bytes, charset: 'utf-8', path: id, url: e.url }, bytes);
  const got = r[field === 'author' ? 'author' : field];
  const ok = field === 'author' ? allNamesPresent(want, got) : sameText(want, got);
  if (!ok) console.log(`${id} ${kind} ${sameTitle(want, got) ? '(suffix)' : ''}\n  want: ${want}\n  got:  ${got}`);
}
