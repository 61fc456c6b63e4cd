// The front-matter block of the dialects other than Hexo's: `---` at the very first line (Jekyll
// and Hugo look for it there), block YAML, `---`.
import { yamlLines, type Fields } from './fields.js';

export const yamlBlock = (fields: Fields): { fields: Fields; text: string } => ({ fields, text: `---\n${yamlLines(fields).join('\n')}\n---\n` });
