import { WEAK_VALUES, type IpsecAlgorithmField } from '../../facts/ipsec';
import { isBasicSku } from '../shared';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { samePolicy, tunnelUnits, unitName } from './tunnels';

const WEAK_FIELDS = Object.keys(WEAK_VALUES) as IpsecAlgorithmField[];

/** Two strong policies to suggest: an all-GCM one, and a widely supported CBC/SHA one. */
export const SUGGESTED_POLICIES = [
  'IKE GCMAES256/SHA384, DH ECP384, IPsec GCMAES256/GCMAES256, PFS ECP384',
  'IKE AES256/SHA256, DH DHGroup14, IPsec AES256/SHA256, PFS PFS2048',
] as const;

export default defineRule({
  meta: {
    id: 'connection/policy-weak',
    severities: ['warning'],
    title: 'A tunnel that uses or offers weak cryptography: DES, 3DES, MD5, DH group 1/2, PFS1/2 (Azure defaults included).',
    source: 'facts §2 (default IPsec/IKE proposals), §3',
    docs: {
      why: 'DES and 3DES are broken or obsolete ciphers, MD5 is a broken hash, and DH groups 1 and 2 (768/1024-bit MODP) are too small for today. Without a custom policy a gateway uses its default proposal lists, which run IKE with DH group 2 and still offer 3DES and SHA1, so the tunnel may settle on weak values.',
      example: 'A connection with no custom policy, or a policy with DH group `DHGroup2` and IPsec encryption `DES3`.',
      fix: `Set a custom policy with strong values on both ends, for example ${SUGGESTED_POLICIES[0]}; or ${SUGGESTED_POLICIES[1]}. Basic and policy-based gateways cannot take a custom policy: that needs a route-based VpnGw SKU.`,
      reading:
        'A connection without a custom policy is reported too (detail `default-policy`), since the catalog counts Azure\'s own default DH group 2 as weak. One finding per connection lists every weak value (detail `custom-policy`); a VNet-to-VNet pair with the same policy on both sides is reported once, naming both resources.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { conn, ids } of tunnelUnits(ctx, samePolicy)) {
      const who = () => unitName(ctx, ids); // built only when a finding needs it
      const gateway = ctx.index.gatewayById.get(conn.gatewayId);
      const noCustomPolicy = gateway !== undefined && (isBasicSku(gateway.sku) || gateway.vpnType === 'PolicyBased');
      const policy = conn.ipsecPolicy;
      if (!policy) {
        yield {
          elementIds: ids,
          detail: 'default-policy',
          message: `${who()} uses Azure's default IPsec/IKE proposals, which use DH group 2 (1024-bit) and offer 3DES and SHA1`,
          data: { weak: ['dhGroup=DHGroup2', 'ikeEncryption=DES3', 'ipsecEncryption=DES3'], customPolicySupported: !noCustomPolicy },
          fix: {
            hint: noCustomPolicy
              ? `Gateway ${gateway.name} (${gateway.sku}, ${gateway.vpnType}) cannot take a custom policy; a route-based VpnGw AZ SKU can, e.g. ${SUGGESTED_POLICIES[0]}.`
              : `Set a custom policy on both ends, e.g. ${SUGGESTED_POLICIES[0]}; or ${SUGGESTED_POLICIES[1]}.`,
          },
        };
        continue;
      }
      const weak: string[] = [];
      for (const field of WEAK_FIELDS) {
        const value = policy[field];
        if (value !== undefined && WEAK_VALUES[field]!.includes(value)) weak.push(`${field}=${value}`);
      }
      if (weak.length === 0) continue;
      yield {
        elementIds: ids,
        detail: 'custom-policy',
        message: `${who()} has a custom policy with weak values: ${weak.join(', ')}`,
        data: { weak },
        fix: { hint: `Replace the weak values on both ends, e.g. ${SUGGESTED_POLICIES[0]}; or ${SUGGESTED_POLICIES[1]}.` },
      };
    }
  },
});
