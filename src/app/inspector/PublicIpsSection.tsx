import type { PublicIp, VpnGateway } from '../../core/model/types';
import { CheckField, scoped, SelectField, TextField } from './fields';

const ZONES = ['1', '2', '3'] as const;
/** A gateway has at most four public IPs (two instances, plus the third for P2S on active-active). */
const MAX_PUBLIC_IPS = 4;

/** The gateway's public IPs: name, SKU, allocation and zones of each (one per instance when active-active). */
export function PublicIpsSection({ gateway, patch }: { gateway: VpnGateway; patch: (f: (g: VpnGateway) => VpnGateway) => void }) {
  const setIp = (i: number, f: (ip: PublicIp) => PublicIp) => patch((g) => ({ ...g, publicIps: g.publicIps.map((ip, j) => (j === i ? f(ip) : ip)) }));
  return (
    <fieldset>
      <legend>Public IPs</legend>
      <ol>
        {gateway.publicIps.map((ip, i) => {
          const n = `Public IP ${i + 1}`;
          return (
            <li key={i}>
              <fieldset>
              <legend>{n}</legend>
              <TextField
                label={scoped(n, 'Name')}
                value={ip.name ?? ''}
                placeholder="Named after the gateway"
                onCommit={(t) =>
                  setIp(i, ({ name: _n, ...rest }) => (t.trim() ? { ...rest, name: t.trim() } : rest))
                }
              />
              <div className="field-row">
                <SelectField label={scoped(n, 'SKU')} value={ip.sku} options={['Standard', 'Basic'] as const} onChange={(sku) => setIp(i, (x) => ({ ...x, sku }))} />
                <SelectField label={scoped(n, 'Allocation')} value={ip.allocation} options={['Static', 'Dynamic'] as const} onChange={(allocation) => setIp(i, (x) => ({ ...x, allocation }))} />
              </div>
              <fieldset className="inline">
                <legend>{scoped(n, 'Zones')}</legend>
                {ZONES.map((z) => (
                  <CheckField
                    key={z}
                    label={`Zone ${z}`}
                    checked={ip.zones.includes(z)}
                    onChange={(on) => setIp(i, (x) => ({ ...x, zones: ZONES.filter((y) => (y === z ? on : x.zones.includes(y))) }))}
                  />
                ))}
              </fieldset>
              <button
                type="button"
                className="tool"
                aria-label={`Remove ${n}`}
                disabled={gateway.publicIps.length <= 1}
                onClick={() => patch((g) => ({ ...g, publicIps: g.publicIps.filter((_, j) => j !== i) }))}
              >
                Remove
              </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="tool"
        disabled={gateway.publicIps.length >= MAX_PUBLIC_IPS}
        onClick={() => patch((g) => ({ ...g, publicIps: [...g.publicIps, { sku: 'Standard', allocation: 'Static', zones: [...(g.publicIps[0]?.zones ?? [])] }] }))}
      >
        Add public IP
      </button>
    </fieldset>
  );
}
