import type { Services } from '../../services.js';
import { STORAGE_FULL_RETRY_MS } from '../problem.js';
import { ref } from '../schemas/common.js';
import { Health, Readiness } from '../schemas/ops.js';
import type { App } from '../types.js';

/** Liveness, readiness and Prometheus metrics. */
export function opsRoutes(app: App, deps: Services, metrics: () => string): void {
  const hide = { hide: true } as const;
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        operationId: 'getHealth',
        description: 'Liveness: answers 200 while the process runs; touches no storage.',
        summary: 'The process is up',
        response: { 200: ref(Health) },
      },
      config: { auth: 'none' },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        operationId: 'getReadiness',
        description:
          'Readiness: 200 when storage answers (status degraded when the rate limiter fell back to local memory), 503 when it does not or when it refuses writes for want of space (storage.status full).',
        summary: 'Storage reachable; which rate-limit store is in use',
        response: { 200: ref(Readiness), 503: ref(Readiness) },
      },
      config: { auth: 'none' },
    },
    async (_req, reply) => {
      const limiter = deps.limiter.status();
      let storage: 'ok' | 'unavailable' | 'full' = 'ok';
      try {
        await deps.store.ping();
        // Reads answer, but writes are refused for want of space: not ready to take traffic that writes.
        if (deps.store.writes?.refusedWithin(STORAGE_FULL_RETRY_MS)) storage = 'full';
      } catch {
        storage = 'unavailable';
      }
      const ready = storage === 'ok';
      return reply.code(ready ? 200 : 503).send({
        status: ready ? (limiter.degraded ? 'degraded' : 'ok') : 'unavailable',
        storage: { dialect: deps.store.dialect, status: storage },
        rate_limiter: { backend: limiter.backend, degraded: limiter.degraded },
      });
    },
  );

  app.get('/metrics', { schema: { ...hide }, config: { auth: 'none' } }, async (_req, reply) => reply.type('text/plain; version=0.0.4').send(metrics()));
}
