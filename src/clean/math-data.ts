// Formulas an editor keeps as data for its script to draw, the element empty until then: each
// gets its TeX in `data-tex` and as its text, as MathJax 2's scripts do (math-scripts.ts).
import { Text, type Element } from 'domhandler';
import { decodeAttribute, escapeMarkup } from '../decode/entities.js';
import { selectBelow, setChildren } from './tree.js';

interface DataFormula {
  selector: string;
  /** The attribute holding the formula's data as JSON, and the key of its TeX there. */
  attribute: string;
  key: string;
  display: boolean;
}

const DATA_FORMULAS: readonly DataFormula[] = [
  // Substack's LaTeX block: <div class="latex-rendered" data-attrs="{&quot;persistentExpression&quot;:&quot;E=mc^2&quot;,…}" data-component-name="LatexBlockToDOM">
  { selector: '.latex-rendered[data-attrs]', attribute: 'data-attrs', key: 'persistentExpression', display: true },
];

function texIn(json: string, key: string): string {
  try {
    const value: unknown = (JSON.parse(decodeAttribute(json)) as Record<string, unknown>)[key];
    return typeof value === 'string' ? value.trim() : '';
  } catch {
    return '';
  }
}

export function texFromData(roots: Element[]): void {
  for (const { selector, attribute, key, display } of DATA_FORMULAS) {
    for (const el of selectBelow(roots, selector)) {
      const tex = texIn(el.attribs[attribute] ?? '', key);
      if (!tex) continue;
      el.attribs = { class: 'math-tex', 'data-tex': escapeMarkup(tex), ...(display && { 'data-display': 'block' }) };
      setChildren(el, [new Text(escapeMarkup(tex))]);
    }
  }
}
