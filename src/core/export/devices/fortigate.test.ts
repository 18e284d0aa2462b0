import { describe, expect, it } from 'vitest';
import { DOCUMENTED, REST } from '../../facts/ipsec';
import { AZURE_IP_PLACEHOLDER, PSK_PLACEHOLDER } from './device-model';
import { CBC_DH14, GCM_ECP384, HOSTILE, s2sDesign } from './device-fixtures';
import { FORTIGATE_NAMES, FORTIGATE_UNSUPPORTED, exportFortigate } from './fortigate';

const values = (text: string, key: string) => [...text.matchAll(new RegExp(`^\\s*set ${key} (.*)$`, 'gm'))].map((m) => m[1]);

describe('exportFortigate', () => {
  it('maps every documented and REST policy value to a FortiOS keyword, except the listed unsupported ones', () => {
    const unsupported: Record<string, readonly string[]> = FORTIGATE_UNSUPPORTED;
    for (const table of [DOCUMENTED, REST]) {
      for (const [field, list] of Object.entries(table)) {
        for (const v of list) {
          if (v === 'PFSMM' || unsupported[field]?.includes(v)) continue;
          expect(Object.keys(FORTIGATE_NAMES[field as keyof typeof DOCUMENTED]), `${field} ${v}`).toContain(v);
        }
      }
    }
    expect(FORTIGATE_NAMES.dhGroup).toMatchObject({ DHGroup1: '1', DHGroup2: '2', DHGroup14: '14', DHGroup2048: '14', DHGroup24: '24', ECP256: '19', ECP384: '20' });
    expect(FORTIGATE_NAMES.pfsGroup).toMatchObject({ PFS1: '1', PFS2: '2', PFS2048: '14', PFS24: '24', ECP256: '19', ECP384: '20', None: '' });
    expect(FORTIGATE_NAMES.ipsecEncryption).toMatchObject({ GCMAES128: 'aes128gcm', AES192: 'aes192', DES3: '3des', None: 'null' });
    expect(FORTIGATE_NAMES.ipsecIntegrity).toMatchObject({ SHA256: 'sha256', SHA1: 'sha1', MD5: 'md5', GCMAES256: 'null' });
  });

  it('falls back to the defaults, with a note, for a value FortiOS lacks (GCMAES192)', () => {
    const { doc, id } = s2sDesign({ policy: { ...GCM_ECP384, ipsecEncryption: 'GCMAES192', ipsecIntegrity: 'GCMAES192' } });
    const text = exportFortigate(doc, id);
    expect(text).toMatch(/^# Cannot map: ipsecEncryption "GCMAES192"/m);
    expect(values(text, 'proposal')).toEqual(['aes256-sha256', 'aes256gcm']);
  });

  it('writes a GCM custom policy with a PRF, PFS and the lifetimes', () => {
    const { doc, id } = s2sDesign({ policy: GCM_ECP384 });
    const text = exportFortigate(doc, id);
    expect(values(text, 'proposal')).toEqual(['aes256gcm-prfsha384', 'aes256gcm']);
    expect(values(text, 'dhgrp')).toEqual(['20', '20']);
    expect(values(text, 'pfs')).toEqual(['enable']);
    expect(values(text, 'keylife')).toEqual(['28800']);
    expect(values(text, 'keylifeseconds')).toEqual(['3600']);
    expect(text).not.toMatch(/weak/);
  });

  it('writes a CBC policy with integrity and PFS2048 as group 14', () => {
    const { doc, id } = s2sDesign({ policy: CBC_DH14 });
    const text = exportFortigate(doc, id);
    expect(values(text, 'proposal')).toEqual(['aes256-sha256', 'aes256-sha256']);
    expect(values(text, 'dhgrp')).toEqual(['14', '14']);
  });

  it("uses Azure's default proposals without a policy and recommends a custom one because DH group 2 is weak", () => {
    const { doc, id } = s2sDesign({});
    const text = exportFortigate(doc, id);
    expect(values(text, 'proposal')).toEqual(['aes256-sha256', 'aes256gcm']);
    expect(values(text, 'dhgrp')).toEqual(['2']);
    expect(values(text, 'pfs')).toEqual(['disable']);
    expect(text).toMatch(/^# .*DH group is 2.*weak/m);
    expect(text).toMatch(/^# Recommended: give the connection a custom policy/m);
  });

  it('writes a placeholder key unless secrets are included, and never a key the CLI would misread', () => {
    const { doc, id } = s2sDesign({ sharedKey: 'abc123' });
    expect(values(exportFortigate(doc, id), 'psksecret')).toEqual([PSK_PLACEHOLDER]);
    expect(exportFortigate(doc, id)).not.toContain('abc123');
    expect(values(exportFortigate(doc, id, { includeSecrets: true }), 'psksecret')).toEqual(['abc123']);
    const odd = s2sDesign({ sharedKey: 'a "b"\nend' });
    expect(values(exportFortigate(odd.doc, odd.id, { includeSecrets: true }), 'psksecret')).toEqual([PSK_PLACEHOLDER]);
  });

  it('gives an active-active gateway two phase 1 interfaces and routes through both', () => {
    const { doc, id } = s2sDesign({ activeActive: true });
    const text = exportFortigate(doc, id);
    expect(values(text, 'remote-gw')).toEqual([`${AZURE_IP_PLACEHOLDER}_1`, `${AZURE_IP_PLACEHOLDER}_2`]);
    expect(values(text, 'device')).toEqual(['"to-branch-1"', '"to-branch-2"']);
    expect(values(text, 'tcp-mss')).toEqual(['1350', '1350']);
  });

  it('peers BGP with the custom APIPA addresses and adds a host route to each Azure peer', () => {
    const { doc, id } = s2sDesign({ activeActive: true, bgp: { asn: 64600, peerIp: '169.254.21.2', apipa: [['169.254.21.1'], ['169.254.22.1']] } });
    const text = exportFortigate(doc, id);
    expect(values(text, 'as')).toEqual(['64600']);
    expect(values(text, 'remote-as')).toEqual(['65515', '65515']);
    expect(values(text, 'remote-ip')).toEqual(['169.254.21.1 255.255.255.255', '169.254.22.1 255.255.255.255']);
    expect(values(text, 'dst')).toEqual(['169.254.21.1 255.255.255.255', '169.254.22.1 255.255.255.255']);
    expect(values(text, 'prefix')).toEqual(['10.1.0.0 255.255.0.0']);
  });

  it('routes to the Azure prefixes after EgressSNAT when NAT applies', () => {
    const { doc, id } = s2sDesign({ nat: true });
    const text = exportFortigate(doc, id);
    expect(values(text, 'dst')).toEqual(['100.64.0.0 255.255.0.0']);
    expect(text).toMatch(/^# NAT applies/m);
  });

  it('writes one phase 2 per selector pair for policy-based traffic selectors', () => {
    const { doc, id } = s2sDesign({ policyBased: true, vnet: ['10.0.0.0/16', '10.2.0.0/16'], site: ['10.1.0.0/16'] });
    const text = exportFortigate(doc, id);
    expect(values(text, 'src-subnet')).toEqual(['10.1.0.0 255.255.0.0', '10.1.0.0 255.255.0.0']);
    expect(values(text, 'dst-subnet')).toEqual(['10.0.0.0 255.255.0.0', '10.2.0.0 255.255.0.0']);
    expect(text).toMatch(/^ {4}edit "to-branch-p2"$/m);
  });

  it('sets IKE version 1 in main mode for an IKEv1 connection', () => {
    const { doc, id } = s2sDesign({ protocol: 'IKEv1' });
    const text = exportFortigate(doc, id);
    expect(values(text, 'ike-version')).toEqual(['1']);
    expect(values(text, 'mode')).toEqual(['main']);
  });

  it('keeps hostile names out of identifiers (at most 15 characters) and on single comment lines', () => {
    const { doc, id } = s2sDesign({ name: HOSTILE, siteName: HOSTILE });
    const text = exportFortigate(doc, id, { includeSecrets: true });
    for (const line of text.split('\n')) {
      const ok = line === '' || /^# [^\n\r\u2028\u202e]*$/.test(line) || /^ *(config|edit|set|next|end)\b[A-Za-z0-9 ."/:_-]*$/.test(line);
      expect(ok, JSON.stringify(line)).toBe(true);
    }
    for (const name of values(text, 'phase1name')) expect(name!.length).toBeLessThanOrEqual(17);
    expect(values(text, 'phase1name')).toEqual(['"evil_set_x_end"']);
  });
});

describe('exportFortigate edge cases', () => {
  it('still writes a phase 2 when policy-based selectors form no pair, and says why', () => {
    const { doc, id } = s2sDesign({ policyBased: true, site: [] });
    const text = exportFortigate(doc, id);
    expect(values(text, 'phase1name')).toEqual(['"to-branch"']);
    expect(text).toMatch(/^# Policy-based traffic selectors, but no prefix pair/m);
  });

  it('notes a CBC cipher paired with GCM integrity and proposes null integrity', () => {
    const { doc, id } = s2sDesign({ policy: { ...GCM_ECP384, ipsecEncryption: 'AES256' } });
    const text = exportFortigate(doc, id);
    expect(values(text, 'proposal')).toEqual(['aes256gcm-prfsha384', 'aes256-null']);
    expect(text).toMatch(/^# IPsec integrity GCMAES256 only goes with the same GCM encryption/m);
  });
});
