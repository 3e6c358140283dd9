// Test support: serves canned responses on 127.0.0.1 (random port) so `--from <url>` is tested without a network.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CannedResponse {
  status?: number;
  contentType?: string;
  body: string | Buffer;
}

export interface LoopbackServer {
  url: string;
  /** Request paths seen, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startLoopbackServer(routes: Record<string, CannedResponse>): Promise<LoopbackServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const route = routes[path];
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'application/json' }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
