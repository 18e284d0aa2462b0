import type { P2sConfiguration } from '../../core/model/types';
import { useDesign } from '../store/hooks';
import { edit } from './edit';
import { CheckField, TextField } from './fields';
import { P2sAuthSection } from './P2sAuthSection';
import { P2sClientsSection } from './P2sClientsSection';
import { AddressListEditor, PrefixListEditor } from './PrefixListEditor';
import { TUNNELS, toggle } from './p2s-parts';
import { P2sDeployedSection } from './P2sDeployedSection';
import { updateP2s } from './update';

export function P2sInspector({ p2s }: { p2s: P2sConfiguration }) {
  const patch = (f: (p: P2sConfiguration) => P2sConfiguration) => edit((doc) => updateP2s(doc, p2s.id, f));
  const existing = useDesign((s) => s.doc.gateways.find((g) => g.id === p2s.gatewayId)?.existing ?? false);
  return (
    <>
      <TextField label="Name" value={p2s.name} onCommit={(name) => patch((p) => ({ ...p, name }))} />
      <PrefixListEditor label="Address pool" prefixes={p2s.addressPool} placeholder="172.16.0.0/24" onChange={(pool) => patch((p) => ({ ...p, addressPool: [...pool] }))} />
      <fieldset>
        <legend>Tunnel types</legend>
        {TUNNELS.map((t) => (
          <CheckField key={t} label={t} checked={p2s.tunnelTypes.includes(t)} onChange={(on) => patch((p) => ({ ...p, tunnelTypes: toggle(TUNNELS, p.tunnelTypes, t, on) }))} />
        ))}
      </fieldset>
      <P2sAuthSection p2s={p2s} patch={patch} />
      <P2sClientsSection p2s={p2s} patch={patch} />
      <AddressListEditor label="Custom DNS servers" addresses={p2s.customDnsServers} placeholder="10.0.0.4" onChange={(customDnsServers) => patch((p) => ({ ...p, customDnsServers }))} />
      {existing || p2s.deployed ? <P2sDeployedSection p2s={p2s} patch={patch} /> : null}
    </>
  );
}
