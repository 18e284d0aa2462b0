import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(tunnelTypes: ('SSTP' | 'IkeV2' | 'OpenVPN')[]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' });
  const p = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'], tunnelTypes });
  return { doc: b.build(), gatewayId, p };
}

describe('p2s/protocol-combination', () => {
  it('fires on SSTP with OpenVPN and offers to remove SSTP', () => {
    const { doc, gatewayId, p } = design(['SSTP', 'OpenVPN']);
    const [d, ...rest] = findings(doc, 'p2s/protocol-combination');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, p].sort() });
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.p2sConfigurations[0]!.tunnelTypes).toEqual(['OpenVPN']);
    expect(doc.p2sConfigurations[0]!.tunnelTypes).toEqual(['SSTP', 'OpenVPN']);
    expect(findings(fixed, 'p2s/protocol-combination')).toEqual([]);
  });

  it('does not fire on IKEv2 with SSTP or IKEv2 with OpenVPN', () => {
    expect(findings(design(['SSTP', 'IkeV2']).doc, 'p2s/protocol-combination')).toEqual([]);
    expect(findings(design(['IkeV2', 'OpenVPN']).doc, 'p2s/protocol-combination')).toEqual([]);
  });
});
