import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type ResolveResult = { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string };

/**
 * Only public unicast addresses: loopback, private, link-local (which holds the cloud metadata address
 * 169.254.169.254), unique-local, carrier-grade NAT, multicast and the like are refused.
 */
export function isPublicAddress(address: string): boolean {
  try {
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
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
  if (!allowPrivate && addresses.some((a) => !isPublicAddress(a.address))) {
    return { ok: false, reason: 'the URL resolves to a loopback, private, link-local or metadata address' };
  }
  return { ok: true, address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 };
}
