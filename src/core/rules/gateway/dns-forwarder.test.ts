import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

const ID = 'gateway/dns-forwarder';

function design(dnsServers: string[]) {
  const b = new DesignBuilder();
  const ids = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27', dnsServers }, { name: 'gw' });
  return { doc: b.build(), ...ids };
}

describe('gateway/dns-forwarder', () => {
  it('warns about custom DNS servers on the gateway VNet', () => {
    const { doc, vnetId, gatewayId } = design(['10.0.1.4', '10.0.1.5']);
    const [d] = findings(doc, ID);
    expect(summary(d!)).toEqual({ severity: 'warning', elementIds: [gatewayId, vnetId].sort() });
    expect(d!.elementIds[0]).toBe(vnetId);
    expect(d!.data).toMatchObject({ dnsServers: ['10.0.1.4', '10.0.1.5'], includesAzureDns: false });
    expect(d!.message).toContain('168.63.129.16');
  });

  it('still warns when Azure DNS is listed together with custom servers', () => {
    const [d] = findings(design(['10.0.1.4', '168.63.129.16']).doc, ID);
    expect(d!.data).toMatchObject({ includesAzureDns: true });
  });

  it('does not fire for Azure-provided DNS, for exactly 168.63.129.16, or on a VNet without a gateway', () => {
    expect(findings(design([]).doc, ID)).toEqual([]);
    expect(findings(design(['168.63.129.16']).doc, ID)).toEqual([]);
    const b = new DesignBuilder();
    b.vnet({ name: 'spoke', addressSpace: ['10.1.0.0/16'], dnsServers: ['10.1.0.4'] });
    expect(findings(b.build(), ID)).toEqual([]);
  });
});
