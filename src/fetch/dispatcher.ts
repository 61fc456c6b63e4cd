// One shared undici dispatcher for the run: keep-alive, a connect timeout, and a proxy from
// --proxy or from HTTP_PROXY/HTTPS_PROXY/NO_PROXY; with --no-private, a DNS lookup that
// refuses private addresses.
import type { Dispatcher } from 'undici';
import { publicOnlyLookup } from './private-address.js';

const CONNECT_TIMEOUT = 10_000;

/** One dispatcher that may reach any address, one that refuses private ones (made once each). */
const shared = new Map<boolean, Promise<Dispatcher>>();

async function create(proxy: string | undefined, timeout: number, allowPrivate: boolean): Promise<Dispatcher> {
  // undici is loaded on the first request: runs over local files never need it.
  const { EnvHttpProxyAgent, ProxyAgent } = await import('undici');
  const connect = { timeout: Math.min(CONNECT_TIMEOUT, timeout), ...(allowPrivate ? {} : { lookup: publicOnlyLookup }) };
  const common = { keepAliveTimeout: 10_000, connect };
  return proxy ? new ProxyAgent({ uri: proxy, ...common }) : new EnvHttpProxyAgent(common);
}

export function dispatcher(proxy: string | undefined, timeout: number, allowPrivate: boolean): Promise<Dispatcher> {
  let existing = shared.get(allowPrivate);
  if (!existing) shared.set(allowPrivate, (existing = create(proxy, timeout, allowPrivate)));
  return existing;
}

/** Closes the shared dispatchers so the process can exit without waiting for idle sockets. */
export async function closeDispatcher(): Promise<void> {
  const closing = [...shared.values()];
  shared.clear();
  await Promise.all(closing.map(async (d) => (await d).close()));
}

let holders = 0;

/**
 * For library calls, which may overlap: the dispatchers stay open while one runs and are
 * closed when the last ends (the caller's process then exits without waiting on idle sockets).
 */
export function holdDispatcher(): () => Promise<void> {
  holders++;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    if (--holders === 0) await closeDispatcher();
  };
}
