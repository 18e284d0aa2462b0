import type { Subnet, VirtualNetwork } from '../../core/model/types';
import { checkPrefix } from './checks';
import { CheckField, TextField } from './fields';
import { EntryNote } from './ListEditor';
import { RecordList } from './RecordList';

/** Splits a comma- or space-separated list typed in one field. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The VNet's subnets: name, prefix (flagged where typed), workloads and NSG association of each. */
export function SubnetsSection({ vnet, patch }: { vnet: VirtualNetwork; patch: (f: (v: VirtualNetwork) => VirtualNetwork) => void }) {
  const setSubnet = (i: number, f: (s: Subnet) => Subnet) => patch((v) => ({ ...v, subnets: v.subnets.map((s, j) => (j === i ? f(s) : s)) }));
  return (
    <fieldset className="subnets">
      <legend>Subnets</legend>
      <RecordList
        items={vnet.subnets}
        nameOf={(subnet, i) => `subnet ${subnet.name || i + 1}`}
        onRemove={(i) => patch((v) => ({ ...v, subnets: v.subnets.filter((_, j) => j !== i) }))}
        onAdd={() => patch((v) => ({ ...v, subnets: [...v.subnets, { name: `snet-${v.subnets.length + 1}`, addressPrefix: '', workloads: [], networkSecurityGroup: false }] }))}
        addLabel="Add subnet"
        renderItem={(subnet, i) => {
          const saved = checkPrefix(subnet.addressPrefix);
          const usePrefix = (addressPrefix: string) => setSubnet(i, (s) => ({ ...s, addressPrefix }));
          return (
            <>
              <TextField label={`Subnet ${i + 1} name`} value={subnet.name} onCommit={(name) => setSubnet(i, (s) => ({ ...s, name }))} />
              <TextField
                label={`Subnet ${i + 1} prefix`}
                value={subnet.addressPrefix}
                onCommit={(t) => usePrefix(t.trim())}
                note={saved.ok ? undefined : <EntryNote problem={saved} onUse={usePrefix} />}
              />
              <TextField
                label={`Subnet ${i + 1} workloads (comma-separated)`}
                value={subnet.workloads.join(', ')}
                onCommit={(t) => setSubnet(i, (s) => ({ ...s, workloads: splitList(t) }))}
              />
              <CheckField
                label={`Subnet ${i + 1} has an NSG`}
                checked={subnet.networkSecurityGroup}
                onChange={(networkSecurityGroup) => setSubnet(i, (s) => ({ ...s, networkSecurityGroup }))}
              />
            </>
          );
        }}
      />
    </fieldset>
  );
}
