import { gatewayCapacity, type GatewayCapacity } from '../../compute/capacity';
import { skuFacts } from '../../facts/skus';
import type { TopologyDocument, VnetToVnetConnection, VpnGateway } from '../../model/types';
import { describeElement } from '../shared';
import type { AutoFix, RuleContext } from '../types';

/** The memo key of a gateway's capacity figures, shared by every rule (and other groups) that needs them. */
export const capacityMemoKey = (gatewayId: string): string => `capacity:${gatewayId}`;

/** The capacity of a gateway, computed once per validation. */
export function memoCapacity(ctx: RuleContext, gatewayId: string): GatewayCapacity | undefined {
  return ctx.memo(capacityMemoKey(gatewayId), () => gatewayCapacity(ctx.index, gatewayId));
}

/** VNet-to-VNet resources by their remote end (the index only has them by local end). */
export function v2vByRemoteGateway(ctx: RuleContext): ReadonlyMap<string, readonly VnetToVnetConnection[]> {
  return ctx.memo('gateway:v2vByRemoteGateway', () => {
    const map = new Map<string, VnetToVnetConnection[]>();
    for (const c of ctx.index.v2v) {
      const list = map.get(c.remoteGatewayId);
      if (list) list.push(c);
      else map.set(c.remoteGatewayId, [c]);
    }
    return map;
  });
}

/** Returns a copy of the document with one gateway changed. */
export function updateGateway(doc: TopologyDocument, gatewayId: string, change: (g: VpnGateway) => VpnGateway): TopologyDocument {
  return { ...doc, gateways: doc.gateways.map((g) => (g.id === gatewayId ? change(g) : g)) };
}

/** The generation to use with a SKU: the current one when the SKU has it, else the SKU's first. */
export function generationFor(sku: string, current: VpnGateway['generation']): VpnGateway['generation'] {
  const f = skuFacts(sku);
  if (!f || f.generations.includes(current)) return current;
  return f.generations[0] ?? current;
}

/** An autofix that moves a gateway to another SKU, adjusting the generation when the new SKU needs it. */
export function switchSkuFix(g: VpnGateway, target: string): AutoFix {
  const generation = generationFor(target, g.generation);
  const label =
    generation === g.generation ? `Change the SKU to ${target}` : `Change the SKU to ${target} (${generation})`;
  return {
    label,
    apply: (doc) => updateGateway(doc, g.id, (x) => ({ ...x, sku: target, generation: generationFor(target, x.generation) })),
  };
}

/** Names of a few elements for a message: "connection a, connection b and 3 more". */
export function listElements(ctx: RuleContext, ids: readonly string[], max = 3): string {
  const names = ids.slice(0, max).map((id) => describeElement(ctx, id));
  const rest = ids.length - names.length;
  if (rest > 0) return `${names.join(', ')} and ${rest} more`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
