import { useMemo } from 'react';
import type { P2sConfiguration } from '../../core/model/types';
import { useDesign } from '../store/hooks';
import { CheckField, IntegerField } from './fields';
import { CLIENT_OS, toggle } from './p2s-parts';

const CLIENTS = [
  ['sstp', 'SSTP'],
  ['ikev2', 'IKEv2'],
  ['openvpn', 'OpenVPN'],
] as const;
const ALL_OS = CLIENT_OS.map(([os]) => os);

type Patch = (f: (p: P2sConfiguration) => P2sConfiguration) => void;

/** Who connects: planned clients per tunnel type, their operating systems, and sites where they also sit. */
export function P2sClientsSection({ p2s, patch }: { p2s: P2sConfiguration; patch: Patch }) {
  const allSites = useDesign((s) => s.doc.sites);
  const sites = useMemo(() => allSites.map((s) => ({ id: s.id, name: s.name })), [allSites]);
  return (
    <>
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
      <fieldset>
        <legend>Client operating systems</legend>
        {CLIENT_OS.map(([os, label]) => (
          <CheckField key={os} label={label} checked={p2s.clientOs.includes(os)} onChange={(on) => patch((p) => ({ ...p, clientOs: toggle(ALL_OS, p.clientOs, os, on) }))} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Users also at sites</legend>
        {sites.length === 0 ? <p className="field-empty">No sites in the design.</p> : null}
        {sites.map((s) => (
          <CheckField
            key={s.id}
            label={`Users at ${s.name}`}
            checked={p2s.usersAtSiteIds.includes(s.id)}
            onChange={(on) => patch((p) => ({ ...p, usersAtSiteIds: on ? [...p.usersAtSiteIds, s.id] : p.usersAtSiteIds.filter((x) => x !== s.id) }))}
          />
        ))}
      </fieldset>
    </>
  );
}
