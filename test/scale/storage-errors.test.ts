import { describe, expect, it } from 'vitest';
import { StorageUnavailableError, asStorageError } from '../../src/store/storage-errors.js';

const isStorageUnavailable = (err: unknown): boolean => asStorageError(err) instanceof StorageUnavailableError;

/**
 * What the outage suites see at the process level, error by error: the store turns each of these into a
 * StorageUnavailableError, which HTTP answers 503 storage_unavailable (never a 500, never a false 401);
 * ordinary SQL errors stay as they are.
 */
describe('asStorageError: storage unavailable', () => {
  const err = (message: string, code?: string) => Object.assign(new Error(message), code === undefined ? {} : { code });

  it.each([
    ['server stopped', err('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['fast shutdown', err('terminating connection due to administrator command', '57P01')],
    ['crash shutdown', err('terminating connection because of crash of another server process', '57P02')],
    ['starting up', err('the database system is starting up', '57P03')],
    ['pool wait', err('timeout exceeded when trying to connect')],
    ['connect timeout', err('Connection terminated due to connection timeout')],
    ['read timeout (server frozen)', err('Query read timeout')],
    ['statement_timeout', err('canceling statement due to statement timeout', '57014')],
    ['too many connections', err('sorry, too many clients already', '53300')],
    ['connection failure', err('could not receive data from client', '08006')],
    ['SQLite busy', err('database is locked', 'SQLITE_BUSY')],
  ])('%s → 503', (_label, e) => expect(isStorageUnavailable(e)).toBe(true));

  it.each([
    ['unique violation', err('duplicate key value violates unique constraint "users_email"', '23505')],
    ['syntax error', err('syntax error at or near "selec"', '42601')],
    ['plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', undefined],
  ])('%s → not storage', (_label, e) => expect(isStorageUnavailable(e)).toBe(false));
});
