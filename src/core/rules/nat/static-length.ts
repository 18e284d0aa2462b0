import { toPrefix } from '../../net/prefix';
import type { Finding } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'nat/static-length',
    severities: ['error'],
    title: 'A NAT rule without exactly one prefix per side, or a Static rule whose two prefixes differ in length.',
    source: 'FAQ "What do I do if my VNet or local network gateway address space has two or more prefixes?"; facts §7',
    docs: {
      why: 'Each NAT rule translates exactly one internal prefix to one external prefix. Static NAT maps addresses one to one, keeping the host part, so both prefixes must have the same length. A space with several prefixes needs one rule per prefix.',
      example: 'A Static rule mapping 10.0.2.0/24 to 192.168.2.0/25, or one rule listing 10.0.1.0/24 and 10.0.2.0/25 as internal mappings.',
      fix: 'Give each rule one internal and one external prefix; for Static rules use the same length on both sides (10.0.2.0/25 to 192.168.2.0/25). Split a multi-prefix space into one rule per prefix.',
      reading:
        'Detail `length` is a Static rule with different lengths, `multiple-prefixes` a rule (of either type) with more than one prefix on a side, and `empty` a rule with no prefix on a side. Prefixes that do not parse are left to address/invalid-cidr.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      for (const r of g.natRules) {
        const { internalMappings: inside, externalMappings: outside } = r;
        if (inside.length === 0 || outside.length === 0) {
          const side = inside.length === 0 && outside.length === 0 ? 'both' : inside.length === 0 ? 'internal' : 'external';
          yield {
            elementIds: [r.id, g.id],
            message: `NAT rule ${r.name} on gateway ${g.name} has no ${side === 'both' ? 'internal or external' : side} mapping.`,
            detail: 'empty',
            data: { side },
            fix: { hint: `Give rule ${r.name} one internal (pre-NAT) and one external (post-NAT) prefix.` },
          };
          continue;
        }
        if (inside.length > 1 || outside.length > 1) {
          yield {
            elementIds: [r.id, g.id],
            message: `NAT rule ${r.name} on gateway ${g.name} lists ${inside.length} internal and ${outside.length} external prefixes; a rule takes one prefix per side.`,
            detail: 'multiple-prefixes',
            data: { internal: inside, external: outside },
            fix: { hint: `Split rule ${r.name} into one rule per prefix and link each to the connections.` },
          };
          continue;
        }
        if (r.type !== 'Static') continue;
        const a = toPrefix(inside[0]!);
        const b = toPrefix(outside[0]!);
        if (!a || !b || a.version !== b.version || a.length === b.length) continue;
        yield {
          elementIds: [r.id, g.id],
          message: `Static NAT rule ${r.name} on gateway ${g.name} maps ${a.text} to ${b.text}; a static mapping needs the same prefix length on both sides.`,
          detail: 'length',
          data: { internal: a.text, external: b.text, internalLength: a.length, externalLength: b.length },
          fix: { hint: `Use an external prefix of length /${a.length}, or make the rule Dynamic if a smaller pool is intended.` },
        };
      }
    }
  },
});
