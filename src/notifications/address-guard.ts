import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type ResolveResult = { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string };

/**
 * Every entry of the IANA IPv4 and IPv6 Special-Purpose Address Registries (iana-ipv4-special-registry,
 * iana-ipv6-special-registry), whatever their "globally reachable" column says, plus the ranges those
 * registries leave to others: multicast, IPv4-compatible IPv6 (`::/96`, deprecated by RFC 4291, where
 * `[::127.0.0.1]` and `[::169.254.169.254]` live) and the deprecated site-local `fec0::/10`. A webhook
 * may reach none of them (test/unit/address-guard.test.ts walks this table).
 */
export const SPECIAL_PURPOSE_RANGES: readonly string[] = [
  // IPv4 special-purpose registry
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.0.0/29',
  '192.0.0.8/32',
  '192.0.0.9/32',
  '192.0.0.10/32',
  '192.0.0.170/32',
  '192.0.0.171/32',
  '192.0.2.0/24',
  '192.31.196.0/24',
  '192.52.193.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '192.175.48.0/24',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '240.0.0.0/4',
  '255.255.255.255/32',
  // IPv4 multicast
  '224.0.0.0/4',
  // IPv6 special-purpose registry
  '::1/128',
  '::/128',
  '::ffff:0:0/96',
  '64:ff9b::/96',
  '64:ff9b:1::/48',
  '100::/64',
  '100:0:0:1::/64',
  '2001::/23',
  '2001::/32',
  '2001:1::1/128',
  '2001:1::2/128',
  '2001:1::3/128',
  '2001:2::/48',
  '2001:3::/32',
  '2001:4:112::/48',
  '2001:10::/28',
  '2001:20::/28',
  '2001:30::/28',
  '2001:db8::/32',
  '2002::/16',
  '2620:4f:8000::/48',
  '3fff::/20',
  '5f00::/16',
  'fc00::/7',
  'fe80::/10',
  // Not in the registry, refused all the same
  '::/96',
  'fec0::/10',
  'ff00::/8',
];

/** What `WEBHOOK_ALLOW_PRIVATE` opens (tests and closed networks): loopback and private ranges only. */
export const PRIVATE_RANGES: readonly string[] = ['127.0.0.0/8', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '::1/128', 'fc00::/7'];

/** Cloud metadata services, refused even where their surrounding range is opened. */
export const METADATA_ADDRESSES: readonly string[] = ['169.254.169.254', '169.254.170.2', '100.100.100.200', 'fd00:ec2::254'];

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];
const parse = (ranges: readonly string[]): Cidr[] => ranges.map((r) => ipaddr.parseCIDR(r));
const SPECIAL = parse(SPECIAL_PURPOSE_RANGES);
const PRIVATE = parse(PRIVATE_RANGES);
const METADATA = METADATA_ADDRESSES.map((a) => ipaddr.parse(a).toNormalizedString());
/** IPv6 forms whose last 32 bits are an IPv4 address: mapped, compatible, NAT64. */
const EMBEDDING = parse(['::ffff:0:0/96', '::/96', '64:ff9b::/96']);

const within = (a: ipaddr.IPv4 | ipaddr.IPv6, ranges: Cidr[]) => ranges.some(([net, bits]) => net.kind() === a.kind() && a.match(net, bits));

/** The IPv4 address an IPv6 one carries in its last 32 bits (mapped, compatible, NAT64), if it is such a form. */
function embeddedV4(a: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  if (!within(a, EMBEDDING) || a.range() === 'loopback' || a.range() === 'unspecified') return undefined;
  const p = a.parts;
  return new ipaddr.IPv4([p[6] >> 8, p[6] & 0xff, p[7] >> 8, p[7] & 0xff]);
}

function parsed(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  try {
    return ipaddr.parse(address.replace(/%.*$/, ''));
  } catch {
    return undefined;
  }
}

/** Only public unicast addresses: nothing in a special-purpose range (see SPECIAL_PURPOSE_RANGES). */
export function isPublicAddress(address: string): boolean {
  const a = parsed(address);
  return a !== undefined && !within(a, SPECIAL);
}

/**
 * Whether a webhook may connect to `address`: public ones always; with `allowPrivate` also loopback and
 * private ones (in any notation: `::ffff:10.0.0.1` is 10.0.0.1), but never link-local or a cloud
 * metadata address, however written.
 */
export function mayDeliverTo(address: string, allowPrivate: boolean): boolean {
  const a = parsed(address);
  if (a === undefined) return false;
  const v4 = a.kind() === 'ipv6' ? embeddedV4(a as ipaddr.IPv6) : undefined;
  for (const form of v4 ? [a, v4] : [a]) if (METADATA.includes(form.toNormalizedString())) return false;
  if (!within(a, SPECIAL)) return true;
  if (!allowPrivate) return false;
  return within(v4 ?? a, PRIVATE);
}

/**
 * Resolves a webhook URL's host and checks every address it resolves to. Called when a webhook is saved
 * and again before each delivery, whose connection then goes to the address checked here (so a DNS
 * answer that changes in between — rebinding — cannot redirect it).
 */
export async function resolveWebhookHost(url: URL, allowPrivate: boolean): Promise<ResolveResult> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      return { ok: false, reason: 'the host name does not resolve' };
    }
  }
  if (addresses.length === 0) return { ok: false, reason: 'the host name does not resolve' };
  if (addresses.some((a) => !mayDeliverTo(a.address, allowPrivate))) {
    return { ok: false, reason: 'the URL resolves to a loopback, private, link-local, metadata or other special-purpose address' };
  }
  return { ok: true, address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 };
}
