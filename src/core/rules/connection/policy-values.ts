import { DOCUMENTED, REST, SA_LIFETIME, type IpsecAlgorithmField } from '../../facts/ipsec';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { samePolicy, tunnelUnits, unitName, updateConnections } from './tunnels';

const ALGORITHM_FIELDS = Object.keys(REST) as IpsecAlgorithmField[];

/** The largest value the API's int32 lifetime fields hold (facts §3: "optional Int32 with no documented range"). */
export const INT32_MAX = 2_147_483_647;

const LABEL: Record<IpsecAlgorithmField, string> = {
  ikeEncryption: 'IKE encryption',
  ikeIntegrity: 'IKE integrity',
  dhGroup: 'DH group',
  ipsecEncryption: 'IPsec encryption',
  ipsecIntegrity: 'IPsec integrity',
  pfsGroup: 'PFS group',
};

/** REST values by lower-case spelling, to suggest the right case for a miscased value. */
const CANONICAL = new Map<IpsecAlgorithmField, ReadonlyMap<string, string>>(
  ALGORITHM_FIELDS.map((f) => [f, new Map(REST[f].map((v) => [v.toLowerCase(), v]))]),
);

export default defineRule({
  meta: {
    id: 'connection/policy-values',
    severities: ['error', 'warning'],
    title: 'A custom policy value outside the allowed table, or an SA lifetime below 300 s / 1,024 KB or above the int32 maximum.',
    source: 'facts §3 (custom IPsec/IKE policy; REST enums)',
    docs: {
      why: 'Each field of a custom policy takes a value from a fixed list, and the Quick Mode SA lifetimes have minimums of 300 seconds and 1,024 KB. Azure refuses anything else. Some values are still in the API but gone from the current documentation table (PFS14, PFSMM, IKE DES/DES3, IKE integrity GCMAES128/256): they may be accepted today but are not supported choices for a new design.',
      example: 'PFS group `PFS14` (warning: use `PFS2048`), IKE encryption `AES512` (error), SA lifetime 120 s (error).',
      fix: 'Pick a value from the documented table (facts §3). For group 14 PFS, the value is PFS2048. Keep lifetimes between 300 s / 1,024 KB and 2,147,483,647 (defaults 27,000 s and 102,400,000 KB).',
      reading:
        'A value outside the REST API enum is an error (detail `unknown`); a value in the REST enum but missing from the current documentation table is a warning (detail `undocumented`), since the API may accept it while the docs no longer list it (facts §3, §11 item 5). Values are compared case-sensitively; a miscased value is reported as unknown with the correct spelling offered as an autofix. No maximum lifetime is documented (facts §12), so no policy maximum is enforced; but the API fields are int32 (facts §3), so a lifetime above 2,147,483,647 cannot be sent at all and is an error (detail `lifetime`, data `max`).',
    },
  },
  *check(ctx): Iterable<Finding> {
    for (const { conn, ids } of tunnelUnits(ctx, samePolicy)) {
      const policy = conn.ipsecPolicy;
      if (!policy) continue;
      const who = () => unitName(ctx, ids); // built only when a finding needs it
      for (const field of ALGORITHM_FIELDS) {
        const value = policy[field];
        if (value === undefined || DOCUMENTED[field].includes(value)) continue;
        if (REST[field].includes(value)) {
          yield {
            severity: 'warning',
            elementIds: ids,
            detail: 'undocumented',
            message: `${who()}: ${LABEL[field]} ${value} is accepted by the API but not in the current documented values (${DOCUMENTED[field].join(', ')})`,
            data: { field, value, documented: DOCUMENTED[field] },
            fix: { hint: field === 'pfsGroup' && value === 'PFS14' ? 'Use PFS2048 (DH group 14).' : `Use one of ${DOCUMENTED[field].join(', ')}.` },
          };
          continue;
        }
        const suggestion = CANONICAL.get(field)?.get(value.toLowerCase());
        yield {
          severity: 'error',
          elementIds: ids,
          detail: 'unknown',
          message: `${who()}: ${LABEL[field]} "${value}" is not an allowed value${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
          data: { field, value, allowed: DOCUMENTED[field], ...(suggestion ? { suggestion } : {}) },
          fix: suggestion
            ? {
                hint: `Use ${suggestion}.`,
                autofix: {
                  label: `Write ${LABEL[field]} as ${suggestion}`,
                  apply: (doc) => updateConnections(doc, ids, (c) => ({ ...c, ipsecPolicy: { ...c.ipsecPolicy, [field]: suggestion } })),
                },
              }
            : { hint: `Use one of ${DOCUMENTED[field].join(', ')}.` },
        };
      }
      const lifetimes = [
        { field: 'saLifeTimeSeconds', value: policy.saLifeTimeSeconds, min: SA_LIFETIME.minSeconds, unit: 's', label: 'SA lifetime' },
        { field: 'saDataSizeKilobytes', value: policy.saDataSizeKilobytes, min: SA_LIFETIME.minKilobytes, unit: 'KB', label: 'SA data size' },
      ] as const;
      for (const l of lifetimes) {
        if (l.value === undefined) continue;
        if (l.value < l.min) {
          yield {
            severity: 'error',
            elementIds: ids,
            detail: 'lifetime',
            message: `${who()}: ${l.label} ${l.value} ${l.unit} is below the minimum of ${l.min} ${l.unit}`,
            data: { field: l.field, value: l.value, min: l.min },
            fix: { hint: `Use at least ${l.min} ${l.unit} (default ${l.field === 'saLifeTimeSeconds' ? SA_LIFETIME.defaultSeconds : SA_LIFETIME.defaultKilobytes} ${l.unit}).` },
          };
        } else if (l.value > INT32_MAX) {
          yield {
            severity: 'error',
            elementIds: ids,
            detail: 'lifetime',
            message: `${who()}: ${l.label} ${l.value} ${l.unit} is above ${INT32_MAX} ${l.unit}, the largest value the API's 32-bit field holds`,
            data: { field: l.field, value: l.value, max: INT32_MAX },
            fix: { hint: `Use at most ${INT32_MAX} ${l.unit} (default ${l.field === 'saLifeTimeSeconds' ? SA_LIFETIME.defaultSeconds : SA_LIFETIME.defaultKilobytes} ${l.unit}).` },
          };
        }
      }
    }
  },
});
