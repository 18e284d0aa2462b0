import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../core/model/load';
import { sampleDesign } from '../testing/fixtures';
import { addNatRule, freshId, removeNatRule, setNatLink, setNatRuleMode, updateNatRule } from './nat-edit';

const cn1 = (doc: ReturnType<typeof sampleDesign>) => {
  const c = doc.connections.find((x) => x.id === 'cn-1');
  if (c?.kind !== 's2s') throw new Error('cn-1 is not s2s');
  return c;
};
const rules = (doc: ReturnType<typeof sampleDesign>) => doc.gateways.find((g) => g.id === 'gw-hub')!.natRules;

describe('NAT rule edits', () => {
  it('makes ids no element or NAT rule uses', () => {
    const doc = sampleDesign();
    expect(freshId(doc, 'nat')).toBe('nat-2');
    expect(freshId(doc, 'site')).toBe('site-2');
    expect(freshId(doc, 'zzz')).toBe('zzz-1');
  });

  it('adds a rule with a fresh id, and the document still loads', () => {
    const { doc, ruleId } = addNatRule(sampleDesign(), 'gw-hub');
    expect(rules(doc).map((r) => r.id)).toEqual(['nat-1', ruleId]);
    expect(loadDocument(doc).ok).toBe(true);
  });

  it('removes a rule together with every link to it', () => {
    const doc = removeNatRule(sampleDesign(), 'gw-hub', 'nat-1');
    expect(rules(doc)).toEqual([]);
    expect(cn1(doc).egressNatRuleIds).toEqual([]);
  });

  it('moves the links of a rule whose mode changes', () => {
    const doc = setNatRuleMode(sampleDesign(), 'gw-hub', 'nat-1', 'IngressSnat');
    expect(rules(doc)[0]!.mode).toBe('IngressSnat');
    expect(cn1(doc).egressNatRuleIds).toEqual([]);
    expect(cn1(doc).ingressNatRuleIds).toEqual(['nat-1']);
    expect(setNatRuleMode(doc, 'gw-hub', 'nat-1', 'IngressSnat')).toBe(doc);
  });

  it('links and unlinks a rule in the list of its mode', () => {
    const start = sampleDesign();
    const rule = rules(start)[0]!;
    const unlinked = setNatLink(start, 'cn-1', rule, false);
    expect(cn1(unlinked).egressNatRuleIds).toEqual([]);
    const relinked = setNatLink(unlinked, 'cn-1', rule, true);
    expect(cn1(relinked).egressNatRuleIds).toEqual(['nat-1']);
    expect(setNatLink(relinked, 'cn-1', rule, true)).toBe(relinked);
  });

  it('edits one rule and leaves the document alone when nothing changes', () => {
    const doc = sampleDesign();
    expect(updateNatRule(doc, 'gw-hub', 'nat-1', (r) => r)).toBe(doc);
    expect(rules(updateNatRule(doc, 'gw-hub', 'nat-1', (r) => ({ ...r, type: 'Dynamic' })))[0]!.type).toBe('Dynamic');
  });
});
