import { useStore } from 'zustand';
import { noticeStore } from './notices';

/** The messages about loading, saving and links, each with a dismiss button. */
export function Notices() {
  const items = useStore(noticeStore, (s) => s.items);
  if (items.length === 0) return null;
  return (
    <div className="notices">
      {items.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span className="notice-text">{n.text}</span>
          <button type="button" className="tool" aria-label="Dismiss" onClick={() => noticeStore.getState().dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
