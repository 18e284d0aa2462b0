import { useState } from 'react';
import { PanelBoundary } from '../common/PanelBoundary';
import { ShareDialog } from './ShareDialog';

/** "Copy link": makes the share link, copies it, and shows it in a dialog. */
export function CopyLinkButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tool" onClick={() => setOpen(true)}>
        Copy link
      </button>
      {open ? (
        <PanelBoundary name="share dialog" onClose={() => setOpen(false)}>
          <ShareDialog onClose={() => setOpen(false)} />
        </PanelBoundary>
      ) : null}
    </>
  );
}
