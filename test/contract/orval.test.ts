import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'orval';
import { afterAll, describe, expect, it } from 'vitest';
import { servedDocument } from '../support/openapi.js';

/** The names a generated TypeScript file declares, types and values apart (an orval enum is both a type and a const). */
function declared(source: string, kinds: RegExp): string[] {
  return [...source.matchAll(new RegExp(`^export (?:${kinds.source}) ([A-Za-z0-9_$]+)`, 'gm'))].map((m) => m[1]);
}
const duplicates = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);

/**
 * A second generator over the served document, as a client team might run it: orval names every shape
 * the document leaves unnamed after where it sits. An unnamed union (`anyOf` of one-value enums, a
 * nullable written as a union) comes out as `…AnyOf`, `…OneOf`, `…AllOf` or a numbered twin: the document
 * names its enums and writes nullable as type lists, so none may appear, and no name may be generated twice.
 */
describe('/openapi.json through orval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyward-orval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates a client whose type names are all plain names, each once', async () => {
    const input = join(dir, 'openapi.json');
    writeFileSync(input, JSON.stringify(await servedDocument()));
    const target = join(dir, 'client.ts');
    // Local input, no prettier, no lint hooks: nothing leaves the machine.
    await generate({ input: { target: input }, output: { target, mode: 'single', client: 'fetch' } }, dir);
    const source = readFileSync(target, 'utf8');
    const types = declared(source, /type|interface/);
    const values = declared(source, /const|function|async function/);
    expect(types.length).toBeGreaterThan(100);
    for (const name of ['ApiKey', 'ApiKeyWithSecret', 'Contact', 'KeyStatus', 'Granularity', 'RateLimitName', 'Problem', 'CreateKeyBody', 'ListKeysParams'])
      expect(types).toContain(name);
    expect(types.filter((n) => /AnyOf|OneOf|AllOf/.test(n))).toEqual([]);
    expect(types.filter((n) => /[A-Za-z]\d+$/.test(n) && !/Response\d{3}$/.test(n))).toEqual([]);
    expect(duplicates(types)).toEqual([]);
    expect(duplicates(values)).toEqual([]);
  }, 120_000);
});
