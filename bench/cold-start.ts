/**
 * Cold start: from spawning a server process to its first 200 on /healthz, on SQLite with an already
 * migrated database (a restart), several runs per way of starting, median reported. Not a timed test:
 * `npm run bench:cold-start [-- --runs=7]` prints a Markdown table for bench/RESULTS.md.
 *
 * Ways of starting: Keyward run from its sources (`tsx src/cli/main.ts serve`, and `npm start`, which also
 * rebuilt the web app at every start), and from the compiled build (`node dist/cli/main.js serve`, `npm start` on a built
 * tree). Needs a build (`npm run build`) first. `--before=<dir>` runs the "before" rows in another checkout
 * (e.g. `git archive <commit> | tar -x -C <dir>` with this node_modules linked in); without it they run
 * this tree's sources through tsx.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/support/ports.js';

const ROOT = new URL('../', import.meta.url).pathname;
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(arg('runs') ?? 5);
const BEFORE = arg('before') ?? ROOT;

interface Way {
  name: string;
  command: string;
  args: string[];
  cwd: string;
}

const WAYS: Way[] = [
  {
    name: 'before: `tsx src/cli/main.ts serve` (the old `npm start` without its web build)',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/cli/main.ts', 'serve'],
    cwd: BEFORE,
  },
  {
    name: 'before: old `npm start` (`vite build` of the web app, then tsx)',
    command: 'sh',
    args: [
      '-c',
      'npx vite build --config web/vite.config.ts --outDir "$WEB_OUT" --emptyOutDir --logLevel silent && exec node --import tsx src/cli/main.ts serve',
    ],
    cwd: BEFORE,
  },
  { name: 'after: `node dist/cli/main.js serve` (compiled)', command: process.execPath, args: ['dist/cli/main.js', 'serve'], cwd: ROOT },
  { name: 'after: `npm start` on a built tree (prestart check, then the compiled server)', command: 'npm', args: ['start', '--silent'], cwd: ROOT },
];

/**
 * CPU time (user + system, ms) used so far by the live processes of a process group (Linux /proc; clock
 * ticks of 10 ms). Less sensitive than wall time to other work on the machine.
 */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ');
      // After "pid (comm) ": state ppid pgrp … utime is field 14 of the line, stime 15 (1-based).
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* gone meanwhile */
    }
  }
  return ticks * 10;
}

/** Wall and CPU milliseconds from spawn to the first 200 of /healthz; the server is stopped (SIGTERM to its group) after. */
async function once(way: Way, dataDir: string): Promise<{ wallMs: number; cpuMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(way.command, way.args, {
    cwd: way.cwd,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      WEB_OUT: join(dataDir, 'web'),
      DATABASE_URL: '',
      REDIS_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  let wallMs = Number.NaN;
  let cpuMs = Number.NaN;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${way.name} exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) {
      wallMs = performance.now() - started;
      cpuMs = groupCpuMs(child.pid!);
      break;
    }
    if (performance.now() - started > 60_000) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
  return { wallMs, cpuMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('no build: run `npm run build` first');
const rows: string[] = [];
for (const way of WAYS) {
  // A database of its own, created and migrated by one unmeasured start: every measured start is a
  // restart, with the files in the OS cache (and V8's compile cache filled, where the start uses one).
  const dataDir = mkdtempSync(join(tmpdir(), 'keyward-cold-start-'));
  await once(way, dataDir);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { wallMs, cpuMs } = await once(way, dataDir);
    times.push(wallMs);
    cpu.push(cpuMs);
  }
  rows.push(
    `| ${way.name} | ${Math.round(median(times))} | ${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} | ${Math.round(median(cpu))} |`,
  );
  process.stderr.write(`${way.name}: ${times.map(Math.round).join(', ')} ms (CPU ${cpu.join(', ')} ms)\n`);
}
process.stdout.write(
  [
    `Cold start, ${new Date().toISOString()}${BEFORE === ROOT ? '' : ` ("before" rows: ${BEFORE})`}: Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; SQLite, migrated database, one unmeasured start then ${runs} measured ones each (medians).`,
    '',
    '| start | first /healthz 200, median ms | range ms | CPU ms until then (median, all processes of the start) |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n'),
);
