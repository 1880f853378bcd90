import { BlockList, isIP } from 'node:net';

/** At most this many addresses and CIDRs on one key. */
export const MAX_ALLOWED_IPS = 100;

/** A refusal names the bad entry by `index`, or the whole list when it has none. */
export type AllowlistParse = { ok: true; entries: string[] } | { ok: false; index?: number; message: string };

const V4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * Checks a key's allowlist: each entry an IPv4 or IPv6 address or CIDR. The parsing and matching are
 * Node's (`net.isIP`, `net.BlockList`); only the prefix length is read here. Entries are trimmed and
 * de-duplicated, order kept.
 */
export function parseAllowlist(input: readonly string[]): AllowlistParse {
  // An empty list would lock the key out everywhere, and a /0 would let it in from everywhere: both are
  // more likely a slip than a wish, and each has a plain spelling (revoke the key; null).
  if (input.length === 0) return { ok: false, message: 'must list at least one address or CIDR; send null to allow any address (or revoke the key)' };
  if (input.length > MAX_ALLOWED_IPS) return { ok: false, index: MAX_ALLOWED_IPS, message: `may hold at most ${MAX_ALLOWED_IPS} entries` };
  const entries: string[] = [];
  for (const [index, raw] of input.entries()) {
    const entry = raw.trim();
    const rule = ruleOf(entry);
    if (!rule) return { ok: false, index, message: 'must be an IPv4 or IPv6 address or CIDR (e.g. 203.0.113.0/24, 2001:db8::/32)' };
    if (rule.prefix === 0)
      return { ok: false, index, message: 'a /0 allows every address of its family; send null to allow any address, or name the networks' };
    if (!entries.includes(entry)) entries.push(entry);
  }
  return { ok: true, entries };
}

interface Rule {
  address: string;
  family: 'ipv4' | 'ipv6';
  prefix: number | undefined;
}

function ruleOf(entry: string): Rule | undefined {
  const slash = entry.indexOf('/');
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const version = isIP(address);
  if (version === 0) return undefined;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  if (slash === -1) return { address, family, prefix: undefined };
  const bits = entry.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits) || Number(bits) > (version === 4 ? 32 : 128)) return undefined;
  return { address, family, prefix: Number(bits) };
}

/** A compiled allowlist: `allows(ip)` for a client address as Fastify resolved it (TRUST_PROXY applied). */
export class IpAllowlist {
  private readonly list = new BlockList();

  constructor(entries: readonly string[]) {
    for (const e of entries) {
      const r = ruleOf(e);
      if (!r) continue;
      if (r.prefix === undefined) this.list.addAddress(r.address, r.family);
      else this.list.addSubnet(r.address, r.prefix, r.family);
    }
  }

  /** An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, what a dual-stack socket reports) is matched as IPv4 too. */
  allows(ip: string): boolean {
    const version = isIP(ip);
    if (version === 4) return this.list.check(ip, 'ipv4');
    if (version !== 6) return false;
    if (this.list.check(ip, 'ipv6')) return true;
    const mapped = V4_MAPPED.exec(ip);
    return mapped !== null && this.list.check(mapped[1], 'ipv4');
  }
}

const compiled = new WeakMap<readonly string[], IpAllowlist>();
const byText = new Map<string, IpAllowlist>();

/**
 * Whether a key with this allowlist may be used from `ip` (null = anywhere). Compiled lists are cached by
 * array identity (the key cache hands out the same record) and by content, so the hot path is a lookup.
 */
export function ipAllowed(allowedIps: readonly string[] | null | undefined, ip: string): boolean {
  if (allowedIps == null) return true;
  let list = compiled.get(allowedIps);
  if (list === undefined) {
    const text = allowedIps.join(',');
    list = byText.get(text);
    if (list === undefined) {
      if (byText.size >= 10_000) byText.clear();
      list = new IpAllowlist(allowedIps);
      byText.set(text, list);
    }
    compiled.set(allowedIps, list);
  }
  return list.allows(ip);
}
