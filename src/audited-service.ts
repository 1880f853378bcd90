import type { AuditService } from './audit/audit-service.js';
import type { Clock } from './clock.js';
import type { Store } from './store/types.js';

/** What every service that writes audited changes is built on: the store, the audit log and the clock. */
export interface ServiceCore {
  store: Store;
  audit: AuditService;
  clock: Clock;
}

/**
 * The base of the audited services (keys, users, accounts, two-factor, sessions, protected APIs, …): they
 * are wired with one `ServiceCore` and add only what is their own.
 */
export abstract class AuditedService {
  protected readonly store: Store;
  protected readonly audit: AuditService;
  protected readonly clock: Clock;

  constructor({ store, audit, clock }: ServiceCore) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }
}
