import { writeFileSync } from 'node:fs';
import { servedDocument } from '../test/support/openapi.js';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';

/** `npm run gen:api-types`: writes web/src/api-types.ts from the document the server serves. */
writeFileSync(API_TYPES_FILE, await renderApiTypes(await servedDocument()));
console.log(`wrote ${API_TYPES_FILE.pathname}`);
