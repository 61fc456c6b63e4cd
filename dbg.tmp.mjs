import { load } from 'cheerio';
import fs from 'node:fs';
import { textLines } from './dist/extract/metadata/text-lines.js';
import { indexPage } from './dist/extract/page-index.js';
const $ = load(fs.readFileSync('/tmp/q/one.html','utf8'), { xml: { xmlMode: false, decodeEntities: false } });
indexPage($);
for (const l of textLines($)) if (new RegExp(process.argv[2] ?? '.').test(l.text)) console.log(JSON.stringify(l.text));
