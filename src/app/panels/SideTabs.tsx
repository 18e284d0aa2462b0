import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './side-tabs.css';

type Tab = 'diagnostics' | 'figures';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'diagnostics', label: 'Diagnostics' },
  { id: 'figures', label: 'Figures' },
];

/**
 * The right-hand column: the diagnostics or the figures, one at a time, so the canvas keeps its width
 * (the inspector still opens beside it for the selection, and the figures follow its edits live).
 * The diagnostics stay mounted when hidden (their filter survives); the figures are drawn only when shown.
 */
export function SideTabs({ diagnostics, figures }: { diagnostics: ReactNode; figures: ReactNode }) {
  const [tab, setTab] = useState<Tab>('diagnostics');
  const base = useId();
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const at = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'Home' ? TABS[0]! : e.key === 'End' ? TABS[TABS.length - 1]! : TABS[(at + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    buttons.current[next.id]?.focus();
  };
  return (
    <div className="side-tabs">
      <div role="tablist" aria-label="Side panel" className="side-tablist" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              buttons.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-${t.id}-tab`}
            aria-selected={tab === t.id}
            aria-controls={`${base}-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="side-tab"
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-diagnostics`} aria-labelledby={`${base}-diagnostics-tab`} className="side-tabpanel" hidden={tab !== 'diagnostics'}>
        {diagnostics}
      </div>
      <div role="tabpanel" id={`${base}-figures`} aria-labelledby={`${base}-figures-tab`} className="side-tabpanel" hidden={tab !== 'figures'}>
        {tab === 'figures' ? figures : null}
      </div>
    </div>
  );
}
