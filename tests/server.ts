import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const servers: { close: () => void }[] = [];
afterEach(() => {
  servers.splice(0).forEach((s) => s.close());
});

/** A real HTTP server on 127.0.0.1 with a free port; routes by path. Closed after the test. */
export async function serve(routes: Record<string, Handler>): Promise<{ url: (path: string) => string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const handler = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  servers.push({ close: () => server.closeAllConnections() ?? server.close() });
  const { port } = server.address() as AddressInfo;
  return { url: (path) => `http://127.0.0.1:${port}${path}`, hits };
}

export const html = (body: string | Buffer, type = 'text/html; charset=utf-8'): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': type }).end(body);
};

/** A minimal HTTP CONNECT proxy on 127.0.0.1; records each tunnel's target host. */
export async function startConnectProxy(tunnels: string[]): Promise<string> {
  const proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  servers.push({ close: () => proxy.closeAllConnections() ?? proxy.close() });
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}
