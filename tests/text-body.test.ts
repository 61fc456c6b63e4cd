// `--body text`: the article as plain paragraphs, as a reader and the text benches see it.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROSE, articlePage, runCli, tempDir } from './helpers.js';

describe('--body text', () => {
  it("keeps a table's cells apart, a row to a paragraph", async () => {
    const table = '<table><caption>Rankings</caption><thead><tr><th>Rank</th><th>State</th><th>Score</th></tr></thead><tbody><tr><td>1</td><td>North <b>Dakota</b></td><td>82.0</td></tr></tbody></table>';
    const page = join(await tempDir(), 'table.html');
    await writeFile(page, articlePage({ title: 'Best States', body: `${PROSE}${table}` }));
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('---\n').at(-1)!.trim().split('\n\n').slice(-3)).toEqual(['Rankings', 'Rank | State | Score', '1 | North Dakota | 82.0']);
  });
});
