import { expandPolicySelectors, type PolicySelectorExpansion } from '../../compute/policy-selectors';
import { GATEWAY_LIMITS } from '../../facts/skus';
import type { SiteToSiteConnection } from '../../model/types';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';

const PAIRS_IN_MESSAGE = 10;

/** The expanded selectors of a connection, computed once per validation (the UI and other rules may ask too). */
export function policySelectors(ctx: RuleContext, c: SiteToSiteConnection): PolicySelectorExpansion {
  return ctx.memo(`policy-selectors/${c.id}`, () => expandPolicySelectors(ctx.index, c));
}

export default defineRule({
  meta: {
    id: 'connection/policy-based-selectors',
    severities: ['info', 'error'],
    title: 'With policy-based traffic selectors, the on-prem × VNet prefix pairs the device must define; error above 100 selector policies.',
    source: 'FAQ "UsePolicyBasedTrafficSelectors" (IPsec/IKE policy section); facts §1.3, §1.5, §8',
    docs: {
      why: 'UsePolicyBasedTrafficSelectors lets a route-based gateway talk to a policy-based on-premises firewall. The firewall must then list every combination of its own prefixes with the VNet\'s prefixes as separate selectors instead of any-to-any, and networks behind it reach only that VNet (no transit). A connection carries at most 100 traffic-selector policies.',
      example: 'Site prefixes 10.1.0.0/16 and 10.2.0.0/16 with VNet 192.168.0.0/16 and 172.16.0.0/16: four pairs to configure on the device.',
      fix: 'Configure every listed pair on the device. Above 100 selector policies, summarize prefixes (fewer, larger ranges) or use a route-based (any-to-any) device configuration.',
      reading:
        'Pairs are every site prefix × every address-space prefix of the gateway\'s own VNet (same IP family only); with custom trafficSelectorPolicies, each policy\'s remote × local ranges instead. The 100-policy limit counts the custom policies when given, otherwise one policy per pair. An older article says policy-based selectors need a full custom IPsec policy, the newer how-to says the default policy works (facts §1.5, §11 item 11): the newer reading is taken and no policy is required. Custom selectors set while the option is off have no effect and are noted (detail `selectors-ignored`).',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const c of ctx.index.s2s) {
      if (!c.usePolicyBasedTrafficSelectors) {
        if (c.trafficSelectorPolicies.length > 0) {
          yield {
            elementIds: [c.id],
            detail: 'selectors-ignored',
            message: `Connection ${c.name} has ${c.trafficSelectorPolicies.length} custom traffic-selector polic${c.trafficSelectorPolicies.length === 1 ? 'y' : 'ies'}, which take effect only with UsePolicyBasedTrafficSelectors on`,
            data: { policyCount: c.trafficSelectorPolicies.length },
            fix: { hint: 'Turn on UsePolicyBasedTrafficSelectors for the connection, or remove the custom selectors.' },
          };
        }
        continue;
      }
      const x = policySelectors(ctx, c);
      if (x.pairCount === 0 && x.policyCount <= GATEWAY_LIMITS.trafficSelectorPolicies) continue;
      const texts = x.pairs.map((p) => `${p.onPrem} <=> ${p.azure}`);
      const shown = texts.slice(0, PAIRS_IN_MESSAGE).join(', ');
      const more = x.pairCount > PAIRS_IN_MESSAGE ? ` and ${x.pairCount - Math.min(PAIRS_IN_MESSAGE, texts.length)} more` : '';
      const data = { source: x.source, pairCount: x.pairCount, policyCount: x.policyCount, truncated: x.truncated, pairs: texts };
      const site = ctx.index.siteById.get(c.siteId);
      const ids = site ? [c.id, site.id] : [c.id];
      if (x.policyCount > GATEWAY_LIMITS.trafficSelectorPolicies) {
        yield {
          severity: 'error',
          elementIds: ids,
          detail: 'too-many',
          message: `Connection ${c.name} needs ${x.policyCount} traffic-selector policies${x.source === 'custom' ? ' (custom)' : ` (${x.pairCount} prefix pairs)`}; at most ${GATEWAY_LIMITS.trafficSelectorPolicies} are supported`,
          data: { ...data, max: GATEWAY_LIMITS.trafficSelectorPolicies },
          fix: { hint: 'Summarize the site and VNet prefixes into fewer, larger ranges, or configure the device route-based (any-to-any) and turn the option off.' },
        };
        continue;
      }
      yield {
        severity: 'info',
        elementIds: ids,
        detail: 'pairs',
        message: `Connection ${c.name} uses policy-based traffic selectors: the device must define ${x.pairCount} pair${x.pairCount === 1 ? '' : 's'}: ${shown}${more}`,
        data,
        fix: { hint: 'Define each pair as its own traffic selector on the on-premises device (not any-to-any).' },
      };
    }
  },
});
