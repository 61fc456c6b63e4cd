// The HTML parser turndown itself uses (its package declares its types as module 'domino').
declare module '@mixmark-io/domino' {
  export function createDocument(html?: string, force?: boolean): Document;
}
