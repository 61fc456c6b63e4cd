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

  it('parts paragraphs written with two line breaks and no <p> (<br><br>), and joins lines a single break parts', async () => {
    const lines = ['The harbour was quiet at dawn, the boats still tied up along the old stone wall.', 'By noon the first ferry had come in, and the market on the quay was full of people.', 'In the evening the wind turned, and the fishermen stayed ashore.'];
    const page = join(await tempDir(), 'breaks.html');
    await writeFile(page, articlePage({ title: 'Harbour day', body: `${PROSE}<div class="post">${lines[0]}<br><br>\n${lines[1]}<br>\n${lines[2]}</div>` }));
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('---\n').at(-1)!.trim().split('\n\n').slice(-2)).toEqual([lines[0], `${lines[1]} ${lines[2]}`]);
  });

  it("leaves out a picture's caption with its picture, and keeps a listing's, a table's and a quote's", async () => {
    const figures = [
      '<figure><img src="https://example.com/a.jpg" alt=""><figcaption>Protesters in the square (Photo: AP)</figcaption></figure>',
      '<figure><figcaption>The square at night</figcaption></figure>',
      '<figure><pre><code>make install</code></pre><figcaption>Listing 1: the install</figcaption></figure>',
      '<figure><blockquote><p>Less is more.</p></blockquote><figcaption>Mies van der Rohe</figcaption></figure>',
    ].join('');
    const page = join(await tempDir(), 'figures.html');
    await writeFile(page, articlePage({ title: 'Figures', body: `${PROSE}${figures}` }));
    const result = await runCli(['archive', page, '-o', '-', '--body', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('---\n').at(-1)!.trim().split('\n\n').slice(-4)).toEqual(['make install', 'Listing 1: the install', 'Less is more.', 'Mies van der Rohe']);
    const markdown = await runCli(['archive', page, '-o', '-']);
    expect(markdown.stdout).toContain('Protesters in the square (Photo: AP)');
  });
});
