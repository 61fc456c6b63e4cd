// One shared undici dispatcher for the run: keep-alive, a connect timeout, and a proxy from
// --proxy or from HTTP_PROXY/HTTPS_PROXY/NO_PROXY; with --no-private, a DNS lookup that
// refuses private addresses.
import { EnvHttpProxyAgent, ProxyAgent, type Dispatcher } from 'undici';
import { publicOnlyLookup } from './private-address.js';

const CONNECT_TIMEOUT = 10_000;

/** One dispatcher that may reach any address, one that refuses private ones. */
const shared = new Map<boolean, Dispatcher>();

export function dispatcher(proxy: string | undefined, timeout: number, allowPrivate: boolean): Dispatcher {
  let existing = shared.get(allowPrivate);
  if (!existing) {
    const connect = { timeout: Math.min(CONNECT_TIMEOUT, timeout), ...(allowPrivate ? {} : { lookup: publicOnlyLookup }) };
    const common = { keepAliveTimeout: 10_000, connect };
    existing = proxy ? new ProxyAgent({ uri: proxy, ...common }) : new EnvHttpProxyAgent(common);
    shared.set(allowPrivate, existing);
  }
  return existing;
}

/** Closes the shared dispatchers so the process can exit without waiting for idle sockets. */
export async function closeDispatcher(): Promise<void> {
  const closing = [...shared.values()];
  shared.clear();
  await Promise.all(closing.map((d) => d.close()));
}
