import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A modal dialog in the page. Keys typed in it stay in it (Delete or Ctrl+Z here must not edit the
 * design behind), and Escape closes it. It renders at the end of the body, outside the header's landmark.
 */
export function Modal({ labelledBy, onClose, children }: { labelledBy: string; onClose: () => void; children: ReactNode }) {
  return createPortal(
    <div className="overlay">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') onClose();
        }}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
