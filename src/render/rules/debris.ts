import type TurndownService from 'turndown';
import type { Rule } from './types.js';

/** Page furniture that has no place in a Markdown article: icons, buttons, forms, styles. */
export const DEBRIS = ['svg', 'button', 'script', 'style', 'template', 'form', 'input', 'select', 'textarea', 'canvas', 'object', 'embed'];

export const debris: Rule = {
  name: 'debris',
  filter: DEBRIS as TurndownService.Filter,
  replacement: () => '',
};
