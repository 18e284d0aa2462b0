import { SKUS, skuFacts } from '../../facts/skus';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { switchSkuFix, updateGateway } from './helpers';

const SKU_NAMES = Object.keys(SKUS);
const BY_LOWER = new Map(SKU_NAMES.map((n) => [n.toLowerCase(), n]));

/** A known SKU the name was probably meant to be (case and spacing ignored), if any. */
function closeSku(name: string): string | undefined {
  return BY_LOWER.get(name.replace(/[\s_-]/g, '').toLowerCase());
}

export default defineRule({
  meta: {
    id: 'gateway/sku-generation',
    severities: ['error'],
    title: 'A gateway SKU name Azure does not know, or a SKU and generation that do not exist together.',
    source: 'facts §1.1',
    docs: {
      why: 'Each VPN SKU exists in specific generations only: VpnGw1 and VpnGw1AZ are Generation1 only, VpnGw4/VpnGw5 and their AZ variants Generation2 only, Basic and the legacy SKUs Generation1. Azure refuses other combinations, and it refuses SKU names it does not know.',
      example: 'Gateway `hub-gw` with SKU `VpnGw1AZ` and generation `Generation2`, or with SKU `VpnGw6`.',
      fix: 'Pick the generation the SKU exists in (the autofix does), or a SKU from the list: Basic, VpnGw1–5, VpnGw1AZ–5AZ.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      const facts = skuFacts(g.sku);
      if (!facts) {
        const close = closeSku(g.sku);
        yield {
          elementIds: [g.id],
          message: `Gateway ${g.name} uses SKU "${g.sku}", which is not an Azure VPN gateway SKU${close ? ` (did you mean ${close}?)` : ''}.`,
          detail: 'unknown-sku',
          data: { sku: g.sku, ...(close ? { suggestion: close } : {}) },
          fix: close
            ? { hint: `Use ${close}.`, autofix: switchSkuFix(g, close) }
            : { hint: 'Choose one of Basic, VpnGw1AZ–VpnGw5AZ (or VpnGw1–5 for an existing gateway).' },
        };
        continue;
      }
      if (facts.generations.includes(g.generation)) continue;
      const only = facts.generations[0]!;
      yield {
        elementIds: [g.id],
        message: `Gateway ${g.name}: SKU ${g.sku} does not exist in ${g.generation}; it is ${facts.generations.join(' / ')} only.`,
        detail: 'generation',
        data: { sku: g.sku, generation: g.generation, supported: facts.generations },
        fix: {
          hint: `Set the generation to ${only}, or pick a SKU that exists in ${g.generation}.`,
          autofix: {
            label: `Set the generation to ${only}`,
            apply: (doc) => updateGateway(doc, g.id, (x) => ({ ...x, generation: only })),
          },
        },
      };
    }
  },
});
