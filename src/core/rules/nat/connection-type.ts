import type { SiteToSiteConnection, TopologyDocument } from '../../model/types';
import type { Finding } from '../types';
import { defineRule } from '../types';

type Direction = 'ingress' | 'egress';
const LIST: Record<Direction, 'ingressNatRuleIds' | 'egressNatRuleIds'> = { ingress: 'ingressNatRuleIds', egress: 'egressNatRuleIds' };
const MODE: Record<Direction, 'IngressSnat' | 'EgressSnat'> = { ingress: 'IngressSnat', egress: 'EgressSnat' };

/** Moves a rule id from one link list of a connection to the other (no duplicate). */
function moveLink(doc: TopologyDocument, connectionId: string, ruleId: string, from: Direction): TopologyDocument {
  const to: Direction = from === 'ingress' ? 'egress' : 'ingress';
  return {
    ...doc,
    connections: doc.connections.map((c) => {
      if (c.id !== connectionId || c.kind !== 's2s') return c;
      const target = c[LIST[to]].includes(ruleId) ? c[LIST[to]] : [...c[LIST[to]], ruleId];
      return { ...c, [LIST[from]]: c[LIST[from]].filter((id) => id !== ruleId), [LIST[to]]: target } as SiteToSiteConnection;
    }),
  };
}

export default defineRule({
  meta: {
    id: 'nat/connection-type',
    severities: ['error'],
    title: 'NAT linked where Azure cannot apply it: a connection with policy-based traffic selectors, a rule of another gateway, or a rule in the wrong direction.',
    source: 'FAQ "Can I use NAT on VNet-to-VNet or P2S connections?"; facts §7, §8 (connections)',
    docs: {
      why: 'NAT rules live on the gateway and take effect only on the IPsec site-to-site connections that link them. Azure does not apply NAT on VNet-to-VNet or point-to-site connections, nor on a connection that uses policy-based traffic selectors. A connection can only link rules of its own gateway, IngressSnat rules in its ingress list and EgressSnat rules in its egress list.',
      example: 'Connection `to-branch` with usePolicyBasedTrafficSelectors on and an IngressSnat rule linked; or an EgressSnat rule listed among its ingress NAT rules.',
      fix: 'Turn off policy-based traffic selectors (and use a route-based device configuration), link only rules of the connection\'s own gateway, and list each rule under the direction its mode names.',
      reading:
        'The document model has NAT links only on site-to-site connections: VNet-to-VNet connections and P2S configurations have no NAT fields, so NAT on them cannot be expressed and is never reported. NAT rules on a gateway whose connections are all VNet-to-VNet or P2S are fine as long as no connection links them. A linked id that matches no rule, or a rule of another gateway, is reported with detail `foreign-rule`; a rule linked against its mode with detail `direction`.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const { index } = ctx;
    for (const c of index.s2s) {
      const linked = c.ingressNatRuleIds.length + c.egressNatRuleIds.length;
      if (linked === 0) continue;
      const gateway = index.gatewayById.get(c.gatewayId);
      if (c.usePolicyBasedTrafficSelectors) {
        const ids = [...c.ingressNatRuleIds, ...c.egressNatRuleIds];
        yield {
          elementIds: [c.id, ...ids.filter((id) => index.natRuleById.has(id))],
          message: `Connection ${c.name} links ${linked} NAT rule${linked === 1 ? '' : 's'} but uses policy-based traffic selectors; Azure does not apply NAT on such connections.`,
          detail: 'policy-based-selectors',
          data: { ruleIds: ids },
          fix: { hint: `Turn off policy-based traffic selectors on connection ${c.name}, or remove its NAT rules.` },
        };
      }
      for (const dir of ['ingress', 'egress'] as const) {
        for (const ruleId of c[LIST[dir]]) {
          const hit = index.natRuleById.get(ruleId);
          if (!hit) {
            yield {
              elementIds: [c.id, c.gatewayId],
              message: `Connection ${c.name} links ${dir} NAT rule "${ruleId}", which does not exist${gateway ? ` on gateway ${gateway.name}` : ''}.`,
              detail: 'foreign-rule',
              data: { ruleId, direction: dir, reason: 'missing' },
              fix: { hint: `Remove "${ruleId}" from the ${dir} NAT rules of connection ${c.name}, or create the rule on its gateway.` },
            };
            continue;
          }
          if (hit.gateway.id !== c.gatewayId) {
            yield {
              elementIds: [c.id, ruleId, hit.gateway.id],
              message: `Connection ${c.name} links ${dir} NAT rule ${hit.rule.name} of gateway ${hit.gateway.name}, but the connection belongs to gateway ${gateway?.name ?? c.gatewayId}; a connection can only use its own gateway's rules.`,
              detail: 'foreign-rule',
              data: { ruleId, direction: dir, reason: 'other-gateway', ruleGatewayId: hit.gateway.id, gatewayId: c.gatewayId },
              fix: { hint: `Create an equivalent rule on gateway ${gateway?.name ?? c.gatewayId} and link that one instead.` },
            };
            continue;
          }
          if (hit.rule.mode !== MODE[dir]) {
            const other: Direction = dir === 'ingress' ? 'egress' : 'ingress';
            yield {
              elementIds: [c.id, ruleId],
              message: `Connection ${c.name} links ${hit.rule.mode} rule ${hit.rule.name} as an ${dir} rule; it belongs among the ${other} rules.`,
              detail: 'direction',
              data: { ruleId, mode: hit.rule.mode, linkedAs: dir },
              fix: {
                hint: `Move rule ${hit.rule.name} to the ${other} NAT rules of connection ${c.name}.`,
                autofix: { label: `Link ${hit.rule.name} as ${other}`, apply: (doc) => moveLink(doc, c.id, ruleId, dir) },
              },
            };
          }
        }
      }
    }
  },
});
