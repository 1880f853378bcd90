import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { testApp } from './support/app.js';
it('dump', async () => {
  const t = await testApp();
  const res = await t.request({ url: '/openapi.json' });
  writeFileSync('/tmp/k13/openapi.json', JSON.stringify(res.json(), null, 2));
  await t.close();
});
