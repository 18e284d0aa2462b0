import type { P2sConfiguration } from '../../core/model/types';
import { CheckField } from './fields';
import { AUTH_LABEL, AUTHS, TUNNELS, toggle } from './p2s-parts';
import { AddressListEditor } from './PrefixListEditor';

type Deployed = NonNullable<P2sConfiguration['deployed']>;

/** What is deployed today on an existing gateway: a change from it means new client profiles. */
export function P2sDeployedSection({ p2s, patch }: { p2s: P2sConfiguration; patch: (f: (p: P2sConfiguration) => P2sConfiguration) => void }) {
  const deployed = p2s.deployed;
  const set = (f: (d: Deployed) => Deployed) => patch((p) => (p.deployed ? { ...p, deployed: f(p.deployed) } : p));
  return (
    <fieldset>
      <legend>Deployed today</legend>
      <CheckField
        label="Record what is deployed today"
        checked={deployed !== undefined}
        onChange={(on) =>
          patch(({ deployed: _d, ...p }) =>
            on ? { ...p, deployed: { tunnelTypes: [...p.tunnelTypes], authTypes: [...p.authTypes], customDnsServers: [...p.customDnsServers] } } : p,
          )
        }
      />
      {deployed ? (
        <>
          <fieldset className="inline">
            <legend>Deployed tunnel types</legend>
            {TUNNELS.map((t) => (
              <CheckField key={t} label={`Deployed ${t}`} checked={deployed.tunnelTypes.includes(t)} onChange={(on) => set((d) => ({ ...d, tunnelTypes: toggle(TUNNELS, d.tunnelTypes, t, on) }))} />
            ))}
          </fieldset>
          <fieldset className="inline">
            <legend>Deployed authentication</legend>
            {AUTHS.map((a) => (
              <CheckField key={a} label={`Deployed ${AUTH_LABEL[a]}`} checked={deployed.authTypes.includes(a)} onChange={(on) => set((d) => ({ ...d, authTypes: toggle(AUTHS, d.authTypes, a, on) }))} />
            ))}
          </fieldset>
          <AddressListEditor
            label="Deployed DNS servers"
            addresses={deployed.customDnsServers}
            placeholder="10.0.0.4"
            onChange={(customDnsServers) => set((d) => ({ ...d, customDnsServers }))}
          />
        </>
      ) : null}
    </fieldset>
  );
}
