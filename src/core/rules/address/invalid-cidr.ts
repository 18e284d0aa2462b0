import { parsePrefix } from '../../net/prefix';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';

/** Every prefix field of the document, with the element that owns it and a label for messages. */
function* prefixFields(ctx: RuleContext): Generator<{ elementId: string; where: string; text: string }> {
  for (const v of ctx.doc.vnets) {
    for (const t of v.addressSpace) yield { elementId: v.id, where: `VNet ${v.name} address space`, text: t };
    for (const s of v.subnets) yield { elementId: v.id, where: `subnet ${s.name} of VNet ${v.name}`, text: s.addressPrefix };
  }
  for (const s of ctx.doc.sites) {
    for (const t of s.addressPrefixes) yield { elementId: s.id, where: `site ${s.name} address prefixes`, text: t };
    for (const t of s.bgp?.advertisedPrefixes ?? []) yield { elementId: s.id, where: `site ${s.name} BGP advertisements`, text: t };
  }
  for (const p of ctx.doc.p2sConfigurations) {
    for (const t of p.addressPool) yield { elementId: p.id, where: `P2S ${p.name} address pool`, text: t };
  }
  for (const g of ctx.doc.gateways) {
    for (const r of g.natRules) {
      for (const t of r.internalMappings) yield { elementId: r.id, where: `NAT rule ${r.name} internal mapping`, text: t };
      for (const t of r.externalMappings) yield { elementId: r.id, where: `NAT rule ${r.name} external mapping`, text: t };
    }
  }
  for (const c of ctx.doc.connections) {
    if (c.kind !== 's2s') continue;
    for (const sel of c.trafficSelectorPolicies) {
      for (const t of [...sel.localAddressRanges, ...sel.remoteAddressRanges]) {
        yield { elementId: c.id, where: `traffic selector of connection ${c.name}`, text: t };
      }
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
  *check(ctx): Iterable<Finding> {
    for (const field of prefixFields(ctx)) {
      const r = parsePrefix(field.text);
      if (r.ok) continue;
      yield {
        elementIds: [field.elementId],
        message: `${field.where}: ${r.message}`,
        detail: r.reason,
        data: { value: field.text, ...(r.suggestion ? { suggestion: r.suggestion } : {}) },
        fix: { hint: r.suggestion ? `Use ${r.suggestion}.` : 'Enter an address and a prefix length, such as 10.0.0.0/16.' },
      };
    }
  },
});
