import { memo } from 'react';
import { enabledPlannedClients } from '../../core/compute/capacity';
import type { GatewayFigures } from '../../core/compute/figures';
import { TUNNEL_LABEL, type P2sPoolSplit, type PoolPrefixSplit, type ProtocolShare } from '../../core/compute/p2s-split';
import type { P2sConfiguration } from '../../core/model/types';
import { formatNumber, scaleEnd } from './bar-scale';
import { StackedBar } from './StackedBar';

const W = 360;
const H = 34;
const protocols = (ps: readonly string[]) => ps.map((p) => TUNNEL_LABEL[p as keyof typeof TUNNEL_LABEL] ?? p).join(' + ') || 'no protocol';
const toneOf = (ps: readonly string[]) => (ps.length === 1 && ps[0] === 'SSTP' ? 'sstp' : ps.includes('IkeV2') ? 'ikev2' : 'p2s');

/** One pool prefix drawn as a bar cut into the ranges the protocols draw from, each with its CIDR. */
function PrefixBar({ prefix }: { prefix: PoolPrefixSplit }) {
  const total = prefix.ranges.reduce((n, r) => n + r.addresses, 0) || 1;
  let x = 0;
  const label = prefix.ranges.map((r) => `${protocols(r.protocols)} ${r.cidr} (${formatNumber(r.addresses)} addresses)`).join('; ');
  return (
    <svg className="fig-bar fig-pool" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Pool ${prefix.pool}: ${label}`}>
      {prefix.ranges.map((r) => {
        const w = (W - 2) * (r.addresses / total);
        const rect = (
          <g key={r.cidr} className={`fig-range tone-${toneOf(r.protocols)}`} data-cidr={r.cidr}>
            <rect x={1 + x} y={1} width={w} height={H - 2} rx={3} />
            <text x={1 + x + w / 2} y={14} textAnchor="middle" className="fig-range-name">
              {protocols(r.protocols)}
            </text>
            <text x={1 + x + w / 2} y={27} textAnchor="middle">
              {r.cidr}
            </text>
          </g>
        );
        x += w;
        return rect;
      })}
    </svg>
  );
}

/** The clients planned on one share of the pool against what its range holds and what the SKU allows. */
function ShareGauge({ share, planned, skuMax }: { share: ProtocolShare; planned: number; skuMax: number | undefined }) {
  const name = protocols(share.protocols);
  const limits = [{ value: share.usableClients, label: `range ${formatNumber(share.usableClients)}` }];
  if (skuMax !== undefined) limits.push({ value: skuMax, label: `SKU ${formatNumber(skuMax)}` });
  const cap = Math.min(share.usableClients, skuMax ?? Infinity);
  const over = planned > cap;
  const limitsText = `the range holds ${formatNumber(share.usableClients)}${skuMax === undefined ? '' : `, the SKU allows ${formatNumber(skuMax)}`}`;
  const text = `${formatNumber(planned)} planned; ${limitsText}`;
  return (
    <div className="fig-gauge" data-share={share.protocols.join('+')}>
      <p className="fig-caption">
        {name} clients: <strong className={over ? 'over' : undefined}>{formatNumber(planned)} planned</strong>; {limitsText}
        {over ? <span className="over"> — more than fit</span> : null}
      </p>
      <StackedBar
        parts={[{ key: 'planned', value: planned, tone: over ? 'over' : toneOf(share.protocols) }]}
        // Equal limits would draw one line over the other: keep the tighter label.
        ticks={limits.filter((t, i) => i === 0 || t.value !== limits[0]!.value)}
        end={scaleEnd(planned, limits.map((t) => t.value))}
        label={`${name} clients: ${text}${over ? ', more than fit' : ''}.`}
      />
    </div>
  );
}

/**
 * A P2S configuration's address pool: each prefix cut into its SSTP and IKEv2 halves (or one shared
 * range when the pool is not split), and the planned clients per protocol against the range and the SKU.
 */
export const PoolSplit = memo(function PoolSplit({ config, split, gateway }: { config: P2sConfiguration; split: P2sPoolSplit; gateway: GatewayFigures }) {
  const sku = gateway.capacity?.p2s;
  const planned = (s: ProtocolShare) => s.protocols.reduce((n, t) => n + enabledPlannedClients(config, t), 0);
  // The SKU limits SSTP and IKEv2/OpenVPN clients separately: a share mixing SSTP with another protocol has no single limit.
  const skuMax = (s: ProtocolShare) =>
    !s.protocols.includes('SSTP') ? sku?.ikev2OpenVpn.max : s.protocols.length === 1 ? sku?.sstp.max : undefined;
  const headingId = `pool-${config.id}`;
  return (
    <section className="figure" aria-labelledby={headingId} data-figure="pool-split" data-p2s={config.id}>
      <h3 id={headingId}>Address pool of {config.name || config.id}</h3>
      {split.prefixes.length === 0 ? <p className="fig-detail">The pool has no readable prefix.</p> : null}
      {split.prefixes.map((p) => (
        <PrefixBar key={p.pool} prefix={p} />
      ))}
      <p className="fig-detail">
        {split.split
          ? 'SSTP and IKEv2 are both enabled, so each pool prefix is split in two. Which half goes to which protocol is an assumption: Microsoft does not document it.'
          : 'The enabled protocols draw from one shared range: the pool is split only when SSTP and IKEv2 are both enabled.'}
        {split.sstpBlock && split.shares[0] && split.sstpBlock.sstpAddresses !== split.shares[0].addresses
          ? ` Under the other documented reading (SSTP takes one /25 of a prefix larger than /24), SSTP gets ${formatNumber(split.sstpBlock.sstpAddresses)} addresses and IKEv2 ${formatNumber(split.sstpBlock.ikev2Addresses)}.`
          : ''}
      </p>
      {split.shares
        .filter((s) => s.protocols.length > 0)
        .map((s) => (
          <ShareGauge key={s.protocols.join('+')} share={s} planned={planned(s)} skuMax={skuMax(s)} />
        ))}
    </section>
  );
});
