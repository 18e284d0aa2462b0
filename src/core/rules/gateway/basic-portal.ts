import { isBasicSku } from '../shared';
import type { Finding } from '../types';
import { defineRule } from '../types';

export default defineRule({
  meta: {
    id: 'gateway/basic-portal',
    severities: ['info'],
    title: 'A Basic or policy-based gateway cannot be created in the Azure portal.',
    source: 'FAQ "Can I create a VPN gateway by using the Basic SKU in the portal?"; facts §1.4',
    docs: {
      why: 'The portal does not offer the Basic SKU, and since 1 October 2023 it does not create policy-based gateways either. Both can still be deployed with Azure PowerShell, the Azure CLI or an ARM/Bicep template.',
      example: 'A new gateway `branch-gw` with SKU `Basic`, or with VPN type `PolicyBased`.',
      fix: 'Deploy the gateway with PowerShell, the CLI or the exported template, or choose a route-based VpnGw1AZ or larger if the portal must be used.',
      reading: 'Only gateways the design creates are reported; a gateway marked existing has already been deployed.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      if (g.existing) continue;
      const basic = isBasicSku(g.sku);
      const policyBased = g.vpnType === 'PolicyBased';
      if (!basic && !policyBased) continue;
      const what = basic && policyBased ? 'a policy-based Basic gateway' : basic ? 'a Basic gateway' : 'a policy-based gateway';
      yield {
        elementIds: [g.id],
        message: `Gateway ${g.name} is ${what}: the Azure portal can't create it; use PowerShell, the Azure CLI or a template.`,
        detail: basic ? 'basic' : 'policy-based',
        data: { sku: g.sku, vpnType: g.vpnType },
        fix: { hint: 'Deploy it with PowerShell, the Azure CLI or the exported template.' },
      };
    }
  },
});
