// Extraction quality floors: runs `node bench/extract.mjs --no-peer --json` over the shared
// corpus and checks each floored figure (bench/floors.json) is at least its floor minus a
// small margin. Skipped when the corpus is not next to the repository (e.g. in a CI clone).
// Needs a fresh build, as `npm test` makes.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = process.env.MDARCHIVE_CORPUS ?? resolve(ROOT, '../shared/corpus');
const MARGIN = 0.005;

type Figures = Record<string, Record<string, number>>;

/** [corpus, figure, floor] for every floor in bench/floors.json. */
function floorEntries(): [string, string, number][] {
  const floors = JSON.parse(readFileSync(join(ROOT, 'bench/floors.json'), 'utf8')) as Figures;
  return Object.entries(floors).flatMap(([corpus, figures]) => Object.entries(figures).map(([name, floor]): [string, string, number] => [corpus, name, floor]));
}

/** The bench's floored figures, from its JSON report. */
function runBench(): Promise<Figures> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench/extract.mjs'), '--no-peer', '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench/extract.mjs exited with ${code}: ${stderr.trim()}`));
      else done((JSON.parse(stdout) as { floorFigures: Figures }).floorFigures);
    });
  });
}

describe.skipIf(!existsSync(CORPUS))('extraction quality floors (bench/floors.json)', () => {
  let measured: Figures;

  beforeAll(async () => {
    measured = await runBench();
  }, 60_000);

  it.each(floorEntries())('%s %s ≥ %s', (corpus, name, floor) => {
    const value = measured[corpus]?.[name];
    expect(value, `${corpus} ${name} was not measured`).toBeTypeOf('number');
    expect(value).toBeGreaterThanOrEqual(floor - MARGIN);
  });
});
