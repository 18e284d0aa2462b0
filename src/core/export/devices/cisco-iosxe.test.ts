import { describe, expect, it } from 'vitest';
import { DOCUMENTED, REST } from '../../facts/ipsec';
import { CISCO_IOSXE_NAMES, exportCiscoIosXe } from './cisco-iosxe';
import { AZURE_IP_PLACEHOLDER, PSK_PLACEHOLDER } from './device-model';
import { CBC_DH14, GCM_ECP384, HOSTILE, s2sDesign } from './device-fixtures';

const lines = (text: string, re: RegExp) => text.split('\n').filter((l) => re.test(l));

describe('exportCiscoIosXe', () => {
  it('maps every documented and REST policy value to an IOS-XE keyword', () => {
    for (const table of [DOCUMENTED, REST]) {
      for (const [field, list] of Object.entries(table)) {
        for (const v of list) {
          if (v === 'PFSMM') continue; // resolved to the DH group
          expect(Object.keys(CISCO_IOSXE_NAMES[field as keyof typeof DOCUMENTED]), `${field} ${v}`).toContain(v);
        }
      }
    }
    expect(CISCO_IOSXE_NAMES.ikeEncryption.GCMAES256).toBe('aes-gcm-256');
    expect(CISCO_IOSXE_NAMES.ikeEncryption.AES128).toBe('aes-cbc-128');
    expect(CISCO_IOSXE_NAMES.dhGroup).toMatchObject({ DHGroup1: '1', DHGroup2: '2', DHGroup14: '14', DHGroup2048: '14', DHGroup24: '24', ECP256: '19', ECP384: '20' });
    expect(CISCO_IOSXE_NAMES.pfsGroup).toMatchObject({ PFS1: 'group1', PFS2: 'group2', PFS2048: 'group14', PFS24: 'group24', ECP256: 'group19', ECP384: 'group20', None: '' });
    expect(CISCO_IOSXE_NAMES.ipsecEncryption).toMatchObject({ GCMAES192: 'esp-gcm 192', AES192: 'esp-aes 192', DES3: 'esp-3des', None: 'esp-null' });
    expect(CISCO_IOSXE_NAMES.ipsecIntegrity).toMatchObject({ SHA256: 'esp-sha256-hmac', SHA1: 'esp-sha-hmac', MD5: 'esp-md5-hmac', GCMAES256: '' });
  });

  it('writes a GCM custom policy with a PRF, the PFS group and the lifetimes', () => {
    const { doc, id } = s2sDesign({ policy: GCM_ECP384 });
    const text = exportCiscoIosXe(doc, id);
    expect(text).toMatch(/^ encryption aes-gcm-256\n prf sha384\n group 20$/m);
    expect(text).toMatch(/^crypto ipsec transform-set azure-to-branch-ts esp-gcm 256$/m);
    expect(text).toMatch(/^ set pfs group20$/m);
    expect(text).toMatch(/^ set security-association lifetime seconds 3600$/m);
    expect(text).toMatch(/^ lifetime 28800$/m);
    expect(text).not.toMatch(/weak/);
  });

  it('writes a CBC policy with integrity and PFS2048 as group14', () => {
    const { doc, id } = s2sDesign({ policy: CBC_DH14 });
    const text = exportCiscoIosXe(doc, id);
    expect(text).toMatch(/^ encryption aes-cbc-256\n integrity sha256\n group 14$/m);
    expect(text).toMatch(/transform-set \S+ esp-aes 256 esp-sha256-hmac$/m);
    expect(text).toMatch(/^ set pfs group14$/m);
  });

  it("uses Azure's default proposals without a policy and recommends a custom one because DH group 2 is weak", () => {
    const { doc, id } = s2sDesign({});
    const text = exportCiscoIosXe(doc, id);
    expect(text).toMatch(/^ encryption aes-cbc-256\n integrity sha256\n group 2$/m);
    expect(text).toMatch(/^! .*DH group is 2.*weak/m);
    expect(text).toMatch(/^! Recommended: give the connection a custom policy/m);
    expect(text).not.toMatch(/set pfs/);
  });

  it('falls back to the defaults, with a note, for an unmappable value', () => {
    const { doc, id } = s2sDesign({ policy: { ...GCM_ECP384, dhGroup: 'DHGroup99' } });
    const text = exportCiscoIosXe(doc, id);
    expect(text).toMatch(/^! Cannot map: dhGroup "DHGroup99"/m);
    expect(text).toMatch(/^ group 2$/m);
  });

  it('writes a placeholder key unless secrets are included, and never a key the CLI would misread', () => {
    const { doc, id } = s2sDesign({ sharedKey: 'abc123' });
    expect(lines(exportCiscoIosXe(doc, id), /pre-shared-key/)).toEqual([`  pre-shared-key ${PSK_PLACEHOLDER}`]);
    expect(exportCiscoIosXe(doc, id)).not.toContain('abc123');
    expect(lines(exportCiscoIosXe(doc, id, { includeSecrets: true }), /pre-shared-key/)).toEqual(['  pre-shared-key abc123']);
    const odd = s2sDesign({ sharedKey: 'a b?c\n!' });
    const text = exportCiscoIosXe(odd.doc, odd.id, { includeSecrets: true });
    expect(lines(text, /pre-shared-key/)).toEqual([`  pre-shared-key ${PSK_PLACEHOLDER}`]);
    expect(text).toMatch(/cannot take verbatim/);
  });

  it('gives an active-active gateway two tunnels, one per instance placeholder', () => {
    const { doc, id } = s2sDesign({ activeActive: true });
    const text = exportCiscoIosXe(doc, id);
    expect(lines(text, /tunnel destination/)).toEqual([` tunnel destination ${AZURE_IP_PLACEHOLDER}_1`, ` tunnel destination ${AZURE_IP_PLACEHOLDER}_2`]);
    expect(lines(text, /^ip route 10\.0\.0\.0/)).toEqual(['ip route 10.0.0.0 255.255.0.0 Tunnel101', 'ip route 10.0.0.0 255.255.0.0 Tunnel102']);
  });

  it('clamps the MSS to 1350 on every tunnel', () => {
    const { doc, id } = s2sDesign({ activeActive: true });
    expect(lines(exportCiscoIosXe(doc, id), /adjust-mss/)).toEqual([' ip tcp adjust-mss 1350', ' ip tcp adjust-mss 1350']);
  });

  it('peers BGP with the custom APIPA addresses and adds a host route to each Azure peer', () => {
    const { doc, id } = s2sDesign({ activeActive: true, bgp: { asn: 64600, peerIp: '169.254.21.2', apipa: [['169.254.21.1'], ['169.254.22.1']] } });
    const text = exportCiscoIosXe(doc, id);
    expect(text).toMatch(/^router bgp 64600$/m);
    expect(text).toMatch(/^ neighbor 169\.254\.21\.1 remote-as 65515$/m);
    expect(text).toMatch(/^ neighbor 169\.254\.22\.1 remote-as 65515$/m);
    expect(lines(text, /^ip route/)).toEqual(['ip route 169.254.21.1 255.255.255.255 Tunnel101', 'ip route 169.254.22.1 255.255.255.255 Tunnel102']);
    expect(text).toMatch(/^interface Loopback11\n ip address 169\.254\.21\.2 255\.255\.255\.255$/m);
  });

  it('uses a BGP peer placeholder when the gateway has no custom APIPA address', () => {
    const { doc, id } = s2sDesign({ bgp: { asn: 64600, peerIp: '10.1.0.254' } });
    expect(lines(exportCiscoIosXe(doc, id), /^ip route/)).toEqual(['ip route AZURE_BGP_PEER_IP 255.255.255.255 Tunnel100']);
  });

  it('routes to the Azure prefixes after EgressSNAT when NAT applies', () => {
    const { doc, id } = s2sDesign({ nat: true });
    const text = exportCiscoIosXe(doc, id);
    expect(lines(text, /^ip route/)).toEqual(['ip route 100.64.0.0 255.255.0.0 Tunnel100']);
    expect(text).toMatch(/^! NAT applies/m);
  });

  it('lists the policy-based selector pairs and routes every Azure prefix', () => {
    const { doc, id } = s2sDesign({ policyBased: true, vnet: ['10.0.0.0/16', '10.2.0.0/16'], site: ['10.1.0.0/16'] });
    const text = exportCiscoIosXe(doc, id);
    expect(lines(text, /^! {3}\d/)).toEqual(['!   10.1.0.0/16 -> 10.0.0.0/16', '!   10.1.0.0/16 -> 10.2.0.0/16']);
    expect(lines(text, /^ip route/)).toEqual(['ip route 10.0.0.0 255.255.0.0 Tunnel100', 'ip route 10.2.0.0 255.255.0.0 Tunnel100']);
  });

  it('keeps hostile names out of identifiers and on single comment lines', () => {
    const { doc, id } = s2sDesign({ name: HOSTILE, siteName: HOSTILE });
    const text = exportCiscoIosXe(doc, id, { includeSecrets: true });
    for (const line of text.split('\n')) {
      const ok = line === '' || /^! [^\n\r\u2028\u202e]*$/.test(line) || line === '!' || /^ *[A-Za-z0-9][A-Za-z0-9 ._/:-]*$/.test(line) || /^ description [^\n\r\u2028\u202e]*$/.test(line);
      expect(ok, JSON.stringify(line)).toBe(true);
    }
    expect(text).toMatch(/^crypto ikev2 proposal azure-evil_set_x_end_delete-prop$/m);
  });

  it('refuses an id that is not a site-to-site connection', () => {
    const { doc } = s2sDesign({});
    expect(() => exportCiscoIosXe(doc, 'nope')).toThrow(/no site-to-site connection/);
  });
});
