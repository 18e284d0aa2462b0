import { memo } from 'react';
import type { GatewayFigures } from '../../core/compute/figures';
import { Gauge } from './Gauge';

/** What the gateway uses against its SKU: tunnels, P2S clients per protocol family, planned bandwidth. */
export const CapacityFigure = memo(function CapacityFigure({ gateway }: { gateway: GatewayFigures }) {
  const c = gateway.capacity;
  if (!c) return null;
  const { tunnels, p2s, throughput } = c;
  return (
    <section className="figure" aria-labelledby={`capacity-${gateway.id}`} data-figure="capacity">
      <h3 id={`capacity-${gateway.id}`}>SKU capacity ({gateway.sku})</h3>
      <Gauge
        name="Tunnels"
        value={tunnels.used}
        max={tunnels.max}
        detail={`${tunnels.s2sConnections} site-to-site, ${tunnels.vnet2vnetConnections} VNet-to-VNet; counted ${tunnels.counting}.`}
      />
      <Gauge name="SSTP clients" value={p2s.sstp.planned} max={p2s.sstp.max} />
      <Gauge name="IKEv2 and OpenVPN clients" value={p2s.ikev2OpenVpn.planned} max={p2s.ikev2OpenVpn.max} />
      <Gauge name="Planned bandwidth" value={throughput.plannedMbps} max={throughput.maxMbps} unit="Mbps" detail="Sum of the connections' planned bandwidth against the SKU's aggregate throughput." />
    </section>
  );
});
