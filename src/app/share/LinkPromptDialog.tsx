import { useState } from 'react';
import { useStore } from 'zustand';
import { Modal } from '../common/Modal';
import { designStore } from '../store/hooks';
import { linkPromptStore, setLinkPrompt } from './link-prompt';
import { openLinkedDesign, openShareFragment } from './open-link';

function PassphraseForm({ fragment, error }: { fragment: string; error?: string }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void openShareFragment(designStore, fragment, passphrase).finally(() => setBusy(false));
      }}
    >
      <h2 id="link-prompt-title">This link is encrypted</h2>
      <p>It carries secrets. Enter the passphrase you were given.</p>
      <label>
        Passphrase <input type="password" value={passphrase} autoFocus onChange={(e) => setPassphrase(e.target.value)} />
      </label>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="submit" className="tool" disabled={!passphrase || busy}>
          Open
        </button>
        <button type="button" className="tool" onClick={() => setLinkPrompt(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Asks what opening a link needs: a passphrase, or whether to replace the current design. */
export function LinkPromptDialog() {
  const prompt = useStore(linkPromptStore, (s) => s.prompt);
  if (!prompt) return null;
  return (
    <Modal labelledBy="link-prompt-title" onClose={() => setLinkPrompt(null)}>
      {prompt.kind === 'passphrase' ? (
        <PassphraseForm key={prompt.error ?? ''} fragment={prompt.fragment} error={prompt.error} />
      ) : (
        <>
          <h2 id="link-prompt-title">Open the linked design?</h2>
          <p>
            The link holds “{prompt.doc.name || 'Untitled design'}”, which differs from your current design. Your current design stays one Undo
            away.
          </p>
          <div className="dialog-actions">
            <button type="button" className="tool" onClick={() => openLinkedDesign(designStore, prompt.doc, prompt.migrations)}>
              Open linked design
            </button>
            <button type="button" className="tool" onClick={() => setLinkPrompt(null)}>
              Keep current design
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
