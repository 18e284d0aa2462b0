import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../testing/builders';
import { findings, summary } from '../../testing/expect';

function design(count: number) {
  const b = new DesignBuilder();
  const natRules = Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    name: `r${i}`,
    mode: 'IngressSnat' as const,
    internalMappings: [`192.168.${i % 256}.0/24`],
    externalMappings: [`100.${64 + Math.floor(i / 256)}.${i % 256}.0/24`],
  }));
  const { gatewayId } = b.hub({ name: 'hub', addressSpace: ['10.0.0.0/16'], gatewaySubnet: '10.0.255.0/27' }, { name: 'gw', natRules });
  return { doc: b.build(), gatewayId };
}

describe('nat/rule-limit', () => {
  it('fires above 500 rules and cites both the newer 500 and the older 100', () => {
    const { doc, gatewayId } = design(501);
    const [d, ...rest] = findings(doc, 'nat/rule-limit');
    expect(rest).toEqual([]);
    expect(summary(d!)).toEqual({ severity: 'error', elementIds: [gatewayId] });
    expect(d!.data).toEqual({ count: 501, limit: 500, olderLimit: 100 });
    expect(d!.message).toContain('500');
    expect(d!.message).toContain('100');
  });

  it('does not fire at exactly 500 rules', () => {
    expect(findings(design(500).doc, 'nat/rule-limit')).toEqual([]);
  });

  it('does not fire between the old limit of 100 and the new one of 500', () => {
    expect(findings(design(150).doc, 'nat/rule-limit')).toEqual([]);
  });
});
