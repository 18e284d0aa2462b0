import { Suspense } from 'react';
import { useActionShortcuts } from './actions/keyboard';
import { PanelBoundary } from './common/PanelBoundary';
import { useRetryableLazy } from './common/retryable-lazy';
import { fileDropHandlers } from './files/useFileDrop';
import { Header } from './header/Header';
import { setHelpOpen } from './help/help-state';
import { ShortcutsHelp } from './help/ShortcutsHelp';
import { Notices } from './notices/Notices';
import { OtherTabBanner } from './persistence/OtherTabBanner';
import { usePersistence } from './persistence/usePersistence';
import { setLinkPrompt } from './share/link-prompt';
import { LinkPromptDialog } from './share/LinkPromptDialog';
import { DiagnosticsPanel } from './panels/DiagnosticsPanel';
import { SideTabs } from './panels/SideTabs';
import { FiguresPanel } from './figures/FiguresPanel';
import { Inspector } from './inspector/Inspector';
import { designStore } from './store/hooks';

// React Flow is the largest dependency: its chunk loads beside the first paint instead of before it.
const loadCanvas = () => import('./canvas/Canvas').then((m) => ({ default: m.Canvas }));

/** The designer: the top bar, the canvas, the selected element's inspector and the diagnostics of the design on the side. */
export function App() {
  useActionShortcuts(designStore);
  usePersistence(designStore);
  const [Canvas, retryCanvas] = useRetryableLazy(loadCanvas);
  return (
    <div className="app">
      <Header />
      <OtherTabBanner />
      <Notices />
      <main className="workspace">
        <section className="canvas-region" aria-label="Canvas" {...fileDropHandlers(designStore)}>
          <PanelBoundary name="canvas" onRetry={retryCanvas}>
            <Suspense fallback={<p className="canvas-empty">Loading the canvas…</p>}>
              <Canvas />
            </Suspense>
          </PanelBoundary>
        </section>
        <PanelBoundary name="inspector" className="panel">
          <Inspector />
        </PanelBoundary>
        <SideTabs
          diagnostics={
            <PanelBoundary name="diagnostics panel" className="panel">
              <DiagnosticsPanel />
            </PanelBoundary>
          }
          figures={
            <PanelBoundary name="figures panel" className="panel">
              <FiguresPanel />
            </PanelBoundary>
          }
        />
      </main>
      <PanelBoundary name="dialog" onClose={() => setLinkPrompt(null)}>
        <LinkPromptDialog />
      </PanelBoundary>
      <PanelBoundary name="shortcuts help" onClose={() => setHelpOpen(false)}>
        <ShortcutsHelp />
      </PanelBoundary>
    </div>
  );
}
