import { nginxBinary, startNginxSite, templatedForwardAuthConfig } from '../support/nginx.js';
import { describeForwardAuthThrough } from './acceptance.js';

/**
 * deploy/nginx-forward-auth.conf, as shipped (only its addresses changed), run by a real nginx in front of a
 * recording API and Keyward: auth_request, the identity headers, and a 429 that reaches the client as a 429.
 */
describeForwardAuthThrough(
  'nginx (deploy/nginx-forward-auth.conf)',
  nginxBinary(),
  'nginx (Debian package nginx-light)',
  (binary, ports) => startNginxSite(binary, (port) => templatedForwardAuthConfig(port, ports)),
  500,
);
