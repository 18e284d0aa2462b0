import type { DesignFigures } from '../core/compute/figures';
import { BREAKDOWN_LABELS } from '../core/compute/traffic-selectors';
import { printable } from './printable';

/** The `--details` section: per-gateway capacity, selectors and pool split; per-connection NAT and selectors. */
export function formatFiguresText(f: DesignFigures): string {
  const lines: string[] = ['', 'Computed figures'];
  for (const g of f.gateways) {
    lines.push(`  gateway ${printable(g.name)} (${printable(g.sku)})`);
    const c = g.capacity;
    if (c) {
      lines.push(`    tunnels: ${c.tunnels.used} of ${c.tunnels.max ?? '?'} (${c.tunnels.counting})`);
      lines.push(
        `    P2S clients planned: SSTP ${c.p2s.sstp.planned} of ${c.p2s.sstp.max ?? '?'}, IKEv2+OpenVPN ${c.p2s.ikev2OpenVpn.planned} of ${c.p2s.ikev2OpenVpn.max ?? '?'}`,
      );
      lines.push(`    planned bandwidth: ${c.throughput.plannedMbps} of ${c.throughput.maxMbps ?? '?'} Mbps`);
    }
    const t = g.trafficSelectors;
    const parts = (Object.keys(BREAKDOWN_LABELS) as (keyof typeof BREAKDOWN_LABELS)[])
      .filter((k) => t.breakdown[k] > 0)
      .map((k) => `${t.breakdown[k]} ${BREAKDOWN_LABELS[k]}`);
    lines.push(`    traffic selectors (IKEv2): ${t.total}${parts.length ? ` = ${parts.join(' + ')}` : ''}; OpenVPN routes: ${t.openVpnRoutes}`);
    for (const v of t.verdicts) {
      if (v.enabled) lines.push(`      ${v.label}: ${v.count} of ${v.limit}${v.exceeded ? '  EXCEEDED' : ''}`);
    }
    for (const p of g.p2sPools) {
      for (const share of p.shares) {
        lines.push(`    P2S pool ${printable(p.p2sId)}: ${share.protocols.join('+')} ${share.cidrs.join(', ')} (${share.usableClients} clients)`);
      }
    }
  }
  for (const c of f.connections) {
    if (c.nat.length === 0 && !c.policySelectors) continue;
    lines.push(`  connection ${printable(c.name)}`);
    for (const r of c.nat) lines.push(`    NAT ${printable(r.ruleName)} (${r.type} ${r.mode}): ${printable(r.internal)} → ${printable(r.external)}`);
    if (c.policySelectors) {
      lines.push(`    policy-based selectors: ${c.policySelectors.pairCount}`);
      for (const p of c.policySelectors.pairs.slice(0, 20)) lines.push(`      ${p.onPrem} <=> ${p.azure}`); // canonical CIDRs
    }
  }
  return lines.join('\n') + '\n\n';
}
