// Pages a web archive saved, archived from a file as a user saves them: the article at its own
// address (its site, its links), dated by its own text counted from the capture, never by the
// archive's metadata about the capture.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { PROSE, runCli, tempDir } from './helpers.js';

async function archive(name: string, html: string): Promise<{ front: Record<string, unknown>; body: string }> {
  const path = join(await tempDir(), name);
  await writeFile(path, html);
  const result = await runCli(['archive', path, '-o', '-']);
  expect(result.code).toBe(0);
  const [, front, body] = result.stdout.split(/^---$/m);
  return { front: yaml.load(front!) as Record<string, unknown>, body: body!.trim() };
}

/** archive.today's copy: its head describes the capture; its header names the page it saved; its links go through its redirect. */
const ARCHIVE_TODAY = `<!DOCTYPE html><html itemscope="" itemtype="http://schema.org/Article"><head><meta charset="utf-8">
<meta property="og:url" content="https://archive.ph/Qa8Ls"><meta property="og:site_name" content="archive.ph">
<meta property="article:published_time" itemprop="dateCreated" content="2024-03-08T14:03:59Z">
<meta property="og:description" content="archived 8 Mar 2024 14:03:59 UTC"><title>Harbour wall repaired - Coast Notes</title>
<link rel="canonical" href="https://archive.ph/Qa8Ls"></head><body><center><div id="HEADER"><table><tr><td>Saved from</td>
<td><form><input type="text" name="q" value="https://coastnotes.example.com/2024/harbour-wall"></form></td>
<td>webpage capture<br><span>8 Mar 2024 14:03:59 UTC</span></td></tr></table></div></center>
<div style="width:700px"><h1 style="font-size:32px">Harbour wall repaired</h1>
<div style="color:#999"><a href="https://archive.ph/o/Qa8Ls/https://coastnotes.example.com/author/jane-roe/" style="color:#999">Jane Roe</a> · 3 days ago</div>
<div style="font-size:18px">${PROSE}<p><img src="https://archive.ph/Qa8Ls/9d1e.jpg" alt="The wall"></p>
<p>See the <a href="https://archive.ph/o/Qa8Ls/https://council.example.org/minutes">council's minutes</a> for the vote.</p></div></div></body></html>`;

/** The Wayback Machine's copy: its toolbar inserted, every address rewritten to its copy of it. */
const WAYBACK = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour wall repaired | Coast Notes</title>
<link rel="canonical" href="https://web.archive.org/web/20190305101500/https://coastnotes.example.com/2019/harbour-wall">
</head><body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base"><div id="wm-ipp"><a href="/web/">The Wayback Machine</a> 2 captures</div></div><!-- END WAYBACK TOOLBAR INSERT -->
<article><h1>Harbour wall repaired</h1><p class="byline">By <a href="/web/20190305101500/https://coastnotes.example.com/author/jane-roe/">Jane Roe</a> · 2 hours ago</p>
${PROSE}<p><img src="/web/20190305101500im_/https://coastnotes.example.com/img/wall.jpg" alt="The wall"></p>
<p>See the <a href="/web/20190305101500/https://council.example.org/minutes">council's minutes</a> for the vote.</p></article></body></html>`;

describe('web archives\' copies', () => {
  it("reads archive.today's copy as the page it saved: its site, its links, its date from its own text counted from the capture, not the capture's time", async () => {
    const { front, body } = await archive('harbour.html', ARCHIVE_TODAY);
    expect(front.title).toBe('Harbour wall repaired');
    expect(front.author).toBe('Jane Roe');
    expect(new Date(String(front.date)).toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(body).toContain('[council\'s minutes](https://council.example.org/minutes)');
    expect(body).toContain('![The wall](https://archive.ph/Qa8Ls/9d1e.jpg)');
    for (const text of ['Saved from', 'webpage capture']) expect(body).not.toContain(text);
  });

  it("reads the Wayback Machine's copy with its links as the page wrote them, its pictures on the archive, its relative time counted from the capture", async () => {
    const { front, body } = await archive('harbour.html', WAYBACK);
    expect(front.author).toBe('Jane Roe');
    expect(new Date(String(front.date)).toISOString()).toBe('2019-03-05T08:15:00.000Z');
    expect(body).toContain('[council\'s minutes](https://council.example.org/minutes)');
    expect(body).toContain('![The wall](https://web.archive.org/web/20190305101500im_/https://coastnotes.example.com/img/wall.jpg)');
    expect(body).not.toContain('Wayback Machine');
  });
});
