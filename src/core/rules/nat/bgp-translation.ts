import { natMapping } from '../../compute/nat-translation';
import { formatIp, parseIp } from '../../net/ip';
import { containsAddress, translateAddress, type Prefix } from '../../net/prefix';
import { isApipaAddress } from '../../net/ranges';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { collisions, natLinks, withGateway, type NatLink } from './shared';
import { firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'nat/bgp-translation',
    severities: ['warning', 'error'],
    title: 'BGP with NAT: route translation off, a BGP peer IP left untranslated or entered pre-NAT, or NAT with an APIPA BGP peer.',
    source: 'FAQ "Does NAT work with BGP connections?"; facts §7, §11 item 10',
    docs: {
      why: 'On a BGP connection with NAT, the gateway must translate the routes too: "Enable BGP Route Translation" makes it advertise the VNet under its EgressSnat external prefixes and translate learned routes to their IngressSnat external prefixes. The on-premises BGP speaker must itself have a unique address in Azure: when its address collides with the VNet, an IngressSnat rule has to translate it, and the local network gateway must hold the translated (post-NAT) address. NAT is not supported together with APIPA BGP addresses.',
      example: 'Site `branch` (10.0.0.0/16, BGP peer IP 10.0.0.1) on a BGP connection to a gateway in VNet 10.0.0.0/16, with an IngressSnat rule 10.0.0.0/16 to 100.64.0.0/16: the peer IP should be 100.64.0.1.',
      fix: 'Turn on enableBgpRouteTranslationForNat on the gateway; cover the device\'s BGP address with an IngressSnat rule and enter its translated address as the site\'s BGP peer IP; use a regular (non-APIPA) BGP address on NAT connections.',
      reading:
        'Detail `route-translation` (warning) is one finding per gateway. `peer-pre-nat` (error): the peer IP lies in an IngressSnat rule\'s internal mapping, so it was entered before translation. `peer-untranslated` (error): the peer IP lies in one of the site\'s address prefixes that overlaps the VNet side and no linked IngressSnat rule translates it (a peer IP inside the VNet space itself is bgp/peer-ip\'s finding; a site without address prefixes gives nothing to check). `apipa` (error): the nat-overview article says an APIPA peer needs no NAT rule, but the FAQ, the newer source, says NAT is not supported with APIPA BGP addresses; this rule follows the FAQ. Only the collision with the VNet side (gateway VNet and transit spokes) is checked, not collisions with other sites.',
    },
  },
  *check(ctx): Iterable<Finding> {
    const bgpByGateway = new Map<string, NatLink[]>();
    for (const link of natLinks(ctx)) {
      const { connection: c, site, gateway, nat } = link;
      if (!c.enableBgp) continue;
      const list = bgpByGateway.get(gateway.id);
      if (list) list.push(link);
      else bgpByGateway.set(gateway.id, [link]);
      if (!site.bgp) continue;
      const peerText = site.bgp.peerIp.trim();
      const ip = parseIp(peerText);
      if (!ip) continue; // bgp/peer-ip reports unreadable addresses
      if (isApipaAddress(peerText)) {
        yield {
          elementIds: [c.id, site.id],
          severity: 'error',
          message: `Connection ${c.name} uses NAT with BGP, but site ${site.name} has APIPA BGP peer IP ${peerText}; NAT is not supported with APIPA BGP addresses.`,
          detail: 'apipa',
          data: { peerIp: peerText },
          fix: { hint: `Give the device on site ${site.name} a regular BGP address (translated by an IngressSnat rule if it collides), or remove NAT from connection ${c.name}.` },
        };
        continue;
      }
      const mappings = nat.ingress.flatMap((r) => {
        const m = r.mode === 'IngressSnat' ? natMapping(r) : undefined;
        return m ? [m] : [];
      });
      if (mappings.some((m) => containsAddress(m.external, ip.version, ip.value))) continue;
      const covering = mappings.find((m) => containsAddress(m.internal, ip.version, ip.value));
      if (covering) {
        const translated = covering.rule.type === 'Static' ? translateAddress(ip.value, covering.internal, covering.external) : undefined;
        const post = translated !== undefined ? formatIp(ip.version, translated) : undefined;
        const allLink = (ctx.index.s2sBySite.get(site.id) ?? []).every((x) => x.ingressNatRuleIds.includes(covering.rule.id));
        yield {
          elementIds: [site.id, c.id, covering.rule.id],
          severity: 'error',
          message: `Site ${site.name} has BGP peer IP ${peerText}, which IngressSnat rule ${covering.rule.name} translates${post ? ` to ${post}` : ` into ${covering.external.text}`}; the local network gateway must hold the post-NAT address.`,
          detail: 'peer-pre-nat',
          data: { peerIp: peerText, ruleId: covering.rule.id, ...(post ? { postNat: post } : { externalPool: covering.external.text }) },
          fix: {
            hint: post ? `Set the BGP peer IP of site ${site.name} to ${post}.` : `Set the BGP peer IP of site ${site.name} to its translated address in ${covering.external.text}.`,
            ...(post && allLink
              ? {
                  autofix: {
                    label: `Set BGP peer IP to ${post}`,
                    apply: (doc) => ({
                      ...doc,
                      sites: doc.sites.map((s) => (s.id === site.id && s.bgp ? { ...s, bgp: { ...s.bgp, peerIp: post } } : s)),
                    }),
                  },
                }
              : {}),
          },
        };
        continue;
      }
      const clash = collidingPrefix(ctx, link, ip.version, ip.value);
      if (!clash) continue;
      yield {
        elementIds: [site.id, c.id],
        severity: 'error',
        message: `Site ${site.name} has BGP peer IP ${peerText}, inside ${clash.text}, which collides with the VNet side of connection ${c.name}, and no IngressSnat rule translates it.`,
        detail: 'peer-untranslated',
        data: { peerIp: peerText, prefix: clash.text },
        fix: { hint: `Link an IngressSnat rule covering ${peerText} on connection ${c.name} and enter the translated address as the site's BGP peer IP.` },
      };
    }
    for (const [gatewayId, links] of bgpByGateway) {
      const gateway = links[0]!.gateway;
      if (gateway.enableBgpRouteTranslationForNat) continue;
      const names = links.map((l) => l.connection.name);
      yield {
        elementIds: [gatewayId, ...links.map((l) => l.connection.id)],
        severity: 'warning',
        message: `Gateway ${gateway.name} has BGP connections with NAT (${firstFew(names)}) but "Enable BGP Route Translation" is off; routes are exchanged with their pre-NAT prefixes.`,
        detail: 'route-translation',
        data: { connectionIds: links.map((l) => l.connection.id) },
        fix: {
          hint: `Turn on enableBgpRouteTranslationForNat on gateway ${gateway.name}.`,
          autofix: { label: 'Enable BGP route translation', apply: (doc) => withGateway(doc, gatewayId, (g) => ({ ...g, enableBgpRouteTranslationForNat: true })) },
        },
      };
    }
  },
});

/** The site prefix holding the peer address, when that prefix overlaps the Azure side (VNet or transit spoke). */
function collidingPrefix(ctx: RuleContext, link: NatLink, version: 4 | 6, value: bigint): Prefix | undefined {
  for (const hit of collisions(ctx, link)) if (containsAddress(hit.sitePrefix, version, value)) return hit.sitePrefix;
  return undefined;
}
