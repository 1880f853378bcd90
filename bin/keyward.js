#!/usr/bin/env node
// The `keyward` command: the compiled CLI in dist/ (`npm run build` makes it in a source checkout;
// `npm run keyward -- …` runs the TypeScript sources through tsx instead).
import { existsSync } from 'node:fs';
import { checkNode } from './check-node.js';

checkNode();
const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('keyward: dist/ is missing: run `npm run build` first (or `npm run keyward -- <command>` to run the sources)\n');
  process.exit(1);
}
await import(main.href);
