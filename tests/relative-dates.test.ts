// Dates a page writes relative to when it was read ("3小时前", "昨天 10:30", "2 hours ago") or
// without their year, counted from the retrieval: the server's Date for a fetched page, the
// saver's note for a saved one; a page with no such time gets no date from them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeDate } from '../src/extract/metadata/relative-date.js';
import { savedAt } from '../src/extract/saved-at.js';
import { runCli, tempDir } from './helpers.js';
import { serve } from './server.js';

/** 11:00 in Shanghai, 03:00 UTC. */
const RETRIEVED = new Date('2024-01-02T03:00:00Z');
const read = (text: string, timeZone?: string) => {
  const found = relativeDate(text, { retrievedAt: RETRIEVED, timeZone });
  return found && { iso: found.value.toISOString(), ...(found.dateOnly && { dateOnly: true }), ...(found.zone && { zone: found.zone }) };
};

describe('relativeDate', () => {
  it.each([
    ['发布于 3小时前', undefined, { iso: '2024-01-02T00:00:00.000Z' }],
    ['15分钟前', undefined, { iso: '2024-01-02T02:45:00.000Z' }],
    ['刚刚', undefined, { iso: '2024-01-02T03:00:00.000Z' }],
    ['Posted 2 hours ago', undefined, { iso: '2024-01-02T01:00:00.000Z' }],
    ['an hour ago', undefined, { iso: '2024-01-02T02:00:00.000Z' }],
    ['5天前', 'Asia/Shanghai', { iso: '2023-12-28T00:00:00.000Z', dateOnly: true }],
    ['3 days ago', undefined, { iso: '2023-12-30T00:00:00.000Z', dateOnly: true }],
    ['昨天 10:30', 'Asia/Shanghai', { iso: '2024-01-01T02:30:00.000Z', zone: 'Asia/Shanghai' }],
    ['yesterday at 9:15 pm', 'America/New_York', { iso: '2024-01-01T02:15:00.000Z', zone: 'America/New_York' }],
    ['今天', 'Asia/Shanghai', { iso: '2024-01-02T00:00:00.000Z', dateOnly: true }],
    // Without its year: the latest such day not after the retrieval.
    ['12-30 08:00', 'Asia/Shanghai', { iso: '2023-12-30T00:00:00.000Z', zone: 'Asia/Shanghai' }],
    ['03-05 10:30', 'Asia/Shanghai', { iso: '2023-03-05T02:30:00.000Z', zone: 'Asia/Shanghai' }],
    ['1月2日', 'Asia/Shanghai', { iso: '2024-01-02T00:00:00.000Z', dateOnly: true }],
    // A forum's day and month in words with its time (Steam's), the year left out.
    ['3 Jul @ 11:12am', undefined, { iso: '2023-07-03T11:12:00.000Z' }],
    ['Dec 30 at 9:05 PM', 'America/New_York', { iso: '2023-12-31T02:05:00.000Z', zone: 'America/New_York' }],
  ])('%s (%s)', (text, zone, expected) => {
    expect(read(text, zone)).toEqual(expected);
  });

  it.each(['3 weeks ago', '2个月前', '第03-05期', '2024-03-05', 'a day in the life', 'Jul 3', '3 Jul 2023 @ 11:12am'])('reads no date in "%s"', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('savedAt', () => {
  it("reads SingleFile's note of when the page was saved", () => {
    const page = '<!DOCTYPE html> <html lang="zh"><!--\n Page saved with SingleFile \n url: https://example.cn/a \n saved date: Tue Jan 02 2024 11:00:00 GMT+0800 (China Standard Time)\n--><head>';
    expect(savedAt(page)?.toISOString()).toBe('2024-01-02T03:00:00.000Z');
    expect(savedAt('<!DOCTYPE html><html><head><title>x</title>')).toBeUndefined();
  });
});

const BODY = `<p>${'港口的潮位站自旧码头建成以来一直在运行，管理员把每一次读数都写进了装订好的日志里，这些日志至今仍保存在办公室中。'.repeat(4)}</p>`;
const page = (dateline: string, head = '') => `<!doctype html><html lang="zh-CN">${head}<head><meta charset="utf-8"><title>港口潮位站的故事_新闻频道</title></head><body><div class="article"><h1>港口潮位站的故事</h1><div class="info">${dateline}</div>${BODY}${BODY}</div></body></html>`;
const frontMatter = (post: string, key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(post)?.[1];

describe('archive, from the command line', () => {
  it('dates a fetched page by its relative dateline, counted from the server\'s Date', async () => {
    const serveAt = (dateline: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', date: 'Tue, 02 Jan 2024 03:00:00 GMT' }).end(page(dateline));
    const server = await serve({ '/hours': serveAt('<span>张三</span> <span>发布于 3小时前</span>'), '/yesterday': serveAt('<span>张三</span><span>昨天 10:30</span>') });
    const hours = await runCli(['archive', server.url('/hours'), '-o', '-']);
    expect(frontMatter(hours.stdout, 'author')).toBe('张三');
    expect(frontMatter(hours.stdout, 'date')).toBe('Tue, 02 Jan 2024 00:00:00 GMT');
    const yesterday = await runCli(['archive', server.url('/yesterday'), '-o', '-']);
    expect(frontMatter(yesterday.stdout, 'date')).toBe('Mon, 01 Jan 2024 02:30:00 GMT');
  });

  it("dates a saved page by its saver's note, and leaves a page without one undated", async () => {
    const dir = await tempDir();
    const note = '<!--\n Page saved with SingleFile \n url: https://example.cn/a \n saved date: Tue Jan 02 2024 11:00:00 GMT+0800 (China Standard Time)\n-->';
    await writeFile(join(dir, 'saved.html'), page('<span>张三</span> <span>3小时前</span>', note));
    await writeFile(join(dir, 'bare.html'), page('<span>张三</span> <span>3小时前</span>'));
    expect(frontMatter((await runCli(['archive', join(dir, 'saved.html'), '-o', '-'])).stdout, 'date')).toBe('Tue, 02 Jan 2024 00:00:00 GMT');
    const bare = await runCli(['archive', join(dir, 'bare.html'), '-o', '-']);
    expect(frontMatter(bare.stdout, 'author')).toBe('张三');
    expect(frontMatter(bare.stdout, 'date')).toBeUndefined();
  });

  it('reads a year-less dateline of a page without its retrieval in the year its address or copyright line shows', async () => {
    const dir = await tempDir();
    const footer = '<div class="footer"><p>Copyright &copy; 2005-2025 港口新闻网 版权所有</p></div>';
    await writeFile(join(dir, 'copyright.html'), page('<span>张三</span> <span>03-09 22:45</span>').replace('</body>', `${footer}</body>`));
    await writeFile(join(dir, 'address.html'), page('<span>03-09 22:45</span>', '<link rel="canonical" href="https://example.cn/news/2023309/98765.htm">').replace('</body>', `${footer}</body>`));
    expect(frontMatter((await runCli(['archive', join(dir, 'copyright.html'), '-o', '-'])).stdout, 'date')).toBe('Sun, 09 Mar 2025 14:45:00 GMT');
    expect(frontMatter((await runCli(['archive', join(dir, 'address.html'), '-o', '-'])).stdout, 'date')).toBe('Thu, 09 Mar 2023 14:45:00 GMT');
  });
});
