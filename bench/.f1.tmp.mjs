import { readFileSync } from 'node:fs';
import { shingleMatch, bodyScores } from './lib/metric.mjs';
const truth = JSON.parse(readFileSync('/work/shared/corpus/modern-dev/ground-truth.json', 'utf8'));
for (const id of process.argv.slice(2)) {
  for (const dir of ['/tmp/q/b75', '/tmp/q/b76']) {
    const md = readFileSync(`${dir}/modern-dev/html/${id}.html.gz.md`, 'utf8').split('\n---\n').slice(1).join('\n');
    const s = bodyScores([truth[id].articleBody], [md]);
    console.log(id, dir, JSON.stringify({ p: s.precision.toFixed(3), r: s.recall.toFixed(3), f1: s.f1.toFixed(3) }));
  }
}
