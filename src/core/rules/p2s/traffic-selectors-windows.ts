import { formatBreakdown } from '../../compute/traffic-selectors';
import { P2S_LIMITS } from '../../facts/skus';
import type { ClientOs } from '../../model/types';
import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { OS_LABEL, selectorMeters } from './shared';

const PRE_2004: readonly ClientOs[] = ['windows-legacy', 'windows10-pre2004'];
const WINDOWS: readonly ClientOs[] = [...PRE_2004, 'windows10-2004'];
const NON_WINDOWS: readonly ClientOs[] = ['macos', 'linux', 'ios', 'android'];

interface Context {
  readonly gw: string;
  readonly names: string;
  readonly breakdown: string;
  readonly elementIds: readonly string[];
  readonly data: Readonly<Record<string, number>>;
}

/**
 * The finding for IKEv2 configurations that list no Windows client: above 256 selectors the listed
 * non-Windows clients fail (error); between 26 and 256 only Windows clients added later would fail (warning).
 */
function noWindowsFinding(count: number, listed: readonly ClientOs[], c: Context): Finding {
  const nonWindowsOs = NON_WINDOWS.filter((os) => listed.includes(os));
  const who = nonWindowsOs.length > 0 ? `the planned ${nonWindowsOs.map((os) => OS_LABEL[os]).join(', ')} clients` : 'non-Windows IKEv2 clients';
  const head = `${c.gw} gives IKEv2 clients of ${c.names} ${count} traffic selectors (${c.breakdown})`;
  if (count > P2S_LIMITS.nonWindowsIkev2) {
    return {
      severity: 'error',
      elementIds: c.elementIds,
      detail: 'limit-256',
      message: `${head}, over the limit of ${P2S_LIMITS.nonWindowsIkev2} for non-Windows IKEv2 clients: ${who} cannot connect over IKEv2 (no Windows client is listed; Windows clients would fail too).`,
      data: { ...c.data, limit: P2S_LIMITS.nonWindowsIkev2, nonWindowsExceeded: true, windowsListed: false, nonWindowsOs },
      fix: {
        hint: `Bring the count to ${P2S_LIMITS.nonWindowsIkev2} or fewer (${P2S_LIMITS.windows2004} if Windows clients may join): summarise VNet and site prefixes, drop peerings or connections P2S users do not need, or serve these clients over OpenVPN (up to ${P2S_LIMITS.openVpnRoutes} routes).`,
      },
    };
  }
  const allWindows = count > P2S_LIMITS.windows2004;
  return {
    severity: 'warning',
    elementIds: c.elementIds,
    detail: allWindows ? 'limit-255' : 'limit-25',
    message:
      `${head}. No Windows client is listed, so ${who} can connect (non-Windows IKEv2 clients accept ${P2S_LIMITS.nonWindowsIkev2}); ` +
      (allWindows
        ? `if Windows clients are added later, none of them can connect over IKEv2 (Windows accepts at most ${P2S_LIMITS.windows2004}).`
        : `if Windows clients are added later, those older than Windows 10 version 2004 cannot connect over IKEv2 (they accept at most ${P2S_LIMITS.windowsPre2004}).`),
    data: {
      ...c.data,
      limit: allWindows ? P2S_LIMITS.windows2004 : P2S_LIMITS.windowsPre2004,
      nonWindowsExceeded: false,
      windowsListed: false,
      nonWindowsOs,
      affectedOs: [],
    },
    fix: {
      hint: allWindows
        ? `Before adding Windows clients, bring the count to ${P2S_LIMITS.windows2004} or fewer, or serve them over OpenVPN (up to ${P2S_LIMITS.openVpnRoutes} routes).`
        : `Before adding Windows clients, make sure they run Windows 10 version 2004 or later, or serve them over OpenVPN.`,
    },
  };
}

