import { describe, expect, it } from 'vitest';
import { IpAllowlist, MAX_ALLOWED_IPS, ipAllowed, parseAllowlist } from '../../src/keys/ip-allowlist.js';

describe('IP allowlist parsing', () => {
  it('accepts IPv4 and IPv6 addresses and CIDRs, trimmed and de-duplicated', () => {
    expect(parseAllowlist([' 203.0.113.0/24', '2001:db8::/32', '198.51.100.7', '::1', '203.0.113.0/24', '0.0.0.0/1', '::/1'])).toEqual({
      ok: true,
      entries: ['203.0.113.0/24', '2001:db8::/32', '198.51.100.7', '::1', '0.0.0.0/1', '::/1'],
    });
  });

  it('refuses an empty list (it would mean nowhere) and a /0 (everywhere), saying what to send instead', () => {
    expect(parseAllowlist([])).toEqual({ ok: false, message: expect.stringMatching(/null/) });
    for (const all of ['0.0.0.0/0', '::/0', '10.0.0.0/0', '::ffff:0.0.0.0/0']) {
      expect(parseAllowlist(['192.0.2.1', all]), all).toEqual({ ok: false, index: 1, message: expect.stringMatching(/\/0.*null/) });
    }
  });

  it.each([
    ['203.0.113.0/33'],
    ['2001:db8::/129'],
    ['203.0.113.0/'],
    ['203.0.113.0/-1'],
    ['203.0.113.0/24/8'],
    ['256.1.1.1'],
    ['203.0.113'],
    ['example.com'],
    [''],
    ['2001:db8::g'],
    ['203.0.113.0/ 24'],
  ])('refuses %j, naming the entry', (bad) => {
    expect(parseAllowlist(['192.0.2.1', bad])).toMatchObject({ ok: false, index: 1 });
  });

  it(`holds at most ${MAX_ALLOWED_IPS} entries`, () => {
    const many = Array.from({ length: MAX_ALLOWED_IPS + 1 }, (_, i) => `10.0.${i}.0/24`);
    expect(parseAllowlist(many.slice(0, MAX_ALLOWED_IPS)).ok).toBe(true);
    expect(parseAllowlist(many).ok).toBe(false);
  });
});

describe('IP allowlist matching (net.BlockList)', () => {
  const list = new IpAllowlist(['203.0.113.0/24', '198.51.100.7', '2001:db8::/32', '::1']);

  it.each([
    ['203.0.113.1', true],
    ['203.0.113.255', true],
    ['203.0.114.0', false],
    ['198.51.100.7', true],
    ['198.51.100.8', false],
    ['2001:db8::1', true],
    ['2001:0db8:ffff::1', true],
    ['2001:db9::1', false],
    ['::1', true],
    ['::2', false],
    ['::ffff:203.0.113.9', true],
    ['::FFFF:198.51.100.7', true],
    ['::ffff:198.51.100.8', false],
    ['not-an-ip', false],
    ['', false],
  ])('%s → %s', (ip, allowed) => {
    expect(list.allows(ip)).toBe(allowed);
  });

  it('null allows anywhere; an empty list allows nowhere', () => {
    expect(ipAllowed(null, '192.0.2.1')).toBe(true);
    expect(ipAllowed([], '192.0.2.1')).toBe(false);
  });

  it('caches by content as well as by identity', () => {
    expect(ipAllowed(['10.0.0.0/8'], '10.1.2.3')).toBe(true);
    expect(ipAllowed(['10.0.0.0/8'], '11.1.2.3')).toBe(false);
    expect(ipAllowed(['11.0.0.0/8'], '11.1.2.3')).toBe(true);
  });
});
