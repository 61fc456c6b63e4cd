import { load } from 'cheerio';
import fs from 'node:fs';
import { textLines } from '/work/main/dist/extract/metadata/text-lines.js';
import { indexPage } from '/work/main/dist/extract/page-index.js';
const $ = load(fs.readFileSync('/tmp/q/one.html','utf8'), { xml: { xmlMode: false, decodeEntities: false } });
indexPage($);
for (const l of textLines($)) if (new RegExp(process.argv[2] ?? '.').test(l.text)) console.log(l.el.name, l.el.attribs?.class?.slice(0,40), JSON.stringify(l.text));
