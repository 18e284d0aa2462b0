import type { OwnerTranslation } from '../../compute/nat-translation';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { describeElement, firstFew } from '../shared';
import { natLinks } from './shared';

export default defineRule({
  meta: {
    id: 'nat/untranslated-prefix',
    severities: ['warning'],
    title: 'A connection that uses NAT in one direction, but a prefix of that side has no rule and stays untranslated.',
    source: 'FAQ "What do I do if my VNet or local network gateway address space has two or more prefixes?" (Important note); facts §7',
    docs: {
      why: 'NAT translates only the prefixes a linked rule covers. When a site or VNet has several prefixes and the connection links rules for only some of them, the others cross the tunnel with their real addresses, and may still clash with the other side.',
      example: 'Site `branch` with 10.0.1.0/24 and 10.0.2.0/25, and the connection links only an IngressSnat rule for 10.0.1.0/24.',
      fix: 'Add one rule per remaining prefix (same prefix length for Static rules) and link it to the connection, or confirm the prefix is meant to stay as it is.',
      reading:
        'Ingress rules are judged against the site\'s address prefixes; egress rules against the gateway VNet and the spokes that use it through gateway transit, since all of them cross the tunnel. A direction with no linked rule is not judged (that is nat/needs-egress\'s concern). A prefix only partly covered by rules is reported with the parts that stay untranslated.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { connection: c, nat } of natLinks(ctx)) {
      const sides: { direction: 'ingress' | 'egress'; owners: readonly OwnerTranslation[] }[] = [];
      if (nat.ingress.length > 0) sides.push({ direction: 'ingress', owners: [nat.onPrem] });
      if (nat.egress.length > 0) sides.push({ direction: 'egress', owners: nat.azure });
      for (const { direction, owners } of sides) {
        for (const owner of owners) {
          const missed = owner.translations.filter((t) => t.coverage !== 'full');
          if (missed.length === 0) continue;
          // A prefix listed several times is one prefix (and one message entry).
          const prefixes = [...new Set(missed.map((t) => t.pre.text))];
          const remainder = [...new Set(missed.flatMap((t) => t.remainder.map((p) => p.text)))];
          const partial = missed.some((t) => t.coverage === 'partial');
          const mode = direction === 'ingress' ? 'IngressSnat' : 'EgressSnat';
          yield {
            elementIds: [c.id, owner.ownerId],
            message: `Connection ${c.name} links ${mode} rules, but ${describeElement(ctx, owner.ownerId)} prefix${prefixes.length === 1 ? '' : 'es'} ${firstFew(prefixes)} ${prefixes.length === 1 ? 'has' : 'have'} no covering rule${partial ? ` (untranslated parts: ${firstFew(remainder)})` : ''} and cross${prefixes.length === 1 ? 'es' : ''} the tunnel untranslated.`,
            detail: direction,
            data: { prefixes, untranslated: remainder, ownerId: owner.ownerId, partial },
            fix: { hint: `Add a ${mode} rule for ${firstFew(prefixes, 3)} and link it to connection ${c.name}, or leave it if that space is meant to stay as it is.` },
          };
        }
      }
    }
  },
});
