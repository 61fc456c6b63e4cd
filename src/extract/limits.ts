// What one page may hold before it is refused: nesting depth, element count, images. Checked
// right after parsing, with an explicit stack, so that no later recursive step (scoring,
// cleaning, Markdown conversion, serialization) ever meets a tree deep enough to overflow.
import type { CheerioAPI } from 'cheerio';
import { isTag, type AnyNode } from 'domhandler';

export interface DomLimits {
  maxDepth: number;
  maxElements: number;
  maxImages: number;
}

/** The reason the page is refused, or undefined when it is within every limit. */
export function checkDom($: CheerioAPI, limits: DomLimits): string | undefined {
  const stack: [AnyNode, number][] = $.root().contents().toArray().map((node) => [node, 1]);
  let elements = 0;
  let images = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isTag(node)) continue;
    if (depth > limits.maxDepth) return `nested more than ${limits.maxDepth} elements deep (--max-depth)`;
    if (++elements > limits.maxElements) return `more than ${limits.maxElements} elements (--max-elements)`;
    if (node.name === 'img' && ++images > limits.maxImages) return `more than ${limits.maxImages} images (--max-images)`;
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return undefined;
}
