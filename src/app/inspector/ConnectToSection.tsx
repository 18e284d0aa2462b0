import { useId, useMemo, useState } from 'react';
import { connectChoices } from '../design/connect-choices';
import { designStore, useDesign } from '../store/hooks';
import { connectTo } from './connect-to';
import { focusInspectorHeading } from './inspector-focus';

/**
 * "Connect to…": the keyboard's way to draw a line from the selected element. The list is worked out
 * only once the control is first used (focus or pointer), then follows the document, so selecting
 * elements of a large design costs nothing. Refusals stay in the list, disabled, with their reason.
 */
export function ConnectToSection({ elementId }: { elementId: string }) {
  const id = useId();
  const [active, setActive] = useState(false);
  const [chosen, setChosen] = useState('');
  const doc = useDesign((s) => s.doc);
  const groups = useMemo(() => (active ? connectChoices(doc, elementId) : []), [active, doc, elementId]);
  const offered = groups.flatMap((g) => g.offered);
  const value = offered.some((o) => o.id === chosen) ? chosen : '';

  const connect = () => {
    if (value && connectTo(designStore, elementId, value)) focusInspectorHeading();
  };

  const wake = () => setActive(true);
  return (
    <fieldset>
      <legend>Connect to…</legend>
      <div className="field">
        <label htmlFor={id} className="visually-hidden">
          Connect to
        </label>
        <select
          id={id}
          value={value}
          aria-describedby={`${id}-hint`}
          onFocus={wake}
          onPointerDown={wake}
          onChange={(e) => setChosen(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            connect();
          }}
        >
          <option value="">{active && offered.length === 0 ? 'Nothing to connect to' : 'Choose an element…'}</option>
          {groups.map((g) => (
            <optgroup key={g.kind} label={g.title}>
              {g.offered.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
              {g.refused.map((r) => (
                <option key={r.reason} value={`refused:${r.reason}`} disabled>
                  {`${r.label}: not possible. ${r.reason}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="connect-to-actions">
        <button type="button" className="tool" disabled={!value} onClick={connect}>
          Connect
        </button>
        <p id={`${id}-hint`} className="field-empty">
          Greyed entries say why they cannot connect. Enter connects.
        </p>
      </div>
    </fieldset>
  );
}
