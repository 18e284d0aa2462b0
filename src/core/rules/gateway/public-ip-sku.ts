import { skuFacts } from '../../facts/skus';
import type { PublicIp } from '../../model/types';
import { isBasicSku } from '../shared';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { updateGateway } from './helpers';

/** Basic SKU public IP addresses retired on this date (facts §1.4, §1.6). */
export const BASIC_IP_RETIREMENT = new Date('2025-09-30T00:00:00Z');

const ipLabel = (ip: PublicIp, i: number): string => `${ip.name ?? `IP ${i + 1}`} (${ip.sku}, ${ip.allocation})`;

export default defineRule({
  meta: {
    id: 'gateway/public-ip-sku',
    severities: ['error', 'warning'],
    title: 'A gateway whose public IPs have the wrong SKU or allocation, or no public IP at all.',
    source: 'FAQ "Can I request a static public IP address for my VPN gateway?", "Is the VPN Gateway Basic SKU also retiring?"; facts §1.4, §8',
    docs: {
      why: 'Every gateway SKU except Basic needs Standard SKU public IPs, which are always statically allocated. The Basic gateway SKU, per the FAQ, currently works only with a Basic SKU public IP, and Basic public IPs were retired on 30 September 2025. A gateway without a public IP cannot be created.',
      example: 'Gateway `hub-gw` (VpnGw2AZ) with a Basic dynamic public IP; or Basic gateway `branch-gw` with a Standard public IP.',
      fix: 'Give non-Basic gateways Standard static public IPs (the autofix converts them for a new gateway). For a Basic gateway, plan the move to a Standard public IP or to a VpnGw AZ SKU.',
      reading:
        'Basic gateway + Standard IP is an error, following the FAQ ("currently supports only Basic SKU public IP addresses"), although Microsoft says Standard support is being added; Basic gateway + Basic IP is a warning about the retirement. The FAQ still allows dynamic IPs on existing non-AZ gateways while they are phased out, so a gateway marked existing with a non-AZ or legacy SKU gets a warning rather than an error for them.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      const basic = isBasicSku(g.sku);
      if (g.publicIps.length === 0) {
        const azSku = skuFacts(g.sku)?.zoneRedundant === true;
        yield {
          elementIds: [g.id],
          message: `Gateway ${g.name} has no public IP address; a VPN gateway needs ${basic ? 'one' : 'a Standard static public IP'}.`,
          detail: 'missing',
          data: { sku: g.sku, count: 0 },
          fix: basic
            ? { hint: 'Add a public IP to the gateway.' }
            : {
                hint: 'Add a Standard static public IP.',
                autofix: {
                  label: 'Add a Standard static public IP',
                  apply: (doc) =>
                    updateGateway(doc, g.id, (x) => ({
                      ...x,
                      publicIps: [{ sku: 'Standard', allocation: 'Static', zones: azSku ? ['1', '2', '3'] : [] }],
                    })),
                },
              },
        };
        continue;
      }
      const facts = skuFacts(g.sku);
      if (!facts) continue; // gateway/sku-generation reports unknown SKUs
      if (basic) {
        const standard = g.publicIps.filter((ip) => ip.sku === 'Standard');
        if (standard.length > 0) {
          yield {
            elementIds: [g.id],
            message: `Basic gateway ${g.name} has a Standard public IP (${standard.map((ip) => ipLabel(ip, g.publicIps.indexOf(ip))).join(', ')}); per the FAQ the Basic gateway SKU currently supports only Basic public IPs.`,
            detail: 'basic-standard-ip',
            data: { sku: g.sku, ipSkus: g.publicIps.map((ip) => ip.sku) },
            fix: { hint: 'Use a VpnGw AZ SKU with the Standard IP, or check whether Standard IPs are now supported for Basic gateways in your region.' },
          };
        }
        if (g.publicIps.some((ip) => ip.sku === 'Basic')) {
          const retired = ctx.today >= BASIC_IP_RETIREMENT;
          yield {
            severity: 'warning',
            elementIds: [g.id],
            message: `Basic gateway ${g.name} uses a Basic public IP; Basic public IPs ${retired ? 'were retired on' : 'retire on'} 2025-09-30.`,
            detail: 'basic-ip-retired',
            data: { sku: g.sku, retired },
            fix: { hint: 'Plan the migration to a Standard public IP (or to a VpnGw AZ SKU with a Standard IP).' },
          };
        }
        continue;
      }
      const bad = g.publicIps.map((ip, i) => ({ ip, i })).filter(({ ip }) => ip.sku !== 'Standard' || ip.allocation !== 'Static');
      if (bad.length === 0) continue;
      const tolerated = g.existing && !facts.zoneRedundant;
      const labels = bad.map(({ ip, i }) => ipLabel(ip, i)).join(', ');
      yield {
        ...(tolerated ? { severity: 'warning' as const } : {}),
        elementIds: [g.id],
        message: tolerated
          ? `Existing gateway ${g.name} (${g.sku}) still has ${labels}; such IPs are being phased out: move to a Standard static public IP.`
          : `Gateway ${g.name} (${g.sku}) needs Standard static public IPs, but has ${labels}.`,
        detail: tolerated ? 'not-standard-static-existing' : 'not-standard-static',
        data: { sku: g.sku, ipSkus: g.publicIps.map((ip) => ip.sku), allocations: g.publicIps.map((ip) => ip.allocation) },
        fix: tolerated
          ? { hint: 'Migrate the gateway to a Standard static public IP (the address changes: update the on-premises devices).' }
          : {
              hint: 'Use Standard SKU public IPs with static allocation.',
              autofix: {
                label: 'Make the public IPs Standard and static',
                apply: (doc) =>
                  updateGateway(doc, g.id, (x) => ({
                    ...x,
                    publicIps: x.publicIps.map((ip) => ({ ...ip, sku: 'Standard' as const, allocation: 'Static' as const })),
                  })),
              },
            },
      };
    }
  },
});
