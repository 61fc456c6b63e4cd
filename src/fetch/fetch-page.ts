// HTTP(S) to bytes: one shared keep-alive agent, redirects followed by hand (so the
// limit and loops are ours to report), a total timeout and a size cap while streaming.
import { Agent, fetch, type Response } from 'undici';
import { fail, ok, type Result } from '../types.js';
import { USER_AGENT } from '../version.js';

export interface FetchOptions {
  timeout: number;
  maxBytes: number;
}

export interface FetchedBytes {
  url: string;
  bytes: Uint8Array;
  contentType?: string;
}

const MAX_REDIRECTS = 10;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

let agent: Agent | undefined;
const sharedAgent = () => (agent ??= new Agent({ keepAliveTimeout: 10_000, connections: 8 }));

/** Closes the shared agent so the process can exit without waiting for idle sockets. */
export async function closeAgent(): Promise<void> {
  await agent?.close();
  agent = undefined;
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await res.body.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function networkReason(err: unknown, timeout: number): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timed out after ${timeout} ms`;
  const code = e.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  return e.cause?.message ?? e.message;
}

export async function fetchBytes(url: string, options: FetchOptions): Promise<Result<FetchedBytes>> {
  const signal = AbortSignal.timeout(options.timeout);
  const visited = new Set<string>();
  let current = url;
  try {
    for (;;) {
      visited.add(current);
      const res = await fetch(current, {
        dispatcher: sharedAgent(),
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel().catch(() => undefined);
        const next = new URL(location, current).href;
        if (visited.has(next)) return fail(url, 'fetch', 'redirect-loop', `redirect loop at ${next}`);
        if (visited.size > MAX_REDIRECTS) return fail(url, 'fetch', 'too-many-redirects', `more than ${MAX_REDIRECTS} redirects`);
        current = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        return fail(url, 'fetch', 'http-status', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const contentType = res.headers.get('content-type') ?? undefined;
      if (contentType && !HTML_TYPES.test(contentType)) {
        await res.body?.cancel().catch(() => undefined);
        return fail(url, 'fetch', 'not-html', `not an HTML page: ${contentType.split(';')[0]!.trim()}`);
      }
      const bytes = await readCapped(res, options.maxBytes);
      if (!bytes) return fail(url, 'fetch', 'too-large', `larger than ${options.maxBytes} bytes`);
      return ok({ url: current, bytes, contentType });
    }
  } catch (err) {
    return fail(url, 'fetch', 'network', networkReason(err, options.timeout), err);
  }
}
