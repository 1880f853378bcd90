import type { Services } from '../../services.js';
import { HealthOut, ReadinessOut } from '../schemas.js';
import type { App } from '../types.js';

/** Liveness, readiness and Prometheus metrics. */
export function opsRoutes(app: App, deps: Services, metrics: () => string): void {
  const hide = { hide: true } as const;
  app.get('/healthz', { schema: { tags: ['operations'], operationId: 'getHealth', description: 'Liveness: answers 200 while the process runs; touches no storage.', summary: 'The process is up', response: { 200: HealthOut } }, config: { auth: 'none' } }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', { schema: { tags: ['operations'], operationId: 'getReadiness', description: 'Readiness: 200 when storage answers (status degraded when the rate limiter fell back to local memory), 503 when it does not.', summary: 'Storage reachable; which rate-limit store is in use', response: { 200: ReadinessOut, 503: ReadinessOut } }, config: { auth: 'none' } }, async (_req, reply) => {
    const limiter = deps.limiter.status();
    let storage: 'ok' | 'unavailable' = 'ok';
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
