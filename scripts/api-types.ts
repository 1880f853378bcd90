import openapiTS, { astToString } from 'openapi-typescript';

export const API_TYPES_FILE = new URL('../web/src/api-types.ts', import.meta.url);

/** The file's opening comment: what writes it, and why its repeated blocks stay as they are. */
const HEADER = `/**
 * Generated from the OpenAPI document the server serves (/openapi.json) by openapi-typescript
 * (\`npm run gen:api-types\`, also the first step of \`npm run typecheck\`): do not edit, and not tracked by git.
 * test/contract/api-types.test.ts type-checks the web app against what the served document generates.
 *
 * Its repeated blocks are the document's shapes (each operation's parameters, responses and errors, written
 * out in full by the generator): a repeat is changed in the document (src/http/schemas), not merged here.
 */
`;

/** web/src/api-types.ts as openapi-typescript writes it from the served /openapi.json. */
export async function renderApiTypes(doc: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(doc as never, { exportType: false, alphabetize: true });
  return `${HEADER}\n${astToString(ast)}`;
}
