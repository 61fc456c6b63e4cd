// HTTP(S) to bytes: redirects followed by hand (the limit and loops are ours to report),
// retries with backoff, a total timeout per try, and a size cap while streaming.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Response } from 'undici';
import { fail, ok, type Result } from '../types.js';
import { dispatcher } from './dispatcher.js';
import { isPrivateAddress, PrivateAddressError } from './private-address.js';
import { HostLimiter } from './host-limiter.js';
import { backoffMs, retryableStatus, retryAfterMs } from './retry-policy.js';

export interface FetchOptions {
  timeout: number;
  maxBytes: number;
  retries: number;
  userAgent: string;
  headers: Record<string, string>;
  proxy?: string;
  perHost: number;
  delay: number;
  /** May URLs reach loopback, link-local and private addresses (checked after DNS resolution)? Unset: yes for typed URLs, no for feed item links. */
  private?: boolean;
}

export interface FetchedBytes {
  url: string;
  bytes: Uint8Array;
  contentType?: string;
  /** Validators for the next conditional request. */
  etag?: string;
  lastModified?: string;
  /** The server answered 304: the copy from the validators is still current; no bytes. */
  notModified?: boolean;
  /** When the response was made: the server's Date header, else the time it arrived. */
  date?: Date;
}

/** What a request is for: the content types it accepts, and validators for a conditional GET. */
export interface RequestKind {
  /** What the answer must be, for the error when it is not: "an HTML page". */
  what: string;
  accept: string;
  types: RegExp;
  etag?: string;
  lastModified?: string;
}

export const PAGE_REQUEST: RequestKind = {
  what: 'an HTML page',
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
  types: /^(text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)\b/i,
};

const MAX_REDIRECTS = 10;

/** One outcome of one try: a final answer, or a reason to try again after `wait`. */
type Attempt = { done: Result<FetchedBytes> } | { retry: string; wait?: number };

let limiter: HostLimiter | undefined;
const hostLimiter = (o: FetchOptions) => (limiter ??= new HostLimiter(o.perHost, o.delay));

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(res.headers.get('content-length'));
  if (!res.headers.get('content-encoding') && declared > maxBytes) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  // undici has already decompressed the chunks: the cap holds for what a gzip bomb expands to.
  for await (const chunk of res.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await discard(res);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function networkReason(err: unknown): string {
  const e = err as Error & { cause?: Error & { code?: string } };
  const code = e.cause?.code ?? (e as { code?: string }).code;
  const reasons: Record<string, string> = {
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found (DNS lookup failed)',
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    UND_ERR_SOCKET: 'connection closed by the server',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  };
  return (code && reasons[code]) ?? e.cause?.message ?? e.message;
}

async function tryOnce(url: string, options: FetchOptions, kind: RequestKind): Promise<Attempt> {
  const signal = AbortSignal.timeout(options.timeout);
  const visited = new Set<string>([url]);
  let current = url;
  try {
    for (;;) {
      const target = new URL(current);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        return { done: fail(url, 'fetch', 'scheme', `refused: a redirect to a ${target.protocol} URL`) };
      }
      const allowPrivate = options.private !== false;
      if (!allowPrivate && isPrivateAddress(target.hostname)) {
        return { done: fail(url, 'fetch', 'private', `refused: ${target.hostname} is a private address (--private allows it)`) };
      }
      // Client and connection pool first, so that --delay spaces the requests themselves.
      const { fetch } = await import('undici');
      const agent = await dispatcher(options.proxy, options.timeout, allowPrivate);
      const release = await hostLimiter(options).acquire(target.host);
      try {
        const res = await fetch(current, {
          dispatcher: agent,
          redirect: 'manual',
          signal,
          headers: {
            'user-agent': options.userAgent,
            accept: kind.accept,
            ...(kind.etag && { 'if-none-match': kind.etag }),
            ...(kind.lastModified && { 'if-modified-since': kind.lastModified }),
            ...options.headers,
          },
        });
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) {
          await discard(res);
          const next = new URL(location, current).href;
          if (visited.has(next)) return { done: fail(url, 'fetch', 'redirect-loop', `redirect loop at ${next}`) };
          if (visited.size > MAX_REDIRECTS) return { done: fail(url, 'fetch', 'too-many-redirects', `more than ${MAX_REDIRECTS} redirects`) };
          visited.add(next);
          current = next;
          continue;
        }
        const validators = { etag: res.headers.get('etag') ?? undefined, lastModified: res.headers.get('last-modified') ?? undefined };
        if (res.status === 304) {
          await discard(res);
          return { done: ok({ url: current, bytes: new Uint8Array(), notModified: true, ...validators }) };
        }
        if (!res.ok) {
          await discard(res);
          const reason = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
          if (retryableStatus(res.status)) return { retry: reason, wait: retryAfterMs(res.headers.get('retry-after')) };
          return { done: fail(url, 'fetch', 'http-status', reason) };
        }
        const contentType = res.headers.get('content-type') ?? undefined;
        if (contentType && !kind.types.test(contentType)) {
          await discard(res);
          return { done: fail(url, 'fetch', 'not-html', `not ${kind.what}: ${contentType.split(';')[0]!.trim()}`) };
        }
        const bytes = await readCapped(res, options.maxBytes);
        if (!bytes) return { done: fail(url, 'fetch', 'too-large', `larger than the ${options.maxBytes}-byte limit (--max-bytes)`) };
        return { done: ok({ url: current, bytes, contentType, date: responseDate(res.headers.get('date')), ...validators }) };
      } finally {
        release();
      }
    }
  } catch (err) {
    if (signal.aborted) return { done: fail(url, 'fetch', 'timeout', `timed out after ${options.timeout} ms (--timeout)`, err) };
    const cause = (err as { cause?: Error }).cause;
    if (cause instanceof PrivateAddressError) return { done: fail(url, 'fetch', 'private', `refused: ${cause.message} (--private allows it)`) };
    return { retry: networkReason(err) };
  }
}

/** Fetches a page, trying again on network errors, 5xx, 408 and 429 up to `retries` times. */
/** The server's Date header, when it is a real time; the clock's time otherwise. */
function responseDate(header: string | null): Date {
  const date = header ? new Date(header) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : new Date();
}

export async function fetchBytes(url: string, options: FetchOptions, kind: RequestKind = PAGE_REQUEST): Promise<Result<FetchedBytes>> {
  // A URL that cannot be parsed (http://256.1.1.1/) will not parse on a second try either.
  if (!URL.canParse(url)) return fail(url, 'fetch', 'url', 'not a valid URL');
  for (let attempt = 1; ; attempt++) {
    const outcome = await tryOnce(url, options, kind);
    if ('done' in outcome) return outcome.done;
    if (attempt > options.retries) {
      const tries = attempt > 1 ? ` (after ${attempt} tries)` : '';
      return fail(url, 'fetch', 'gave-up', `${outcome.retry}${tries}`);
    }
    await sleep(outcome.wait ?? backoffMs(attempt));
  }
}
