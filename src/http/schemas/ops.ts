import { Type } from 'typebox';
import { component, literals, ref } from './common.js';

export const Health = component('Health', Type.Object({ status: Type.Literal('ok') }));

export const ReadinessStatus = component(
  'ReadinessStatus',
  literals(['ok', 'degraded', 'unavailable'] as const, {
    description: 'degraded: the rate limiter fell back to local memory; unavailable: storage does not answer, or refuses writes for want of space',
  }),
);
export const StorageStatus = component(
  'StorageStatus',
  literals(['ok', 'unavailable', 'full'] as const, {
    description: 'Whether storage answered; full: it answers reads but refuses writes for want of space (503 storage_full)',
  }),
);
export const Readiness = component(
  'Readiness',
  Type.Object({
    status: ref(ReadinessStatus),
    storage: Type.Object({ dialect: Type.String(), status: ref(StorageStatus) }),
    rate_limiter: Type.Object({ backend: Type.String(), degraded: Type.Boolean() }),
  }),
);

export const components = [Health, ReadinessStatus, StorageStatus, Readiness];
