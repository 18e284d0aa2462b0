import { describe, expect, it } from 'vitest';
import { DOCUMENTED, REST } from '../../facts/ipsec';
import { AZURE_IP_PLACEHOLDER, PSK_PLACEHOLDER } from './device-model';
import { CBC_DH14, GCM_ECP384, HOSTILE, s2sDesign } from './device-fixtures';
import { PANOS_NAMES, PANOS_UNSUPPORTED, exportPanos } from './panos';

/** The values after a `set` prefix ending in `key` (the rest of the line). */
const values = (text: string, key: string) => [...text.matchAll(new RegExp(`^set .* ${key} (.*)$`, 'gm'))].map((m) => m[1]);

describe('exportPanos', () => {
  it('maps every documented and REST policy value to a PAN-OS keyword, except the listed unsupported ones', () => {
    const unsupported: Record<string, readonly string[]> = PANOS_UNSUPPORTED;
    for (const table of [DOCUMENTED, REST]) {
      for (const [field, list] of Object.entries(table)) {
        for (const v of list) {
          if (v === 'PFSMM' || unsupported[field]?.includes(v)) continue;
          expect(Object.keys(PANOS_NAMES[field as keyof typeof DOCUMENTED]), `${field} ${v}`).toContain(v);
        }
      }
    }
    expect(PANOS_NAMES.dhGroup).toMatchObject({ DHGroup1: 'group1', DHGroup2: 'group2', DHGroup14: 'group14', DHGroup2048: 'group14', ECP256: 'group19', ECP384: 'group20' });
    expect(PANOS_NAMES.pfsGroup).toMatchObject({ PFS1: 'group1', PFS2: 'group2', PFS2048: 'group14', ECP256: 'group19', ECP384: 'group20', None: 'no-pfs' });
    expect(PANOS_NAMES.ipsecEncryption).toMatchObject({ GCMAES128: 'aes-128-gcm', AES192: 'aes-192-cbc', DES3: '3des', None: 'null' });
    expect(PANOS_NAMES.ipsecIntegrity).toMatchObject({ SHA256: 'sha256', SHA1: 'sha1', MD5: 'md5', GCMAES256: 'none' });
  });

  it('falls back to the defaults, with a note, for a value PAN-OS lacks (DHGroup24)', () => {
    const { doc, id } = s2sDesign({ policy: { ...GCM_ECP384, dhGroup: 'DHGroup24', pfsGroup: 'PFS24' } });
    const text = exportPanos(doc, id);
    expect(text).toMatch(/^# Cannot map: dhGroup "DHGroup24"/m);
    expect(values(text, 'ike-crypto-profiles \\S+ dh-group')).toEqual(['group2']);
  });

  it('writes a GCM custom policy into the crypto profiles with PFS and the lifetimes', () => {
    const { doc, id } = s2sDesign({ policy: GCM_ECP384 });
    const text = exportPanos(doc, id);
    expect(values(text, 'ike-crypto-profiles \\S+ encryption')).toEqual(['aes-256-gcm']);
    expect(values(text, 'ike-crypto-profiles \\S+ hash')).toEqual(['sha384']);
    expect(values(text, 'ike-crypto-profiles \\S+ dh-group')).toEqual(['group20']);
    expect(values(text, 'ike-crypto-profiles \\S+ lifetime')).toEqual(['seconds 28800']);
    expect(values(text, 'esp encryption')).toEqual(['aes-256-gcm']);
    expect(values(text, 'esp authentication')).toEqual(['none']);
    expect(values(text, 'ipsec-crypto-profiles \\S+ dh-group')).toEqual(['group20']);
    expect(values(text, 'ipsec-crypto-profiles \\S+ lifetime')).toEqual(['seconds 3600']);
    expect(values(text, 'lifesize')).toEqual(['gb 97']);
    expect(text).not.toMatch(/weak/);
  });

  it('writes a CBC policy with integrity and PFS2048 as group14', () => {
    const { doc, id } = s2sDesign({ policy: CBC_DH14 });
    const text = exportPanos(doc, id);
    expect(values(text, 'esp encryption')).toEqual(['aes-256-cbc']);
    expect(values(text, 'esp authentication')).toEqual(['sha256']);
    expect(values(text, 'ipsec-crypto-profiles \\S+ dh-group')).toEqual(['group14']);
  });

  it("uses Azure's default proposals without a policy and recommends a custom one because DH group 2 is weak", () => {
    const { doc, id } = s2sDesign({});
    const text = exportPanos(doc, id);
    expect(values(text, 'ike-crypto-profiles \\S+ encryption')).toEqual(['aes-256-cbc']);
    expect(values(text, 'ike-crypto-profiles \\S+ dh-group')).toEqual(['group2']);
    expect(values(text, 'ipsec-crypto-profiles \\S+ dh-group')).toEqual(['no-pfs']);
    expect(text).toMatch(/^# .*DH group is 2.*weak/m);
    expect(text).toMatch(/^# Recommended: give the connection a custom policy/m);
  });

  it('writes a placeholder key unless secrets are included, and never a key the CLI would misread', () => {
    const { doc, id } = s2sDesign({ sharedKey: 'abc123' });
    expect(values(exportPanos(doc, id), 'pre-shared-key key')).toEqual([PSK_PLACEHOLDER]);
    expect(exportPanos(doc, id)).not.toContain('abc123');
    expect(values(exportPanos(doc, id, { includeSecrets: true }), 'pre-shared-key key')).toEqual(['abc123']);
    const odd = s2sDesign({ sharedKey: 'a b;c' });
    expect(values(exportPanos(odd.doc, odd.id, { includeSecrets: true }), 'pre-shared-key key')).toEqual([PSK_PLACEHOLDER]);
  });

  it('gives an active-active gateway two IKE gateways, tunnels and routes', () => {
    const { doc, id } = s2sDesign({ activeActive: true });
    const text = exportPanos(doc, id);
    expect(values(text, 'peer-address ip')).toEqual([`${AZURE_IP_PLACEHOLDER}_1`, `${AZURE_IP_PLACEHOLDER}_2`]);
    expect(values(text, 'destination 10.0.0.0/16 interface')).toEqual(['tunnel.11', 'tunnel.12']);
    expect(text).toMatch(/ipv4-mss-adjustment 50$/m);
  });

  it('peers BGP with the custom APIPA addresses and adds a host route to each Azure peer', () => {
    const { doc, id } = s2sDesign({ activeActive: true, bgp: { asn: 64600, peerIp: '169.254.21.2', apipa: [['169.254.21.1'], ['169.254.22.1']] } });
    const text = exportPanos(doc, id);
    expect(values(text, 'peer-address ip')).toEqual([`${AZURE_IP_PLACEHOLDER}_1`, `${AZURE_IP_PLACEHOLDER}_2`, '169.254.21.1', '169.254.22.1']);
    expect(values(text, 'peer-as')).toEqual(['65515', '65515']);
    expect(values(text, 'local-as')).toEqual(['64600']);
    expect(values(text, 'destination')).toEqual(['169.254.21.1/32 interface tunnel.11', '169.254.22.1/32 interface tunnel.12']);
  });

  it('routes to the Azure prefixes after EgressSNAT when NAT applies', () => {
    const { doc, id } = s2sDesign({ nat: true });
    const text = exportPanos(doc, id);
    expect(values(text, 'destination')).toEqual(['100.64.0.0/16 interface tunnel.10']);
    expect(text).toMatch(/^# NAT applies/m);
  });

  it('writes one proxy ID per selector pair for policy-based traffic selectors', () => {
    const { doc, id } = s2sDesign({ policyBased: true, vnet: ['10.0.0.0/16', '10.2.0.0/16'], site: ['10.1.0.0/16'] });
    const text = exportPanos(doc, id);
    expect(values(text, 'proxy-id')).toEqual(['pair-1 local 10.1.0.0/16 remote 10.0.0.0/16 protocol any', 'pair-2 local 10.1.0.0/16 remote 10.2.0.0/16 protocol any']);
  });

  it('uses IKEv1 main mode for an IKEv1 connection', () => {
    const { doc, id } = s2sDesign({ protocol: 'IKEv1' });
    const text = exportPanos(doc, id);
    expect(values(text, 'protocol version')).toEqual(['ikev1']);
    expect(text).toMatch(/exchange-mode main$/m);
  });

  it('keeps hostile names out of identifiers (at most 31 characters) and on single comment lines', () => {
    const { doc, id } = s2sDesign({ name: HOSTILE, siteName: HOSTILE });
    const text = exportPanos(doc, id, { includeSecrets: true });
    for (const line of text.split('\n')) {
      const ok = line === '' || /^# [^\n\r\u2028\u202e]*$/.test(line) || /^set [A-Za-z0-9 ./:_[\]-]*$/.test(line);
      expect(ok, JSON.stringify(line)).toBe(true);
    }
    for (const m of text.matchAll(/(?:profiles|gateway|ipsec) (azure-\S+)/g)) expect(m[1]!.length).toBeLessThanOrEqual(31);
    expect(text).toMatch(/ike-crypto-profiles azure-evil_set_x_end_dele-ike /);
  });
});
