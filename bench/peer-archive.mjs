#!/usr/bin/env node
// The peer's whole archive, timed by the speed section of bench/extract.mjs against
// `mdarchive archive <folder> -o <out>`: for every .html file of a folder, in one process,
// read it, parse it with jsdom, extract with Mozilla Readability, convert the content with
// turndown, and write <name>.md with the title. Prints { written, failed } as JSON
// (failed: no article found, or the page made jsdom or Readability throw).
//
//   node bench/peer-archive.mjs <folder> <out-folder>
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import TurndownService from 'turndown';

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The page as text when it is valid UTF-8; otherwise its bytes, for jsdom to sniff the charset as a browser does. */
function pageInput(bytes) {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return bytes;
  }
}

/** Title and Markdown body of one saved page, or undefined when Readability finds no article. */
function convert(path) {
  const dom = new JSDOM(pageInput(readFileSync(path)), { url: pathToFileURL(path).href, virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document).parse();
    return article ? { title: article.title ?? '', markdown: turndown.turndown(article.content ?? '') } : undefined;
  } finally {
    dom.window.close();
  }
}

function tryConvert(path) {
  try {
    return convert(path);
  } catch {
    return undefined;
  }
}

function post({ title, markdown }) {
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${markdown}\n`;
}

function archiveFolder(folder, out) {
  mkdirSync(out, { recursive: true });
  const files = readdirSync(folder).filter((name) => /\.html?$/i.test(name)).sort();
  const counts = { written: 0, failed: 0 };
  for (const name of files) {
    const converted = tryConvert(join(folder, name));
    if (!converted) {
      counts.failed++;
      continue;
    }
    writeFileSync(join(out, `${basename(name, extname(name))}.md`), post(converted));
    counts.written++;
  }
  return counts;
}

const [folder, out] = process.argv.slice(2);
if (!folder || !out) {
  console.error('usage: node bench/peer-archive.mjs <folder> <out-folder>');
  process.exitCode = 2;
} else {
  console.log(JSON.stringify(archiveFolder(folder, out)));
}
