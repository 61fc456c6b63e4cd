import type TurndownService from 'turndown';

/** Page furniture that has no place in a Markdown article: icons, buttons, forms, styles. */
export const debris: TurndownService.Rule & { name: string } = {
  name: 'debris',
  filter: ['svg', 'button', 'script', 'style', 'noscript', 'template', 'form', 'input', 'select', 'textarea', 'canvas'] as TurndownService.Filter,
  replacement: () => '',
};
