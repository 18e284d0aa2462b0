import { IPSEC_FIELDS, SA_LIFETIME, type IpsecField } from '../../facts/ipsec';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { samePolicy, tunnelUnits, unitName, updateConnections } from './tunnels';

const LIFETIMES: readonly IpsecField[] = ['saLifeTimeSeconds', 'saDataSizeKilobytes'];

export default defineRule({
  meta: {
    id: 'connection/policy-incomplete',
    severities: ['error'],
    title: 'A custom IPsec/IKE policy that leaves any of its eight fields unset.',
    source: 'FAQ "Can I specify a partial policy on a connection…"; facts §3, §8 (Microsoft.Network/connections)',
    docs: {
      why: 'A custom policy replaces the default proposals for both IKE phases, so Azure needs every value: IKE encryption, IKE integrity, DH group, IPsec encryption, IPsec integrity, PFS group and the two SA lifetimes. A policy with gaps is refused.',
      example: 'Connection `branch-1` whose policy sets IKE AES256/SHA256/DHGroup14 but no IPsec values.',
      fix: 'Fill in every field, or remove the policy to fall back to the default proposals. When only the lifetimes are missing, the autofix sets the defaults 27,000 s and 102,400,000 KB.',
      reading:
        'The docs call the two SA lifetimes optional with defaults, while the REST schema requires all eight fields (facts §3, §11 item 5). This rule follows the catalog ("all eight") and treats the lifetimes as required; because their defaults are documented, an autofix fills them in (27,000 s / 102,400,000 KB) when they are the only fields missing.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { conn, ids } of tunnelUnits(ctx, samePolicy)) {
      const policy = conn.ipsecPolicy;
      if (!policy) continue;
      const missing = IPSEC_FIELDS.filter((f) => policy[f] === undefined);
      if (missing.length === 0) continue;
      const onlyLifetimes = missing.every((f) => LIFETIMES.includes(f));
      yield {
        elementIds: ids,
        detail: onlyLifetimes ? 'lifetimes' : 'algorithms',
        message: `${unitName(ctx, ids)} has a custom IPsec/IKE policy without ${missing.join(', ')}; Azure needs all eight fields`,
        data: { missing },
        fix: onlyLifetimes
          ? {
              hint: `Set the SA lifetimes (defaults: ${SA_LIFETIME.defaultSeconds} s and ${SA_LIFETIME.defaultKilobytes} KB).`,
              autofix: {
                label: `Use the default SA lifetimes (${SA_LIFETIME.defaultSeconds} s, ${SA_LIFETIME.defaultKilobytes} KB)`,
                apply: (doc) =>
                  updateConnections(doc, ids, (c) => ({
                    ...c,
                    ipsecPolicy: {
                      ...c.ipsecPolicy,
                      saLifeTimeSeconds: c.ipsecPolicy?.saLifeTimeSeconds ?? SA_LIFETIME.defaultSeconds,
                      saDataSizeKilobytes: c.ipsecPolicy?.saDataSizeKilobytes ?? SA_LIFETIME.defaultKilobytes,
                    },
                  })),
              },
            }
          : { hint: 'Set every missing field (and match them on the device), or remove the custom policy to use the default proposals.' },
      };
    }
  },
});
