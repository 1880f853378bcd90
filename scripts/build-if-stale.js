// Runs before `npm start` and `npm pack`: stops at once on a Node.js that is too old (one line, before
// anything loads a native module), then builds when dist/ is missing or older than the sources. Plain JavaScript.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNode } from '../bin/check-node.js';

checkNode('keyward');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The newest modification time (ms) of the files under `path` (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) if (entry !== 'node_modules') max = Math.max(max, newest(join(path, entry)));
  return max;
}

const stamp = join(root, 'dist', '.build-stamp');
// An installed package has dist/ and no sources: nothing to build.
if (existsSync(join(root, 'src'))) {
  const sources = Math.max(...['src', 'web', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((p) => newest(join(root, p))));
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (built < sources) {
    process.stdout.write(built ? 'keyward: sources changed since the last build: building\n' : 'keyward: no build yet: building\n');
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.js')], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
