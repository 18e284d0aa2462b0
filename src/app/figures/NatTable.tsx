import { memo } from 'react';
import type { ConnectionNatView, NatSideView } from '../../core/compute/nat-translation';

const MODE: Record<string, string> = { IngressSnat: 'Ingress SNAT', EgressSnat: 'Egress SNAT' };
const INACTIVE: Record<NonNullable<ConnectionNatView['inactive']>, string> = {
  sku: "the gateway's SKU has no NAT (only VpnGw2–5 and VpnGw2AZ–5AZ do)",
  'policy-based-selectors': 'the connection uses policy-based traffic selectors',
};

/** One side of the connection: each prefix and what it becomes after NAT. */
function SideTable({ caption, side, names, testId }: { caption: string; side: NatSideView; names: ReadonlyMap<string, string>; testId: string }) {
  if (side.mappings.length === 0) return <p className="fig-detail">{caption}: no readable prefixes.</p>;
  return (
    <table className="fig-table" data-side={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Owner</th>
          <th scope="col">Before NAT</th>
          <th scope="col">After NAT</th>
        </tr>
      </thead>
      <tbody>
        {side.mappings.map((m, i) => (
          <tr key={`${m.ownerId}-${m.pre}-${i}`} className={m.coverage === 'none' ? undefined : 'natted'}>
            <td>{names.get(m.ownerId) ?? m.ownerId}</td>
            <td>
              <code>{m.pre}</code>
            </td>
            <td>
              <code>{m.post.join(', ')}</code>
              {m.coverage === 'partial' ? <span className="fig-detail"> (partly translated)</span> : null}
              {m.coverage === 'none' ? <span className="visually-hidden"> (unchanged)</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A site-to-site connection's NAT: each linked rule as internal → external, and the spaces both ends
 * see after NAT (the site sees the Azure side after EgressSNAT; Azure sees the site after IngressSNAT).
 */
export const NatTable = memo(function NatTable({ view, names }: { view: ConnectionNatView; names: ReadonlyMap<string, string> }) {
  const id = `nat-${view.connectionId}`;
  return (
    <section className="figure" aria-labelledby={id} data-figure="nat">
      <h3 id={id}>NAT translation</h3>
      {view.inactive ? <p className="fig-warning">Azure applies none of these rules: {INACTIVE[view.inactive]}.</p> : null}
      {view.rows.length === 0 ? (
        <p className="fig-detail">No NAT rules on this connection: both ends see each other&apos;s spaces as they are.</p>
      ) : (
        <table className="fig-table" data-table="nat-rules">
          <caption>Rules linked to the connection</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Internal</th>
              <th scope="col" aria-label="becomes" />
              <th scope="col">External</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={`${r.linkedAs}-${r.ruleId}`} data-rule={r.ruleId}>
                <td>
                  {r.ruleName || r.ruleId}
                  <span className="fig-detail">
                    {' '}
                    {r.type}, {MODE[r.mode] ?? r.mode}
                  </span>
                </td>
                <td>
                  <code>{r.internal}</code>
                </td>
                <td aria-hidden="true">→</td>
                <td>
                  <code>{r.external}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SideTable caption="Azure side, as the site sees it" side={view.azureSide} names={names} testId="azure" />
      <SideTable caption="On-premises side, as Azure sees it" side={view.onPremSide} names={names} testId="on-prem" />
    </section>
  );
});
