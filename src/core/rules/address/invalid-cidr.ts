import { parsePrefix } from '../../net/prefix';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';

/**
 * Calls `visit` for every prefix field of the document, with the element that owns it and a label
 * for messages (the label is built only for a field that fails, so a clean design allocates nothing).
 */
function forEachPrefixField(ctx: RuleContext, visit: (elementId: string, text: string, where: () => string) => void): void {
  for (const v of ctx.doc.vnets) {
    for (const t of v.addressSpace) visit(v.id, t, () => `VNet ${v.name} address space`);
    for (const s of v.subnets) visit(v.id, s.addressPrefix, () => `subnet ${s.name} of VNet ${v.name}`);
  }
  for (const s of ctx.doc.sites) {
    for (const t of s.addressPrefixes) visit(s.id, t, () => `site ${s.name} address prefixes`);
    for (const t of s.bgp?.advertisedPrefixes ?? []) visit(s.id, t, () => `site ${s.name} BGP advertisements`);
  }
  for (const p of ctx.doc.p2sConfigurations) {
    for (const t of p.addressPool) visit(p.id, t, () => `P2S ${p.name} address pool`);
  }
  for (const g of ctx.doc.gateways) {
    for (const r of g.natRules) {
      for (const t of r.internalMappings) visit(r.id, t, () => `NAT rule ${r.name} internal mapping`);
      for (const t of r.externalMappings) visit(r.id, t, () => `NAT rule ${r.name} external mapping`);
    }
  }
  for (const c of ctx.doc.connections) {
    if (c.kind !== 's2s') continue;
    for (const sel of c.trafficSelectorPolicies) {
      for (const t of [...sel.localAddressRanges, ...sel.remoteAddressRanges]) visit(c.id, t, () => `traffic selector of connection ${c.name}`);
    }
  }
}

export default defineRule({
  meta: {
    id: 'address/invalid-cidr',
    severities: ['error'],
    title: 'A prefix that does not parse, or has host bits set.',
    source: 'rules.md (Addressing); Azure refuses prefixes with host bits set',
    docs: {
      why: 'Azure accepts only network prefixes in CIDR form. `10.0.0.1/16` has host bits set and is refused; a typo such as `10.0.0/16` or `/33` is refused too.',
      example: 'VNet `hub` with address space `10.0.0.1/16`.',
      fix: 'Use the network address: `10.0.0.0/16`. The diagnostic carries the normalized prefix when one exists.',
    },
  },
  check(ctx): Iterable<Finding> {
    const found: Finding[] = [];
    forEachPrefixField(ctx, (elementId, text, where) => {
      const r = parsePrefix(text);
      if (r.ok) return;
      found.push({
        elementIds: [elementId],
        message: `${where()}: ${r.message}`,
        detail: r.reason,
        data: { value: text, ...(r.suggestion ? { suggestion: r.suggestion } : {}) },
        fix: { hint: r.suggestion ? `Use ${r.suggestion}.` : 'Enter an address and a prefix length, such as 10.0.0.0/16.' },
      });
    });
    return found;
  },
});
