import type { Finding } from '../types';
import { defineRule } from '../types';
import { GATEWAY_SUBNET, gatewaySubnets, updateVnet } from './shared';
import { firstFew } from '../shared';

export default defineRule({
  meta: {
    id: 'gateway-subnet/workloads',
    severities: ['error'],
    title: 'Something other than the gateway placed in GatewaySubnet, or an NSG on it.',
    source: 'FAQ "Can I deploy virtual machines or role instances to my gateway subnet?"; facts §6 (GatewaySubnet, NSG)',
    docs: {
      why: 'GatewaySubnet is reserved for the gateway\'s own instances. VMs, NICs or private endpoints placed there are not supported and can take the addresses the gateway needs. A network security group on GatewaySubnet is not supported either: the gateway may stop working, and gateway creation is blocked.',
      example: 'GatewaySubnet of VNet `hub` listing workload `jumpbox-vm`, or with an NSG associated.',
      fix: 'Move the workloads to another subnet; remove the NSG association from GatewaySubnet (the autofix does this).',
      reading: 'Workloads are reported with detail workloads and an NSG with detail nsg, since facts §6 lists an NSG on GatewaySubnet as unsupported.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const v of ctx.doc.vnets) {
      for (const s of gatewaySubnets(v)) {
        const gatewayIds = (ctx.index.gatewaysByVnet.get(v.id) ?? []).map((g) => g.id);
        if (s.workloads.length > 0) {
          yield {
            elementIds: [v.id, ...gatewayIds],
            message: `GatewaySubnet of VNet ${v.name} holds ${s.workloads.length === 1 ? 'workload' : `${s.workloads.length} workloads`} ${firstFew(s.workloads)}; nothing but the gateway may be deployed there.`,
            detail: 'workloads',
            data: { vnet: v.id, workloads: s.workloads },
            fix: { hint: `Move ${firstFew(s.workloads)} to another subnet of ${v.name}.` },
          };
        }
        if (s.networkSecurityGroup) {
          yield {
            elementIds: [v.id, ...gatewayIds],
            message: `GatewaySubnet of VNet ${v.name} has an NSG associated; NSGs on GatewaySubnet are not supported and can stop the gateway from working.`,
            detail: 'nsg',
            data: { vnet: v.id },
            fix: {
              hint: 'Remove the NSG association from GatewaySubnet.',
              autofix: {
                label: `Remove the NSG from GatewaySubnet of ${v.name}`,
                apply: (doc) =>
                  updateVnet(doc, v.id, (x) => ({
                    ...x,
                    subnets: x.subnets.map((sub) => (sub.name === GATEWAY_SUBNET ? { ...sub, networkSecurityGroup: false } : sub)),
                  })),
              },
            },
          };
        }
      }
    }
  },
});
