import type { ClientOs, P2sConfiguration, P2sTunnelType } from '../../model/types';
import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { TUNNEL_AUTH, listTunnels, OS_LABEL } from './shared';

/** Client operating systems that can run each tunnel type (native clients, strongSwan, or an OpenVPN client). */
export const TUNNEL_CLIENT_OS: Readonly<Record<P2sTunnelType, readonly ClientOs[]>> = {
  SSTP: ['windows-legacy', 'windows10-pre2004', 'windows10-2004'],
  IkeV2: ['windows10-pre2004', 'windows10-2004', 'macos', 'linux', 'ios', 'android'],
  OpenVPN: ['windows-legacy', 'windows10-pre2004', 'windows10-2004', 'macos', 'linux', 'ios', 'android'],
};

/** Where the Azure VPN Client runs: Entra ID (AAD) authentication needs it. */
export const AZURE_VPN_CLIENT_OS: readonly ClientOs[] = ['windows10-pre2004', 'windows10-2004', 'macos', 'linux', 'ios', 'android'];

/** The enabled tunnel types a client OS can actually use, given the configuration's authentication types. */
export function usableTunnels(config: P2sConfiguration, os: ClientOs): P2sTunnelType[] {
  return config.tunnelTypes.filter((t) => {
    if (!TUNNEL_CLIENT_OS[t].includes(os)) return false;
    return TUNNEL_AUTH[t].some((a) => config.authTypes.includes(a) && (a !== 'AAD' || AZURE_VPN_CLIENT_OS.includes(os)));
  });
}

const ALL_TUNNELS: readonly P2sTunnelType[] = ['SSTP', 'IkeV2', 'OpenVPN'];

export default defineRule({
  meta: {
    id: 'p2s/client-os',
    severities: ['warning'],
    title: 'A planned client operating system has no enabled protocol it can use.',
    source: 'FAQ "What client operating systems can I use with point-to-site?", "Can I use any software VPN client for point-to-site that supports SSTP or IKEv2?", "Does Azure support IKEv2 VPN with Windows?"; facts §5',
    docs: {
      why:
        'Each tunnel type works only on some platforms: SSTP is Windows-only (native client), IKEv2 needs Windows 10 / Server 2016 or later, macOS, iOS, or strongSwan on Linux, and OpenVPN runs everywhere. Entra ID authentication needs the Azure VPN Client. A client OS the design plans for but no enabled protocol serves cannot connect.',
      example: 'A P2S configuration with SSTP only that lists macOS clients; or IKEv2 only with Windows 8.1 clients.',
      fix: 'Enable a protocol the OS can use (OpenVPN works on every platform; IKEv2 covers macOS, iOS and Linux), or remove the OS from the planned clients.',
      reading:
        'SSTP: Windows only (including Windows before 10). IKEv2: Windows 10 and later (any version), macOS, iOS, Linux (strongSwan) and Android (through the strongSwan app: the FAQ lists no Android IKEv2 client, the designer assumes the strongSwan app). OpenVPN: every OS. Entra ID (AAD) over OpenVPN: only where the Azure VPN Client runs (Windows 10 and later, macOS, Linux, iOS, Android), so not Windows before 10. A tunnel counts as usable only when the configuration lists an authentication type it accepts on that OS.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const config of ctx.doc.p2sConfigurations) {
      for (const os of new Set(config.clientOs)) {
        if (usableTunnels(config, os).length > 0) continue;
        const could = ALL_TUNNELS.filter((t) => TUNNEL_CLIENT_OS[t].includes(os));
        const aadOnly = config.authTypes.length > 0 && config.authTypes.every((a) => a === 'AAD');
        const why =
          config.tunnelTypes.includes('OpenVPN') && aadOnly && !AZURE_VPN_CLIENT_OS.includes(os)
            ? `; Entra ID authentication needs the Azure VPN Client, which does not run on it`
            : '';
        yield {
          elementIds: [config.id],
          detail: os,
          message: `${describeElement(ctx, config.id)} plans ${OS_LABEL[os]} clients, but none of its tunnel types (${listTunnels(config.tunnelTypes)}) works there${why}: ${OS_LABEL[os]} can use ${listTunnels(could)}.`,
          data: { os, tunnelTypes: [...config.tunnelTypes], authTypes: [...config.authTypes], usableProtocols: [...could] },
          fix: { hint: `Enable ${listTunnels(could.filter((t) => t !== 'SSTP'))} (OpenVPN works on every platform), or remove ${OS_LABEL[os]} from the planned clients.` },
        };
      }
    }
  },
});
