import type { PublicIp } from '../../model/types';
import { isBasicSku } from '../shared';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { updateGateway } from './helpers';

export default defineRule({
  meta: {
    id: 'gateway/active-active-ips',
    severities: ['error', 'info'],
    title: 'An active-active gateway without a public IP per instance (plus one for P2S with RADIUS).',
    source: 'facts §10 (active-active), §5 (RADIUS), §8 (ipConfigurations)',
    docs: {
      why: 'Each instance of an active-active gateway has its own IP configuration and Standard static public IP, so the gateway needs two. With point-to-site using RADIUS authentication, Azure asks for a third public IP. An active-standby gateway uses a single IP configuration.',
      example: 'Active-active gateway `hub-gw` with one public IP; or with two public IPs and a P2S configuration using RADIUS.',
      fix: 'Add public IPs until each instance has one (three with P2S + RADIUS); the autofix adds Standard static IPs in the zones of the first one.',
      reading:
        'The third IP is required only when a P2S configuration of the gateway uses RADIUS, as facts §5 states; other P2S setups are not checked for it. More than one public IP on an active-standby gateway is not documented as an error (the ARM shape simply has one IP configuration), so it is reported as info only (detail extra-ips).',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const g of ctx.doc.gateways) {
      const have = g.publicIps.length;
      if (!g.activeActive) {
        if (have > 1) {
          yield {
            severity: 'info',
            elementIds: [g.id],
            message: `Gateway ${g.name} is not active-active but lists ${have} public IPs; an active-standby gateway uses only one.`,
            detail: 'extra-ips',
            data: { have, needed: 1, activeActive: false },
            fix: { hint: 'Remove the extra public IPs, or turn on active-active if two instances with their own IPs were intended.' },
          };
        }
        continue;
      }
      const radius = (ctx.index.p2sByGateway.get(g.id) ?? []).filter((p) => p.authTypes.includes('Radius'));
      const needed = radius.length > 0 ? 3 : 2;
      if (have >= needed) continue;
      const first = g.publicIps[0];
      const extra: PublicIp = { sku: 'Standard', allocation: 'Static', zones: first ? [...first.zones] : [] };
      yield {
        elementIds: [g.id, ...radius.map((p) => p.id)],
        message:
          radius.length > 0
            ? `Active-active gateway ${g.name} has ${have} public IP${have === 1 ? '' : 's'}; it needs ${needed}: one per instance plus one for point-to-site with RADIUS.`
            : `Active-active gateway ${g.name} has ${have} public IP${have === 1 ? '' : 's'}; it needs ${needed}, one per instance.`,
        detail: radius.length > 0 ? 'radius' : 'too-few',
        data: { have, needed, activeActive: true, radius: radius.length > 0 },
        fix: {
          hint: `Add ${needed - have} Standard static public IP${needed - have > 1 ? 's' : ''}.`,
          ...(isBasicSku(g.sku)
            ? {}
            : {
                autofix: {
                  label: `Add ${needed - have} Standard static public IP${needed - have > 1 ? 's' : ''}`,
                  apply: (doc) =>
                    updateGateway(doc, g.id, (x) => ({
                      ...x,
                      publicIps: [...x.publicIps, ...Array.from({ length: Math.max(0, needed - x.publicIps.length) }, () => ({ ...extra, zones: [...extra.zones] }))],
                    })),
                },
              }),
        },
      };
    }
  },
});
