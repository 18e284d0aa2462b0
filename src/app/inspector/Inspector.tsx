import { Suspense, useEffect } from 'react';
import { useRetryableLazy } from '../common/retryable-lazy';
import { findElement, type Inspected } from './update';
import { useDesign } from '../store/hooks';
import { setDesignPanelOpen, useDesignPanelOpen } from './design-panel';
import { INSPECTOR_HEADING_ID } from './inspector-focus';

const TITLE: Record<Inspected['kind'], string> = {
  vnet: 'Virtual network',
  gateway: 'VPN gateway',
  site: 'Local network gateway',
  p2s: 'Point-to-site configuration',
  connection: 'Connection',
};

// The fields are most of the inspector's code: they load beside the first paint, not before it.
const loadBody = () => import('./InspectorBody');
const loadBodyComponent = () => loadBody().then((m) => ({ default: m.InspectorBody }));

/**
 * The selected element's properties (one element selected), or the design's own when nothing is selected
 * and the user asked for them (Design properties in the header), edited through the store: one undo step per edit. A chunk that fails to load is reported by the panel boundary around this; its retry remounts
 * the inspector, which starts the import again.
 */
export function Inspector() {
  const [Body] = useRetryableLazy(loadBodyComponent);
  useEffect(() => {
    // Warm the chunk so the first selection shows its fields at once; a failure surfaces on that selection.
    loadBody().catch(() => undefined);
  }, []);
  const designOpen = useDesignPanelOpen();
  const nothingSelected = useDesign((s) => s.selection.size === 0);
  const selected = useDesign((s) => (s.selection.size === 1 ? [...s.selection][0]! : null));
  // Both selectors return stable values (a string, an element of the document), as useDesign requires.
  const kind = useDesign((s) => (selected ? findElement(s.doc, selected)?.kind : undefined));
  const el = useDesign((s) => (selected ? findElement(s.doc, selected)?.el : undefined));
  if (nothingSelected ? !designOpen : !kind || !el) return null;
  const item = kind && el ? ({ kind, el } as Inspected) : null;
  const title = !item ? 'Design' : item.kind === 'connection' && item.el.kind === 'peering' ? 'Peering' : TITLE[item.kind];
  return (
    <aside className="panel inspector" aria-label="Inspector">
      <div className="panel-head">
        <h2 id={INSPECTOR_HEADING_ID} tabIndex={-1}>
          {title}
        </h2>
        <p className="panel-summary">{item ? item.el.id : 'Nothing selected: the design itself'}</p>
        {item ? null : (
          <button type="button" className="tool panel-close" aria-label="Close design properties" onClick={() => setDesignPanelOpen(false)}>
            ×
          </button>
        )}
      </div>
      {/* Keyed by element: drafts and toggles never carry over to another element. */}
      <form className="panel-body inspector-body" key={item ? item.el.id : '(design)'} onSubmit={(e) => e.preventDefault()}>
        <Suspense fallback={<p className="field-empty">Loading the fields…</p>}>
          <Body item={item} />
        </Suspense>
      </form>
    </aside>
  );
}
