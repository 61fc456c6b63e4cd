import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { SEED_PATH, SHARED_SEED_PATH } from './helpers.js';

// CI may run on a clone without ../shared; where it is present, our copy must be the seed.
it.skipIf(!existsSync(SHARED_SEED_PATH))('fixtures/seed.md is ../shared/format/seed.md', async () => {
  expect((await readFile(SEED_PATH)).equals(await readFile(SHARED_SEED_PATH))).toBe(true);
});
