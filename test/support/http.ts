import { request as httpRequest } from 'node:http';

/** One HTTP exchange with a server process, timed. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The JSON body, or undefined when the body is not JSON. */
  body: any;
  /** Wall-clock milliseconds from sending to the whole body received. */
  ms: number;
  /** `performance.now()` when the reply was complete. */
  at: number;
}

/** A signed-in browser session (cookie + CSRF token) or an API key. */
export type Caller = { cookie: string; csrf: string } | { key: string };

export interface CallOptions {
  method?: string;
  body?: unknown;
  as?: Caller;
  headers?: Record<string, string>;
  /** Local address to connect from (any 127.0.0.0/8 address works on Linux): how tests vary the client IP. */
  from?: string;
  /** Abort after this long; a hang is then reported as status 0. Default 10 s. */
  timeoutMs?: number;
}

/**
 * Calls `baseUrl + path` over a fresh connection (no keep-alive, so every request lands on whichever
 * server a proxy picks, and a timing covers the whole exchange).
 */
export function call(baseUrl: string, path: string, options: CallOptions = {}): Promise<Reply> {
  const { method = 'GET', body, as, from, timeoutMs = 10_000 } = options;
  const headers: Record<string, string> = { ...options.headers };
  if (as && 'key' in as) headers['x-api-key'] = as.key;
  if (as && 'cookie' in as) {
    headers.cookie = as.cookie;
    headers['x-csrf-token'] ??= as.csrf;
  }
  const payload = body === undefined ? undefined : JSON.stringify(body);
  if (payload !== undefined) headers['content-type'] ??= 'application/json';
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseUrl), { method, headers, agent: false, localAddress: from, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed, ms: performance.now() - started, at: performance.now() });
      });
    });
    req.on('timeout', () => {
      req.destroy();
      resolve({ status: 0, headers: {}, text: 'client timeout', body: undefined, ms: performance.now() - started, at: performance.now() });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** A short summary of a reply for assertion messages. */
export const show = (r: Reply) => `${r.status} in ${Math.round(r.ms)} ms: ${r.text.slice(0, 300)}`;
