import type { VpnGateway } from '../../core/model/types';
import { SKUS, type Generation } from '../../core/facts/skus';
import { edit } from './edit';
import { CheckField, IntegerField, SelectField, TextField } from './fields';
import { parseAsn, updateGateway } from './update';

const GENERATIONS: readonly Generation[] = ['Generation1', 'Generation2'];

/** SKUs that exist in a generation, in table order. */
export const skusFor = (generation: Generation): string[] =>
  Object.values(SKUS)
    .filter((s) => s.generations.includes(generation))
    .map((s) => s.name);

export function GatewayInspector({ gateway }: { gateway: VpnGateway }) {
  const patch = (f: (g: VpnGateway) => VpnGateway) => edit((doc) => updateGateway(doc, gateway.id, f));
  return (
    <>
      <TextField label="Name" value={gateway.name} onCommit={(name) => patch((g) => ({ ...g, name }))} />
      <SelectField
        label="Generation"
        value={gateway.generation}
        options={GENERATIONS}
        onChange={(generation) =>
          patch((g) => {
            const skus = skusFor(generation);
            // A SKU that does not exist in the new generation becomes the first one that does.
            return { ...g, generation, sku: skus.includes(g.sku) ? g.sku : (skus[0] ?? g.sku) };
          })
        }
      />
      <SelectField label="SKU" value={gateway.sku} options={skusFor(gateway.generation)} onChange={(sku) => patch((g) => ({ ...g, sku }))} />
      <SelectField label="VPN type" value={gateway.vpnType} options={['RouteBased', 'PolicyBased'] as const} onChange={(vpnType) => patch((g) => ({ ...g, vpnType }))} />
      <CheckField label="Active-active" checked={gateway.activeActive} onChange={(activeActive) => patch((g) => ({ ...g, activeActive }))} />
      <CheckField label="BGP enabled" checked={gateway.bgp.enabled} onChange={(enabled) => patch((g) => ({ ...g, bgp: { ...g.bgp, enabled } }))} />
      {gateway.bgp.enabled ? (
        <IntegerField label="BGP ASN" value={gateway.bgp.asn} min={0} max={4_294_967_295} parse={parseAsn} onCommit={(asn) => patch((g) => ({ ...g, bgp: { ...g.bgp, asn } }))} />
      ) : null}
    </>
  );
}
