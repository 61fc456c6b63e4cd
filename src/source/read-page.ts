// A Source to a Page: read the bytes (file, stdin or HTTP), check they are HTML, decode them.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { charsetFromContentType, decodeHtml, looksBinary } from '../decode/charset.js';
import { fetchBytes, type FetchOptions } from '../fetch/fetch-page.js';
import { fail, ok, sourceLabel, type Page, type Result, type Source } from '../types.js';

async function readBytes(source: Source, options: FetchOptions): Promise<Result<{ bytes: Uint8Array; url?: string; contentType?: string; date?: Date }>> {
  const label = sourceLabel(source);
  if (source.kind === 'url') return fetchBytes(source.url, options);
  if (source.kind === 'stdin') return ok({ bytes: source.bytes });
  try {
    const size = (await stat(source.path)).size;
    if (size > options.maxBytes) return fail(label, 'source', 'too-large', `larger than the ${options.maxBytes}-byte limit (--max-bytes)`);
    const bytes = await readFile(source.path);
    return ok({ bytes: source.path.toLowerCase().endsWith('.gz') ? gunzipSync(bytes, { maxOutputLength: options.maxBytes }) : bytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return fail(label, 'source', 'too-large', `larger than the ${options.maxBytes}-byte limit (--max-bytes) once decompressed`);
    if ((err as NodeJS.ErrnoException).code?.startsWith('Z_')) return fail(label, 'source', 'gzip', 'not a readable gzip file');
    const code = (err as NodeJS.ErrnoException).code ?? 'read-error';
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read: ${code}`;
    return fail(label, 'source', code, reason, err);
  }
}

export async function readPage(source: Source, options: FetchOptions): Promise<Result<Page>> {
  const label = sourceLabel(source);
  const read = await readBytes(source, options);
  if (!read.ok) return read;
  const { bytes, url, contentType, date } = read.value;
  if (bytes.byteLength === 0) return fail(label, 'decode', 'empty', 'empty input, no HTML to read');
  if (looksBinary(bytes)) return fail(label, 'decode', 'binary', 'not an HTML page: binary data');
  const html = decodeHtml(bytes, charsetFromContentType(contentType));
  if (!/<[a-z!]/i.test(html)) return fail(label, 'decode', 'not-html', 'not an HTML page: no markup found');
  return ok({ source, html, url, ...(date && { retrievedAt: date }) });
}
