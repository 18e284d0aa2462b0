import { azEquivalent, skuFacts } from '../../facts/skus';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { switchSkuFix } from './helpers';

/** No new non-AZ VpnGw1–5 gateways since this date (facts §1.6). */
export const NON_AZ_CREATION_END = new Date('2025-01-01T00:00:00Z');
/** Target deprecation of the non-AZ VpnGw1–5 SKUs (facts §1.6, gateway-sku-consolidation). */
export const NON_AZ_DEPRECATION = new Date('2026-09-16T00:00:00Z');

export default defineRule({
  meta: {
    id: 'gateway/sku-retired',
    severities: ['error', 'warning'],
    title: 'A gateway SKU that is retired or can no longer be used for a new gateway.',
    source: 'FAQ "Deprecation of older SKUs"; facts §1.6',
    docs: {
      why: 'Standard and HighPerformance gateways can no longer be created and the remaining ones are moved to VpnGw1AZ and VpnGw2AZ by Azure. The non-AZ VpnGw1–5 SKUs have been closed to new gateways since 1 January 2025, and existing ones are being moved to the matching AZ SKU (April 2025 to October 2026, target deprecation 16 September 2026).',
      example: 'A new gateway `hub-gw` with SKU `VpnGw2`, or any gateway with SKU `Standard`.',
      fix: 'Use the AZ equivalent: Standard → VpnGw1AZ, HighPerformance → VpnGw2AZ, VpnGwN → VpnGwNAZ. The autofix switches the SKU and, where the AZ SKU exists in one generation only (VpnGw1AZ: Gen1; VpnGw4AZ/5AZ: Gen2), the generation too.',
      reading:
        'Legacy SKUs are an error for every gateway, new or existing (they are retired). A non-AZ VpnGw1–5 is an error for a gateway the design creates (compared with today\'s date against 2025-01-01) and a warning for a gateway marked existing, which Azure migrates to the AZ SKU.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      const facts = skuFacts(g.sku);
      if (!facts) continue; // gateway/sku-generation reports unknown names
      const target = azEquivalent(g.sku);
      if (facts.legacy) {
        yield {
          elementIds: [g.id],
          message: `Gateway ${g.name} uses the retired ${g.sku} SKU; it can't be created any more${g.existing ? ' and Azure migrates existing ones' : ''}. Use ${target ?? 'an AZ SKU'}.`,
          detail: 'legacy',
          data: { sku: g.sku, ...(target ? { suggestion: target } : {}), existing: g.existing },
          fix: {
            hint: `Change the SKU to ${target ?? 'an AZ SKU'}. Legacy SKUs can't be resized to VpnGw SKUs in place: the gateway is re-created (or migrated by Azure).`,
            ...(target ? { autofix: switchSkuFix(g, target) } : {}),
          },
        };
        continue;
      }
      if (!facts.nonAzRetired || !target) continue;
      if (!g.existing) {
        if (ctx.today < NON_AZ_CREATION_END) continue;
        yield {
          elementIds: [g.id],
          message: `Gateway ${g.name} is new but uses the non-AZ SKU ${g.sku}, which can't be used for new gateways since 2025-01-01. Use ${target}.`,
          detail: 'non-az-new',
          data: { sku: g.sku, suggestion: target, existing: false },
          fix: { hint: `Change the SKU to ${target}.`, autofix: switchSkuFix(g, target) },
        };
      } else {
        const past = ctx.today >= NON_AZ_DEPRECATION;
        yield {
          severity: 'warning',
          elementIds: [g.id],
          message: `Existing gateway ${g.name} uses the non-AZ SKU ${g.sku}; Azure is migrating it to ${target} (target deprecation 2026-09-16${past ? ', already passed' : ''}).`,
          detail: 'non-az-existing',
          data: { sku: g.sku, suggestion: target, existing: true, pastDeprecation: past },
          fix: { hint: `Plan for ${target} (or migrate to it yourself).`, autofix: switchSkuFix(g, target) },
        };
      }
    }
  },
});
