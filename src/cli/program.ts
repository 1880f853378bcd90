import 'dotenv/config';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { ConfigError } from '../config.js';
import { KeywardError } from '../errors.js';
import { MissingDatabaseError } from './context.js';
import { keyCommands } from './keys.js';
import { serve } from './serve.js';
import { userCommands } from './users.js';
import { migrateCommand } from './migrate.js';
import { doctorCommand } from './doctor.js';
import { VERSION } from '../version.js';
import { MigrationError } from '../store/migrate.js';

const program = new Command()
  .name('keyward')
  .description('Keyward: a small CRM whose API is protected by API keys.\nSettings come from environment variables (and .env); see README.md.')
  .version(VERSION, '-v, --version', 'print the version')
  .showHelpAfterError();

program.command('serve').description('Start the HTTP server (HOST, PORT, DATABASE_URL, REDIS_URL, …)').action(serve);
program.addCommand(migrateCommand());
program.addCommand(userCommands());
program.addCommand(keyCommands());
program.addCommand(doctorCommand());

export const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};

try {
  loadConfig();
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof MissingDatabaseError) {
    process.stderr.write(`keyward: ${err.message}\n`);
    process.exit(1);
  }
  if (err instanceof ConfigError || err instanceof KeywardError) {
    process.stderr.write(`keyward: ${err.message}\n`);
    process.exit(2);
  }
  if (err instanceof MigrationError) {
    // A downgrade, or no copy before an upgrade: one line, no stack (the message says what to do).
    process.stderr.write(`keyward: ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
