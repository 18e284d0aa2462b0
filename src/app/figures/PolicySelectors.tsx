import { memo } from 'react';
import type { PolicySelectorExpansion } from '../../core/compute/policy-selectors';
import { GATEWAY_LIMITS } from '../../core/facts/skus';
import { formatNumber } from './bar-scale';
import { Gauge } from './Gauge';

/** Pairs listed before "… and N more": enough to copy from, without thousands of rows in the panel. */
export const SHOWN_PAIRS = 200;

/** The traffic selectors the on-premises device must define for a connection with policy-based selectors. */
export const PolicySelectors = memo(function PolicySelectors({ connectionId, expansion }: { connectionId: string; expansion: PolicySelectorExpansion }) {
  const id = `selectors-${connectionId}`;
  const shown = expansion.pairs.slice(0, SHOWN_PAIRS);
  const more = expansion.pairs.length - shown.length;
  return (
    <section className="figure" aria-labelledby={id} data-figure="policy-selectors">
      <h3 id={id}>Policy-based traffic selectors</h3>
      <p className="fig-detail">
        {expansion.source === 'custom'
          ? "Expanded from the connection's custom traffic-selector policies."
          : "Every prefix of the local site paired with every address space of the gateway's VNet."}{' '}
        The on-premises device must define each pair.
      </p>
      <p className="fig-caption">
        Pairs: <strong data-value="pair-count">{formatNumber(expansion.pairCount)}</strong>
      </p>
      <Gauge name="Traffic-selector policies" value={expansion.policyCount} max={GATEWAY_LIMITS.trafficSelectorPolicies} />
      {shown.length > 0 ? (
        <table className="fig-table" data-table="selector-pairs">
          <caption>Selector pairs</caption>
          <thead>
            <tr>
              <th scope="col">On-premises</th>
              <th scope="col" aria-label="to and from" />
              <th scope="col">Azure</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={`${p.onPrem} ${p.azure}`}>
                <td>
                  <code>{p.onPrem}</code>
                </td>
                <td aria-hidden="true">↔</td>
                <td>
                  <code>{p.azure}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="fig-detail">No pairs: one side has no readable prefix of the other&apos;s IP family.</p>
      )}
      {more > 0 ? <p className="fig-detail">… and {formatNumber(more)} more pairs.</p> : null}
      {expansion.truncated ? <p className="fig-detail">The list stops after {formatNumber(expansion.pairs.length)} pairs; the count above is exact.</p> : null}
    </section>
  );
});
