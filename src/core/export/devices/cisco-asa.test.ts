import { describe, expect, it } from 'vitest';
import { DOCUMENTED, REST } from '../../facts/ipsec';
import { CISCO_ASA_NAMES, exportCiscoAsa } from './cisco-asa';
import { AZURE_IP_PLACEHOLDER, PSK_PLACEHOLDER } from './device-model';
import { CBC_DH14, GCM_ECP384, HOSTILE, s2sDesign } from './device-fixtures';

const lines = (text: string, re: RegExp) => text.split('\n').filter((l) => re.test(l));

describe('exportCiscoAsa', () => {
  it('maps every documented and REST policy value to an ASA keyword', () => {
    for (const table of [DOCUMENTED, REST]) {
      for (const [field, list] of Object.entries(table)) {
        for (const v of list) {
          if (v === 'PFSMM') continue;
          expect(Object.keys(CISCO_ASA_NAMES[field as keyof typeof DOCUMENTED]), `${field} ${v}`).toContain(v);
        }
      }
    }
    expect(CISCO_ASA_NAMES.ikeEncryption).toMatchObject({ GCMAES256: 'aes-gcm-256', GCMAES128: 'aes-gcm', AES256: 'aes-256', AES128: 'aes' });
    expect(CISCO_ASA_NAMES.dhGroup).toMatchObject({ DHGroup1: '1', DHGroup2: '2', DHGroup14: '14', DHGroup2048: '14', DHGroup24: '24', ECP256: '19', ECP384: '20' });
    expect(CISCO_ASA_NAMES.pfsGroup).toMatchObject({ PFS1: 'group1', PFS2: 'group2', PFS2048: 'group14', PFS24: 'group24', ECP256: 'group19', ECP384: 'group20', None: '' });
    expect(CISCO_ASA_NAMES.ipsecIntegrity).toMatchObject({ SHA256: 'sha-256', SHA1: 'sha-1', MD5: 'md5', GCMAES256: 'null' });
  });

  it('writes a GCM custom policy with null integrity, a PRF, the PFS group and the lifetimes', () => {
    const { doc, id } = s2sDesign({ policy: GCM_ECP384 });
    const text = exportCiscoAsa(doc, id);
    expect(text).toMatch(/^ encryption aes-gcm-256\n integrity null\n group 20\n prf sha384\n lifetime seconds 28800$/m);
    expect(text).toMatch(/^ protocol esp encryption aes-gcm-256\n protocol esp integrity null$/m);
    expect(text).toMatch(/^ set pfs group20$/m);
    expect(text).toMatch(/^ set security-association lifetime seconds 3600$/m);
    expect(text).not.toMatch(/weak/);
  });

  it('writes a CBC policy with integrity and PFS2048 as group14', () => {
    const { doc, id } = s2sDesign({ policy: CBC_DH14 });
    const text = exportCiscoAsa(doc, id);
    expect(text).toMatch(/^ encryption aes-256\n integrity sha256\n group 14$/m);
    expect(text).toMatch(/^ protocol esp integrity sha-256$/m);
    expect(text).toMatch(/^ set pfs group14$/m);
  });

  it("uses Azure's default proposals without a policy and recommends a custom one because DH group 2 is weak", () => {
    const { doc, id } = s2sDesign({});
    const text = exportCiscoAsa(doc, id);
    expect(text).toMatch(/^ encryption aes-256\n integrity sha256\n group 2$/m);
    expect(text).toMatch(/^! .*DH group is 2.*weak/m);
    expect(text).toMatch(/^! Recommended: give the connection a custom policy/m);
    expect(text).not.toMatch(/set pfs/);
  });

  it('writes a placeholder key unless secrets are included, and never a key the CLI would misread', () => {
    const { doc, id } = s2sDesign({ sharedKey: 'abc123' });
    expect(lines(exportCiscoAsa(doc, id), /pre-shared-key/)).toEqual([` ikev2 remote-authentication pre-shared-key ${PSK_PLACEHOLDER}`, ` ikev2 local-authentication pre-shared-key ${PSK_PLACEHOLDER}`]);
    expect(exportCiscoAsa(doc, id)).not.toContain('abc123');
    expect(lines(exportCiscoAsa(doc, id, { includeSecrets: true }), /pre-shared-key abc123$/)).toHaveLength(2);
    const odd = s2sDesign({ sharedKey: 'a b\n!x' });
    expect(lines(exportCiscoAsa(odd.doc, odd.id, { includeSecrets: true }), /pre-shared-key/).every((l) => l.endsWith(PSK_PLACEHOLDER))).toBe(true);
  });

  it('gives an active-active gateway two VTIs, tunnel groups and routes, and clamps the MSS to 1350', () => {
    const { doc, id } = s2sDesign({ activeActive: true });
    const text = exportCiscoAsa(doc, id);
    expect(lines(text, /tunnel destination/)).toEqual([` tunnel destination ${AZURE_IP_PLACEHOLDER}_1`, ` tunnel destination ${AZURE_IP_PLACEHOLDER}_2`]);
    expect(lines(text, /^tunnel-group \S+ type/)).toHaveLength(2);
    expect(lines(text, /^route /)).toEqual(['route azure-vti-1 10.0.0.0 255.255.0.0 169.254.0.2', 'route azure-vti-2 10.0.0.0 255.255.0.0 169.254.0.6']);
    expect(lines(text, /tcpmss/)).toEqual(['sysopt connection tcpmss 1350']);
  });

  it('peers BGP with the custom APIPA addresses and adds a host route to each Azure peer', () => {
    const { doc, id } = s2sDesign({ activeActive: true, bgp: { asn: 64600, peerIp: '169.254.21.2', apipa: [['169.254.21.1'], ['169.254.22.1']] } });
    const text = exportCiscoAsa(doc, id);
    expect(text).toMatch(/^router bgp 64600$/m);
    expect(lines(text, /remote-as/)).toEqual(['  neighbor 169.254.21.1 remote-as 65515', '  neighbor 169.254.22.1 remote-as 65515']);
    expect(lines(text, /^route /)).toEqual(['route azure-vti-1 169.254.21.1 255.255.255.255 169.254.21.1', 'route azure-vti-2 169.254.22.1 255.255.255.255 169.254.0.6']);
    expect(text).toMatch(/^ ip address 169\.254\.21\.2 255\.255\.255\.252$/m);
  });

  it('routes to the Azure prefixes after EgressSNAT when NAT applies', () => {
    const { doc, id } = s2sDesign({ nat: true });
    const text = exportCiscoAsa(doc, id);
    expect(lines(text, /^route /)).toEqual(['route azure-vti 100.64.0.0 255.255.0.0 169.254.0.2']);
    expect(text).toMatch(/^! NAT applies/m);
  });

  it('writes a crypto map with one ACL entry per prefix pair for policy-based traffic selectors', () => {
    const { doc, id } = s2sDesign({ policyBased: true, vnet: ['10.0.0.0/16', '10.2.0.0/16'], site: ['10.1.0.0/16'] });
    const text = exportCiscoAsa(doc, id);
    expect(lines(text, /^access-list/)).toEqual([
      'access-list azure-to-branch-acl extended permit ip 10.1.0.0 255.255.0.0 10.0.0.0 255.255.0.0',
      'access-list azure-to-branch-acl extended permit ip 10.1.0.0 255.255.0.0 10.2.0.0 255.255.0.0',
    ]);
    expect(text).toMatch(/^crypto map azure-map 10 set peer AZURE_GATEWAY_PUBLIC_IP$/m);
    expect(text).toMatch(/^crypto map azure-map interface outside$/m);
    expect(text).not.toMatch(/^interface Tunnel/m);
  });

  it('keeps hostile names out of identifiers and on single comment lines', () => {
    const { doc, id } = s2sDesign({ name: HOSTILE, siteName: HOSTILE });
    const text = exportCiscoAsa(doc, id, { includeSecrets: true });
    for (const line of text.split('\n')) {
      const ok = line === '' || /^! [^\n\r\u2028\u202e]*$/.test(line) || line === '!' || /^ *[A-Za-z0-9][A-Za-z0-9 ._/:-]*$/.test(line);
      expect(ok, JSON.stringify(line)).toBe(true);
    }
    expect(text).toMatch(/^crypto ipsec ikev2 ipsec-proposal azure-evil_set_x_end_delete$/m);
  });

  it('refuses an id that is not a site-to-site connection', () => {
    const { doc } = s2sDesign({});
    expect(() => exportCiscoAsa(doc, 'nope')).toThrow(/no site-to-site connection/);
  });
});
