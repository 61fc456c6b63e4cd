// Article HTML to CommonMark + GFM: turndown with the GFM plugin and our rules.
import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';
import { RULES } from './rules/index.js';

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    hr: '---',
  });
  service.use(gfm);
  for (const { name, ...rule } of RULES) service.addRule(name, rule);
  return service;
}

export function renderMarkdown(html: string): string {
  return `${turndown().turndown(html).trim()}\n`;
}
