import { readFileSync } from 'node:fs';

/** Keyward's version, from package.json (read once; the CLI runs from the source tree through tsx). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
