import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';

export interface DrainOptions {
  /** How long an open keep-alive connection gets to send one more request before it is closed as idle. */
  idleGraceMs?: number;
  /** Hard limit: connections still open after this long are closed, busy or not. */
  timeoutMs?: number;
}

/**
 * Graceful stop of a listening server, run as Fastify's `preClose` hook (on SIGTERM: stop
 * accepting, finish in-flight requests).
 *
 * Node's `http.Server#close()` drops every idle keep-alive connection at once, and "idle" includes a
 * connection whose next request is already sent but not yet read: its client gets a reset for a request
 * the server never answered. So this first stops listening with the plain `net` close, leaving open
 * connections alone; Fastify, now closing, answers every request with `Connection: close`, so each busy
 * connection ends after its next answer. Connections still idle after `idleGraceMs` are closed; at
 * `timeoutMs` all are. Resolves when no connection is left. A server that never listened (tests using
 * inject) returns at once.
 */
export function drainConnections(server: Server, { idleGraceMs = 1000, timeoutMs = 10_000 }: DrainOptions = {}): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    const grace = setTimeout(() => server.closeIdleConnections(), idleGraceMs);
    const hard = setTimeout(() => server.closeAllConnections(), timeoutMs);
    NetServer.prototype.close.call(server, () => {
      clearTimeout(grace);
      clearTimeout(hard);
      resolve();
    });
  });
}
