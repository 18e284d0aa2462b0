import { splitPool } from '../../compute/p2s-split';
import type { P2sConfiguration } from '../../model/types';
import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { listTunnels, poolSplit, withoutTunnel } from './shared';

/** From this day SSTP can no longer be enabled on a gateway (facts §5, SSTP retirement). */
export const SSTP_ENABLE_END = '2026-03-31';
/** From this day existing SSTP gateways accept no SSTP connections. */
export const SSTP_CONNECTIONS_END = '2027-03-31';

const dayOf = (d: Date): string => d.toISOString().slice(0, 10);

/** What happens to the pool once SSTP is dropped, in words. */
function poolAfterDrop(ctx: RuleContext, config: P2sConfiguration): { text: string; ranges: string[] } {
  const before = poolSplit(ctx, config);
  const rest = config.tunnelTypes.filter((t) => t !== 'SSTP');
  const after = splitPool({ ...config, tunnelTypes: rest }, before.minimumLength === 28);
  const ranges = after.prefixes.map((p) => p.pool);
  if (ranges.length === 0) return { text: '', ranges };
  const whole = after.prefixes.map((p) => `${p.pool} (${p.addresses} addresses)`).join(', ');
  if (before.split) {
    const ikev2Half = before.prefixes.map((p) => p.ikev2?.cidr).filter((c): c is string => c !== undefined);
    return { text: ` Without SSTP the pool is no longer split: ${listTunnels(rest)} clients get the whole pool ${whole} instead of ${ikev2Half.join(', ') || 'nothing'}.`, ranges };
  }
  return { text: ` The pool ${whole} is not split today and stays one range for the protocols that replace SSTP.`, ranges };
}

export default defineRule({
  meta: {
    id: 'p2s/sstp-retirement',
    severities: ['error', 'warning'],
    title: 'SSTP is being retired: it cannot be enabled from 2026-03-31 and stops working on 2027-03-31.',
    source: 'facts §5 (SSTP retirement: "SSTP protocol retirement and connections migration")',
    docs: {
      why:
        'Microsoft is retiring SSTP for P2S. Since March 31, 2026 SSTP can no longer be enabled on a VPN gateway, and from March 31, 2027 gateways that still have it accept no SSTP connections. Clients must move to IKEv2 and/or OpenVPN with new profiles.',
      example: 'A new gateway in the design whose P2S configuration enables SSTP and IKEv2 (error since 2026-03-31); an existing gateway with SSTP (warning until 2027-03-31, error after).',
      fix: 'Replace SSTP with IKEv2 and/or OpenVPN, regenerate the client profiles and redistribute them. Dropping SSTP also ends the pool split: IKEv2 gets the whole pool.',
      reading:
        'A gateway not marked existing, or an existing one whose deployed P2S settings do not include SSTP, would have SSTP newly enabled: error from 2026-03-31, warning before. An existing gateway that keeps SSTP (deployed settings include it, or none are recorded): warning until 2027-03-31, error from that day. Dates are compared as UTC calendar days against today.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    const today = dayOf(ctx.today);
    for (const config of ctx.doc.p2sConfigurations) {
      if (!config.tunnelTypes.includes('SSTP')) continue;
      const gateway = ctx.index.gatewayById.get(config.gatewayId);
      if (!gateway) continue;
      const enabling = !gateway.existing || (config.deployed !== undefined && !config.deployed.tunnelTypes.includes('SSTP'));
      const rest = config.tunnelTypes.filter((t) => t !== 'SSTP');
      const after = poolAfterDrop(ctx, config);
      const name = () => describeElement(ctx, config.id); // built only when a finding needs it
      const gw = describeElement(ctx, gateway.id);
      const suggestion = rest.length > 0 ? `Drop SSTP and keep ${listTunnels(rest)}.` : 'Replace SSTP with IKEv2 and/or OpenVPN (OpenVPN also serves Windows before 10).';
      let severity: 'error' | 'warning';
      let detail: string;
      let what: string;
      if (enabling) {
        severity = today >= SSTP_ENABLE_END ? 'error' : 'warning';
        detail = 'enable';
        what =
          severity === 'error'
            ? `${name()} enables SSTP on ${gw}, which ${gateway.existing ? 'does not have it today' : 'the design creates'}; SSTP can no longer be enabled since ${SSTP_ENABLE_END}.`
            : `${name()} enables SSTP on ${gw}; from ${SSTP_ENABLE_END} SSTP can no longer be enabled, and from ${SSTP_CONNECTIONS_END} no gateway accepts SSTP connections.`;
      } else {
        severity = today >= SSTP_CONNECTIONS_END ? 'error' : 'warning';
        detail = 'existing';
        what =
          severity === 'error'
            ? `${name()} still has SSTP on existing ${gw}; since ${SSTP_CONNECTIONS_END} gateways accept no SSTP connections.`
            : `${name()} keeps SSTP on existing ${gw}; from ${SSTP_CONNECTIONS_END} SSTP clients can no longer connect.`;
      }
      yield {
        severity,
        elementIds: [config.id, gateway.id],
        detail,
        message: `${what} ${suggestion}${after.text}`,
        data: {
          today,
          enableEnd: SSTP_ENABLE_END,
          connectionsEnd: SSTP_CONNECTIONS_END,
          existing: gateway.existing,
          remainingTunnels: rest,
          poolAfter: after.ranges,
          splitAfter: false,
        },
        fix: {
          hint: `${suggestion} Regenerate and redistribute the client profiles.`,
          ...(rest.length > 0 ? { autofix: { label: `Remove SSTP (keep ${listTunnels(rest)})`, apply: (doc) => withoutTunnel(doc, config.id, 'SSTP') } } : {}),
        },
      };
    }
  },
});
