// --explain: the reasons behind an extraction, for users writing a selector.
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, WOSHIPM_PAGE, WOSHIPM_SELECTOR, listFiles } from './helpers.js';

describe('--explain', () => {
  it('shows the winning block, its rivals, a selector and where each field came from, writing nothing', async () => {
    const out = await tempDir();
    const result = await runCli(['archive', WOSHIPM_PAGE, '--explain', '-o', out]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`${WOSHIPM_PAGE} (https://www.woshipm.com/it/5193068.html)`);
    expect(lines[2]).toBe('body: the generic extractor chose 1 block(s)');
    expect(lines[4]).toMatch(/^ +\d+\.\d +5817 +0% {2}div\.article--content\.grap {2}<- chosen$/);
    expect(lines[5]).toMatch(/#post-5193068$/);
    expect(result.stdout).toContain(`to keep this block whatever the scores say: --selector '${WOSHIPM_SELECTOR}'\n`);
    expect(result.stdout).toContain([
      'metadata:',
      '  title   产业互联网的深逻辑   <- meta og:title',
      '  author  孟永辉   <- meta article:author',
      '  date    Fri, 29 Oct 2021 00:00:00 GMT   <- meta article:published_time',
      '  image   http://image.woshipm.com/wp-files/2021/10/Kah7yCDlyPW0DcFZxvy5.jpg   <- meta og:image',
      '  site    人人都是产品经理   <- meta og:site_name',
    ].join('\n'));
    expect(await listFiles(out)).toEqual([]);
  });

  it('names the selector when one decides', async () => {
    const result = await runCli(['archive', WOSHIPM_PAGE, '--explain', '--selector', WOSHIPM_SELECTOR]);
    expect(result.stdout.split('\n')[2]).toBe(`body: the selector ${WOSHIPM_SELECTOR} (--selector) chooses it; 1 element(s) match`);
  });
});
