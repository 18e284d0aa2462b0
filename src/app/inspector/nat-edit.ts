import type { NatRule, SiteToSiteConnection, TopologyDocument } from '../../core/model/types';
import { firstUnused, idsInUse } from '../design/ids';
import { updateGateway } from './update';

type Direction = 'ingressNatRuleIds' | 'egressNatRuleIds';

/** The connection list a rule of this mode is linked in. */
export const linkListOf = (mode: NatRule['mode']): Direction => (mode === 'IngressSnat' ? 'ingressNatRuleIds' : 'egressNatRuleIds');

/** Every id in use in the document (elements and NAT rules). */
/** `${base}-N` with the smallest N ≥ 1 that no element or NAT rule uses. */
export const freshId = (doc: TopologyDocument, base: string): string => firstUnused(base, idsInUse(doc));

/** Maps the site-to-site connections of the document; others are kept as they are. */
function mapS2s(doc: TopologyDocument, f: (c: SiteToSiteConnection) => SiteToSiteConnection): TopologyDocument {
  let changed = false;
  const connections = doc.connections.map((c) => {
    if (c.kind !== 's2s') return c;
    const next = f(c);
    if (next !== c) changed = true;
    return next;
  });
  return changed ? { ...doc, connections } : doc;
}

/** Adds a Static EgressSnat rule with empty mappings to a gateway; returns the document and the rule id. */
export function addNatRule(doc: TopologyDocument, gatewayId: string): { doc: TopologyDocument; ruleId: string } {
  const ruleId = freshId(doc, 'nat');
  const gateway = doc.gateways.find((g) => g.id === gatewayId);
  const rule: NatRule = { id: ruleId, name: `nat-rule-${(gateway?.natRules.length ?? 0) + 1}`, type: 'Static', mode: 'EgressSnat', internalMappings: [], externalMappings: [] };
  return { doc: updateGateway(doc, gatewayId, (g) => ({ ...g, natRules: [...g.natRules, rule] })), ruleId };
}

/** Edits one NAT rule of a gateway (the same document when nothing changes). */
export function updateNatRule(doc: TopologyDocument, gatewayId: string, ruleId: string, f: (r: NatRule) => NatRule): TopologyDocument {
  return updateGateway(doc, gatewayId, (g) => {
    let changed = false;
    const natRules = g.natRules.map((r) => {
      if (r.id !== ruleId) return r;
      const next = f(r);
      if (next !== r) changed = true;
      return next;
    });
    return changed ? { ...g, natRules } : g;
  });
}

const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);

/** Removes a NAT rule and every connection's link to it, so no reference dangles. */
export function removeNatRule(doc: TopologyDocument, gatewayId: string, ruleId: string): TopologyDocument {
  const next = updateGateway(doc, gatewayId, (g) => ({ ...g, natRules: g.natRules.filter((r) => r.id !== ruleId) }));
  return mapS2s(next, (c) =>
    c.ingressNatRuleIds.includes(ruleId) || c.egressNatRuleIds.includes(ruleId)
      ? { ...c, ingressNatRuleIds: without(c.ingressNatRuleIds, ruleId), egressNatRuleIds: without(c.egressNatRuleIds, ruleId) }
      : c,
  );
}

/** Changes a rule's mode and moves its connection links to the list of the new mode. */
export function setNatRuleMode(doc: TopologyDocument, gatewayId: string, ruleId: string, mode: NatRule['mode']): TopologyDocument {
  const next = updateNatRule(doc, gatewayId, ruleId, (r) => (r.mode === mode ? r : { ...r, mode }));
  if (next === doc) return doc;
  const from = linkListOf(mode === 'IngressSnat' ? 'EgressSnat' : 'IngressSnat');
  const to = linkListOf(mode);
  return mapS2s(next, (c) =>
    c[from].includes(ruleId) ? { ...c, [from]: without(c[from], ruleId), [to]: c[to].includes(ruleId) ? c[to] : [...c[to], ruleId] } : c,
  );
}

/** Whether a connection links a rule, in either list. */
export const isLinked = (c: SiteToSiteConnection, ruleId: string): boolean => c.ingressNatRuleIds.includes(ruleId) || c.egressNatRuleIds.includes(ruleId);

/** Links a rule to a connection (in the list of the rule's mode) or unlinks it (from both lists). */
export function setNatLink(doc: TopologyDocument, connectionId: string, rule: NatRule, linked: boolean): TopologyDocument {
  const list = linkListOf(rule.mode);
  return mapS2s(doc, (c) => {
    if (c.id !== connectionId || isLinked(c, rule.id) === linked) return c;
    return linked
      ? { ...c, [list]: [...c[list], rule.id] }
      : { ...c, ingressNatRuleIds: without(c.ingressNatRuleIds, rule.id), egressNatRuleIds: without(c.egressNatRuleIds, rule.id) };
  });
}
