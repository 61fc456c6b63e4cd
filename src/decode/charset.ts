// Bytes to text: BOM, then the transport's charset, then a <meta> in the first bytes,
// then a check that the bytes really are UTF-8 (Chinese pages often lie or say nothing),
// then statistical detection (chardet). Decoding is Node's own WHATWG TextDecoder (full
// ICU): GBK, GB18030, Shift_JIS, EUC-KR and most windows-125x need no extra library. Big5 and
// windows-1252 are iconv-lite's (ICONV_DECODERS says why).
import { isAscii, isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';

const SNIFF_BYTES = 4096;
const DETECT_BYTES = 64 * 1024;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)/i;

/** Names pages use, mapped to the decoder that reads them right. */
const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'x-sjis': 'shift_jis',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
};

function normalizeCharset(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const lower = name.trim().toLowerCase();
  const label = ALIASES[lower] ?? lower;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

/** A <meta charset>, <meta http-equiv> or <?xml encoding?> in the document's first bytes. */
function declaredInDocument(head: string): string | undefined {
  const match = META_CHARSET.exec(head);
  return match?.[1] ?? match?.[2];
}

/** The charset to read the bytes with. */
export function detectCharset(bytes: Uint8Array, declared?: string): string {
  const bom = bomCharset(bytes);
  if (bom) return bom;
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  const label = normalizeCharset(declared) ?? normalizeCharset(declaredInDocument(head));
  // Non-ASCII text that is valid UTF-8 is UTF-8, whatever the page says: pages re-saved as
  // UTF-8 keep their old gb2312 <meta>; GBK text is almost never valid UTF-8 by chance.
  if (!isAscii(bytes) && isUtf8(bytes)) return 'utf-8';
  if (label && label !== 'utf-8') return label;
  // Declared UTF-8 (or nothing) but not UTF-8: ask the statistics, GB18030 when they are unsure.
  return normalizeCharset(chardet.detect(bytes.subarray(0, DETECT_BYTES)) ?? undefined) ?? 'gb18030';
}

/**
 * Charsets decoded by iconv-lite instead of TextDecoder. Big5 for Hong Kong's characters (above). Windows-1252 because
 * Node 20's TextDecoder reads its 0x80-0x9F as ISO-8859-1's control characters, not as the curly quotes, dashes and € a
 * Word export or an old Western page writes there ("University’s" came out as "University\u0092s").
 */
const ICONV_DECODERS: Record<string, string> = { big5: 'big5hkscs', 'windows-1252': 'windows-1252' };

/** Decodes HTML bytes to a string, without its BOM. */
export function decodeHtml(bytes: Uint8Array, declared?: string): string {
  const charset = detectCharset(bytes, declared);
  const viaIconv = ICONV_DECODERS[charset];
  if (viaIconv) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), viaIconv, { stripBOM: true });
  return new TextDecoder(charset).decode(bytes);
}

/** True for bytes that are plainly not a text document (images, archives, executables). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomCharset(bytes)?.startsWith('utf-16')) return false;
  const head = bytes.subarray(0, 1024);
  return head.includes(0);
}
