// One shared undici dispatcher for the run: keep-alive, a connect timeout, and a proxy from
// --proxy or from HTTP_PROXY/HTTPS_PROXY/NO_PROXY.
import { EnvHttpProxyAgent, ProxyAgent, type Dispatcher } from 'undici';

const CONNECT_TIMEOUT = 10_000;

let shared: Dispatcher | undefined;

export function dispatcher(proxy: string | undefined, timeout: number): Dispatcher {
  if (shared) return shared;
  const common = { keepAliveTimeout: 10_000, connect: { timeout: Math.min(CONNECT_TIMEOUT, timeout) } };
  shared = proxy ? new ProxyAgent({ uri: proxy, ...common }) : new EnvHttpProxyAgent(common);
  return shared;
}

/** Closes the shared dispatcher so the process can exit without waiting for idle sockets. */
export async function closeDispatcher(): Promise<void> {
  const closing = shared;
  shared = undefined;
  await closing?.close();
}
