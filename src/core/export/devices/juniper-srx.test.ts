import { describe, expect, it } from 'vitest';
import { DOCUMENTED, REST } from '../../facts/ipsec';
import { AZURE_IP_PLACEHOLDER, PSK_PLACEHOLDER } from './device-model';
import { CBC_DH14, GCM_ECP384, HOSTILE, s2sDesign } from './device-fixtures';
import { JUNIPER_SRX_NAMES, JUNIPER_SRX_UNSUPPORTED, exportJuniperSrx } from './juniper-srx';

/** The rest of each `set …` line after `key`. */
const values = (text: string, key: string) => [...text.matchAll(new RegExp(`^set .*?${key} (.*)$`, 'gm'))].map((m) => m[1]);

describe('exportJuniperSrx', () => {
  it('maps every documented and REST policy value to a Junos keyword, except the listed unsupported ones', () => {
    const unsupported: Record<string, readonly string[]> = JUNIPER_SRX_UNSUPPORTED;
    for (const table of [DOCUMENTED, REST]) {
      for (const [field, list] of Object.entries(table)) {
        for (const v of list) {
          if (v === 'PFSMM' || unsupported[field]?.includes(v)) continue;
          expect(Object.keys(JUNIPER_SRX_NAMES[field as keyof typeof DOCUMENTED]), `${field} ${v}`).toContain(v);
        }
      }
    }
    expect(JUNIPER_SRX_NAMES.dhGroup).toMatchObject({ DHGroup1: 'group1', DHGroup2: 'group2', DHGroup14: 'group14', DHGroup2048: 'group14', DHGroup24: 'group24', ECP256: 'group19', ECP384: 'group20' });
    expect(JUNIPER_SRX_NAMES.pfsGroup).toMatchObject({ PFS1: 'group1', PFS2: 'group2', PFS2048: 'group14', PFS24: 'group24', ECP256: 'group19', ECP384: 'group20', None: '' });
    expect(JUNIPER_SRX_NAMES.ipsecEncryption).toMatchObject({ GCMAES192: 'aes-192-gcm', AES192: 'aes-192-cbc', DES3: '3des-cbc' });
    expect(JUNIPER_SRX_NAMES.ipsecIntegrity).toMatchObject({ SHA256: 'hmac-sha-256-128', SHA1: 'hmac-sha1-96', MD5: 'hmac-md5-96', GCMAES256: '' });
  });

  it('falls back to the defaults, with a note, for a value Junos lacks (no IKE DH group)', () => {
    const { doc, id } = s2sDesign({ policy: { ...GCM_ECP384, dhGroup: 'None' } });
    const text = exportJuniperSrx(doc, id);
    expect(text).toMatch(/^# Cannot map: dhGroup "None"/m);
    expect(values(text, 'ike proposal \\S+ dh-group')).toEqual(['group2']);
  });

  it('writes a GCM custom policy with PFS and the lifetimes', () => {
    const { doc, id } = s2sDesign({ policy: GCM_ECP384 });
    const text = exportJuniperSrx(doc, id);
    expect(values(text, 'ike proposal \\S+ encryption-algorithm')).toEqual(['aes-256-gcm']);
    expect(values(text, 'ike proposal \\S+ authentication-algorithm')).toEqual(['sha-384']);
    expect(values(text, 'ike proposal \\S+ dh-group')).toEqual(['group20']);
    expect(values(text, 'ike proposal \\S+ lifetime-seconds')).toEqual(['28800']);
    expect(values(text, 'ipsec proposal \\S+ encryption-algorithm')).toEqual(['aes-256-gcm']);
    expect(values(text, 'ipsec proposal \\S+ authentication-algorithm')).toEqual([]);
    expect(values(text, 'perfect-forward-secrecy keys')).toEqual(['group20']);
    expect(values(text, 'ipsec proposal \\S+ lifetime-seconds')).toEqual(['3600']);
    expect(text).not.toMatch(/weak/);
  });

  it('writes a CBC policy with integrity and PFS2048 as group14', () => {
    const { doc, id } = s2sDesign({ policy: CBC_DH14 });
    const text = exportJuniperSrx(doc, id);
    expect(values(text, 'ipsec proposal \\S+ authentication-algorithm')).toEqual(['hmac-sha-256-128']);
    expect(values(text, 'perfect-forward-secrecy keys')).toEqual(['group14']);
  });

  it("uses Azure's default proposals without a policy and recommends a custom one because DH group 2 is weak", () => {
    const { doc, id } = s2sDesign({});
    const text = exportJuniperSrx(doc, id);
    expect(values(text, 'ike proposal \\S+ encryption-algorithm')).toEqual(['aes-256-cbc']);
    expect(values(text, 'ike proposal \\S+ dh-group')).toEqual(['group2']);
    expect(values(text, 'perfect-forward-secrecy keys')).toEqual([]);
    expect(text).toMatch(/^# .*DH group is 2.*weak/m);
    expect(text).toMatch(/^# Recommended: give the connection a custom policy/m);
  });

  it('writes a placeholder key unless secrets are included, and never a key the CLI would misread', () => {
    const { doc, id } = s2sDesign({ sharedKey: 'abc123' });
    expect(values(exportJuniperSrx(doc, id), 'ascii-text')).toEqual([`"${PSK_PLACEHOLDER}"`]);
    expect(exportJuniperSrx(doc, id)).not.toContain('abc123');
    expect(values(exportJuniperSrx(doc, id, { includeSecrets: true }), 'ascii-text')).toEqual(['"abc123"']);
    const odd = s2sDesign({ sharedKey: 'a"b\n#c' });
    expect(values(exportJuniperSrx(odd.doc, odd.id, { includeSecrets: true }), 'ascii-text')).toEqual([`"${PSK_PLACEHOLDER}"`]);
  });

  it('gives an active-active gateway two gateways, st0 units and routes, and clamps the MSS to 1350', () => {
    const { doc, id } = s2sDesign({ activeActive: true });
    const text = exportJuniperSrx(doc, id);
    expect(values(text, 'ike gateway \\S+ address')).toEqual([`${AZURE_IP_PLACEHOLDER}_1`, `${AZURE_IP_PLACEHOLDER}_2`]);
    expect(values(text, 'bind-interface')).toEqual(['st0.1', 'st0.2']);
    expect(values(text, 'static route')).toEqual(['10.0.0.0/16 next-hop st0.1', '10.0.0.0/16 next-hop st0.2']);
    expect(values(text, 'tcp-mss ipsec-vpn mss')).toEqual(['1350']);
  });

  it('peers BGP with the custom APIPA addresses and adds a host route to each Azure peer', () => {
    const { doc, id } = s2sDesign({ activeActive: true, bgp: { asn: 64600, peerIp: '169.254.21.2', apipa: [['169.254.21.1'], ['169.254.22.1']] } });
    const text = exportJuniperSrx(doc, id);
    expect(values(text, 'autonomous-system')).toEqual(['64600']);
    expect(values(text, 'peer-as')).toEqual(['65515']);
    expect(values(text, 'neighbor')).toEqual(['169.254.21.1', '169.254.22.1']);
    expect(values(text, 'static route')).toEqual(['169.254.21.1/32 next-hop st0.1', '169.254.22.1/32 next-hop st0.2']);
    expect(values(text, 'lo0 unit 0 family inet address')).toEqual(['169.254.21.2/32']);
    expect(values(text, 'route-filter')).toEqual(['10.1.0.0/16 exact']);
  });

  it('routes to the Azure prefixes after EgressSNAT when NAT applies', () => {
    const { doc, id } = s2sDesign({ nat: true });
    const text = exportJuniperSrx(doc, id);
    expect(values(text, 'static route')).toEqual(['100.64.0.0/16 next-hop st0.1']);
    expect(text).toMatch(/^# NAT applies/m);
  });

  it('writes one traffic selector per pair for policy-based traffic selectors', () => {
    const { doc, id } = s2sDesign({ policyBased: true, vnet: ['10.0.0.0/16', '10.2.0.0/16'], site: ['10.1.0.0/16'] });
    const text = exportJuniperSrx(doc, id);
    expect(values(text, 'local-ip')).toEqual(['10.1.0.0/16', '10.1.0.0/16']);
    expect(values(text, 'remote-ip')).toEqual(['10.0.0.0/16', '10.2.0.0/16']);
  });

  it('uses IKEv1 main mode for an IKEv1 connection', () => {
    const { doc, id } = s2sDesign({ protocol: 'IKEv1' });
    const text = exportJuniperSrx(doc, id);
    expect(values(text, 'version')).toEqual(['v1-only']);
    expect(values(text, 'ike policy \\S+ mode')).toEqual(['main']);
  });

  it('keeps hostile names out of identifiers and on single comment lines', () => {
    const { doc, id } = s2sDesign({ name: HOSTILE, siteName: HOSTILE });
    const text = exportJuniperSrx(doc, id, { includeSecrets: true });
    for (const line of text.split('\n')) {
      const ok = line === '' || /^# [^\n\r\u2028\u202e]*$/.test(line) || /^set [A-Za-z0-9 ./:_"-]*$/.test(line);
      expect(ok, JSON.stringify(line)).toBe(true);
    }
    expect(text).toMatch(/^set security ike proposal azure-evil_set_x_end_delete-ike-prop /m);
  });
});
