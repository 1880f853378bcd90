import { Agent, request } from 'node:http';

/** What one HTTP request came to, as a client sees it. */
export type Outcome =
  | { kind: 'response'; status: number; startedAt: number; body: string }
  /** No connection: the server had stopped listening. */
  | { kind: 'refused'; startedAt: number }
  /**
   * A kept-alive connection the server closed while it was idle, before any byte of the answer: the
   * request never reached a handler, and RFC 9112 §9.3.1 lets a client retry it (Node's docs too).
   */
  | { kind: 'idle-close'; startedAt: number; code: string }
  /** Anything else: a connection reset or cut off while the request was in flight. */
  | { kind: 'failed'; startedAt: number; code: string };

/** One request with node:http, classified; never rejects. */
export function send(options: {
  port: number;
  agent?: Agent;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}): Promise<Outcome> {
  const startedAt = Date.now();
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve) => {
    let responded = false;
    const req = request(
      {
        host: '127.0.0.1',
        port: options.port,
        method: options.method ?? 'GET',
        path: options.path,
        agent: options.agent,
        headers: { ...options.headers, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      },
      (res) => {
        responded = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ kind: 'response', status: res.statusCode ?? 0, startedAt, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('aborted', () => resolve({ kind: 'failed', startedAt, code: 'response cut off' }));
        res.on('error', (err: NodeJS.ErrnoException) => resolve({ kind: 'failed', startedAt, code: `response: ${err.code ?? err.message}` }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (responded) return;
      const code = err.code ?? err.message;
      if (code === 'ECONNREFUSED') resolve({ kind: 'refused', startedAt });
      else if (req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')) resolve({ kind: 'idle-close', startedAt, code });
      else resolve({ kind: 'failed', startedAt, code });
    });
    req.end(payload);
  });
}

/** A JSON call that must succeed; returns the parsed body and the session cookie if one was set. */
export async function json(port: number, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  return new Promise<{ status: number; body: any; cookie?: string }>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { ...headers, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const set = res.headers['set-cookie']?.[0];
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, cookie: set?.split(';')[0] });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
