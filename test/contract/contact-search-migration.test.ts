import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import * as initial from '../../src/store/migrations/001-initial.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { DIALECTS } from '../support/backends.js';
import { storeBeforeMigration } from '../support/migration-store.js';

/** Contacts written before 002-contact-search are found by search once it has run, through the new index. */
for (const dialect of DIALECTS) {
  describe(`migration 002-contact-search (${dialect})`, () => {
    const at = storeBeforeMigration(dialect);

    it('folds and indexes the contacts that were already there', async () => {
      const { store, db } = await at({ '001-initial': initial });
      await db.insertInto('workspaces').values({ id: 'wks_1', name: 'w', created_at: 1, max_key_lifetime_days: 366, require_key_expiry: 0 }).execute();
      const rows = Array.from({ length: 2500 }, (_, i) => ({
        id: `con_${String(i).padStart(5, '0')}`,
        workspace_id: 'wks_1',
        name: i === 1234 ? 'Ünïque Pérson' : `Person ${i}`,
        email: i % 2 ? null : `p${i}@example.test`,
        phone: null,
        company: i === 77 ? 'ZEBRA Works' : null,
        notes: null,
        tags: '[]',
        created_at: 1_700_000_000_000 + i,
        updated_at: 1_700_000_000_000 + i,
      }));
      for (let i = 0; i < rows.length; i += 500)
        await db
          .insertInto('contacts')
          .values(rows.slice(i, i + 500))
          .execute();

      expect(await migrateToLatest(store)).toContain('002-contact-search');

      const find = async (q: string) => (await store.contacts.list('wks_1', { q, limit: 25 })).items.map((c) => c.id);
      expect(await find('ünïque pérSON')).toEqual(['con_01234']);
      expect(await find('zebra')).toEqual(['con_00077']);
      expect(await find('p2498@')).toEqual(['con_02498']);
      expect(await find('p2499@')).toEqual([]);
      if (dialect === 'sqlite') {
        const n = await sql<{ n: number }>`select count(*) as n from contacts_search where contacts_search match ${'"person"'}`.execute(store.db);
        expect(Number(n.rows[0].n)).toBe(2499);
      } else {
        const idx = await sql<{
          indexname: string;
        }>`select indexname from pg_indexes where schemaname = current_schema() and indexname like '%trgm' order by 1`.execute(store.db);
        expect(idx.rows.map((r) => r.indexname)).toEqual(['contacts_search_company_trgm', 'contacts_search_email_trgm', 'contacts_search_name_trgm']);
      }
    }, 120_000);
  });
}
