import { SSTP_MAX_CLIENTS } from '../../compute/p2s-split';
import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { poolSplit } from './shared';

export default defineRule({
  meta: {
    id: 'p2s/pool-split',
    severities: ['info'],
    title: 'SSTP and IKEv2 together split the P2S address pool into two sub-ranges.',
    source: 'FAQ "What happens when I configure both SSTP and IKEv2 for P2S VPN connections?"; facts §5 (Address pool)',
    docs: {
      why:
        'With SSTP and IKEv2 both enabled, the gateway divides the client pool statically between the two protocols, so each protocol can hand out only the addresses of its own sub-range. SSTP never serves more than 128 clients, whatever the size of its sub-range. The two sub-range CIDRs, not the pool CIDR, may show up in the routes clients receive.',
      example: 'Pool 172.16.0.0/24 with SSTP and IKEv2: SSTP 172.16.0.0/25 (at most 128 clients), IKEv2 172.16.0.128/25 (128 addresses).',
      fix: 'Nothing to fix: size the pool so each half holds its protocol\'s clients, or drop SSTP (it is being retired) to give IKEv2 the whole pool.',
      reading:
        'Microsoft documents neither a formula nor which sub-range goes to which protocol. The designer halves every pool prefix into two equal CIDRs, assumes the lower half serves SSTP and the upper half IKEv2, counts each half\'s addresses plainly as its capacity, and caps SSTP at 128 clients even when its half is larger (facts §5 gives this reading and a second one, where SSTP takes one /25 of a pool larger than /24; the equal-halves reading matches the FAQ\'s "two subranges"). The finding also gives what IKEv2 would get under the second reading (data ikev2AddressesIfSstpBlock), and p2s/pool-too-small checks planned clients against both.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const config of ctx.doc.p2sConfigurations) {
      const s = poolSplit(ctx, config);
      if (!s.split || s.prefixes.length === 0) continue;
      const [sstp, ikev2] = s.shares;
      const parts = s.prefixes.map(
        (p) =>
          `${p.pool} into SSTP ${p.sstp?.cidr ?? '—'} (${p.sstp?.addresses ?? 0} addresses) and IKEv2 ${p.ikev2?.cidr ?? 'nothing'} (${p.ikev2?.addresses ?? 0} addresses)`,
      );
      const capped = (sstp?.addresses ?? 0) > SSTP_MAX_CLIENTS;
      const alternative = s.sstpBlock?.ikev2Addresses;
      yield {
        elementIds: [config.id],
        message:
          `${describeElement(ctx, config.id)}: with SSTP and IKEv2 both enabled the pool is split: ${parts.join('; ')}. ` +
          `SSTP serves at most ${SSTP_MAX_CLIENTS} clients${capped ? `, so ${(sstp?.addresses ?? 0) - SSTP_MAX_CLIENTS} addresses of its half stay unused` : ''}. ` +
          `Assumption: Microsoft does not document which half goes to which protocol; the lower half is shown as SSTP and the upper half as IKEv2.` +
          (alternative !== undefined && alternative !== (ikev2?.addresses ?? 0)
            ? ` Under the other documented reading (SSTP takes one /25 of each prefix larger than /24), IKEv2 would get ${alternative} addresses.`
            : ''),
        data: {
          pool: s.prefixes.map((p) => p.pool),
          sstpRanges: sstp?.cidrs ?? [],
          ikev2Ranges: ikev2?.cidrs ?? [],
          sstpAddresses: sstp?.addresses ?? 0,
          sstpUsableClients: sstp?.usableClients ?? 0,
          ikev2Addresses: ikev2?.addresses ?? 0,
          sstpMaxClients: SSTP_MAX_CLIENTS,
          assumption: 'lower-half-sstp',
          ikev2AddressesIfSstpBlock: alternative ?? ikev2?.addresses ?? 0,
        },
        fix: { hint: 'Size the pool so each half holds its protocol\'s planned clients, or drop SSTP (being retired) so IKEv2 gets the whole pool.' },
      };
    }
  },
});
