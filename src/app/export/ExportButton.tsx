import { Suspense, useState } from 'react';
import { PanelBoundary } from '../common/PanelBoundary';
import { useRetryableLazy } from '../common/retryable-lazy';

// The exporters and the dialog load when the dialog first opens: they stay out of the first download.
const loadDialog = () => import('./ExportDialog').then((m) => ({ default: m.ExportDialog }));

/** "Export…": opens the export dialog (templates, device configurations, client profiles). */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  const [ExportDialog, retry] = useRetryableLazy(loadDialog);
  const close = () => setOpen(false);
  return (
    <>
      <button type="button" className="tool" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open ? (
        <PanelBoundary name="export dialog" onRetry={retry} onClose={close}>
          <Suspense fallback={null}>
            <ExportDialog onClose={close} />
          </Suspense>
        </PanelBoundary>
      ) : null}
    </>
  );
}
