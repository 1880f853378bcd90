import http from 'node:http';
import https from 'node:https';
import { resolveWebhookHost } from './address-guard.js';

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivate: boolean;
}

/**
 * One POST of a webhook. Success is any 2xx answered within `timeoutMs`; redirects are not followed.
 * The connection goes to the address `resolveWebhookHost` just checked.
 */
export async function postWebhook(req: WebhookRequest, now: () => number = Date.now): Promise<SendResult> {
  const started = now();
  const url = new URL(req.url);
  const resolved = await resolveWebhookHost(url, req.allowPrivate);
  if (!resolved.ok) return { ok: false, statusCode: null, error: `refused: ${resolved.reason}`, durationMs: 0 };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const done = (r: Omit<SendResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...r, durationMs: Math.max(0, now() - started) });
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Keyward-Webhooks/1',
          ...req.headers,
          'content-length': String(Buffer.byteLength(req.body)),
        },
        lookup: (_host, options, cb) => {
          const all = (options as { all?: boolean }).all;
          if (all)
            (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: resolved.address, family: resolved.family }]);
          else cb(null, resolved.address, resolved.family);
        },
        timeout: req.timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => done({ ok: res.statusCode! >= 200 && res.statusCode! < 300, statusCode: res.statusCode ?? null, error: null }));
        res.on('error', () => done({ ok: false, statusCode: res.statusCode ?? null, error: 'response aborted' }));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      done({ ok: false, statusCode: null, error: `timed out after ${req.timeoutMs} ms` });
    }, req.timeoutMs);
    timer.unref();
    request.on('timeout', () => {
      request.destroy();
      done({ ok: false, statusCode: null, error: `timed out after ${req.timeoutMs} ms` });
    });
    request.on('error', (err: NodeJS.ErrnoException) => done({ ok: false, statusCode: null, error: `connection failed (${err.code ?? 'error'})` }));
    request.on('close', () => clearTimeout(timer));
    request.end(req.body);
  });
}
