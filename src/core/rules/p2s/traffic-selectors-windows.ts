import { formatBreakdown } from '../../compute/traffic-selectors';
import { P2S_LIMITS } from '../../facts/skus';
import type { ClientOs } from '../../model/types';
import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { OS_LABEL, selectorMeters } from './shared';

const PRE_2004: readonly ClientOs[] = ['windows-legacy', 'windows10-pre2004'];

export default defineRule({
  meta: {
    id: 'p2s/traffic-selectors-windows',
    severities: ['warning', 'error'],
    title: 'Windows IKEv2 clients receive more traffic selectors than they accept (25 before Windows 10 2004, 255 after).',
    source: 'FAQ "What is the IKEv2 traffic selector limit for point-to-site connections?"; facts §5 (Address pool, limits)',
    docs: {
      why:
        'Over IKEv2 the gateway hands each P2S client one traffic selector per VNet address space, per local-site prefix, per VNet-to-VNet connection and per peered VNet. Windows refuses the tunnel when that list is longer than it supports: 25 entries before Windows 10 version 2004, 255 from that version on. Non-Windows IKEv2 clients accept 256.',
      example:
        'A gateway VNet with 2 address spaces, connected to 3 sites with 8 prefixes each (24) and peered to 4 spokes: 30 selectors, so Windows 10 1909 clients fail over IKEv2 (warning). At 256 selectors every Windows IKEv2 client fails (error).',
      fix: 'Summarise VNet address spaces and site prefixes into fewer, larger prefixes; drop peerings or connections the P2S users do not need; or move Windows clients to OpenVPN (1,000 routes) and keep them on Windows 10 version 2004 or later.',
      reading:
        'The count follows rules.md: VNet address-space prefixes + the prefixes of every S2S-connected site (a BGP site with an empty address space counts 1 for its peer host route; BGP-advertised prefixes are not counted) + one per VNet-to-VNet remote gateway + one per peered VNet (whatever the transit flags) + 2 per pool prefix when SSTP and IKEv2 split the pool (the FAQ says the selectors carry the two sub-range CIDRs). Above 25 the rule warns even when no pre-2004 Windows client is listed, because such devices cannot connect; it names the listed ones when there are.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const m of selectorMeters(ctx)) {
      if (!m.ikev2Enabled || m.count <= P2S_LIMITS.windowsPre2004) continue;
      const ikev2Configs = (ctx.index.p2sByGateway.get(m.gatewayId) ?? []).filter((p) => p.tunnelTypes.includes('IkeV2'));
      const names = ikev2Configs.map((p) => describeElement(ctx, p.id)).join(', ');
      const breakdown = formatBreakdown(m.breakdown);
      const data = {
        count: m.count,
        ...m.breakdown,
      };
      const elementIds = [m.gatewayId, ...ikev2Configs.map((p) => p.id)];
      const gw = describeElement(ctx, m.gatewayId);
      if (m.count > P2S_LIMITS.windows2004) {
        const others = m.count > P2S_LIMITS.nonWindowsIkev2;
        yield {
          severity: 'error',
          elementIds,
          detail: 'limit-255',
          message:
            `${gw} gives IKEv2 clients of ${names} ${m.count} traffic selectors (${breakdown}), over the Windows limit of ${P2S_LIMITS.windows2004}: ` +
            `no Windows client can connect over IKEv2` +
            (others ? `, and above ${P2S_LIMITS.nonWindowsIkev2} neither can macOS, Linux, iOS or Android IKEv2 clients.` : '.'),
          data: { ...data, limit: P2S_LIMITS.windows2004, nonWindowsExceeded: others },
          fix: {
            hint: `Bring the count to ${P2S_LIMITS.windows2004} or fewer: summarise VNet and site prefixes, drop peerings or connections P2S users do not need, or serve these clients over OpenVPN (up to ${P2S_LIMITS.openVpnRoutes} routes).`,
          },
        };
        continue;
      }
      const planned = new Set<ClientOs>();
      for (const p of ikev2Configs) for (const os of p.clientOs) if (PRE_2004.includes(os)) planned.add(os);
      const affectedOs = PRE_2004.filter((os) => planned.has(os));
      const who =
        affectedOs.length > 0
          ? `the planned ${affectedOs.map((os) => OS_LABEL[os]).join(' and ')} clients will fail to connect over IKEv2`
          : `Windows clients older than Windows 10 version 2004 would fail to connect over IKEv2 (none is listed in the client operating systems)`;
      yield {
        severity: 'warning',
        elementIds,
        detail: 'limit-25',
        message: `${gw} gives IKEv2 clients of ${names} ${m.count} traffic selectors (${breakdown}), over the limit of ${P2S_LIMITS.windowsPre2004} for Windows before 10 version 2004: ${who}. Windows 10 version 2004 and later accept up to ${P2S_LIMITS.windows2004}.`,
        data: { ...data, limit: P2S_LIMITS.windowsPre2004, affectedOs },
        fix: {
          hint: `Update Windows clients to Windows 10 version 2004 or later, move them to OpenVPN, or bring the count to ${P2S_LIMITS.windowsPre2004} or fewer by summarising prefixes.`,
        },
      };
    }
  },
});
