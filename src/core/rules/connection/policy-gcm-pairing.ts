import type { Finding } from '../types';
import { defineRule } from '../types';
import { samePolicy, tunnelUnits, unitName } from './tunnels';

const isGcm = (v: string): boolean => /^GCMAES\d+$/.test(v);

export default defineRule({
  meta: {
    id: 'connection/policy-gcm-pairing',
    severities: ['error'],
    title: 'IPsec encryption GCMAESxxx without the same GCMAESxxx integrity, or the reverse.',
    source: 'FAQ "What algorithms and key strengths does the custom policy support?"; facts §3',
    docs: {
      why: 'AES-GCM encrypts and authenticates in one step, so in a custom policy the IPsec integrity value must name the very same GCM algorithm and key length as the IPsec encryption. Any other combination is refused.',
      example: 'IPsec encryption `GCMAES256` with IPsec integrity `SHA256`, or `GCMAES128` encryption with `GCMAES256` integrity.',
      fix: 'Use the same GCMAES value for both IPsec encryption and IPsec integrity (e.g. GCMAES256/GCMAES256), or a non-GCM pair such as AES256/SHA256.',
      reading: 'Only the IPsec (Quick Mode) pair is judged: the docs state no pairing rule for the IKE fields (facts §3). A policy missing either IPsec field is left to connection/policy-incomplete.',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { conn, ids } of tunnelUnits(ctx, samePolicy)) {
      const enc = conn.ipsecPolicy?.ipsecEncryption;
      const integ = conn.ipsecPolicy?.ipsecIntegrity;
      if (enc === undefined || integ === undefined || enc === integ) continue;
      if (!isGcm(enc) && !isGcm(integ)) continue;
      const detail = isGcm(enc) ? 'encryption' : 'integrity';
      yield {
        elementIds: ids,
        detail,
        message: `${unitName(ctx, ids)} pairs IPsec encryption ${enc} with IPsec integrity ${integ}; a GCMAES value must be used for both`,
        data: { ipsecEncryption: enc, ipsecIntegrity: integ },
        fix: {
          hint: isGcm(enc)
            ? `Set IPsec integrity to ${enc} (and match it on the device).`
            : `Set IPsec encryption to ${integ}, or use a non-GCM integrity such as SHA256.`,
        },
      };
    }
  },
});
