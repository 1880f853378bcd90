// `npm run build`: src/ → <out>/ with tsc (tsconfig.build.json), then the web app → <out>/web with vite.
// <out> is dist/ unless `--out-dir <dir>` is given (the package tests build into a folder of their own,
// so a build never empties the dist/web a running test server reads). Plain JavaScript: it runs before
// anything is compiled.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNode } from '../bin/check-node.js';

checkNode('npm run build');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--out-dir');
const out = i > 0 ? resolve(process.argv[i + 1]) : join(root, 'dist');
const require = createRequire(import.meta.url);
const binOf = (pkg, bin) => join(dirname(require.resolve(`${pkg}/package.json`)), bin);

const run = (what, args) => {
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`build: ${what} failed\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`build: ${what} (${Date.now() - started} ms)\n`);
};

// Compiled files of deleted sources (a removed migration) must not survive: start from nothing
// (the web app's folder is emptied by vite itself).
mkdirSync(out, { recursive: true });
for (const entry of readdirSync(out)) if (entry !== 'web') rmSync(join(out, entry), { recursive: true, force: true });
run(`server → ${out}`, [binOf('typescript', 'bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out]);
const web = join(out, 'web');
run(`web app → ${web}`, [binOf('vite', 'bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--outDir', web, '--emptyOutDir', '--logLevel', 'warn']);
writeFileSync(join(out, '.build-stamp'), `${new Date().toISOString()}\n`);
