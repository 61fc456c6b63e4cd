import type TurndownService from 'turndown';

const LANGUAGE = /(?:^|\s)(?:language|lang|highlight|brush:)-?\s*([\w#+-]+)/i;

function languageOf(node: HTMLElement): string {
  for (const el of [node, node.firstElementChild, node.parentElement]) {
    const match = el && LANGUAGE.exec(el.getAttribute('class') ?? '');
    if (match) return match[1]!.toLowerCase();
  }
  return '';
}

/** `<pre>` as a fenced block with its language; the fence outgrows any backtick run inside. */
export const codeBlock: TurndownService.Rule & { name: string } = {
  name: 'codeBlock',
  filter: 'pre',
  replacement(_content, node) {
    const el = node as HTMLElement;
    const code = (el.textContent ?? '').replace(/\n$/, '');
    const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run: string) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `\n\n${fence}${languageOf(el)}\n${code}\n${fence}\n\n`;
  },
};
