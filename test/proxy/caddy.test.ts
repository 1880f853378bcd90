import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { caddyBinary, startCaddy } from '../support/caddy.js';
import { ROOT } from '../support/servers.js';
import { describeForwardAuthThrough } from './acceptance.js';

/**
 * deploy/Caddyfile, as shipped (only its addresses changed), run by a real Caddy in front of a recording API
 * and Keyward: forward_auth, the identity headers, and Keyward's refusals passed on as they are.
 */
describeForwardAuthThrough('Caddy (deploy/Caddyfile)', caddyBinary(), 'caddy (Debian package caddy)', startCaddy, 502);

it('ships the Caddyfile with the admin endpoint off, so several Caddy processes never clash on its port', () => {
  expect(readFileSync(join(ROOT, 'deploy', 'Caddyfile'), 'utf8')).toMatch(/^\{\n(?:\t#[^\n]*\n)*\tadmin off\n/m);
});
