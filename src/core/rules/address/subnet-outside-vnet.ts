import { PrefixCover } from '../../compute/overlaps';
import { toPrefix, toPrefixes } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'address/subnet-outside-vnet',
    severities: ['error'],
    title: "A subnet that is not inside its VNet's address space.",
    source: "rules.md (Addressing); Azure requires every subnet to lie within one of its VNet's address prefixes",
    docs: {
      why: "Azure creates a subnet only inside its virtual network's address space. A subnet outside it (or only partly inside) is refused when the VNet is deployed.",
      example: 'VNet `hub` with address space 10.0.0.0/16 and subnet `app` at 10.1.0.0/24.',
      fix: "Move the subnet into the VNet's address space, or add a prefix covering it to the address space.",
      reading: 'A subnet only partly inside the address space (a subnet larger than the prefix it starts in) is reported with detail partly-outside; a subnet sharing no address with the space with detail outside. Unreadable prefixes are skipped (address/invalid-cidr reports them).',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const v of ctx.doc.vnets) {
      if (v.subnets.length === 0) continue;
      const space = toPrefixes(v.addressSpace);
      const cover = new PrefixCover(space);
      const spaceText = space.length > 0 ? firstFew(space.map((p) => p.text)) : 'empty';
      for (const s of v.subnets) {
        const p = toPrefix(s.addressPrefix);
        if (!p || cover.containing(p)) continue;
        const partly = cover.overlapping(p) !== undefined;
        yield {
          elementIds: [v.id],
          message: `Subnet ${s.name} (${p.text}) of VNet ${v.name} is ${partly ? 'only partly inside' : 'outside'} the VNet's address space (${spaceText}).`,
          detail: partly ? 'partly-outside' : 'outside',
          data: { subnet: s.name, prefix: p.text, addressSpace: space.map((x) => x.text) },
          fix: { hint: `Move subnet ${s.name} into the address space of ${v.name}, or add a prefix that covers ${p.text} to the address space.` },
        };
      }
    }
  },
});
