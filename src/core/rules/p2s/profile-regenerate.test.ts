import { describe, expect, it } from 'vitest';
import type { P2sAuthType, P2sTunnelType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

interface Settings {
  tunnelTypes: P2sTunnelType[];
  authTypes: P2sAuthType[];
  customDnsServers: string[];
}

const base: Settings = { tunnelTypes: ['IkeV2', 'OpenVPN'], authTypes: ['Certificate'], customDnsServers: ['10.0.0.4', '10.0.0.5'] };

function design(current: Partial<Settings>, deployed: Settings | undefined, existing = true) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', existing });
  const p = b.p2s(gatewayId, { name: 'users', addressPool: ['172.16.0.0/24'], ...base, ...current, ...(deployed ? { deployed } : {}) });
  return { doc: b.build(), gatewayId, p };
}

describe('p2s/profile-regenerate', () => {
  it('reports changed tunnel types, authentication and DNS servers on an existing gateway', () => {
    const { doc, gatewayId, p } = design({ tunnelTypes: ['IkeV2'], authTypes: ['Certificate', 'AAD'], customDnsServers: ['10.0.0.5', '10.0.0.4'] }, base);
    const [d, ...rest] = findings(doc, 'p2s/profile-regenerate');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'info', elementIds: [gatewayId, p].sort() });
    expect(d!.data).toEqual({ changes: ['tunnelTypes', 'authTypes', 'customDnsServers'] });
  });

  it('reports a single change', () => {
    const [d] = findings(design({ authTypes: ['Radius'] }, base).doc, 'p2s/profile-regenerate');
    expect(d!.data).toEqual({ changes: ['authTypes'] });
  });

  it('does not fire when only the order of tunnel types differs', () => {
    expect(findings(design({ tunnelTypes: ['OpenVPN', 'IkeV2'] }, base).doc, 'p2s/profile-regenerate')).toEqual([]);
  });

  it('does not fire without deployed settings or on a gateway the design creates', () => {
    expect(findings(design({ tunnelTypes: ['IkeV2'] }, undefined).doc, 'p2s/profile-regenerate')).toEqual([]);
    expect(findings(design({ tunnelTypes: ['IkeV2'] }, base, false).doc, 'p2s/profile-regenerate')).toEqual([]);
  });
});
