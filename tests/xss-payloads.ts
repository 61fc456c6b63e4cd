// The XSS corpus (fixtures/xss/payloads.txt): one payload a line; {NUL} {NL} {CR} stand for
// those characters. Shared by the sanitizer test and the real-browser test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

export const PAYLOADS = (await readFile(join(ROOT, 'fixtures/xss/payloads.txt'), 'utf8'))
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => line.replace(/\{NUL\}/g, '\u0000').replace(/\{NL\}/g, '\n').replace(/\{CR\}/g, '\r'));

/** An article page with the payload between two paragraphs, inside the block taken as the body. */
export const payloadPage = (n: number, payload: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>XSS case ${n}</title>${head}</head><body>
<article><h1>XSS case ${n}</h1><div class="payload-box"><p>The text before the payload, long enough to be an article paragraph for the extractor.</p>
${payload}
<p>The text after the payload, long enough as well, so that the block is chosen as the article body.</p></div></article></body></html>`;
