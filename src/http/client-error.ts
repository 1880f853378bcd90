import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '../errors.js';
import { PROBLEM_TYPE, problem } from './problem.js';

/**
 * Fastify's `clientErrorHandler`: requests Node's HTTP parser refuses before any route sees them
 * (oversized headers, control characters, broken framing, a header timeout) are answered with a
 * problem+json 4xx like every other error, then the connection is closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection is already gone; a socket already answered gets more errors while its parser is broken.
  if (err.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
  answered.add(socket);
  const code: ErrorCode =
    err.code === 'HPE_HEADER_OVERFLOW' ? 'request_header_too_large' : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'request_timeout' : 'malformed_request';
  const answer = problem(code);
  const body = JSON.stringify(answer);
  const { status } = answer;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const head = `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close`;
  // end() rather than destroy(): the answer is flushed before the socket goes, so the client reads it.
  socket.end(`${head}\r\n\r\n${body}`, () => socket.destroy());
}

const answered = new WeakSet<Duplex>();
