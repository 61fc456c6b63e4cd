// Extraction quality floors: runs `node bench/extract.mjs --no-peer --json` over the shared
// corpus and checks each floored figure (bench/floors.json: { corpus: { unseen: { figure:
// floor } } }, mdarchive's figures on the unseen part of each corpus) is at least its floor
// minus a small margin; `node bench/zh-sites.mjs --check` checks the Chinese sites' floors
// (key zhSites, the unseen part). Skipped when the corpus is not next to the repository.
// Needs a fresh build, as `npm test` makes.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = process.env.MDARCHIVE_CORPUS ?? resolve(ROOT, '../shared/corpus');
const MARGIN = 0.005;

/** { corpus: { part: { figure: value } } }, as floors.json and the bench's floorFigures have them. */
type Figures = Record<string, Record<string, Record<string, number>>>;

/** Floors bench/zh-sites.mjs checks itself. */
const ZH_SITES = 'zhSites';

/** [corpus, part, figure, floor] for every floor of bench/extract.mjs in bench/floors.json. */
function floorEntries(): [string, string, string, number][] {
  const floors = JSON.parse(readFileSync(join(ROOT, 'bench/floors.json'), 'utf8')) as Figures;
  return Object.entries(floors)
    .filter(([corpus]) => corpus !== ZH_SITES)
    .flatMap(([corpus, parts]) =>
      Object.entries(parts).flatMap(([part, figures]) =>
        Object.entries(figures).map(([name, floor]): [string, string, string, number] => [corpus, part, name, floor]),
      ),
    );
}

/** A bench script's exit code and output. */
function runScript(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench', script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The extraction bench's floored figures, from its JSON report. */
async function runBench(): Promise<Figures> {
  const { code, stdout, stderr } = await runScript('extract.mjs', ['--no-peer', '--json']);
  if (code !== 0) throw new Error(`bench/extract.mjs exited with ${code}: ${stderr.trim()}`);
  return (JSON.parse(stdout) as { floorFigures: Figures }).floorFigures;
}

describe.skipIf(!existsSync(CORPUS))('extraction quality floors (bench/floors.json)', () => {
  let measured: Figures;

  // Four corpora, modern-dev's 500 large pages the most of it: 35–40 s on 2 cores, over 150 s on a machine busy with other work.
  beforeAll(async () => {
    measured = await runBench();
  }, 300_000);

  it.each(floorEntries())('%s %s %s ≥ %s', (corpus, part, name, floor) => {
    const value = measured[corpus]?.[part]?.[name];
    expect(value, `${corpus} ${part} ${name} was not measured`).toBeTypeOf('number');
    expect(value).toBeGreaterThanOrEqual(floor - MARGIN);
  });
});

describe.skipIf(!existsSync(CORPUS))('Chinese sites floors (bench/floors.json zhSites, the unseen pages)', () => {
  it('bench/zh-sites.mjs --check meets every floor', async () => {
    const { code, stdout } = await runScript('zh-sites.mjs', ['--check']);
    expect(stdout).toContain('floors: all met');
    expect(code).toBe(0);
  }, 60_000);
});
