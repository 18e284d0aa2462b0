import { memo } from 'react';
import type { GatewayFigures } from '../../core/compute/figures';
import { BREAKDOWN_LABELS, type SelectorBreakdown } from '../../core/compute/traffic-selectors';
import { P2S_LIMITS } from '../../core/facts/skus';
import { formatNumber, scaleEnd } from './bar-scale';
import { StackedBar, type BarPart } from './StackedBar';

type Term = keyof SelectorBreakdown;
const TERMS = Object.keys(BREAKDOWN_LABELS) as Term[];

/** Colour tone of each term of the count (figures.css). */
const TONE: Record<Term, string> = { vnetSpaces: 'vnet', localSitePrefixes: 'site', vnetToVnet: 'gateway', peeredVnets: 'peered', splitPool: 'p2s' };

const parts = (b: SelectorBreakdown, terms: readonly Term[]): BarPart[] => terms.map((t) => ({ key: t, value: b[t], tone: TONE[t] }));

const IKEV2_TICKS = [
  { value: P2S_LIMITS.windowsPre2004, label: formatNumber(P2S_LIMITS.windowsPre2004) },
  { value: P2S_LIMITS.windows2004, label: formatNumber(P2S_LIMITS.windows2004) },
];
const OPENVPN_TICKS = [{ value: P2S_LIMITS.openVpnRoutes, label: formatNumber(P2S_LIMITS.openVpnRoutes) }];

/**
 * The routes a P2S client of the gateway receives: IKEv2 traffic selectors against the Windows limits
 * (25 before Windows 10 version 2004, 255 after), OpenVPN routes against 1,000, each as a bar stacked
 * by what is counted, with the verdict per client type in words.
 */
export const SelectorMeter = memo(function SelectorMeter({ gateway }: { gateway: GatewayFigures }) {
  const { total, openVpnRoutes, breakdown, verdicts } = gateway.trafficSelectors;
  const routeTerms = TERMS.filter((t) => t !== 'splitPool');
  const summary = TERMS.filter((t) => breakdown[t] > 0)
    .map((t) => `${BREAKDOWN_LABELS[t]} ${breakdown[t]}`)
    .join(', ');
  return (
    <section className="figure" aria-labelledby={`meter-${gateway.id}`} data-figure="selector-meter">
      <h3 id={`meter-${gateway.id}`}>P2S traffic selectors</h3>
      <p className="fig-caption">
        IKEv2 traffic selectors: <strong data-value="ikev2-total">{formatNumber(total)}</strong>
      </p>
      <StackedBar
        parts={parts(breakdown, TERMS)}
        ticks={IKEV2_TICKS}
        end={scaleEnd(total, IKEV2_TICKS.map((t) => t.value))}
        label={`IKEv2 traffic selectors: ${total} (${summary || 'nothing counted'}); Windows limits 25 and 255.`}
      />
      <p className="fig-caption">
        OpenVPN routes: <strong data-value="openvpn-routes">{formatNumber(openVpnRoutes)}</strong>
      </p>
      <StackedBar
        parts={parts(breakdown, routeTerms)}
        ticks={OPENVPN_TICKS}
        end={scaleEnd(openVpnRoutes, OPENVPN_TICKS.map((t) => t.value))}
        label={`OpenVPN routes: ${openVpnRoutes}; limit 1,000.`}
      />
      <ul className="fig-legend" aria-label="What is counted">
        {TERMS.map((t) => (
          <li key={t} data-term={t}>
            <span className={`fig-swatch tone-${TONE[t]}`} aria-hidden="true" />
            {BREAKDOWN_LABELS[t]}: <span className="fig-num">{formatNumber(breakdown[t])}</span>
          </li>
        ))}
      </ul>
      <ul className="fig-verdicts" aria-label="Verdict per client type">
        {verdicts.map((v) => (
          <li key={v.client} data-client={v.client} className={v.exceeded ? 'over' : 'ok'}>
            <span className="fig-verdict-mark" aria-hidden="true">
              {v.exceeded ? '✕' : '✓'}
            </span>
            <span>
              {v.label}: {formatNumber(v.count)} of {formatNumber(v.limit)}
              {v.exceeded ? ' — over the limit' : ' — within the limit'}
              {v.enabled ? '' : ` (${v.protocol === 'IkeV2' ? 'IKEv2' : 'OpenVPN'} is not enabled)`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
});
