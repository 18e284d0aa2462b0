import { describe, expect, it } from 'vitest';
import { DOCUMENTED } from '../../facts/ipsec';
import type { IpsecPolicy } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { STRONG_POLICY } from '../../testing/policies';
import { AZURE_IP_PLACEHOLDER, PSK_PLACEHOLDER, STRONGSWAN_NAMES, exportStrongswan, sectionName } from './strongswan';

const GCM_ECP384: IpsecPolicy = { ...STRONG_POLICY, saLifeTimeSeconds: 3_600 };

function basic(o: {
  policy?: IpsecPolicy;
  activeActive?: boolean;
  name?: string;
  siteName?: string;
  sharedKey?: string;
  policyBased?: boolean;
  protocol?: 'IKEv1' | 'IKEv2';
  connectionMode?: 'Default' | 'ResponderOnly' | 'InitiatorOnly';
  vnet?: string[];
  site?: string[];
}) {
  const b = new DesignBuilder('unit');
  const { gatewayId } = b.hub(
    { name: 'hub', addressSpace: o.vnet ?? ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    { name: 'hub-gw', activeActive: o.activeActive ?? false, publicIps: o.activeActive ? [{}, {}] : [{}] },
  );
  const siteId = b.site({ name: o.siteName ?? 'branch', gatewayIpAddress: '192.0.2.1', addressPrefixes: o.site ?? ['10.1.0.0/16'] });
  const id = b.s2s(gatewayId, siteId, {
    name: o.name ?? 'to-branch',
    sharedKey: o.sharedKey ?? 'secret-key',
    protocol: o.protocol ?? 'IKEv2',
    usePolicyBasedTrafficSelectors: o.policyBased ?? false,
    connectionMode: o.connectionMode ?? 'Default',
    ...(o.policy ? { ipsecPolicy: o.policy } : {}),
  });
  return { doc: b.build(), id };
}

const values = (text: string, key: string) => [...text.matchAll(new RegExp(`^\\s*${key} = (.*)$`, 'gm'))].map((m) => m[1]);

describe('exportStrongswan', () => {
  it('maps every documented policy value to a strongSwan keyword', () => {
    expect(STRONGSWAN_NAMES.ikeEncryption.GCMAES256).toBe('aes256gcm16');
    expect(STRONGSWAN_NAMES.ikeEncryption.AES256).toBe('aes256');
    expect(STRONGSWAN_NAMES.ikeIntegrity.SHA256).toBe('sha256');
    expect(STRONGSWAN_NAMES.ikeIntegrity.SHA384).toBe('sha384');
    expect(STRONGSWAN_NAMES.dhGroup.DHGroup14).toBe('modp2048');
    expect(STRONGSWAN_NAMES.dhGroup.DHGroup2048).toBe('modp2048');
    expect(STRONGSWAN_NAMES.dhGroup.DHGroup24).toBe('modp2048s256');
    expect(STRONGSWAN_NAMES.dhGroup.ECP256).toBe('ecp256');
    expect(STRONGSWAN_NAMES.dhGroup.ECP384).toBe('ecp384');
    expect(STRONGSWAN_NAMES.dhGroup.DHGroup2).toBe('modp1024');
    expect(STRONGSWAN_NAMES.pfsGroup.PFS2048).toBe('modp2048');
    expect(STRONGSWAN_NAMES.pfsGroup.PFS24).toBe('modp2048s256');
    expect(STRONGSWAN_NAMES.pfsGroup.ECP384).toBe('ecp384');
    expect(STRONGSWAN_NAMES.pfsGroup.None).toBe('');
    expect(STRONGSWAN_NAMES.ipsecEncryption.None).toBe('null');
    // Every value of the current documentation (facts §3) has an entry.
    for (const [field, list] of Object.entries(DOCUMENTED)) {
      for (const v of list) expect(Object.keys(STRONGSWAN_NAMES[field as keyof typeof DOCUMENTED])).toContain(v);
    }
  });

  it('writes a GCM custom policy as an AEAD IKE proposal with a PRF and ESP with the PFS group', () => {
    const { doc, id } = basic({ policy: GCM_ECP384 });
    const text = exportStrongswan(doc, id);
    expect(values(text, 'proposals')).toEqual(['aes256gcm16-prfsha384-ecp384']);
    expect(values(text, 'esp_proposals')).toEqual(['aes256gcm16-ecp384']);
    expect(values(text, 'version')).toEqual(['2']);
    expect(values(text, 'rekey_time')).toEqual(['28800s', '3240s']);
    expect(values(text, 'life_time')).toEqual(['3600s']);
    expect(values(text, 'dpd_delay')).toEqual(['45s']);
    expect(text).not.toMatch(/weak/);
  });

  it('writes a CBC policy with integrity and PFS2048 as modp2048', () => {
    const policy: IpsecPolicy = { ...GCM_ECP384, ikeEncryption: 'AES256', ikeIntegrity: 'SHA256', dhGroup: 'DHGroup14', ipsecEncryption: 'AES256', ipsecIntegrity: 'SHA256', pfsGroup: 'PFS2048' };
    const text = exportStrongswan(basic({ policy }).doc, basic({ policy }).id);
    expect(values(text, 'proposals')).toEqual(['aes256-sha256-modp2048']);
    expect(values(text, 'esp_proposals')).toEqual(['aes256-sha256-modp2048']);
  });

  it("uses Azure's default proposals without a policy and recommends a custom policy because DH group 2 is weak", () => {
    const { doc, id } = basic({});
    const text = exportStrongswan(doc, id);
    expect(values(text, 'proposals')).toEqual(['aes256-sha256-modp1024']);
    expect(values(text, 'esp_proposals')).toEqual(['aes256gcm16,aes256-sha256']);
    expect(text).toMatch(/^# .*DH group is 2.*weak/m);
    expect(text).toMatch(/^# Recommended: give the connection a custom policy/m);
    expect(values(text, 'life_time')).toEqual(['27000s']);
  });

  it('falls back to the defaults, with a note, for a partial policy or an unmappable value', () => {
    const partial = basic({ policy: { ikeEncryption: 'AES256' } });
    expect(exportStrongswan(partial.doc, partial.id)).toMatch(/^# The custom IPsec\/IKE policy is incomplete/m);
    const odd = basic({ policy: { ...GCM_ECP384, dhGroup: 'DHGroup99' } });
    const text = exportStrongswan(odd.doc, odd.id);
    expect(text).toMatch(/^# Cannot map: dhGroup "DHGroup99"/m);
    expect(values(text, 'proposals')).toEqual(['aes256-sha256-modp1024']);
  });

  it('writes a placeholder instead of the pre-shared key unless secrets are included', () => {
    const { doc, id } = basic({ sharedKey: 'abc123' });
    const without = exportStrongswan(doc, id);
    expect(values(without, 'secret')).toEqual([PSK_PLACEHOLDER]);
    expect(without).not.toContain('abc123');
    expect(values(exportStrongswan(doc, id, { includeSecrets: true }), 'secret')).toEqual(['"abc123"']);
  });

  it('writes a key with quotes, backslashes or line breaks as hex', () => {
    const key = 'a"b\\c\nconnections {';
    const { doc, id } = basic({ sharedKey: key });
    const [secret] = values(exportStrongswan(doc, id, { includeSecrets: true }), 'secret');
    expect(secret).toMatch(/^0x[0-9a-f]+$/);
    const hex = secret!.slice(2);
    const bytes = Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
    expect(new TextDecoder().decode(bytes)).toBe(key);
  });

  it('keeps hostile names out of section names and on single comment lines', () => {
    const { doc, id } = basic({ name: 'evil }\nconnections { x {\u202e', siteName: 'site\r\n# secret = 1\u2028x' });
    const text = exportStrongswan(doc, id, { includeSecrets: true });
    for (const line of text.split('\n')) {
      const ok =
        line === '' ||
        /^# [^\n\r\u2028\u202e]*$/.test(line) ||
        /^\s*[A-Za-z0-9_-]+ \{$/.test(line) ||
        /^\s*\}$/.test(line) ||
        /^\s*[a-z_-]+ = \S+$/.test(line) ||
        /^\s*# Exported without secrets/.test(line);
      expect(ok, line).toBe(true);
    }
    expect(text).toMatch(/^ {2}evil_connections_x \{$/m);
    expect(values(text, 'secret')).toEqual(['"secret-key"']);
    expect(sectionName('«»')).toBe('unnamed');
  });

  it('gives an active-active gateway two connections, one per instance placeholder', () => {
    const { doc, id } = basic({ activeActive: true });
    const text = exportStrongswan(doc, id);
    expect(values(text, 'remote_addrs')).toEqual([`${AZURE_IP_PLACEHOLDER}_1`, `${AZURE_IP_PLACEHOLDER}_2`]);
    expect(text).toMatch(/^ {2}to-branch-1 \{$/m);
    expect(text).toMatch(/^ {2}to-branch-2 \{$/m);
    expect(text).toMatch(/^ {6}to-branch-azure-1 \{$/m);
    expect(text).toMatch(/^ {6}to-branch-azure-2 \{$/m);
    expect(values(text, 'id-azure')).toEqual([`${AZURE_IP_PLACEHOLDER}_1`, `${AZURE_IP_PLACEHOLDER}_2`]);
  });

  it('gives an active-standby gateway one connection with the plain placeholder', () => {
    const { doc, id } = basic({});
    const text = exportStrongswan(doc, id);
    expect(values(text, 'remote_addrs')).toEqual([AZURE_IP_PLACEHOLDER]);
    expect(values(text, 'id')).toEqual(['192.0.2.1', AZURE_IP_PLACEHOLDER]);
  });

  it("uses the site's own prefixes locally and Azure's post-EgressSNAT prefixes as remote_ts", () => {
    const b = new DesignBuilder('nat');
    const { gatewayId } = b.hub(
      { name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
      {
        name: 'hub-gw',
        sku: 'VpnGw2AZ',
        natRules: [
          { id: 'egress', name: 'egress', mode: 'EgressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/16'] },
          { id: 'ingress', name: 'ingress', mode: 'IngressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.65.0.0/16'] },
        ],
      },
    );
    const site = b.site({ name: 'branch', gatewayIpAddress: '192.0.2.1', addressPrefixes: ['10.0.0.0/16'] });
    const id = b.s2s(gatewayId, site, { name: 'nat', sharedKey: 'k', ingressNatRuleIds: ['ingress'], egressNatRuleIds: ['egress'] });
    const text = exportStrongswan(b.build(), id);
    expect(values(text, 'local_ts')).toEqual(['10.0.0.0/16']);
    expect(values(text, 'remote_ts')).toEqual(['100.64.0.0/16']);
    expect(text).toMatch(/^# NAT applies: the remote \(Azure\) prefixes below are the ones after the gateway's EgressSNAT rules/m);
  });

  it('writes one child per prefix pair for policy-based traffic selectors', () => {
    const { doc, id } = basic({ policyBased: true, vnet: ['10.0.0.0/16', '10.2.0.0/16'], site: ['10.1.0.0/16', '10.3.0.0/16'] });
    const text = exportStrongswan(doc, id);
    expect(values(text, 'local_ts')).toEqual(['10.1.0.0/16', '10.1.0.0/16', '10.3.0.0/16', '10.3.0.0/16']);
    expect(values(text, 'remote_ts')).toEqual(['10.0.0.0/16', '10.2.0.0/16', '10.0.0.0/16', '10.2.0.0/16']);
    expect(text).toMatch(/^ {6}to-branch-pair-4 \{$/m);
  });

  it('puts all prefixes in one child for IKEv2 route-based, and splits them per pair for IKEv1', () => {
    const many = { vnet: ['10.0.0.0/16', '10.2.0.0/16'], site: ['10.1.0.0/16'] };
    const v2 = basic(many);
    expect(values(exportStrongswan(v2.doc, v2.id), 'remote_ts')).toEqual(['10.0.0.0/16,10.2.0.0/16']);
    const v1 = basic({ ...many, protocol: 'IKEv1' });
    const text = exportStrongswan(v1.doc, v1.id);
    expect(values(text, 'version')).toEqual(['1']);
    expect(values(text, 'remote_ts')).toEqual(['10.0.0.0/16', '10.2.0.0/16']);
    expect(values(text, 'dpd_timeout')).toEqual(['135s']);
  });

  it('clamps the MSS to 1350: on the XFRM interface when route-based, on IPsec policy traffic when policy-based', () => {
    const routeBased = basic({});
    expect(exportStrongswan(routeBased.doc, routeBased.id)).toMatch(/^# {3}iptables -t mangle -A FORWARD -o xfrm-azure -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1350$/m);
    const policyBased = basic({ policyBased: true });
    const text = exportStrongswan(policyBased.doc, policyBased.id);
    expect(text).toMatch(/^# Clamp TCP MSS to 1350/m);
    expect(text).toMatch(/^# {3}iptables -t mangle -A FORWARD -m policy --pol ipsec --dir out .* --set-mss 1350$/m);
  });

  it('lets Azure initiate when the connection is initiator-only', () => {
    const { doc, id } = basic({ connectionMode: 'InitiatorOnly' });
    expect(values(exportStrongswan(doc, id), 'start_action')).toEqual(['none']);
  });

  it('refuses an id that is not a site-to-site connection', () => {
    const { doc } = basic({});
    expect(() => exportStrongswan(doc, 'nope')).toThrow(/no site-to-site connection/);
  });
});
