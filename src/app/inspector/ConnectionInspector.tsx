import { useId, useState } from 'react';
import type { Connection, IpsecPolicy, Peering } from '../../core/model/types';
import { DOCUMENTED, SA_LIFETIME, type IpsecAlgorithmField } from '../../core/facts/ipsec';
import { edit } from './edit';
import { CheckField, IntegerField, SelectField, TextField } from './fields';
import { generatePsk } from './psk';
import { updateConnection } from './update';

type Tunnel = Exclude<Connection, Peering>;

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

const INT_MAX = 2_147_483_647;

export function ConnectionInspector({ connection }: { connection: Connection }) {
  const patch = (f: (c: Connection) => Connection) => edit((doc) => updateConnection(doc, connection.id, f));
  const name = <TextField label="Name" value={connection.name} onCommit={(n) => patch((c) => ({ ...c, name: n }))} />;
  if (connection.kind === 'peering') return name;
  const patchTunnel = (f: (c: Tunnel) => Tunnel) => patch((c) => (c.kind === 'peering' ? c : f(c)));
  const policy = connection.ipsecPolicy;
  return (
    <>
      {name}
      <SharedKey value={connection.sharedKey} onCommit={(sharedKey) => patchTunnel((c) => ({ ...c, sharedKey }))} />
      {connection.kind === 's2s' ? (
        <SelectField label="Protocol" value={connection.protocol} options={['IKEv2', 'IKEv1'] as const} onChange={(protocol) => patch((c) => (c.kind === 's2s' ? { ...c, protocol } : c))} />
      ) : null}
      <CheckField label="BGP" checked={connection.enableBgp} onChange={(enableBgp) => patchTunnel((c) => ({ ...c, enableBgp }))} />
      <IntegerField label="DPD timeout (seconds)" value={connection.dpdTimeoutSeconds} min={0} max={INT_MAX} onCommit={(dpdTimeoutSeconds) => patchTunnel((c) => ({ ...c, dpdTimeoutSeconds }))} />
      <CheckField
        label="Custom IPsec/IKE policy"
        checked={policy !== undefined}
        onChange={(on) => patchTunnel(({ ipsecPolicy: _p, ...c }) => (on ? { ...c, ipsecPolicy: DEFAULT_POLICY } : c))}
      />
      {policy ? (
        <fieldset>
          <legend>IPsec/IKE policy</legend>
          {ALGORITHMS.map(([field, label]) => (
            <SelectField
              key={field}
              label={label}
              value={policy[field] ?? ''}
              placeholder="Not set"
              options={DOCUMENTED[field]}
              onChange={(v) => patchTunnel((c) => ({ ...c, ipsecPolicy: { ...c.ipsecPolicy, [field]: v || undefined } }))}
            />
          ))}
          <IntegerField
            label="SA lifetime (seconds)"
            value={policy.saLifeTimeSeconds ?? SA_LIFETIME.defaultSeconds}
            min={0}
            max={INT_MAX}
            onCommit={(saLifeTimeSeconds) => patchTunnel((c) => ({ ...c, ipsecPolicy: { ...c.ipsecPolicy, saLifeTimeSeconds } }))}
          />
          <IntegerField
            label="SA data size (kilobytes)"
            value={policy.saDataSizeKilobytes ?? SA_LIFETIME.defaultKilobytes}
            min={0}
            max={INT_MAX}
            onCommit={(saDataSizeKilobytes) => patchTunnel((c) => ({ ...c, ipsecPolicy: { ...c.ipsecPolicy, saDataSizeKilobytes } }))}
          />
        </fieldset>
      ) : null}
    </>
  );
}

/** The pre-shared key: hidden unless shown, and a Generate button (32 characters Azure accepts). */
function SharedKey({ value, onCommit }: { value: string; onCommit: (key: string) => void }) {
  const [visible, setVisible] = useState(false);
  const showId = useId();
  return (
    <div className="psk">
      <TextField label="Pre-shared key" type={visible ? 'text' : 'password'} value={value} onCommit={onCommit} />
      <div className="row-tools">
        <input id={showId} type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        <label htmlFor={showId}>Show key</label>
        <button type="button" className="tool" onClick={() => onCommit(generatePsk())}>
          Generate key
        </button>
      </div>
    </div>
  );
}
