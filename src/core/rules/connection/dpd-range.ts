import { DPD } from '../../facts/ipsec';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { tunnelUnits, unitName, updateConnections } from './tunnels';

export default defineRule({
  meta: {
    id: 'connection/dpd-range',
    severities: ['error', 'warning'],
    title: 'DPD timeout outside 9–3,600 s (error), or outside the recommended 30–45 s (warning).',
    source: 'FAQ "What is the default DPD timeout value? Can I specify a different DPD timeout?"; facts §2, §3',
    docs: {
      why: 'Dead peer detection decides how soon a silent peer is declared gone. Azure accepts 9 to 3,600 seconds per connection (default 45). Short timeouts make IKE rekey aggressively and drop tunnels over distant or lossy links; long ones leave a dead tunnel in place for a long time.',
      example: 'A connection with `dpdTimeoutSeconds` 5 (error) or 15 (warning).',
      fix: 'Use a value between 30 and 45 seconds; the autofix sets the default, 45.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { conn, ids } of tunnelUnits(ctx, (x, y) => x.dpdTimeoutSeconds === y.dpdTimeoutSeconds)) {
      const dpd = conn.dpdTimeoutSeconds;
      if (dpd >= DPD.recommendedMin && dpd <= DPD.recommendedMax) continue;
      const outside = dpd < DPD.min || dpd > DPD.max;
      yield {
        severity: outside ? 'error' : 'warning',
        elementIds: ids,
        detail: outside ? 'out-of-range' : 'not-recommended',
        message: outside
          ? `${unitName(ctx, ids)} has a DPD timeout of ${dpd} s; Azure accepts ${DPD.min}–${DPD.max} s`
          : `${unitName(ctx, ids)} has a DPD timeout of ${dpd} s; ${DPD.recommendedMin}–${DPD.recommendedMax} s is recommended`,
        data: { value: dpd, min: DPD.min, max: DPD.max, recommendedMin: DPD.recommendedMin, recommendedMax: DPD.recommendedMax },
        fix: {
          hint: `Use ${DPD.recommendedMin}–${DPD.recommendedMax} s.`,
          autofix: {
            label: `Set the DPD timeout to ${DPD.default} s`,
            apply: (doc) => updateConnections(doc, ids, (c) => ({ ...c, dpdTimeoutSeconds: DPD.default })),
          },
        },
      };
    }
  },
});
