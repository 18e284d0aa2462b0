import { parseIp } from './ip';
import { containsAddress, contains, toPrefix, type Prefix } from './prefix';

const p = (t: string) => toPrefix(t)!;

/** RFC 1918 private IPv4 ranges. */
export const RFC1918: readonly Prefix[] = [p('10.0.0.0/8'), p('172.16.0.0/12'), p('192.168.0.0/16')];
/** RFC 6598 shared address space (carrier-grade NAT), usable for P2S pools with care. */
export const SHARED_ADDRESS_SPACE = p('100.64.0.0/10');
/** IPv6 unique local addresses (RFC 4193). */
export const IPV6_ULA = p('fc00::/7');
/** Link-local IPv4, the APIPA range. */
export const APIPA = p('169.254.0.0/16');
/** The range Azure accepts for custom APIPA BGP addresses on a VPN gateway. */
export const AZURE_APIPA_START = parseIp('169.254.21.0')!.value;
export const AZURE_APIPA_END = parseIp('169.254.22.255')!.value;

/** True when the prefix is entirely inside RFC 1918 (or IPv6 ULA). */
export function isPrivatePrefix(prefix: Prefix): boolean {
  if (prefix.version === 6) return contains(IPV6_ULA, prefix);
  return RFC1918.some((r) => contains(r, prefix));
}

/** True when the text is an IPv4 address in 169.254.0.0/16. */
export function isApipaAddress(text: string): boolean {
  const ip = parseIp(text);
  return ip !== undefined && containsAddress(APIPA, ip.version, ip.value);
}

/** True when the text is an IPv4 address in Azure's custom APIPA range 169.254.21.0–169.254.22.255. */
export function isAzureApipaAddress(text: string): boolean {
  const ip = parseIp(text);
  return ip !== undefined && ip.version === 4 && ip.value >= AZURE_APIPA_START && ip.value <= AZURE_APIPA_END;
}
