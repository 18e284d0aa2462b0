import type { Finding } from '../types';
import { defineRule } from '../types';
import { v2vPairs } from './tunnels';

export default defineRule({
  meta: {
    id: 'connection/psk-mismatch',
    severities: ['error'],
    title: 'The two connection resources of a VNet-to-VNet link carry different pre-shared keys.',
    source: 'facts §6 (pre-shared key); facts §10',
    docs: {
      why: 'A VNet-to-VNet link is two connection resources, one in each direction, and each holds its own copy of the key. IKE authentication succeeds only when both copies are identical, so differing keys keep the tunnel down.',
      example: 'VNet-to-VNet `hub-to-dr` with key A and `dr-to-hub` with key B.',
      fix: 'Set the same key on both connection resources. Neither key is shown in the diagnostic.',
      reading:
        'Where several resources join the same two gateways, each is paired with a reverse resource carrying the same key and policy when there is one, then by document order; a pair is reported once, from the resource with the smaller id. A one-way resource without a reverse is not judged here.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { a, b } of v2vPairs(ctx)) {
      if (!b || a.sharedKey === b.sharedKey) continue;
      yield {
        elementIds: [a.id, b.id],
        message: `VNet-to-VNet connections ${a.name} and ${b.name} have different pre-shared keys; the tunnel cannot authenticate`,
        data: { connectionIds: [a.id, b.id] },
        fix: { hint: `Set the same pre-shared key on ${a.name} and ${b.name}.` },
      };
    }
  },
});