export default defineRule({
  meta: {
    id: 'p2s/traffic-selectors-windows',
    severities: ['warning', 'error'],
    title: 'IKEv2 clients receive more traffic selectors than they accept (Windows: 25 before 10 version 2004, 255 after; others 256).',
    source: 'FAQ "What is the IKEv2 traffic selector limit for point-to-site connections?"; facts §5 (Address pool, limits)',
    docs: {
      why:
        'Over IKEv2 the gateway hands each P2S client one traffic selector per VNet address space, per local-site prefix, per VNet-to-VNet connection and per peered VNet. Windows refuses the tunnel when that list is longer than it supports: 25 entries before Windows 10 version 2004, 255 from that version on. Non-Windows IKEv2 clients accept 256.',
      example:
        'A gateway VNet with 2 address spaces, connected to 3 sites with 8 prefixes each (24) and peered to 4 spokes: 30 selectors, so Windows 10 1909 clients fail over IKEv2 (warning). At 256 selectors every Windows IKEv2 client fails (error).',
      fix: 'Summarise VNet address spaces and site prefixes into fewer, larger prefixes; drop peerings or connections the P2S users do not need; or move Windows clients to OpenVPN (1,000 routes) and keep them on Windows 10 version 2004 or later.',
      reading:
        'The count follows rules.md: VNet address-space prefixes + the prefixes of every S2S-connected site (a BGP site with an empty address space counts 1 for its peer host route; BGP-advertised prefixes are not counted) + one per VNet-to-VNet remote gateway + one per peered VNet (whatever the transit flags, but not a peered VNet with its own VPN gateway: it cannot use remote gateways, so P2S clients cannot reach it through the peering) + 2 per pool prefix when SSTP and IKEv2 split the pool (the FAQ says the selectors carry the two sub-range CIDRs). Above 25 the rule warns even when no pre-2004 Windows client is listed, because such devices cannot connect; it names the listed ones when there are. The client operating systems of the IKEv2 configurations decide the severity: when they list any Windows version, more than 255 selectors is an error (no Windows client connects). When they list operating systems but no Windows version, the Windows limits are only a warning ("if Windows clients are added later…", detail limit-25 or limit-255), and the error threshold is the non-Windows limit: more than 256 is an error (detail limit-256) naming the listed non-Windows clients. An empty list says nothing about the clients, so the Windows limits apply to it.',
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
      const listedOs = new Set<ClientOs>();
      for (const p of ikev2Configs) for (const os of p.clientOs) listedOs.add(os);
      const windowsListed = WINDOWS.some((os) => listedOs.has(os));
      // An empty client-OS list says nothing about the clients: the Windows limits apply, as before.
      if (listedOs.size > 0 && !windowsListed) {
        yield noWindowsFinding(m.count, [...listedOs], { gw, names, breakdown, elementIds, data });
        continue;
      }
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
          data: { ...data, limit: P2S_LIMITS.windows2004, nonWindowsExceeded: others, windowsListed },
          fix: {
            hint: `Bring the count to ${P2S_LIMITS.windows2004} or fewer: summarise VNet and site prefixes, drop peerings or connections P2S users do not need, or serve these clients over OpenVPN (up to ${P2S_LIMITS.openVpnRoutes} routes).`,
          },
        };
        continue;
      }
      const affectedOs = PRE_2004.filter((os) => listedOs.has(os));
      const who =
        affectedOs.length > 0
          ? `the planned ${affectedOs.map((os) => OS_LABEL[os]).join(' and ')} clients will fail to connect over IKEv2`
          : `Windows clients older than Windows 10 version 2004 would fail to connect over IKEv2 (none is listed in the client operating systems)`;
      yield {
        severity: 'warning',
        elementIds,
        detail: 'limit-25',
        message: `${gw} gives IKEv2 clients of ${names} ${m.count} traffic selectors (${breakdown}), over the limit of ${P2S_LIMITS.windowsPre2004} for Windows before 10 version 2004: ${who}. Windows 10 version 2004 and later accept up to ${P2S_LIMITS.windows2004}.`,
        data: { ...data, limit: P2S_LIMITS.windowsPre2004, affectedOs, windowsListed },
        fix: {
          hint: `Update Windows clients to Windows 10 version 2004 or later, move them to OpenVPN, or bring the count to ${P2S_LIMITS.windowsPre2004} or fewer by summarising prefixes.`,
        },
      };
    }
  },
});
