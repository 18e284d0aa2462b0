import { IPSEC_FIELDS, type IpsecField } from '../../facts/ipsec';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { v2vPairs } from './tunnels';

const LIFETIMES: readonly IpsecField[] = ['saLifeTimeSeconds', 'saDataSizeKilobytes'];

export default defineRule({
  meta: {
    id: 'connection/policy-mismatch-v2v',
    severities: ['error', 'warning'],
    title: 'The two directions of a VNet-to-VNet link carry different IPsec/IKE policies.',
    source: 'FAQ "Do I need to specify the same policy on both VNet-to-VNet connection resources?"; facts §3',
    docs: {
      why: 'With a custom policy a gateway proposes and accepts only that policy. The two connection resources of a VNet-to-VNet link are the two ends of one tunnel, so when their algorithms differ (or only one of them has a custom policy) the ends never agree and the tunnel stays down.',
      example: 'VNet-to-VNet `hub-to-dr` with GCMAES256 and `dr-to-hub` with AES256, or a policy on one direction only.',
      fix: 'Give both resources the same custom policy, or remove it from both.',
      reading:
        'The FAQ asks for the same policy on both resources, while the requirements include calls the SA lifetimes local settings that need not match the peer (facts §3). Differences in the six algorithm fields, or a policy on one side only, are errors (details `different`, `one-sided`); a difference in the lifetimes alone is a warning (detail `lifetimes`). Pairs are reported once, naming both resources.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { a, b } of v2vPairs(ctx)) {
      if (!b) continue;
      const pa = a.ipsecPolicy;
      const pb = b.ipsecPolicy;
      if (!pa && !pb) continue;
      if (!pa || !pb) {
        const [withPolicy, without] = pa ? [a, b] : [b, a];
        yield {
          elementIds: [a.id, b.id],
          detail: 'one-sided',
          message: `VNet-to-VNet connection ${withPolicy.name} has a custom IPsec/IKE policy but its reverse ${without.name} has none; the tunnel will not come up`,
          data: { withPolicy: withPolicy.id, withoutPolicy: without.id },
          fix: { hint: `Copy the policy of ${withPolicy.name} to ${without.name}, or remove it.` },
        };
        continue;
      }
      const differing = IPSEC_FIELDS.filter((f) => pa[f] !== pb[f]);
      if (differing.length === 0) continue;
      const lifetimesOnly = differing.every((f) => LIFETIMES.includes(f));
      const show = (f: IpsecField) => `${f} ${String(pa[f] ?? 'unset')} vs ${String(pb[f] ?? 'unset')}`;
      yield {
        severity: lifetimesOnly ? 'warning' : 'error',
        elementIds: [a.id, b.id],
        detail: lifetimesOnly ? 'lifetimes' : 'different',
        message: lifetimesOnly
          ? `VNet-to-VNet connections ${a.name} and ${b.name} differ only in SA lifetimes (${differing.map(show).join('; ')}); the docs ask for the same policy on both`
          : `VNet-to-VNet connections ${a.name} and ${b.name} carry different policies (${differing.map(show).join('; ')}); the tunnel will not come up`,
        data: { fields: differing },
        fix: { hint: `Use the same IPsec/IKE policy on ${a.name} and ${b.name}.` },
      };
    }
  },
});
