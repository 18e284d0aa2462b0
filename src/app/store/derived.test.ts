import { describe, expect, it } from 'vitest';
import { withPositions } from '../design/positions';
import { sampleDesign } from '../testing/fixtures';
import { diagnosticsOf, elementSummaries, summaryOf, worstOf } from './derived';

describe('derived diagnostics', () => {
  it('does not validate again when only node positions change', () => {
    const doc = sampleDesign();
    const first = diagnosticsOf(doc);
    const moved = withPositions(doc, new Map([['vnet-hub', { x: 123, y: 456 }]]));
    expect(moved).not.toBe(doc);
    expect(diagnosticsOf(moved)).toBe(first);
    expect(elementSummaries(moved)).toBe(elementSummaries(doc));
  });

  it('validates again when domain data changes', () => {
    const doc = sampleDesign();
    const first = diagnosticsOf(doc);
    const renamed = { ...doc, vnets: doc.vnets.map((v) => (v.id === 'vnet-hub' ? { ...v, addressSpace: ['10.0.0.1/16'] } : v)) };
    const second = diagnosticsOf(renamed);
    expect(second).not.toBe(first);
    expect(second.some((d) => d.ruleId === 'address/invalid-cidr' && d.elementIds.includes('vnet-hub'))).toBe(true);
    expect(summaryOf(renamed, 'vnet-hub').error).toBeGreaterThan(0);
    expect(worstOf(renamed, ['vnet-hub', 'site-1'])).toBe('error');
  });

  it("counts a NAT rule's findings on its gateway, once per finding", () => {
    const doc = sampleDesign();
    const bad = {
      ...doc,
      gateways: doc.gateways.map((g) => (g.id === 'gw-hub' ? { ...g, natRules: g.natRules.map((r) => ({ ...r, name: 'bad/name' })) } : g)),
    };
    const natFindings = diagnosticsOf(bad).filter((d) => d.elementIds.includes('nat-1'));
    expect(natFindings.length).toBeGreaterThan(0);
    const gatewayFindings = diagnosticsOf(bad).filter((d) => d.elementIds.includes('nat-1') || d.elementIds.includes('gw-hub'));
    const s = summaryOf(bad, 'gw-hub');
    expect(s.error + s.warning + s.info).toBe(gatewayFindings.length);
  });

  it('reports no severity for elements without findings', () => {
    const doc = sampleDesign();
    expect(worstOf(doc, ['no-such-element'])).toBe('none');
    expect(summaryOf(doc, 'no-such-element')).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
