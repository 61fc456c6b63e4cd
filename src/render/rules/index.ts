// Our rules in precedence order: the first whose filter matches a node writes it.
import { blockInInline, blockquote, definition, definitionTerm, heading, lineBreak, list, listItem, superSubscript } from './blocks.js';
import { blockCode, codeBlock, codeTable, gutterBeside, lineListing, lineTable } from './code-block.js';
import { debris } from './debris.js';
import { iframePlayer, mediaElement, socialEmbed } from './embed.js';
import { emphasis, strong } from './emphasis.js';
import { figureCaption, image, noscriptImage } from './image.js';
import { footnoteBacklink, footnoteList, footnoteNote, footnoteReference } from './footnotes.js';
import { inlineCode } from './inline-code.js';
import { link, linkCard } from './link.js';
import { math, mathml } from './math.js';
import { table, tableCaption, tableCell, tableRow, tableSection } from './table.js';
import type { Rule } from './types.js';

export const RULES: Rule[] = [
  // A script's button may be a footnote's mark (littlefoot's): written as one, not as debris.
  footnoteReference,
  debris,
  gutterBeside,
  math,
  mathml,
  lineListing,
  codeTable,
  lineTable,
  codeBlock,
  blockCode,
  socialEmbed,
  linkCard,
  iframePlayer,
  mediaElement,
  noscriptImage,
  image,
  figureCaption,
  table,
  tableSection,
  tableRow,
  tableCell,
  tableCaption,
  inlineCode,
  footnoteBacklink,
  footnoteList,
  footnoteNote,
  link,
  strong,
  emphasis,
  superSubscript,
  heading,
  blockquote,
  list,
  listItem,
  lineBreak,
  definitionTerm,
  definition,
  blockInInline,
];
