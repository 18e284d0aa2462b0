import type { IpsecPolicy, VpnGateway } from '../../model/types';
import { POLICY_FIELDS } from './device-model';

/** strongSwan proposal strings for a connection's IPsec/IKE policy, or Azure's defaults (facts §2/§3). */

/**
 * Azure policy values (facts §3, REST enums included) → strongSwan proposal keywords.
 * `''` means "nothing in the proposal" (no PFS, or integrity covered by an AEAD cipher).
 */
export const STRONGSWAN_NAMES = {
  ikeEncryption: {
    GCMAES256: 'aes256gcm16',
    GCMAES128: 'aes128gcm16',
    AES256: 'aes256',
    AES192: 'aes192',
    AES128: 'aes128',
    DES3: '3des',
    DES: 'des',
  },
  /** With a CBC cipher the keyword covers integrity and PRF; with GCM it is the PRF (prf…). */
  ikeIntegrity: {
    SHA384: 'sha384',
    SHA256: 'sha256',
    SHA1: 'sha1',
    MD5: 'md5',
    // Older REST values for a GCM IKE cipher: the PRF is not documented; SHA256 is assumed.
    GCMAES256: 'sha256',
    GCMAES128: 'sha256',
  },
  dhGroup: {
    DHGroup1: 'modp768',
    DHGroup2: 'modp1024',
    DHGroup14: 'modp2048',
    DHGroup2048: 'modp2048',
    DHGroup24: 'modp2048s256',
    ECP256: 'ecp256',
    ECP384: 'ecp384',
    None: '',
  },
  ipsecEncryption: {
    GCMAES256: 'aes256gcm16',
    GCMAES192: 'aes192gcm16',
    GCMAES128: 'aes128gcm16',
    AES256: 'aes256',
    AES192: 'aes192',
    AES128: 'aes128',
    DES3: '3des',
    DES: 'des',
    None: 'null',
  },
  ipsecIntegrity: {
    GCMAES256: '',
    GCMAES192: '',
    GCMAES128: '',
    SHA256: 'sha256',
    SHA1: 'sha1',
    MD5: 'md5',
  },
  pfsGroup: {
    PFS1: 'modp768',
    PFS2: 'modp1024',
    PFS2048: 'modp2048',
    PFS14: 'modp2048',
    PFS24: 'modp2048s256',
    ECP256: 'ecp256',
    ECP384: 'ecp384',
    None: '',
  },
} as const satisfies Record<string, Record<string, string>>;

type Field = keyof typeof STRONGSWAN_NAMES;

function lookup(field: Field, value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  const table: Record<string, string> = STRONGSWAN_NAMES[field];
  const hit = Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
  if (hit === undefined) problems.push(`${field} "${value}" has no strongSwan equivalent`);
  return hit;
}

export interface Proposals {
  readonly ike: string;
  readonly esp: string;
  readonly notes: readonly string[];
  readonly custom: boolean;
}

/** The proposals of a custom policy, or undefined (with the reason in `notes`) when it cannot be used. */
export function customProposals(p: IpsecPolicy, notes: string[]): Proposals | undefined {
  const missing = POLICY_FIELDS.filter((f) => p[f] === undefined);
  if (missing.length > 0) {
    notes.push(`The custom IPsec/IKE policy is incomplete (missing ${missing.join(', ')}); Azure refuses partial policies.`);
    notes.push("Azure's default proposals are written below instead; complete the policy in the design.");
    return undefined;
  }
  const problems: string[] = [];
  const ikeEnc = lookup('ikeEncryption', p.ikeEncryption, problems);
  const ikeInt = lookup('ikeIntegrity', p.ikeIntegrity, problems);
  const dh = lookup('dhGroup', p.dhGroup, problems);
  const espEnc = lookup('ipsecEncryption', p.ipsecEncryption, problems);
  const espInt = lookup('ipsecIntegrity', p.ipsecIntegrity, problems);
  const pfs = p.pfsGroup === 'PFSMM' ? dh : lookup('pfsGroup', p.pfsGroup, problems);
  if (problems.length > 0 || ikeEnc === undefined || ikeInt === undefined || dh === undefined || espEnc === undefined || espInt === undefined || pfs === undefined) {
    notes.push(...problems.map((x) => `Cannot map: ${x}.`));
    notes.push("Azure's default proposals are written below instead; fix the policy in the design.");
    return undefined;
  }
  const ikeGcm = ikeEnc.includes('gcm');
  const ike = [ikeEnc, ikeGcm ? `prf${ikeInt}` : ikeInt, dh].filter((x) => x !== '').join('-');
  const espGcm = espEnc.includes('gcm');
  if (espGcm && espInt !== '') notes.push(`IPsec encryption ${p.ipsecEncryption} needs the same GCM integrity; ${p.ipsecIntegrity} is ignored here.`);
  if (!espGcm && espInt === '') notes.push(`IPsec integrity ${p.ipsecIntegrity} only goes with the same GCM encryption; no integrity is proposed.`);
  const esp = [espEnc, espGcm ? '' : espInt, pfs].filter((x) => x !== '').join('-');
  return { ike, esp, notes, custom: true };
}

/** Azure's default proposals (facts §2), narrowed to what a device should offer. */
export function defaultProposals(gateway: VpnGateway | undefined, notes: string[]): Proposals {
  notes.push("No custom IPsec/IKE policy: these match Azure's default proposals, whose IKE DH group is 2 (MODP 1024), which is weak.");
  notes.push('Recommended: give the connection a custom policy (for example GCMAES256 / SHA384 / ECP384 / PFS ECP384) and export again.');
  const policyBased = gateway?.vpnType === 'PolicyBased';
  return {
    // Azure's recommended device algorithms (facts §2): IKE AES256/SHA256/DH2; IPsec AES256-GCM without
    // PFS on a route-based gateway (CBC AES256/SHA256 as a fallback, and the only offer on a policy-based one).
    ike: 'aes256-sha256-modp1024',
    esp: policyBased ? 'aes256-sha256' : 'aes256gcm16,aes256-sha256',
    notes,
    custom: false,
  };
}
