import type { Services } from '../../services.js';
import type { App } from '../types.js';

/** Liveness, readiness and Prometheus metrics. */
export function opsRoutes(app: App, deps: Services, metrics: () => string): void {
  const hide = { hide: true } as const;
  app.get('/healthz', { schema: { tags: ['operations'], summary: 'The process is up' }, config: { auth: 'none' } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { tags: ['operations'], summary: 'Storage reachable; which rate-limit store is in use' }, config: { auth: 'none' } }, async (_req, reply) => {
    const limiter = deps.limiter.status();
    let storage = 'ok';
    try {
      await deps.store.ping();
    } catch {
      storage = 'unavailable';
    }
    const ready = storage === 'ok';
    return reply.code(ready ? 200 : 503).send({
      status: ready ? (limiter.degraded ? 'degraded' : 'ok') : 'unavailable',
      storage: { dialect: deps.store.dialect, status: storage },
      rate_limiter: { backend: limiter.backend, degraded: limiter.degraded },
    });
  });

  app.get('/metrics', { schema: { ...hide }, config: { auth: 'none' } }, async (_req, reply) =>
    reply.type('text/plain; version=0.0.4').send(metrics()),
  );
}
