import { formatIp, parseIp } from '../../core/net/ip';
import { parsePrefix } from '../../core/net/prefix';
import { AZURE_APIPA_END, AZURE_APIPA_START, isAzureApipaAddress } from '../../core/net/ranges';
import { sentence } from './update';

/**
 * What a list editor says about one entry as typed. `reject`: the text is not even the right kind of
 * value and is never saved (it stays in the field, flagged); otherwise it is saved and flagged, so the
 * rule that judges it reports it too, and `suggestion` is the value it was probably meant to be.
 */
export type EntryCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly message: string; readonly suggestion?: string; readonly reject?: boolean };

const OK: EntryCheck = { ok: true };

/** A CIDR prefix: saved as typed (address/invalid-cidr reports it), with the normalized network as suggestion. */
export function checkPrefix(text: string): EntryCheck {
  const parsed = parsePrefix(text);
  return parsed.ok ? OK : { ok: false, message: sentence(parsed.message), ...(parsed.suggestion ? { suggestion: parsed.suggestion } : {}) };
}

/** An IPv4 or IPv6 address (a DNS or RADIUS server): anything else is not saved. */
export function checkIpAddress(text: string): EntryCheck {
  return parseIp(text) ? OK : { ok: false, reject: true, message: `"${text.trim()}" is not an IPv4 or IPv6 address.` };
}

const APIPA_RANGE = '169.254.21.0–169.254.22.255';

/** The first address of Azure's custom APIPA range not in `taken` (compared as addresses), skipping .0. */
export function nextFreeApipa(taken: readonly string[]): string | undefined {
  const used = new Set<bigint>();
  for (const t of taken) {
    const ip = parseIp(t);
    if (ip?.version === 4) used.add(ip.value);
  }
  for (let v = AZURE_APIPA_START + 1n; v <= AZURE_APIPA_END; v++) {
    if ((v & 255n) !== 0n && (v & 255n) !== 255n && !used.has(v)) return formatIp(4, v);
  }
  return undefined;
}

/**
 * A custom APIPA BGP address of a gateway. Text that is no IPv4 address is not saved; an address outside
 * Azure's range is saved and flagged (bgp/apipa reports it too), with a free address of the range to use.
 */
export function checkAzureApipa(text: string, taken: readonly string[]): EntryCheck {
  const ip = parseIp(text);
  if (!ip || ip.version !== 4) {
    return { ok: false, reject: true, message: `"${text.trim()}" is not an IPv4 address; custom APIPA addresses come from ${APIPA_RANGE}.` };
  }
  if (isAzureApipaAddress(text)) return OK;
  const suggestion = nextFreeApipa(taken);
  return {
    ok: false,
    message: `${text.trim()} is outside ${APIPA_RANGE}, the range Azure accepts for custom APIPA BGP addresses.`,
    ...(suggestion ? { suggestion } : {}),
  };
}
