import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS, RATE_LIMITS } from '../../src/errors.js';

describe('the error catalog', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

  it('documents every code with its status', () => {
    for (const [code, { status }] of Object.entries(ERRORS)) {
      expect(doc, code).toMatch(new RegExp(`\\| \`${code}\` \\| ${status} \\|`));
    }
  });

  it('documents no code that does not exist', () => {
    const documented = [...doc.matchAll(/^\| `([a-z_]+)` \| \d{3} \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(ERRORS).sort());
  });

  it('documents exactly the limits a 429 rate_limited names', () => {
    const documented = [...doc.matchAll(/^\| `([a-z_]+)` \| (?!\d{3} \|)/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(RATE_LIMITS).sort());
  });
});
