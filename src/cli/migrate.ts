import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { migrateDatabase } from '../store/open.js';

export function migrateCommand(): Command {
  return new Command('migrate').description('Bring the database schema up to date (also done at every start)').action(async () => {
    const applied = await migrateDatabase(loadConfig(), (line) => process.stderr.write(`keyward: ${line}\n`));
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
  });
}
