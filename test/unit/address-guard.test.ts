import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { SPECIAL_PURPOSE_RANGES, isPublicAddress, mayDeliverTo, resolveWebhookHost } from '../../src/notifications/address-guard.js';

/** The first, a middle and the last address of a CIDR range. */
function samples(cidr: string): string[] {
  const [net, bits] = ipaddr.parseCIDR(cidr);
  const bytes = net.toByteArray();
  const total = bytes.length * 8;
  const withHost = (fill: (i: number) => number) =>
    ipaddr
      .fromByteArray(
        bytes.map((b, i) => {
          const keep = Math.max(0, Math.min(8, bits - i * 8));
          const mask = keep === 0 ? 0 : (0xff << (8 - keep)) & 0xff;
          return (b & mask) | (fill(i) & ~mask & 0xff);
        }),
      )
      .toString();
  return [...new Set([withHost(() => 0), withHost((i) => (i === bytes.length - 1 ? 1 : 0x5a)), withHost(() => 0xff)])].slice(0, bits === total ? 1 : 3);
}

const urlFor = (a: string) => (a.includes(':') ? `http://[${a}]/hook` : `http://${a}/hook`);

describe('webhook address guard', () => {
  describe.each(SPECIAL_PURPOSE_RANGES.map((r) => [r]))('the IANA special-purpose range %s', (range) => {
    it('is refused at its first, middle and last address, as an address and as a URL host', async () => {
      for (const a of samples(range)) {
        expect(isPublicAddress(a), a).toBe(false);
        expect((await resolveWebhookHost(new URL(urlFor(a)), false)).ok, a).toBe(false);
      }
    });
  });

  it('refuses IPv4-compatible IPv6 (::/96), the form ipaddr.js calls unicast', async () => {
    for (const host of ['[::127.0.0.1]', '[::169.254.169.254]', '[::7f00:1]', '[::a9fe:a9fe]', '[::8.8.8.8]']) {
      expect((await resolveWebhookHost(new URL(`http://${host}/x`), false)).ok, host).toBe(false);
    }
  });

  it('accepts public unicast addresses', async () => {
    for (const a of ['93.184.215.14', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001:82a::200e']) {
      expect(isPublicAddress(a), a).toBe(true);
      expect((await resolveWebhookHost(new URL(urlFor(a)), false)).ok, a).toBe(true);
    }
  });

  it('WEBHOOK_ALLOW_PRIVATE opens loopback and private ranges only, never link-local or cloud metadata in any notation', async () => {
    for (const host of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '[::1]', '[fd12:3456::1]', '[::ffff:127.0.0.1]', '[::ffff:10.0.0.1]']) {
      expect((await resolveWebhookHost(new URL(`http://${host}/x`), true)).ok, host).toBe(true);
    }
    const metadata = [
      '169.254.169.254',
      '169.254.1.1',
      '0xa9fea9fe',
      '2852039166',
      '0251.0376.0251.0376',
      '169.254.43518',
      '[::ffff:169.254.169.254]',
      '[::ffff:a9fe:a9fe]',
      '[::169.254.169.254]',
      '[64:ff9b::169.254.169.254]',
      '[fe80::1]',
      '[fd00:ec2::254]',
      '100.100.100.200',
      '[::ffff:100.100.100.200]',
      '169.254.170.2',
      '0.0.0.0',
      '100.64.0.1',
      '[fec0::1]',
      '224.0.0.1',
      '[ff02::1]',
    ];
    for (const host of metadata) {
      expect((await resolveWebhookHost(new URL(`http://${host}/x`), true)).ok, host).toBe(false);
    }
    expect(mayDeliverTo('fe80::1%eth0', true)).toBe(false);
  });
});
