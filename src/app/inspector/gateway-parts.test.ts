import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../testing/fixtures';
import { instancesOf, vnetsForGateway, withApipa } from './gateway-parts';

const gateway = () => sampleDesign().gateways.find((g) => g.id === 'gw-hub')!;

describe('gateway instances and custom APIPA lists', () => {
  it('names one instance, two when active-active, and keeps names the document uses', () => {
    const g = gateway();
    expect(instancesOf(g)).toEqual(['default']);
    expect(instancesOf({ ...g, activeActive: true })).toEqual(['default', 'activeActive']);
    expect(instancesOf(withApipa(g, 'ipconfig2', ['169.254.21.5']))).toEqual(['default', 'ipconfig2']);
  });

  it('sets, replaces in place and drops an instance list', () => {
    const one = withApipa(gateway(), 'default', ['169.254.21.1']);
    const two = withApipa(one, 'activeActive', ['169.254.22.1']);
    expect(two.bgp.customApipa).toEqual([
      { ipConfigurationId: 'default', addresses: ['169.254.21.1'] },
      { ipConfigurationId: 'activeActive', addresses: ['169.254.22.1'] },
    ]);
    const replaced = withApipa(two, 'default', ['169.254.21.9']);
    expect(replaced.bgp.customApipa[0]).toEqual({ ipConfigurationId: 'default', addresses: ['169.254.21.9'] });
    expect(withApipa(replaced, 'default', []).bgp.customApipa).toEqual([{ ipConfigurationId: 'activeActive', addresses: ['169.254.22.1'] }]);
  });
});

describe('vnetsForGateway', () => {
  it("offers the gateway's own VNet and VNets without a gateway, not a VNet that has one", () => {
    const doc = sampleDesign();
    const hubGateway = doc.gateways.find((g) => g.id === 'gw-hub')!;
    expect(vnetsForGateway(doc, hubGateway).map((v) => v.id)).toEqual(['vnet-hub', 'vnet-spoke']);
  });
});
