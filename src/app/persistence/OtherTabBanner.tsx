import { useStore } from 'zustand';
import { conflictStore } from './conflict';

/** Shown when another tab saved a different design: load theirs, or keep mine (and save it again). */
export function OtherTabBanner() {
  const conflict = useStore(conflictStore, (s) => s.conflict);
  if (!conflict) return null;
  return (
    <div className="banner" role="alert">
      <span>This design was changed in another tab.</span>
      <button type="button" className="tool" onClick={() => conflict.loadTheirs()}>
        Load theirs
      </button>
      <button type="button" className="tool" onClick={() => conflict.keepMine()}>
        Keep mine
      </button>
    </div>
  );
}
