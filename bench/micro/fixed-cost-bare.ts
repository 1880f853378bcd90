/**
 * The reference for bench/micro/fixed-cost.ts: Fastify (the version Keyward uses) with no logger, one
 * bare route per measured path answering `{"status":"ok"}`, on HOST:PORT from the environment.
 */
import Fastify from 'fastify';

const app = Fastify();
for (const path of ['/healthz', '/api/me']) app.get(path, async () => ({ status: 'ok' }));
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
