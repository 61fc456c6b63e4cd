// The first acceptance test: the seed's page gives back the seed, byte for byte.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readText, runCli, SEED_ARGS, SEED_PATH, seedParagraphs, tempDir, WOSHIPM_PAGE, WOSHIPM_SELECTOR } from './helpers.js';

describe('the seed page', () => {
  it('is rebuilt byte for byte with --body html and its selector', async () => {
    const out = await tempDir();
    const result = await runCli(['archive', WOSHIPM_PAGE, ...SEED_ARGS, '--selector', WOSHIPM_SELECTOR, '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await listFiles(out)).toEqual(['产业互联网的深逻辑.md']);
    const written = await readFile(join(out, '产业互联网的深逻辑.md'));
    expect(written.equals(await readFile(SEED_PATH))).toBe(true);
  });

  it('is found by the generic extractor without a selector', async () => {
    const result = await runCli(['archive', WOSHIPM_PAGE, ...SEED_ARGS, '-o', '-']);
    expect(result.code).toBe(0);
    const post = result.stdout;
    const paragraphs = await seedParagraphs();
    expect(paragraphs.length).toBeGreaterThan(60);
    // All but the site's reprint notice closing it ("…未经许可，禁止转载"): the front matter credits the source, the notice is furniture.
    const notices = paragraphs.filter((paragraph) => paragraph.includes('禁止转载'));
    expect(notices).toEqual(['本文原创发布于人人都是产品经理，未经许可，禁止转载']);
    for (const paragraph of paragraphs.filter((text) => !notices.includes(text))) expect(post).toContain(paragraph);
    expect(post).not.toContain(notices[0]);
    const page = await readText(WOSHIPM_PAGE);
    // Text that stands only in the page's comments, sidebar and navigation.
    for (const selectorText of ['id="comments"', 'class="sidebar"', '<nav']) expect(page).toContain(selectorText);
    for (const outside of ['相关阅读', '热门文章', '交互体验', '粤ICP备14037330号', 'javascript:']) expect(post).not.toContain(outside);
    expect(post).not.toMatch(/<script|<nav|<aside|<footer/);
  });

  it('renders a Markdown body with the blockquote, bold lines, heading and proxied image', async () => {
    const result = await runCli(['archive', WOSHIPM_PAGE, ...SEED_ARGS.slice(2), '-o', '-']);
    expect(result.code).toBe(0);
    const [, frontMatter, body] = result.stdout.split(/^---$/m);
    expect(frontMatter).toContain("title: '产业互联网的深逻辑'");
    expect(body).toMatch(/^\n\n> 编辑导语：产业互联网刚被提出的那个时间点/);
    expect(body).toContain('\n\n![](https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2021/10/Kah7yCDlyPW0DcFZxvy5.jpg)\n\n');
    expect(body).toContain('\n\n**我认为，从这一刻开始，阿里的战略其实已经开始发生了转型，开始将自身的定位从平台模式，转变成为产业驱动。换句话说，就是做产业互联网了。**\n\n');
    expect(body).toContain('\n\n**第一，互联网原有体系下的业务将会被深度整合。**\n\n');
    expect(body).toContain('\n\n### #专栏作家#\n\n');
    expect(body).not.toMatch(/<svg|<button|<path|赞赏<|svgIcon/);
    expect(body.endsWith('题图来自Unsplash，基于CC0协议\n')).toBe(true);
  });

  it('writes the plain text body as paragraphs separated by blank lines', async () => {
    const result = await runCli(['archive', WOSHIPM_PAGE, '--selector', WOSHIPM_SELECTOR, '--body', 'text', '-o', '-']);
    const body = result.stdout.split(/^---$/m)[2]!;
    expect(body.startsWith('\n\n编辑导语：产业互联网刚被提出的那个时间点')).toBe(true);
    expect(body).toContain('一起来看下。\n\n如果站在今天回望');
    expect(body).not.toContain('<');
  });
});
