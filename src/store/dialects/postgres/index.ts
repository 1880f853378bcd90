import { SqlStore } from '../../sql-store.js';
import { postgresDialect } from './adapter.js';
import { type PostgresOptions, connect } from './connect.js';

export type { PostgresOptions } from './connect.js';
export { LAST_USED_TUNING } from './statements.js';

export async function openPostgresStore(options: PostgresOptions): Promise<SqlStore> {
  return new SqlStore(postgresDialect(await connect(options)));
}
