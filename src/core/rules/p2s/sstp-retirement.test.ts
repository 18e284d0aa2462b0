import { describe, expect, it } from 'vitest';
import type { P2sTunnelType } from '../../model/types';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(tunnelTypes: P2sTunnelType[], existing: boolean, deployed?: P2sTunnelType[]) {
  const b = new DesignBuilder();
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'hub-gw', existing });
  const p = b.p2s(gatewayId, {
    name: 'users',
    addressPool: ['172.16.0.0/24'],
    tunnelTypes,
    ...(deployed ? { deployed: { tunnelTypes: deployed, authTypes: ['Certificate'], customDnsServers: [] } } : {}),
  });
  return { doc: b.build(), gatewayId, p };
}

const day = (s: string) => ({ today: new Date(`${s}T12:00:00Z`) });

describe('p2s/sstp-retirement', () => {
  it('is an error to enable SSTP on a new gateway from 2026-03-31, and says the split ends without SSTP', () => {
    const { doc, gatewayId, p } = design(['SSTP', 'IkeV2'], false);
    const [d, ...rest] = findings(doc, 'p2s/sstp-retirement', day('2026-03-31'));
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId, p].sort(), detail: 'enable' });
    expect(d!.data).toMatchObject({ remainingTunnels: ['IkeV2'], poolAfter: ['172.16.0.0/24'], splitAfter: false, existing: false });
    expect(d!.message).toContain('no longer split');
    expect(d!.message).toContain('172.16.0.0/24');
    const fixed = d!.fix!.autofix!.apply(doc);
    expect(fixed.p2sConfigurations[0]!.tunnelTypes).toEqual(['IkeV2']);
  });

  it('only warns on a new gateway before 2026-03-31', () => {
    const [d] = findings(design(['SSTP'], false).doc, 'p2s/sstp-retirement', day('2026-03-30'));
    expect(summary(d!)).toMatchObject({ severity: 'warning', detail: 'enable' });
    expect(d!.fix!.autofix).toBeUndefined();
  });

  it('warns on an existing SSTP gateway until 2027-03-31 and is an error from then', () => {
    const { doc } = design(['SSTP', 'IkeV2'], true, ['SSTP', 'IkeV2']);
    expect(summary(findings(doc, 'p2s/sstp-retirement')[0]!)).toMatchObject({ severity: 'warning', detail: 'existing' });
    expect(summary(findings(doc, 'p2s/sstp-retirement', day('2027-03-30'))[0]!)).toMatchObject({ severity: 'warning' });
    expect(summary(findings(doc, 'p2s/sstp-retirement', day('2027-03-31'))[0]!)).toMatchObject({ severity: 'error', detail: 'existing' });
  });

  it('treats SSTP added to an existing gateway that does not have it as enabling it', () => {
    const [d] = findings(design(['SSTP', 'IkeV2'], true, ['IkeV2']).doc, 'p2s/sstp-retirement');
    expect(summary(d!)).toMatchObject({ severity: 'error', detail: 'enable' });
  });

  it('judges an invalid "today" by the clock instead of throwing', () => {
    const byClock = findings(design(['SSTP'], false).doc, 'p2s/sstp-retirement', { today: new Date() }).map(summary);
    expect(findings(design(['SSTP'], false).doc, 'p2s/sstp-retirement', { today: new Date('not a date') }).map(summary)).toEqual(byClock);
  });

  it('does not fire without SSTP', () => {
    expect(findings(design(['IkeV2', 'OpenVPN'], false).doc, 'p2s/sstp-retirement', day('2028-01-01'))).toEqual([]);
  });
});
