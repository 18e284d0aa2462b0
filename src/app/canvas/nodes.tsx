import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import type { LocalSite, P2sConfiguration, VirtualNetwork, VpnGateway } from '../../core/model/types';
import { summaryOf } from '../store/derived';
import { useDesign } from '../store/hooks';

/**
 * Custom nodes, one small memoized component per element kind, declared at module scope (a new
 * `nodeTypes` object per render would make React Flow remount every node). Each node subscribes to its
 * own findings counts, so a change elsewhere re-renders only the nodes whose counts changed.
 */

export type VnetNode = Node<{ element: VirtualNetwork }, 'vnet'>;
export type GatewayNode = Node<{ element: VpnGateway }, 'gateway'>;
export type SiteNode = Node<{ element: LocalSite }, 'site'>;
export type P2sNode = Node<{ element: P2sConfiguration }, 'p2s'>;
export type DesignNode = VnetNode | GatewayNode | SiteNode | P2sNode;

const MAX_LINES = 4;

/** Up to four values, then "+N more". */
function ValueList({ values, empty }: { values: readonly string[]; empty: string }) {
  if (values.length === 0) return <p className="node-line muted">{empty}</p>;
  const shown = values.slice(0, MAX_LINES);
  return (
    <ul className="node-values">
      {shown.map((v, i) => (
        <li key={i}>{v}</li>
      ))}
      {values.length > shown.length ? <li className="muted">+{values.length - shown.length} more</li> : null}
    </ul>
  );
}

function Counts({ id }: { id: string }) {
  const errors = useDesign((s) => summaryOf(s.doc, id).error);
  const warnings = useDesign((s) => summaryOf(s.doc, id).warning);
  if (errors === 0 && warnings === 0) return null;
  return (
    <p className="node-counts">
      {errors > 0 ? (
        <span className="badge sev-error">
          {errors} error{errors === 1 ? '' : 's'}
        </span>
      ) : null}
      {warnings > 0 ? (
        <span className="badge sev-warning">
          {warnings} warning{warnings === 1 ? '' : 's'}
        </span>
      ) : null}
    </p>
  );
}

function Frame({ id, kind, kindLabel, name, children }: { id: string; kind: string; kindLabel: string; name: string; children: ReactNode }) {
  const worst = useDesign((s) => {
    const c = summaryOf(s.doc, id);
    return c.error ? 'error' : c.warning ? 'warning' : 'none';
  });
  return (
    <div className={`design-node kind-${kind} worst-${worst}`}>
      {/* Hidden handles: lines are drawn border to border (FloatingEdge), but React Flow needs a handle at each end. */}
      <Handle type="target" position={Position.Top} isConnectable={false} className="node-handle" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="node-handle" />
      {/* While a line is drawn, the whole node is its drop target (canvas.css enables it then). */}
      <Handle type="target" id="drop" position={Position.Top} isConnectableStart={false} className="node-drop" />
      <Handle type="source" id="port" position={Position.Right} className="node-port" title={`Drag to another element to connect ${name || 'this element'}`} />
      <p className="node-kind">{kindLabel}</p>
      <p className="node-name">{name || <span className="muted">(no name)</span>}</p>
      {children}
      <Counts id={id} />
    </div>
  );
}

export const VnetNodeView = memo(function VnetNodeView({ id, data: { element: v } }: NodeProps<VnetNode>) {
  return (
    <Frame id={id} kind="vnet" kindLabel="VNet" name={v.name}>
      <p className="node-line muted">
        {v.region} · {v.subnets.length} subnet{v.subnets.length === 1 ? '' : 's'}
        {v.subnets.some((x) => x.name === 'GatewaySubnet') ? ' incl. GatewaySubnet' : ''}
      </p>
      <ValueList values={v.addressSpace} empty="no address space" />
    </Frame>
  );
});

export const GatewayNodeView = memo(function GatewayNodeView({ id, data: { element: g } }: NodeProps<GatewayNode>) {
  const generation = g.generation === 'Generation2' ? 'Gen2' : 'Gen1';
  return (
    <Frame id={id} kind="gateway" kindLabel="VPN gateway" name={g.name}>
      <p className="node-line">
        {g.sku} · {generation}
        {g.vpnType === 'PolicyBased' ? ' · policy-based' : ''}
      </p>
      <p className="node-line">
        {g.activeActive ? 'Active-active' : 'Active-standby'}
        {g.bgp.enabled ? ` · BGP ASN ${g.bgp.asn}` : ''}
        {g.natRules.length > 0 ? ` · ${g.natRules.length} NAT rule${g.natRules.length === 1 ? '' : 's'}` : ''}
      </p>
      {g.existing ? <p className="node-line muted">Existing in Azure</p> : null}
    </Frame>
  );
});

export const SiteNodeView = memo(function SiteNodeView({ id, data: { element: s } }: NodeProps<SiteNode>) {
  const address = [s.gatewayIpAddress, s.fqdn].filter(Boolean).join(' · ');
  return (
    <Frame id={id} kind="site" kindLabel="On-premises site" name={s.name}>
      <p className="node-line">{address || <span className="muted">no public IP or FQDN</span>}</p>
      <ValueList values={s.addressPrefixes} empty="no address prefixes" />
      {s.bgp || s.device.vendor ? (
        <p className="node-line">{[s.bgp ? `BGP ASN ${s.bgp.asn}` : '', [s.device.vendor, s.device.platform].filter(Boolean).join(' ')].filter(Boolean).join(' · ')}</p>
      ) : null}
    </Frame>
  );
});

const TUNNEL_LABEL: Record<P2sConfiguration['tunnelTypes'][number], string> = { IkeV2: 'IKEv2', OpenVPN: 'OpenVPN', SSTP: 'SSTP' };

const AUTH_LABEL: Record<P2sConfiguration['authTypes'][number], string> = { Certificate: 'Certificate', Radius: 'RADIUS', AAD: 'Microsoft Entra ID' };

export const P2sNodeView = memo(function P2sNodeView({ id, data: { element: p } }: NodeProps<P2sNode>) {
  return (
    <Frame id={id} kind="p2s" kindLabel="P2S pool" name={p.name}>
      <ValueList values={p.addressPool} empty="no address pool" />
      <p className="node-line">{p.tunnelTypes.map((t) => TUNNEL_LABEL[t]).join(' · ') || <span className="muted">no protocols</span>}</p>
      <p className="node-line muted">{p.authTypes.map((a) => AUTH_LABEL[a]).join(' · ') || 'no authentication'}</p>
    </Frame>
  );
});

export const nodeTypes = {
  vnet: VnetNodeView,
  gateway: GatewayNodeView,
  site: SiteNodeView,
  p2s: P2sNodeView,
};
