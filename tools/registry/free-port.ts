// Asks the OS for a free TCP port on 127.0.0.1.
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, rejectPromise) => {
    const server = createServer();
    server.once('error', rejectPromise);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePromise(port) : rejectPromise(new Error('[registry-e2e] no free port'))));
    });
  });
}
