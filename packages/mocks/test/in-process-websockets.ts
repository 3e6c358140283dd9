import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * An MSW server for a test file whose WebSockets are all answered in process, with its lifecycle hooks registered.
 * Node 20 has no global WebSocket, and MSW intercepts sockets by patching the global, so a stand-in is installed to
 * patch (never constructed: every socket is intercepted). Node 22+ has its own.
 */
export function useInProcessWebSockets(): SetupServer {
  const globals = globalThis as { WebSocket?: unknown };
  if (globals.WebSocket === undefined) {
    globals.WebSocket = class NoRealWebSocket {
      static readonly CONNECTING = 0;
      static readonly OPEN = 1;
      static readonly CLOSING = 2;
      static readonly CLOSED = 3;
      constructor() {
        throw new Error('tests use MSW-intercepted sockets only');
      }
    };
  }
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
