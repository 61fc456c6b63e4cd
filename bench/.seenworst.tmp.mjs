import fs from 'node:fs';
import zlib from 'node:zlib';
import { loadMdarchive } from './lib/tools.mjs';
import { splitName } from './lib/split.mjs';
import { bodyScores } from './lib/metric.mjs';
import { pageKind } from './lib/page-kind.mjs';
const md = await loadMdarchive();
const dir = '/work/shared/corpus/modern-dev';
const gt = JSON.parse(fs.readFileSync(dir + '/ground-truth.json', 'utf8'));
const rows = [];
for (const [id, t] of Object.entries(gt)) {
  if (splitName(id) !== 'seen') continue;
  const path = `${dir}/html/${id}.html.gz`;
  if (!fs.existsSync(path)) continue;
  const bytes = zlib.gunzipSync(fs.readFileSync(path));
  if (pageKind(bytes.toString('utf8')) !== 'article') continue;
  const r = md.run({ path, url: t.url }, bytes);
  const s = bodyScores([t.articleBody ?? ''], [r.text]).perPage[0];
  rows.push([id, s.precision.toFixed(2), s.recall.toFixed(2), s.f1.toFixed(2), t.url]);
}
rows.sort((a, b) => a[3] - b[3]);
for (const r of rows.slice(0, +(process.argv[2] ?? 25))) console.log(r.join('  '));
