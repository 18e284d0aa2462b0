import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

type Window = { recurrence?: 'Daily' | 'Weekly' | 'Monthly'; startTime: string; durationHours: number; timeZone?: string; region: string };

function design(maintenanceWindow: Window, sku = 'VpnGw2AZ') {
  const b = new DesignBuilder();
  const { vnetId, gatewayId } = b.hub({ name: 'hub', region: 'westeurope', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, {
    name: 'hub-gw',
    sku,
    maintenanceWindow,
  });
  return { doc: b.build(), vnetId, gatewayId };
}

describe('maintenance/window', () => {
  it('fires on a window shorter than 5 hours, with an autofix that sets 5 hours', () => {
    const { doc, gatewayId } = design({ startTime: '01:00', durationHours: 4, region: 'westeurope' });
    const found = findings(doc, 'maintenance/window');
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [gatewayId], detail: 'duration' }]);
    expect(found[0]!.data).toMatchObject({ durationHours: 4, minimum: 5 });
    const fixed = found[0]!.fix!.autofix!.apply(doc);
    expect(fixed.gateways[0]!.maintenanceWindow!.durationHours).toBe(5);
    expect(doc.gateways[0]!.maintenanceWindow!.durationHours).toBe(4);
    expect(findings(fixed, 'maintenance/window')).toEqual([]);
  });

  it('fires once per problem: weekly, in another region, on Basic', () => {
    const { doc, gatewayId } = design({ recurrence: 'Weekly', startTime: '01:00', durationHours: 6, region: 'northeurope' }, 'Basic');
    const found = findings(doc, 'maintenance/window');
    expect(found.map(summary)).toEqual(
      ['basic', 'recurrence', 'region'].map((detail) => ({ severity: 'error', elementIds: [gatewayId], detail })),
    );
    expect(found.find((d) => d.detail === 'region')!.data).toMatchObject({ windowRegion: 'northeurope', gatewayRegion: 'westeurope' });
  });

  it('compares regions without case and spaces', () => {
    expect(findings(design({ startTime: '01:00', durationHours: 5, region: 'West Europe' }).doc, 'maintenance/window')).toEqual([]);
  });

  it("checks the ExpressRoute gateway's window on the VNet too", () => {
    const b = new DesignBuilder();
    const v = b.vnet({
      name: 'hub',
      region: 'westeurope',
      expressRouteCoexistence: true,
      expressRouteMaintenanceWindow: { startTime: '01:00', durationHours: 2, region: 'westeurope' },
    });
    const found = findings(b.build(), 'maintenance/window');
    expect(found.map(summary)).toEqual([{ severity: 'error', elementIds: [v], detail: 'duration' }]);
    expect(found[0]!.data).toMatchObject({ window: 'expressroute' });
    const fixed = found[0]!.fix!.autofix!.apply(b.build());
    expect(fixed.vnets[0]!.expressRouteMaintenanceWindow!.durationHours).toBe(5);
  });

  it('does not fire on a daily 5-hour window in the gateway region', () => {
    expect(findings(design({ startTime: '22:00', durationHours: 5, region: 'westeurope' }).doc, 'maintenance/window')).toEqual([]);
  });
});
