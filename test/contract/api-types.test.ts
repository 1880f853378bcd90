import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from '../../scripts/api-types.js';
import { servedDocument } from '../support/openapi.js';

/**
 * The web app type-checked (web/tsconfig.json) with `apiTypes` as web/src/api-types.ts, whatever is on disk
 * there (the file is generated and not tracked): the compiler reads that one file from memory.
 */
function typeCheckWeb(apiTypes: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    fileURLToPath(new URL('../../web/tsconfig.json', import.meta.url)),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('web/tsconfig.json could not be read');
  const generated = fileURLToPath(API_TYPES_FILE);
  const host = ts.createCompilerHost(config.options);
  const { fileExists, readFile } = host;
  host.fileExists = (file) => file === generated || fileExists(file);
  host.readFile = (file) => (file === generated ? apiTypes : readFile(file));
  const program = ts.createProgram({ rootNames: [...new Set([...config.fileNames, generated])], options: config.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

describe('web/src/api-types.ts (generated from the served /openapi.json, not tracked)', () => {
  it('the web app type-checks against the types openapi-typescript generates from the served document', async () => {
    expect(typeCheckWeb(await renderApiTypes(await servedDocument()))).toEqual([]);
  }, 120_000);

  it('the check reads the generated text, not a file on disk: types without the paths the app calls fail it', () => {
    expect(typeCheckWeb('export type paths = Record<string, never>;\nexport type components = { schemas: Record<string, never> };\n')).not.toEqual([]);
  }, 120_000);

  it('is the only definition of the API shapes in web/: api.ts aliases it and copies none', () => {
    const api = readFileSync(new URL('../../web/src/api.ts', import.meta.url), 'utf8');
    expect(api).toContain("from './api-types'");
    expect(api).not.toMatch(/^export interface /m);
    for (const m of api.matchAll(/^export type (\w+)(?:<\w+>)? = (.*)$/gm)) expect(m[2], m[1]).toMatch(/Schemas\[|Problem\[/);
  });
});
