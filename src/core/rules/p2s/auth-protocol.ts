import { isBasicSku, describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { TUNNEL_AUTH, listTunnels } from './shared';

export default defineRule({
  meta: {
    id: 'p2s/auth-protocol',
    severities: ['error'],
    title: 'Authentication type not usable with the enabled tunnel types or the SKU (Entra ID without OpenVPN, RADIUS on Basic).',
    source: 'facts §5 (Protocols, authentication, clients; tunnel/auth mapping)',
    docs: {
      why:
        'Microsoft Entra ID (AAD) authentication works only over OpenVPN, with the Azure VPN Client; SSTP and IKEv2 accept certificate or RADIUS authentication only. RADIUS authentication is not available on the Basic SKU.',
      example: 'A P2S configuration with IKEv2 only and Entra ID authentication; or RADIUS on a Basic gateway.',
      fix: 'Enable OpenVPN for Entra ID users (IKEv2 + OpenVPN is allowed), add certificate or RADIUS authentication for SSTP/IKEv2 clients, or move off the Basic SKU to use RADIUS.',
      reading:
        'Three sub-cases: `aad-without-openvpn` (Entra ID listed but OpenVPN not enabled), `tunnel-without-auth` (SSTP or IKEv2 enabled while only Entra ID is listed, or no authentication type at all: those tunnels have nothing to authenticate with), `radius-basic`.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const config of ctx.doc.p2sConfigurations) {
      const name = () => describeElement(ctx, config.id); // built only when a finding needs it
      const tunnels = config.tunnelTypes;
      if (config.authTypes.includes('AAD') && !tunnels.includes('OpenVPN')) {
        yield {
          elementIds: [config.id],
          detail: 'aad-without-openvpn',
          message: `${name()} uses Microsoft Entra ID authentication but OpenVPN is not enabled (tunnel types: ${listTunnels(tunnels)}); Entra ID works only over OpenVPN.`,
          data: { tunnelTypes: [...tunnels], authTypes: [...config.authTypes] },
          fix: { hint: 'Enable OpenVPN (IKEv2 + OpenVPN is allowed), or use certificate or RADIUS authentication.' },
        };
      }
      const stranded = tunnels.filter((t) => !TUNNEL_AUTH[t].some((a) => config.authTypes.includes(a)));
      if (stranded.length > 0) {
        yield {
          elementIds: [config.id],
          detail: 'tunnel-without-auth',
          message:
            config.authTypes.length === 0
              ? `${name()} enables ${listTunnels(stranded)} but lists no authentication type.`
              : `${name()} enables ${listTunnels(stranded)}, which accept only certificate or RADIUS authentication, but the configuration lists only Entra ID.`,
          data: { tunnelTypes: [...stranded], authTypes: [...config.authTypes] },
          fix: { hint: `Add certificate or RADIUS authentication for the ${listTunnels(stranded)} clients, or disable ${listTunnels(stranded)}.` },
        };
      }
      const gateway = ctx.index.gatewayById.get(config.gatewayId);
      if (gateway && config.authTypes.includes('Radius') && isBasicSku(gateway.sku)) {
        yield {
          elementIds: [config.id, gateway.id],
          detail: 'radius-basic',
          message: `${name()} uses RADIUS authentication on ${describeElement(ctx, gateway.id)}, a Basic SKU gateway; Basic does not support RADIUS.`,
          data: { sku: gateway.sku, authTypes: [...config.authTypes] },
          fix: { hint: 'Use certificate authentication, or resize to a VpnGw SKU (a Basic gateway must be re-created to change SKU).' },
        };
      }
    }
  },
});
