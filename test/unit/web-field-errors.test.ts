import { describe, expect, it } from 'vitest';
import { splitErrors } from '../../web/src/field-errors.js';

/** The shape of the web client's ApiError for a validation problem. */
const problem = (errors: { path: string; message: string }[]) =>
  Object.assign(new Error(`Invalid body: ${errors.map((e) => `${e.path} ${e.message}`).join(', ')}`), { status: 400, code: 'validation_error', errors });

/** The forms' words for the API's validation errors: each next to its field, once, naming the entry. */
describe('splitErrors', () => {
  it('names the line of a list entry, counting from 1, and quotes it', () => {
    const error = problem([{ path: '/allowed_ips/1', message: 'must be an IPv4 or IPv6 address or CIDR (e.g. 203.0.113.0/24, 2001:db8::/32)' }]);
    const { fields, other } = splitErrors(error, { allowed_ips: { entry: 'Line', values: ['10.0.0.1', '10.0.0.300'] } });
    expect(fields.allowed_ips).toBe('Line 2: 10.0.0.300 is not an IP address or CIDR range (e.g. 203.0.113.7 or 203.0.113.0/24).');
    expect(other).toBeNull();
  });

  it('says length and blank-name rules in words, with the field named', () => {
    const { fields } = splitErrors(problem([{ path: '/name', message: 'must NOT have more than 100 characters' }]), { name: { label: 'name' } });
    expect(fields.name).toBe('The name can be at most 100 characters long.');
    expect(splitErrors(problem([{ path: '/name', message: 'must match pattern "\\S"' }]), { name: { label: 'name' } }).fields.name).toBe(
      'The name cannot be only spaces.',
    );
  });

  it('leaves what no field claims for the alert, and passes other errors through', () => {
    const error = problem([
      { path: '/name', message: 'must NOT have fewer than 1 characters' },
      { path: '/rate_limit/per_second', message: 'must be <= 1000' },
    ]);
    const { fields, other } = splitErrors(error, { name: { label: 'name' } });
    expect(fields.name).toBe('The name cannot be empty.');
    expect(other).toBeInstanceOf(Error);
    expect((other as Error).message).toBe('rate_limit/per_second: must be at most 1000');
    const plain = new Error('offline');
    expect(splitErrors(plain, { name: {} })).toEqual({ fields: {}, other: plain });
  });

  it('shows a repeated message once', () => {
    const error = problem([
      { path: '/url', message: 'must match format "uri"' },
      { path: '/url', message: 'must match format "uri"' },
    ]);
    expect(splitErrors(error, { url: { label: 'URL' } }).fields.url).toBe('This is not a URL.');
  });
});
