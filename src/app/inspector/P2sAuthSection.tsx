import type { P2sConfiguration } from '../../core/model/types';
import { checkIpAddress } from './checks';
import { CheckField, IntegerField, TextField } from './fields';
import { RecordList } from './RecordList';
import { AUTH_LABEL, AUTHS, toggle } from './p2s-parts';

type Patch = (f: (p: P2sConfiguration) => P2sConfiguration) => void;

/** Authentication: the types, and the settings of each chosen one (root certificates, RADIUS servers, Entra ID). */
export function P2sAuthSection({ p2s, patch }: { p2s: P2sConfiguration; patch: Patch }) {
  const optional = (key: 'aadTenantId' | 'aadAudience', text: string) =>
    patch(({ [key]: _old, ...p }) => (text.trim() ? { ...p, [key]: text.trim() } : p));
  return (
    <fieldset>
      <legend>Authentication</legend>
      {AUTHS.map((a) => (
        <CheckField key={a} label={AUTH_LABEL[a]} checked={p2s.authTypes.includes(a)} onChange={(on) => patch((p) => ({ ...p, authTypes: toggle(AUTHS, p.authTypes, a, on) }))} />
      ))}
      {p2s.authTypes.includes('Certificate') ? (
        <IntegerField label="Root certificates" value={p2s.rootCertificateCount} min={0} max={10_000} onCommit={(rootCertificateCount) => patch((p) => ({ ...p, rootCertificateCount }))} />
      ) : null}
      {p2s.authTypes.includes('Radius') || p2s.radiusServers.length > 0 ? <RadiusServers p2s={p2s} patch={patch} /> : null}
      {p2s.authTypes.includes('AAD') ? (
        <>
          <TextField label="Entra ID tenant ID" value={p2s.aadTenantId ?? ''} onCommit={(t) => optional('aadTenantId', t)} />
          <TextField label="Entra ID audience" value={p2s.aadAudience ?? ''} onCommit={(t) => optional('aadAudience', t)} />
        </>
      ) : null}
    </fieldset>
  );
}

/** RADIUS servers: address (an IP; other text is flagged and not saved) and shared secret of each, at most 8. */
function RadiusServers({ p2s, patch }: { p2s: P2sConfiguration; patch: Patch }) {
  const setServer = (i: number, change: Partial<P2sConfiguration['radiusServers'][number]>) =>
    patch((p) => ({ ...p, radiusServers: p.radiusServers.map((s, j) => (j === i ? { ...s, ...change } : s)) }));
  return (
    <fieldset>
      <legend>RADIUS servers</legend>
      {p2s.radiusServers.length === 0 ? <p className="field-empty">None yet.</p> : null}
      <RecordList
        items={p2s.radiusServers}
        nameOf={(_, i) => `RADIUS server ${i + 1}`}
        onRemove={(i) => patch((p) => ({ ...p, radiusServers: p.radiusServers.filter((_, j) => j !== i) }))}
        onAdd={() => patch((p) => ({ ...p, radiusServers: [...p.radiusServers, { address: '', secret: '' }] }))}
        canAdd={p2s.radiusServers.length < 8}
        addLabel="Add RADIUS server"
        renderItem={(server, i) => (
          <>
            <TextField
              label={`RADIUS server ${i + 1} address`}
              value={server.address}
              onCommit={(t) => setServer(i, { address: t.trim() })}
              validate={(t) => {
                const r = checkIpAddress(t);
                return r.ok || !t.trim() ? undefined : r.message;
              }}
            />
            <TextField label={`RADIUS server ${i + 1} secret`} type="password" value={server.secret} onCommit={(secret) => setServer(i, { secret })} />
          </>
        )}
      />
    </fieldset>
  );
}
