import { codeBlock } from './code-block.js';
import { debris } from './debris.js';

/** Our rules, in precedence order (turndown tries added rules before its own). */
export const RULES = [debris, codeBlock];
