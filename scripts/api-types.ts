import openapiTS, { astToString } from 'openapi-typescript';

export const API_TYPES_FILE = new URL('../web/src/api-types.ts', import.meta.url);

/** web/src/api-types.ts as openapi-typescript writes it from the served /openapi.json. */
export async function renderApiTypes(doc: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(doc as never, { exportType: false, alphabetize: true });
  return `/**\n * Generated from /openapi.json by openapi-typescript (\`npm run gen:api-types\`): do not edit.\n * test/contract/api-types.test.ts fails when it is stale.\n */\n\n${astToString(ast)}`;
}
