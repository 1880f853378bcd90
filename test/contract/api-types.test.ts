import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from '../../scripts/api-types.js';
import { servedDocument } from '../support/openapi.js';

describe('web/src/api-types.ts', () => {
  it('is what openapi-typescript generates from the served /openapi.json (run `npm run gen:api-types` when this fails)', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await renderApiTypes(await servedDocument()));
  }, 60_000);

  it('is the only definition of the API shapes in web/: api.ts aliases it and copies none', () => {
    const api = readFileSync(new URL('../../web/src/api.ts', import.meta.url), 'utf8');
    expect(api).toContain("from './api-types'");
    expect(api).not.toMatch(/^export interface /m);
    for (const m of api.matchAll(/^export type (\w+)(?:<\w+>)? = (.*)$/gm)) expect(m[2], m[1]).toMatch(/Schemas\[|Problem\[/);
  });
});
