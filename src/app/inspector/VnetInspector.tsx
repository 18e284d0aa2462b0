import type { Subnet, VirtualNetwork } from '../../core/model/types';
import { parsePrefix } from '../../core/net/prefix';
import { edit } from './edit';
import { TextField } from './fields';
import { PrefixListEditor } from './PrefixListEditor';
import { sentence, updateVnet } from './update';

export function VnetInspector({ vnet }: { vnet: VirtualNetwork }) {
  const patch = (f: (v: VirtualNetwork) => VirtualNetwork) => edit((doc) => updateVnet(doc, vnet.id, f));
  const setSubnet = (i: number, f: (s: Subnet) => Subnet) => patch((v) => ({ ...v, subnets: v.subnets.map((s, j) => (j === i ? f(s) : s)) }));
  return (
    <>
      <TextField label="Name" value={vnet.name} onCommit={(name) => patch((v) => ({ ...v, name }))} />
      <TextField label="Region" value={vnet.region} onCommit={(region) => patch((v) => ({ ...v, region: region.trim() }))} />
      <PrefixListEditor label="Address space" prefixes={vnet.addressSpace} onChange={(addressSpace) => patch((v) => ({ ...v, addressSpace: [...addressSpace] }))} />
      <fieldset className="subnets">
        <legend>Subnets</legend>
        <ol>
          {vnet.subnets.map((subnet, i) => {
            const parsed = parsePrefix(subnet.addressPrefix);
            return (
              <li key={i} className="subnet">
                <TextField label={`Subnet ${i + 1} name`} value={subnet.name} onCommit={(name) => setSubnet(i, (s) => ({ ...s, name }))} />
                <TextField
                  label={`Subnet ${i + 1} prefix`}
                  value={subnet.addressPrefix}
                  onCommit={(t) => setSubnet(i, (s) => ({ ...s, addressPrefix: t.trim() }))}
                  note={
                    parsed.ok ? undefined : (
                      <>
                        {sentence(parsed.message)}
                        {parsed.suggestion ? (
                          <>
                            {' '}
                            <button type="button" className="tool" onClick={() => setSubnet(i, (s) => ({ ...s, addressPrefix: parsed.suggestion! }))}>
                              Use {parsed.suggestion}
                            </button>
                          </>
                        ) : null}
                      </>
                    )
                  }
                />
                <button
                  type="button"
                  className="tool"
                  aria-label={`Remove subnet ${subnet.name || i + 1}`}
                  onClick={() => patch((v) => ({ ...v, subnets: v.subnets.filter((_, j) => j !== i) }))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="tool"
          onClick={() =>
            patch((v) => ({ ...v, subnets: [...v.subnets, { name: `snet-${v.subnets.length + 1}`, addressPrefix: '', workloads: [], networkSecurityGroup: false }] }))
          }
        >
          Add subnet
        </button>
      </fieldset>
      <DnsServers vnet={vnet} onChange={(dnsServers) => patch((v) => ({ ...v, dnsServers }))} />
    </>
  );
}

/** DNS servers as one comma-separated field. */
function DnsServers({ vnet, onChange }: { vnet: VirtualNetwork; onChange: (servers: string[]) => void }) {
  return (
    <TextField
      label="DNS servers (comma-separated)"
      value={vnet.dnsServers.join(', ')}
      onCommit={(t) =>
        onChange(
          t
            .split(/[,\s]+/)
            .map((s) => s.trim())
            .filter(Boolean),
        )
      }
    />
  );
}
