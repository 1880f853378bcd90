import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { VERSION } from '../version.js';
import type { CheckResult, CheckStatus } from './doctor-checks.js';
import { maskedConfig } from './doctor-config.js';

const LABEL: Record<CheckStatus, string> = { ok: 'ok  ', warn: 'warn', fail: 'FAIL', skip: '--  ' };

/** The report: the parsed configuration (secrets masked), then one line per check. */
export function doctorReport(config: ReturnType<typeof loadConfig>, results: readonly CheckResult[]): string {
  const rows = maskedConfig(config);
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    `keyward ${VERSION} on Node.js ${process.versions.node}`,
    'configuration (secrets masked):',
    ...rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`),
    'checks:',
    ...results.map((r) => `  ${LABEL[r.status]}  ${r.name}: ${r.detail}`),
    '',
  ].join('\n');
}

/**
 * `keyward doctor`: what an operator checks before (or after) starting a server. Exits 1, ending with one
 * line naming each failed check, when the database is unreachable or not migrated, Redis (if configured)
 * is unreachable or SMTP (if configured) does not answer.
 */
export function doctorCommand(): Command {
  return new Command('doctor')
    .description('Check the configuration, database (reachable, migrated), Redis, pepper, public URL and SMTP; exit 1 when something is wrong')
    .action(async () => {
      const config = loadConfig();
      // Loaded here: the checks bring every store's and mailer's client, which no other command needs.
      const { runChecks } = await import('./doctor-checks.js');
      const results = await runChecks(config, process.env);
      process.stdout.write(doctorReport(config, results));
      const failed = results.filter((r) => r.status === 'fail');
      if (failed.length === 0) return;
      for (const r of failed) process.stderr.write(`keyward doctor: ${r.name}: ${r.detail}\n`);
      process.exitCode = 1;
    });
}
