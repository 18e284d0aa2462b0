import { useEffect, useState } from 'react';
import { copyToClipboard } from '../common/clipboard';
import { encodeShareLink } from '../../core/share';
import { Modal } from '../common/Modal';
import { saveDesignFile } from '../files/save-file';
import { designStore } from '../store/hooks';
import { LONG_LINK_CHARS, linkUrl } from './link-url';

/** The share link of the current design, with the option to include secrets under a passphrase. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const [withSecrets, setWithSecrets] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);

  const make = async (secrets: false | { passphrase: string }) => {
    setStatus('');
    setFailed(false);
    try {
      const url = linkUrl(await encodeShareLink(designStore.getState().doc, { includeSecrets: secrets }));
      setLink(url);
      setStatus((await copyToClipboard(url)) ? 'Link copied to the clipboard.' : 'Copy the link below (the clipboard is not available).');
    } catch (e) {
      setLink('');
      setFailed(true);
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    if (!withSecrets) void make(false);
    else {
      setLink('');
      setStatus('');
    }
  }, [withSecrets]);

  return (
    <Modal labelledBy="share-title" onClose={onClose}>
      <h2 id="share-title">Share link</h2>
      <label className="check">
        <input type="checkbox" checked={withSecrets} onChange={(e) => setWithSecrets(e.target.checked)} />
        Include secrets (pre-shared keys, RADIUS secrets)
      </label>
      {withSecrets ? (
        <form
          className="secrets"
          onSubmit={(e) => {
            e.preventDefault();
            if (passphrase) void make({ passphrase });
          }}
        >
          <p className="warning">Anyone with the link and the passphrase can read the secrets. Send the passphrase another way.</p>
          <label>
            Passphrase <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
          </label>
          <button type="submit" className="tool" disabled={!passphrase}>
            Create encrypted link
          </button>
        </form>
      ) : null}
      <textarea aria-label="Share link" readOnly rows={4} value={link} onFocus={(e) => e.target.select()} />
      {status ? <p role="status">{status}</p> : null}
      {link.length > LONG_LINK_CHARS || failed ? (
        <p className="warning">
          {failed ? 'Share the design as a file instead.' : `This link is ${link.length.toLocaleString('en')} characters long and may not paste everywhere.`}{' '}
          <button type="button" className="tool" onClick={() => saveDesignFile(designStore.getState().doc)}>
            Save as a file instead
          </button>
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="tool" disabled={!link} onClick={() => void copyToClipboard(link).then((ok) => setStatus(ok ? 'Link copied to the clipboard.' : 'Copy failed: select the link and copy it.'))}>
          Copy
        </button>
        <button type="button" className="tool" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
