// When a failed request is worth another try, and how long to wait before it.

const BACKOFF_BASE_MS = 300;
export const RETRY_AFTER_CAP_MS = 60_000;

/** Network failures, 5xx, 408 and 429 may pass on a later try; other 4xx never do. */
export function retryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), capped. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}

/** Exponential backoff with jitter: about 0.3 s, 0.6 s, 1.2 s… each ±50 %. */
export function backoffMs(attempt: number): number {
  return BACKOFF_BASE_MS * 2 ** (attempt - 1) * (0.5 + Math.random());
}
