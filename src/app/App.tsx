import { lazy, Suspense } from 'react';
import { useActionShortcuts } from './actions/keyboard';
import { fileDropHandlers } from './files/useFileDrop';
import { Header } from './header/Header';
import { Notices } from './notices/Notices';
import { OtherTabBanner } from './persistence/OtherTabBanner';
import { usePersistence } from './persistence/usePersistence';
import { LinkPromptDialog } from './share/LinkPromptDialog';
import { DiagnosticsPanel } from './panels/DiagnosticsPanel';
import { designStore } from './store/hooks';

// React Flow is the largest dependency: its chunk loads beside the first paint instead of before it.
const Canvas = lazy(() => import('./canvas/Canvas').then((m) => ({ default: m.Canvas })));

/** The designer: the top bar, the canvas, and the diagnostics of the design on the side. */
export function App() {
  useActionShortcuts(designStore);
  usePersistence(designStore);
  return (
    <div className="app">
      <Header />
      <OtherTabBanner />
      <Notices />
      <main className="workspace">
        <section className="canvas-region" aria-label="Canvas" {...fileDropHandlers(designStore)}>
          <Suspense fallback={<p className="canvas-empty">Loading the canvas…</p>}>
            <Canvas />
          </Suspense>
        </section>
        <DiagnosticsPanel />
      </main>
      <LinkPromptDialog />
    </div>
  );
}
