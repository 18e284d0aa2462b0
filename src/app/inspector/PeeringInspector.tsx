import type { Peering } from '../../core/model/types';
import { useDesign } from '../store/hooks';
import { CheckField, scoped } from './fields';

type Side = Peering['local'];

const FLAGS: readonly (readonly [keyof Side, string])[] = [
  ['allowVirtualNetworkAccess', 'Allow virtual network access'],
  ['allowForwardedTraffic', 'Allow forwarded traffic'],
  ['allowGatewayTransit', 'Allow gateway transit'],
  ['useRemoteGateways', 'Use remote gateways'],
];

/** A peering's two resources: the flags of the peering in each VNet, each side named by its VNet. */
export function PeeringSides({ peering, patch }: { peering: Peering; patch: (f: (p: Peering) => Peering) => void }) {
  const names = useDesign((s) => {
    const name = (id: string) => s.doc.vnets.find((v) => v.id === id)?.name ?? id;
    return `${name(peering.vnetId)}\u0000${name(peering.remoteVnetId)}`;
  });
  const [local, remote] = names.split('\u0000') as [string, string];
  const sides = [
    ['local', `In ${local} (to ${remote})`],
    ['remote', `In ${remote} (to ${local})`],
  ] as const;
  return (
    <>
      {sides.map(([side, title]) => (
        <fieldset key={side}>
          <legend>{title}</legend>
          {FLAGS.map(([flag, label]) => (
            <CheckField
              key={flag}
              label={scoped(`${side === 'local' ? local : remote}:`, label)}
              checked={peering[side][flag]}
              onChange={(on) => patch((p) => ({ ...p, [side]: { ...p[side], [flag]: on } }))}
            />
          ))}
        </fieldset>
      ))}
    </>
  );
}
