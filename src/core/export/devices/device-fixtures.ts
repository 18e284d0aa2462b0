/** Test-only: small S2S designs for the device exports. */
import type { IpsecPolicy, TopologyDocument } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { STRONG_POLICY } from '../../testing/policies';

export const GCM_ECP384: IpsecPolicy = { ...STRONG_POLICY, saLifeTimeSeconds: 3_600 };
export const CBC_DH14: IpsecPolicy = { ...GCM_ECP384, ikeEncryption: 'AES256', ikeIntegrity: 'SHA256', dhGroup: 'DHGroup14', ipsecEncryption: 'AES256', ipsecIntegrity: 'SHA256', pfsGroup: 'PFS2048' };

/** Hostile text for names: quotes, line breaks, `;`, `#`, `!`, braces, bidi override. */
export const HOSTILE = 'evil"; }\n#set x\r\n! end\u2028\'; delete {\u202e';

export function s2sDesign(o: {
  policy?: IpsecPolicy;
  activeActive?: boolean;
  name?: string;
  siteName?: string;
  sharedKey?: string;
  policyBased?: boolean;
  protocol?: 'IKEv1' | 'IKEv2';
  vnet?: string[];
  site?: string[];
  bgp?: { asn: number; peerIp: string; apipa?: string[][] };
  nat?: boolean;
}): { doc: TopologyDocument; id: string } {
  const b = new DesignBuilder('unit');
  const { gatewayId } = b.hub(
    { name: 'hub', addressSpace: o.vnet ?? ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' },
    {
      name: 'hub-gw',
      sku: 'VpnGw2AZ',
      activeActive: o.activeActive ?? false,
      publicIps: o.activeActive ? [{}, {}] : [{}],
      ...(o.bgp
        ? { bgp: { enabled: true, asn: 65515, customApipa: (o.bgp.apipa ?? []).map((addresses, i) => ({ ipConfigurationId: `ipconfig${i + 1}`, addresses })) } }
        : {}),
      ...(o.nat
        ? {
            natRules: [
              { id: 'egress', name: 'egress', mode: 'EgressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.64.0.0/16'] },
              { id: 'ingress', name: 'ingress', mode: 'IngressSnat', internalMappings: ['10.0.0.0/16'], externalMappings: ['100.65.0.0/16'] },
            ],
          }
        : {}),
    },
  );
  const siteId = b.site({
    name: o.siteName ?? 'branch',
    gatewayIpAddress: '192.0.2.1',
    addressPrefixes: o.nat ? ['10.0.0.0/16'] : (o.site ?? ['10.1.0.0/16']),
    ...(o.bgp ? { bgp: { asn: o.bgp.asn, peerIp: o.bgp.peerIp, advertisedPrefixes: ['10.1.0.0/16'] } } : {}),
  });
  const id = b.s2s(gatewayId, siteId, {
    name: o.name ?? 'to-branch',
    sharedKey: o.sharedKey ?? 'secret-key',
    protocol: o.protocol ?? 'IKEv2',
    usePolicyBasedTrafficSelectors: o.policyBased ?? false,
    enableBgp: o.bgp !== undefined,
    ...(o.nat ? { ingressNatRuleIds: ['ingress'], egressNatRuleIds: ['egress'] } : {}),
    ...(o.policy ? { ipsecPolicy: o.policy } : {}),
  });
  return { doc: b.build(), id };
}
