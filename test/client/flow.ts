import createClient from 'openapi-fetch';
import type { components, paths } from '../../web/src/api-types.js';

/**
 * The help article's flow, as an integrator would write it with a generated client: openapi-typescript
 * types + openapi-fetch. test/client/typed-client.test.ts type-checks this file with `tsc --strict`
 * against freshly generated types (the import above is rewritten to them) and runs it against a server.
 */
type Problem = components['schemas']['Problem'];

export interface FlowResult {
  created: components['schemas']['Contact'];
  pages: number;
  seen: number;
  me: components['schemas']['Me'];
  keys: components['schemas']['ApiKey'][];
  unauthorized: { status: number; code: Problem['code']; challenge: string | null };
  limited: { status: number; code: Problem['code']; retryAfter: number; limit: string | undefined };
}

export async function articleFlow(baseUrl: string, apiKey: string): Promise<FlowResult> {
  const client = createClient<paths>({ baseUrl, headers: { 'X-API-Key': apiKey } });

  // 1. Create a contact.
  const { data: created, error: createError } = await client.POST('/api/contacts', {
    body: { name: 'Grace Hopper', email: 'grace@example.com', tags: ['navy'] },
  });
  if (!created) throw new Error(`createContact failed: ${createError?.detail}`);

  // 2. Page through every contact with next_cursor.
  let cursor: string | undefined;
  let pages = 0;
  let seen = 0;
  do {
    const { data, error } = await client.GET('/api/contacts', { params: { query: { limit: 2, cursor } } });
    if (!data) throw new Error(`listContacts failed: ${error?.code}`);
    pages += 1;
    seen += data.data.length;
    cursor = data.next_cursor ?? undefined;
  } while (cursor !== undefined);

  // 3. Who is this key?
  const { data: me } = await client.GET('/api/me');
  if (!me) throw new Error('getMe failed');

  // 4. List my keys.
  const { data: keyPage } = await client.GET('/api/keys', { params: { query: { scope: 'mine', status: 'active' } } });
  if (!keyPage) throw new Error('listKeys failed');

  // 5. A typed 401: a malformed key.
  const anonymous = createClient<paths>({ baseUrl, headers: { 'X-API-Key': 'ak_live_not-a-real-key' } });
  const denied = await anonymous.GET('/api/me');
  if (!denied.error) throw new Error('expected a 401');
  const unauthorized = { status: denied.response.status, code: denied.error.code, challenge: denied.response.headers.get('www-authenticate') };

  // 6. A typed 429: call until the key's limit refuses, then read Retry-After.
  for (let i = 0; i < 1000; i++) {
    const res = await client.GET('/api/contacts/{id}', { params: { path: { id: created.id } } });
    if (res.response.status === 429 && res.error) {
      const retryAfter = Number(res.response.headers.get('retry-after'));
      return { created, pages, seen, me, keys: keyPage.data, unauthorized, limited: { status: 429, code: res.error.code, retryAfter, limit: res.error.limit } };
    }
    if (!res.data) throw new Error(`getContact failed: ${res.error?.code}`);
  }
  throw new Error('the rate limit never answered 429');
}
