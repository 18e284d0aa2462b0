import type { IpsecPolicy } from '../../core/model/types';
import { DOCUMENTED, SA_LIFETIME, type IpsecAlgorithmField } from '../../core/facts/ipsec';
import { CheckField, IntegerField, SelectField } from './fields';

const ALGORITHMS: readonly (readonly [IpsecAlgorithmField, string])[] = [
  ['ikeEncryption', 'IKE encryption'],
  ['ikeIntegrity', 'IKE integrity'],
  ['dhGroup', 'DH group'],
  ['ipsecEncryption', 'IPsec encryption'],
  ['ipsecIntegrity', 'IPsec integrity'],
  ['pfsGroup', 'PFS group'],
];

/** The policy a "custom policy" toggle starts from: strong documented values that work together. */
export const DEFAULT_POLICY: Required<IpsecPolicy> = {
  ikeEncryption: 'AES256',
  ikeIntegrity: 'SHA256',
  dhGroup: 'DHGroup14',
  ipsecEncryption: 'GCMAES256',
  ipsecIntegrity: 'GCMAES256',
  pfsGroup: 'PFS2048',
  saLifeTimeSeconds: SA_LIFETIME.defaultSeconds,
  saDataSizeKilobytes: SA_LIFETIME.defaultKilobytes,
};

export const INT_MAX = 2_147_483_647;

/** A custom IPsec/IKE policy or none: the six algorithms from Azure's documented values, and the SA lifetimes. */
export function IpsecPolicySection({ policy, onChange }: { policy: IpsecPolicy | undefined; onChange: (p: IpsecPolicy | undefined) => void }) {
  return (
    <>
      <CheckField label="Custom IPsec/IKE policy" checked={policy !== undefined} onChange={(on) => onChange(on ? DEFAULT_POLICY : undefined)} />
      {policy ? (
        <fieldset>
          <legend>IPsec/IKE policy</legend>
          {ALGORITHMS.map(([field, label]) => (
            <SelectField key={field} label={label} value={policy[field] ?? ''} placeholder="Not set" options={DOCUMENTED[field]} onChange={(v) => onChange({ ...policy, [field]: v || undefined })} />
          ))}
          <IntegerField
            label="SA lifetime (seconds)"
            value={policy.saLifeTimeSeconds ?? SA_LIFETIME.defaultSeconds}
            min={0}
            max={INT_MAX}
            onCommit={(saLifeTimeSeconds) => onChange({ ...policy, saLifeTimeSeconds })}
          />
          <IntegerField
            label="SA data size (kilobytes)"
            value={policy.saDataSizeKilobytes ?? SA_LIFETIME.defaultKilobytes}
            min={0}
            max={INT_MAX}
            onCommit={(saDataSizeKilobytes) => onChange({ ...policy, saDataSizeKilobytes })}
          />
        </fieldset>
      ) : null}
    </>
  );
}
