import { useId, useState } from 'react';
import type { Connection, Peering, SiteToSiteConnection } from '../../core/model/types';
import { DPD } from '../../core/facts/ipsec';
import { edit } from './edit';
import { CheckField, IntegerField, SelectField, TextField } from './fields';
import { INT_MAX, IpsecPolicySection } from './IpsecPolicySection';
import { PeeringSides } from './PeeringInspector';
import { generatePsk } from './psk';
import { ConnectionNatLinks, TrafficSelectorsSection } from './S2sSections';
import { updateConnection } from './update';

type Tunnel = Exclude<Connection, Peering>;

const MODES = ['Default', 'ResponderOnly', 'InitiatorOnly'] as const;

export function ConnectionInspector({ connection }: { connection: Connection }) {
  const patch = (f: (c: Connection) => Connection) => edit((doc) => updateConnection(doc, connection.id, f));
  const name = <TextField label="Name" value={connection.name} onCommit={(n) => patch((c) => ({ ...c, name: n }))} />;
  if (connection.kind === 'peering') {
    return (
      <>
        {name}
        <PeeringSides peering={connection} patch={(f) => patch((c) => (c.kind === 'peering' ? f(c) : c))} />
      </>
    );
  }
  const patchTunnel = (f: (c: Tunnel) => Tunnel) => patch((c) => (c.kind === 'peering' ? c : f(c)));
  const patchS2s = (f: (c: SiteToSiteConnection) => SiteToSiteConnection) => patch((c) => (c.kind === 's2s' ? f(c) : c));
  return (
    <>
      {name}
      <SharedKey value={connection.sharedKey} onCommit={(sharedKey) => patchTunnel((c) => ({ ...c, sharedKey }))} />
      {connection.kind === 's2s' ? (
        <SelectField label="Protocol" value={connection.protocol} options={['IKEv2', 'IKEv1'] as const} onChange={(protocol) => patchS2s((c) => ({ ...c, protocol }))} />
      ) : null}
      <SelectField label="Connection mode" value={connection.connectionMode} options={MODES} onChange={(connectionMode) => patchTunnel((c) => ({ ...c, connectionMode }))} />
      <CheckField label="BGP" checked={connection.enableBgp} onChange={(enableBgp) => patchTunnel((c) => ({ ...c, enableBgp }))} />
      <IntegerField
        label="DPD timeout (seconds)"
        value={connection.dpdTimeoutSeconds}
        min={0}
        max={INT_MAX}
        note={
          connection.dpdTimeoutSeconds < DPD.min || connection.dpdTimeoutSeconds > DPD.max
            ? `Azure accepts ${DPD.min}–${DPD.max} seconds (default ${DPD.default}).`
            : undefined
        }
        onCommit={(dpdTimeoutSeconds) => patchTunnel((c) => ({ ...c, dpdTimeoutSeconds }))}
      />
      <IntegerField
        label="Planned bandwidth (Mbps)"
        value={connection.plannedBandwidthMbps}
        min={0}
        max={1_000_000}
        decimal
        onCommit={(plannedBandwidthMbps) => patchTunnel((c) => ({ ...c, plannedBandwidthMbps }))}
      />
      <IpsecPolicySection policy={connection.ipsecPolicy} onChange={(p) => patchTunnel(({ ipsecPolicy: _p, ...c }) => (p ? { ...c, ipsecPolicy: p } : c))} />
      {connection.kind === 's2s' ? (
        <>
          <TrafficSelectorsSection connection={connection} patch={patchS2s} />
          <ConnectionNatLinks connection={connection} />
        </>
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
