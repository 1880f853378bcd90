import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { insertedOne, updatedOne } from './rows.js';

/** The tables of addresses a user or a key was last seen from (`createSeenFromTable`), and their owner column. */
const OWNER_COLUMN = { user_ips: 'user_id', key_ips: 'key_id' } as const;

/**
 * Records that `owner` was seen from `ip` at `at`: 'new' when the address was not there (its row is
 * inserted), 'back' when it was last seen before `newIfBefore` (moved to `at`), 'recent' otherwise — then
 * nothing is written, and the caller moves `last_seen` by its own table's rule.
 */
export async function sighting(
  db: Kysely<Database>,
  table: keyof typeof OWNER_COLUMN,
  owner: string,
  ip: string,
  at: number,
  newIfBefore: number,
): Promise<'new' | 'back' | 'recent'> {
  const column = OWNER_COLUMN[table];
  // Both tables have the same columns but the owner's name, which Kysely's types cannot take as a variable.
  const seenFrom = db as Kysely<any>;
  const insert = seenFrom.insertInto(table).values({ [column]: owner, ip, last_seen: at });
  if (await insertedOne(insert.onConflict((oc) => oc.columns([column, 'ip']).doNothing()))) return 'new';
  const back = seenFrom.updateTable(table).set({ last_seen: at }).where(column, '=', owner).where('ip', '=', ip).where('last_seen', '<', newIfBefore);
  return (await updatedOne(back)) ? 'back' : 'recent';
}
