import type { P2sAuthType, P2sConfiguration, P2sTunnelType } from '../../core/model/types';
import { edit } from './edit';
import { CheckField, IntegerField, TextField } from './fields';
import { PrefixListEditor } from './PrefixListEditor';
import { updateP2s } from './update';

const TUNNELS: readonly P2sTunnelType[] = ['SSTP', 'IkeV2', 'OpenVPN'];
const AUTHS: readonly P2sAuthType[] = ['Certificate', 'Radius', 'AAD'];
const CLIENTS = [
  ['sstp', 'SSTP'],
  ['ikev2', 'IKEv2'],
  ['openvpn', 'OpenVPN'],
] as const;

/** `list` with `item` in or out, in the order of `all`. */
const toggle = <T,>(all: readonly T[], list: readonly T[], item: T, on: boolean): T[] => all.filter((x) => (x === item ? on : list.includes(x)));

export function P2sInspector({ p2s }: { p2s: P2sConfiguration }) {
  const patch = (f: (p: P2sConfiguration) => P2sConfiguration) => edit((doc) => updateP2s(doc, p2s.id, f));
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
      <fieldset>
        <legend>Authentication types</legend>
        {AUTHS.map((a) => (
          <CheckField key={a} label={a} checked={p2s.authTypes.includes(a)} onChange={(on) => patch((p) => ({ ...p, authTypes: toggle(AUTHS, p.authTypes, a, on) }))} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Planned clients</legend>
        {CLIENTS.map(([key, label]) => (
          <IntegerField
            key={key}
            label={`${label} clients`}
            value={p2s.plannedClients[key]}
            min={0}
            max={10_000_000}
            onCommit={(n) => patch((p) => ({ ...p, plannedClients: { ...p.plannedClients, [key]: n } }))}
          />
        ))}
      </fieldset>
    </>
  );
}
