import { toPrefix } from '../../net/prefix';
import { overlappingPairs, type Placed } from '../../net/sweep';
import type { Finding } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'address/subnet-overlap',
    severities: ['error'],
    title: 'Two subnets of one VNet overlap.',
    source: 'rules.md (Addressing); Azure refuses overlapping subnets in a VNet',
    docs: {
      why: 'Every address of a VNet belongs to at most one subnet. Azure refuses a subnet whose range overlaps another subnet of the same VNet.',
      example: 'VNet `hub` with subnets `app` (10.0.1.0/24) and `GatewaySubnet` (10.0.1.0/27).',
      fix: 'Give each subnet its own range; shrink or move one of the two.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const v of ctx.doc.vnets) {
      if (v.subnets.length < 2) continue;
      const placed: Placed<string>[] = [];
      for (const s of v.subnets) {
        const p = toPrefix(s.addressPrefix);
        if (p) placed.push({ prefix: p, item: s.name });
      }
      for (const [a, b] of overlappingPairs(placed)) {
        yield {
          elementIds: [v.id],
          message: `Subnets ${a.item} (${a.prefix.text}) and ${b.item} (${b.prefix.text}) of VNet ${v.name} overlap.`,
          data: { subnetA: a.item, prefixA: a.prefix.text, subnetB: b.item, prefixB: b.prefix.text },
          fix: { hint: `Move or shrink ${b.item} or ${a.item} so that their ranges no longer overlap.` },
        };
      }
    }
  },
});
