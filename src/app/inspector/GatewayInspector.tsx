import type { VpnGateway } from '../../core/model/types';
import { SKUS, type Generation } from '../../core/facts/skus';
import { edit } from './edit';
import { CheckField, SelectField, TextField } from './fields';
import { GatewayBgpSection } from './GatewayBgpSection';
import { vnetsForGateway } from './gateway-parts';
import { MaintenanceWindowFields } from './MaintenanceWindowFields';
import { NatRulesSection } from './NatRulesSection';
import { PublicIpsSection } from './PublicIpsSection';
import { updateGateway } from './update';
import { useDesign } from '../store/hooks';
import { useShallow } from 'zustand/react/shallow';

const GENERATIONS: readonly Generation[] = ['Generation1', 'Generation2'];

/** SKUs that exist in a generation, in table order. */
export const skusFor = (generation: Generation): string[] =>
  Object.values(SKUS)
    .filter((s) => s.generations.includes(generation))
    .map((s) => s.name);

export function GatewayInspector({ gateway }: { gateway: VpnGateway }) {
  const patch = (f: (g: VpnGateway) => VpnGateway) => edit((doc) => updateGateway(doc, gateway.id, f));
  const region = useDesign((s) => s.doc.vnets.find((v) => v.id === gateway.vnetId)?.region ?? '');
  const vnets = useDesign(useShallow((s) => vnetsForGateway(s.doc, gateway)));
  const vnetName = new Map(vnets.map((v) => [v.id, v.name || v.id]));
  return (
    <>
      <TextField label="Name" value={gateway.name} onCommit={(name) => patch((g) => ({ ...g, name }))} />
      {/* Azure allows one VPN gateway per VNet: VNets that have one are not offered. */}
      <SelectField
        label="VNet"
        value={gateway.vnetId}
        options={vnets.map((v) => v.id)}
        optionLabel={(id) => vnetName.get(id) ?? id}
        onChange={(vnetId) => patch((g) => ({ ...g, vnetId }))}
      />
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
      <CheckField label="IPv6 (dual stack)" checked={gateway.ipv6} onChange={(ipv6) => patch((g) => ({ ...g, ipv6 }))} />
      <CheckField label="Already exists in Azure" checked={gateway.existing} onChange={(existing) => patch((g) => ({ ...g, existing }))} />
      <PublicIpsSection gateway={gateway} patch={patch} />
      <GatewayBgpSection gateway={gateway} patch={patch} />
      <NatRulesSection gateway={gateway} patch={patch} />
      <MaintenanceWindowFields
        title="Maintenance window"
        value={gateway.maintenanceWindow}
        region={region}
        onChange={(w) => patch(({ maintenanceWindow: _w, ...g }) => (w ? { ...g, maintenanceWindow: w } : g))}
      />
    </>
  );
}
