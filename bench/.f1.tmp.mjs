import { readFileSync } from 'node:fs';
import { bodyScores } from './lib/metric.mjs';
const [a, b, corpus, ...ids] = process.argv.slice(2);
const truth = JSON.parse(readFileSync(`/work/shared/corpus/${corpus}/ground-truth.json`, 'utf8'));
for (const id of ids) {
  const t = corpus === 'zyte-dev' ? truth[id]?.articleBody ?? truth.find?.((x) => x.id === id)?.articleBody : truth[id].articleBody;
  const row = [id.slice(0, 10)];
  for (const dir of [a, b]) {
    const md = readFileSync(`${dir}/${corpus}/html/${id}.html.gz.md`, 'utf8').split('\n---\n').slice(1).join('\n');
    const s = bodyScores([t], [md]);
    row.push(`p ${s.precision.toFixed(3)} r ${s.recall.toFixed(3)} f ${s.f1.toFixed(3)}`);
  }
  console.log(row.join(' | '));
}
