import ipaddr from 'ipaddr.js';

/**
 * Whether an allowlist (addresses and CIDRs, as the API takes them) lets `address` in: the browser's check
 * that warns before a save would shut out the address the user is working from. IPv4-mapped IPv6
 * addresses count as their IPv4 address, as on the server. Entries that do not parse are skipped (the
 * server reports them).
 */
export function allowsAddress(entries: readonly string[], address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  const ip = ipaddr.process(address);
  return entries.some((entry) => {
    try {
      const [range, bits] = entry.includes('/') ? ipaddr.parseCIDR(entry) : [ipaddr.parse(entry), null];
      const r = range.kind() === 'ipv6' && (range as ipaddr.IPv6).isIPv4MappedAddress() ? (range as ipaddr.IPv6).toIPv4Address() : range;
      if (r.kind() !== ip.kind()) return false;
      return bits === null ? r.toString() === ip.toString() : ip.match(r, r === range ? bits : bits - 96);
    } catch {
      return false;
    }
  });
}
