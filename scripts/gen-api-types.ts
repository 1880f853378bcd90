import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { servedDocument } from '../test/support/openapi.js';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';

/**
 * `npm run gen:api-types` (and the first step of `npm run typecheck`): writes web/src/api-types.ts from the
 * document the server serves. The file is generated, never tracked; an unchanged one is left as it is, so
 * its modification time (which `npm start` compares with its last build) moves only with the document.
 */
const text = await renderApiTypes(await servedDocument());
if (existsSync(API_TYPES_FILE) && readFileSync(API_TYPES_FILE, 'utf8') === text) console.log(`${API_TYPES_FILE.pathname} is up to date`);
else {
  writeFileSync(API_TYPES_FILE, text);
  console.log(`wrote ${API_TYPES_FILE.pathname}`);
}
