import { useRef, useState } from 'react';
import { MAX_DESIGN_NAME, withDesignName } from '../design/design-props';
import { setDesignPanelOpen } from '../inspector/design-panel';
import { designStore, useDesign } from '../store/hooks';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
export const UNTITLED = 'Untitled design';

/** Renames the design as one undo step; an empty name is stored empty and shown as "Untitled design". */
export function renameDesign(name: string): void {
  const { doc, commit } = designStore.getState();
  commit(withDesignName(doc, name));
}

/** The design's name (click it or the pencil to rename: Enter or leaving the field keeps it, Escape cancels) and its counts. */
export function DesignTitle() {
  const name = useDesign((s) => s.doc.name);
  const counts = useDesign((s) =>
    [
      plural(s.doc.vnets.length, 'VNet'),
      plural(s.doc.gateways.length, 'gateway'),
      plural(s.doc.sites.length, 'site'),
      plural(s.doc.p2sConfigurations.length, 'P2S pool'),
      plural(s.doc.connections.length, 'connection'),
    ].join(' · '),
  );
  const [draft, setDraft] = useState<string | null>(null);
  // Escape unmounts the field; a blur fired by that must not save the draft.
  const cancelled = useRef(false);
  const edit = () => {
    cancelled.current = false;
    setDraft(name);
  };

  return (
    <div className="design-title">
      {draft === null ? (
        <div className="design-name-row">
          <h2 className="design-name" onClick={edit} title="Click to rename">
            {name || UNTITLED}
          </h2>
          <button type="button" className="rename-button" aria-label="Rename design" title="Rename design" onClick={edit}>
            ✎
          </button>
          <button
            type="button"
            className="rename-button"
            aria-label="Design properties"
            title="Design properties: name, resource group, location"
            onClick={() => {
              designStore.getState().select([]);
              setDesignPanelOpen(true);
            }}
          >
            ⚙
          </button>
        </div>
      ) : (
        <input
          className="design-name-input"
          aria-label="Design name"
          value={draft}
          maxLength={MAX_DESIGN_NAME}
          placeholder={UNTITLED}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (!cancelled.current) renameDesign(draft);
            setDraft(null);
          }}
          onKeyDown={(e) => {
            // Keys typed here are the name's, not the canvas shortcuts'.
            e.stopPropagation();
            if (e.key === 'Enter') e.currentTarget.blur();
            else if (e.key === 'Escape') {
              cancelled.current = true;
              setDraft(null);
            }
          }}
        />
      )}
      <p className="counts">{counts}</p>
    </div>
  );
}
