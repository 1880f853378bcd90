import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../store/migrate.js';
import { openStore } from '../store/open.js';

export function migrateCommand(): Command {
  return new Command('migrate').description('Bring the database schema up to date (also done at every start)').action(async () => {
    const store = await openStore(loadConfig(), { migrate: false });
    try {
      const applied = await migrateToLatest(store.db);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
    } finally {
      await store.close();
    }
  });
}
