// Golden files: every fixtures/pages/<name>.html gives fixtures/expected/<name>.md byte for
// byte (`vitest -u` rewrites them; under CI=1 a missing golden fails).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const pages = (await readdir(join(ROOT, 'fixtures/pages'))).filter((f) => f.endsWith('.html')).sort();

describe('golden posts', () => {
  it.each(pages)('%s', async (page) => {
    const result = await runCli(['archive', join(ROOT, 'fixtures/pages', page), '-o', '-']);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(join(ROOT, 'fixtures/expected', page.replace(/\.html$/, '.md')));
  });
});
