import { SqlStore } from '../../sql-store.js';
import { sqliteDialect } from './adapter.js';

export { type ChangeSignal, otherConnectionsCommits } from './change-signal.js';
export { SEARCH_TUNING } from './statements.js';

export function openSqliteStore(options: { file: string }): SqlStore {
  return new SqlStore(sqliteDialect(options.file));
}
