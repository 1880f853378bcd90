import type { LogEvent } from 'kysely';

/** Counts the statements a store runs (tests count storage reads with it), and separately those that write. */
export class QueryCounter {
  count = 0;
  writes = 0;

  /** One statement ran: `sql` is its text (a write starts with update, insert or delete). */
  ran(sql: string): void {
    this.count++;
    const c = sql.charCodeAt(0) | 0x20;
    if (c === 0x75 /* update */ || c === 0x69 /* insert */ || c === 0x64 /* delete */) this.writes++;
  }

  /** Kysely's log hook: every statement run through Kysely. */
  readonly log = (event: LogEvent): void => {
    if (event.level === 'query') this.ran(event.query.sql);
  };
}
