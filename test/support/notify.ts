import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';

/** A real SMTP server on a free port that keeps every message it receives, parsed. */
export async function smtpReceiver() {
  const messages: ParsedMail[] = [];
  const raws: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        raws.push(raw.toString('utf8'));
        messages.push(await simpleParser(raw));
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, raws, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on a free port; `respond` picks each answer's status (default 200). */
export async function webhookReceiver(respond: (hook: ReceivedHook, n: number) => number = () => 200) {
  const received: ReceivedHook[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const hook = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(hook);
      res.statusCode = respond(hook, received.length);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/**
 * Verifies a delivery with the off-the-shelf `standardwebhooks` library, as a receiver would. Its
 * timestamp tolerance is checked against the app's injected clock (`nowMs`), not the wall clock.
 */
export function verifyHook(secret: string, hook: ReceivedHook, nowMs: number): { type: string; timestamp: string; data: Record<string, any> } {
  const realNow = Date.now;
  Date.now = () => nowMs;
  try {
    return new Webhook(secret).verify(hook.body, {
      'webhook-id': String(hook.headers['webhook-id']),
      'webhook-timestamp': String(hook.headers['webhook-timestamp']),
      'webhook-signature': String(hook.headers['webhook-signature']),
    }) as { type: string; timestamp: string; data: Record<string, any> };
  } finally {
    Date.now = realNow;
  }
}
