import type { MaintenanceWindow, TopologyDocument } from '../../model/types';
import { isBasicSku } from '../shared';
import type { AutoFix, Finding } from '../types';
import { defineRule } from '../types';
import { sameRegion } from './shared';

const MIN_HOURS = 5;

/** Where a window lives: on a VPN gateway, or (for the coexisting ExpressRoute gateway) on the VNet. */
type Owner = { readonly kind: 'gateway'; readonly id: string } | { readonly kind: 'expressroute'; readonly id: string };

/** A change to one window, applied without touching the input document. */
function patch(owner: Owner, label: string, change: Partial<MaintenanceWindow>): AutoFix {
  return {
    label,
    apply: (doc: TopologyDocument): TopologyDocument =>
      owner.kind === 'gateway'
        ? {
            ...doc,
            gateways: doc.gateways.map((g) =>
              g.id === owner.id && g.maintenanceWindow ? { ...g, maintenanceWindow: { ...g.maintenanceWindow, ...change } } : g,
            ),
          }
        : {
            ...doc,
            vnets: doc.vnets.map((v) =>
              v.id === owner.id && v.expressRouteMaintenanceWindow
                ? { ...v, expressRouteMaintenanceWindow: { ...v.expressRouteMaintenanceWindow, ...change } }
                : v,
            ),
          },
  };
}

/** The duration, recurrence and region checks shared by VPN and ExpressRoute windows. */
function* windowChecks(owner: Owner, what: string, w: MaintenanceWindow, region: string, elementIds: string[]): Generator<Finding> {
  const data = { window: owner.kind };
  if (w.durationHours < MIN_HOURS) {
    yield {
      elementIds,
      message: `The maintenance window of ${what} lasts ${w.durationHours} h; Azure needs at least ${MIN_HOURS} hours.`,
      detail: 'duration',
      data: { ...data, durationHours: w.durationHours, minimum: MIN_HOURS },
      fix: { hint: `Make the window at least ${MIN_HOURS} hours long.`, autofix: patch(owner, `Set the window to ${MIN_HOURS} hours`, { durationHours: MIN_HOURS }) },
    };
  }
  if (w.recurrence !== 'Daily') {
    yield {
      elementIds,
      message: `The maintenance window of ${what} recurs ${w.recurrence}; Azure supports only a daily window for gateways.`,
      detail: 'recurrence',
      data: { ...data, recurrence: w.recurrence },
      fix: { hint: 'Make the window recur daily.', autofix: patch(owner, 'Make the window daily', { recurrence: 'Daily' }) },
    };
  }
  if (!sameRegion(w.region, region)) {
    yield {
      elementIds,
      message: `The maintenance configuration of ${what} is in region ${JSON.stringify(w.region)}, but the gateway is in ${JSON.stringify(region)}; they must be in the same region.`,
      detail: 'region',
      data: { ...data, windowRegion: w.region, gatewayRegion: region },
      fix: { hint: `Create the maintenance configuration in ${region}.`, autofix: patch(owner, `Move the maintenance configuration to ${region}`, { region }) },
    };
  }
}

export default defineRule({
  meta: {
    id: 'maintenance/window',
    severities: ['error'],
    title: 'A customer-controlled maintenance window Azure refuses: under 5 hours, not daily, another region, or on Basic.',
    source: 'FAQ "Customer-controlled gateway maintenance"; facts §10',
    docs: {
      why: 'A maintenance configuration for network gateways must describe a daily window of at least five hours, and it must sit in the same region as the gateway it is assigned to. The Basic SKU cannot use customer-controlled maintenance at all.',
      example: 'Gateway `hub-gw` in West Europe with a 3-hour weekly window configured in North Europe.',
      fix: 'Use a daily window of five hours or more, create the maintenance configuration in the gateway’s region, and use a VpnGw SKU.',
      reading:
        "One finding per problem: details 'duration', 'recurrence', 'region', 'basic'. Regions compare case-insensitively with spaces ignored (\"West Europe\" = \"westeurope\"); the gateway's region is its VNet's. The same duration, recurrence and region checks apply to a VNet's ExpressRoute gateway window (data.window 'expressroute'), since the FAQ's rules cover the whole Network Gateways scope.",
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      const w = g.maintenanceWindow;
      if (!w) continue;
      const vnet = ctx.index.vnetById.get(g.vnetId);
      const what = `gateway ${g.name}`;
      if (isBasicSku(g.sku)) {
        yield {
          elementIds: [g.id],
          message: `Gateway ${g.name} uses the Basic SKU, which does not support customer-controlled maintenance.`,
          detail: 'basic',
          data: { window: 'gateway', sku: g.sku },
          fix: { hint: 'Remove the maintenance window, or move the gateway to a VpnGw SKU.' },
        };
      }
      if (vnet) yield* windowChecks({ kind: 'gateway', id: g.id }, what, w, vnet.region, [g.id]);
    }
    for (const v of ctx.doc.vnets) {
      const w = v.expressRouteMaintenanceWindow;
      if (!w) continue;
      yield* windowChecks({ kind: 'expressroute', id: v.id }, `the ExpressRoute gateway in VNet ${v.name}`, w, v.region, [v.id]);
    }
  },
});
