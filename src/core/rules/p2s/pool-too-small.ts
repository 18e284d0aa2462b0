import { plannedClients, SSTP_MAX_CLIENTS } from '../../compute/p2s-split';
import { toPrefixes } from '../../net/prefix';
import { describeElement } from '../shared';
import type { Finding, RuleContext } from '../types';
import { defineRule } from '../types';
import { listTunnels, poolSplit } from './shared';

export default defineRule({
  meta: {
    id: 'p2s/pool-too-small',
    severities: ['error', 'warning'],
    title: 'P2S address pool smaller than /29 (/28 active-active), or too small for the planned clients.',
    source: 'facts §5 (Address pool: minimum size; SSTP + IKEv2 split)',
    docs: {
      why:
        'Azure refuses a client address pool with a mask longer than 29 bits on an active-standby gateway, or 28 bits on an active-active one. Each connected client also takes one address of the range its protocol draws from, so a pool that is too small leaves clients unable to connect once it runs out; with SSTP and IKEv2 both enabled each protocol only has its half.',
      example: 'Pool 172.16.0.0/30 on an active-standby gateway (error), or 172.16.0.0/26 with SSTP and IKEv2 and 40 planned IKEv2 clients: the IKEv2 half 172.16.0.32/27 holds 32 addresses. Pool 172.16.0.0/22 with SSTP and IKEv2 and 600 planned IKEv2 clients is a warning: the IKEv2 half holds 512, but 896 if SSTP takes only one /25.',
      fix: 'Use a larger pool (at least /29, /28 on active-active, and big enough for the planned clients of each protocol), or add another pool prefix.',
      reading:
        'Each pool prefix must meet the minimum; the size minimum is checked on IPv4 prefixes. Capacity counts a range\'s addresses plainly (no reserved addresses are documented). Split pool: facts §5 gives two readings of the SSTP + IKEv2 split and Microsoft documents no formula, so both are checked. Equal halves (the split the designer shows): SSTP clients against the lower halves, IKEv2 clients against the upper halves. SSTP block: a prefix larger than /24 gives SSTP one /25 (128 addresses) and IKEv2 the rest (a /24 or smaller is halved either way). Planned clients that fit under neither reading are an error; IKEv2 clients that overflow only the equal halves (they fit in the larger IKEv2 share of the second reading) are a warning, detail capacity-assumption, naming the assumption. SSTP never gets more under the second reading; planned SSTP clients above its /25 block are above the 128-client SSTP cap that gateway/p2s-connection-limit reports, so they are not reported again here. Unsplit pool: the planned clients of all enabled protocols share the pool, so their sum is checked. Only enabled protocols\' planned clients count. An empty pool is reported too: P2S cannot be configured without one.',
    },
  },
  *check(ctx: RuleContext): Iterable<Finding> {
    for (const config of ctx.doc.p2sConfigurations) {
      const name = () => describeElement(ctx, config.id); // built only when a finding needs it
      if (config.addressPool.length === 0) {
        yield {
          elementIds: [config.id],
          detail: 'empty',
          message: `${name()} has no client address pool.`,
          data: { poolCount: 0 },
          fix: { hint: 'Add a private address pool of at least /29 (/28 on an active-active gateway) that overlaps nothing the clients reach.' },
        };
        continue;
      }
      const gateway = ctx.index.gatewayById.get(config.gatewayId);
      const activeActive = gateway?.activeActive ?? false;
      const split = poolSplit(ctx, config);
      for (const p of toPrefixes(config.addressPool)) {
        if (p.version !== 4 || p.length <= split.minimumLength) continue;
        yield {
          elementIds: [config.id, config.gatewayId],
          detail: 'size',
          message: `${name()}: pool ${p.text} is smaller than the /${split.minimumLength} minimum${activeActive ? ` for active-active ${describeElement(ctx, config.gatewayId)}` : ''}.`,
          data: { pool: p.text, length: p.length, minimumLength: split.minimumLength, activeActive },
          fix: { hint: `Use a /${split.minimumLength} or larger pool.` },
        };
      }
      if (split.prefixes.length === 0) continue;
      for (const [i, share] of split.shares.entries()) {
        if (share.protocols.length === 0) continue;
        const planned = share.protocols.reduce((sum, t) => sum + plannedClients(config, t), 0);
        if (planned <= share.addresses) continue;
        const protocols = listTunnels(share.protocols);
        const ranges = share.cidrs.length > 0 ? share.cidrs.join(', ') : 'no addresses';
        const where = split.split ? `its ${protocols} sub-range${share.cidrs.length > 1 ? 's' : ''} ${ranges}` : `the pool ${ranges}`;
        const data = { protocols: [...share.protocols], planned, addresses: share.addresses, ranges: [...share.cidrs], split: split.split };
        if (!split.split || !split.sstpBlock) {
          yield {
            elementIds: [config.id],
            detail: 'capacity',
            message: `${name()}: ${planned} planned ${protocols} clients do not fit in ${where} (${share.addresses} addresses).`,
            data,
            fix: { hint: `Enlarge the pool to hold at least ${planned} addresses, or add another pool prefix.` },
          };
          continue;
        }
        // The second reading of facts §5: SSTP takes one /25 of each prefix larger than /24, IKEv2 the rest.
        const alternative = i === 0 ? split.sstpBlock.sstpAddresses : split.sstpBlock.ikev2Addresses;
        const altData = { ...data, alternativeAddresses: alternative };
        if (planned > alternative) {
          const nor =
            alternative !== share.addresses
              ? `, nor in the ${alternative} addresses ${protocols} would get if SSTP took only one /25 of each prefix larger than /24`
              : '';
          yield {
            elementIds: [config.id],
            detail: 'capacity',
            message: `${name()}: ${planned} planned ${protocols} clients do not fit in ${where} (${share.addresses} addresses)${nor}.`,
            data: altData,
            fix: { hint: 'Enlarge the pool (each protocol gets half of it) or drop SSTP so IKEv2 gets the whole pool.' },
          };
          continue;
        }
        yield {
          severity: 'warning',
          elementIds: [config.id],
          detail: 'capacity-assumption',
          message:
            `${name()}: ${planned} planned ${protocols} clients do not fit in ${where} (${share.addresses} addresses) if the pool is split into equal halves, ` +
            `but fit in the ${alternative} addresses ${protocols} gets if SSTP takes only one /25 (${SSTP_MAX_CLIENTS} addresses) of each prefix larger than /24. ` +
            `Microsoft documents no split formula (facts §5); this depends on which reading Azure follows.`,
          data: { ...altData, assumption: 'equal-halves' },
          fix: { hint: 'Enlarge the pool so the IKEv2 half alone holds the planned clients, or drop SSTP (being retired) so IKEv2 gets the whole pool.' },
        };
      }
    }
  },
});
