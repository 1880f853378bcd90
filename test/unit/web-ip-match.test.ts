import { describe, expect, it } from 'vitest';
import { allowsAddress } from '../../web/src/ip-match.js';

/** The allowlist form's lock-out warning: does the new list still let the address in use in? */
describe('allowsAddress', () => {
  it('matches addresses and CIDRs of both families, and IPv4-mapped IPv6 as IPv4', () => {
    expect(allowsAddress(['203.0.113.7'], '203.0.113.7')).toBe(true);
    expect(allowsAddress(['203.0.113.0/24'], '203.0.113.200')).toBe(true);
    expect(allowsAddress(['203.0.113.0/24'], '203.0.114.1')).toBe(false);
    expect(allowsAddress(['2001:db8::/32'], '2001:db8:1::5')).toBe(true);
    expect(allowsAddress(['2001:db8::/32'], '2001:db9::5')).toBe(false);
    expect(allowsAddress(['127.0.0.1'], '::ffff:127.0.0.1')).toBe(true);
    expect(allowsAddress(['::ffff:10.0.0.0/104'], '10.1.2.3')).toBe(true);
    expect(allowsAddress(['10.0.0.1'], '::1')).toBe(false);
  });

  it('skips entries that do not parse, and never warns about an address it cannot read', () => {
    expect(allowsAddress(['10.0.0.300', '10.0.0.1'], '10.0.0.1')).toBe(true);
    expect(allowsAddress(['10.0.0.300'], '10.0.0.1')).toBe(false);
    expect(allowsAddress(['10.0.0.1'], 'unknown')).toBe(true);
  });
});
