import type { TopologyDocument } from '../../core/model/types';
import { decodeShareLink } from '../../core/share';
import { openDocument } from '../actions/actions';
import { notify } from '../notices/notices';
import { isEmptyDesign, sameDesign } from '../persistence/same-design';
import type { DesignStore } from '../store/design-store';
import { setLinkPrompt } from './link-prompt';
import { shareFragment } from './link-url';

/**
 * Opens a design from a link as one undo step, so the previous design stays one Undo away; says which
 * migrations upgraded a link made by an older release.
 */
export function openLinkedDesign(store: DesignStore, doc: TopologyDocument, migrations: readonly string[] = []): void {
  const previous = store.getState().doc;
  setLinkPrompt(null);
  openDocument(store, doc);
  const migrated = migrations.length > 0 ? ` Migrations applied: ${migrations.join('; ')}.` : '';
  notify('info', `${isEmptyDesign(previous) ? 'Opened the design from the link.' : 'Opened the design from the link. Undo brings back your previous design.'}${migrated}`);
}

/**
 * Reads a share fragment: asks for a passphrase when the link is encrypted, asks before replacing a
 * different design, and reports a bad link without touching the current design.
 */
export async function openShareFragment(store: DesignStore, fragment: string, passphrase?: string): Promise<void> {
  const result = await decodeShareLink(fragment, passphrase === undefined ? {} : { passphrase });
  if (!result.ok) {
    const { code, message } = result.error;
    if (code === 'passphrase-needed') setLinkPrompt({ kind: 'passphrase', fragment });
    else if (code === 'wrong-passphrase') setLinkPrompt({ kind: 'passphrase', fragment, error: message });
    else {
      setLinkPrompt(null);
      notify('error', `${message} Your current design is unchanged.`);
    }
    return;
  }
  const current = store.getState().doc;
  if (isEmptyDesign(current) || sameDesign(current, result.doc)) openLinkedDesign(store, result.doc, result.migrations);
  else setLinkPrompt({ kind: 'confirm', doc: result.doc, migrations: result.migrations });
}

/** Takes a share fragment out of the address bar (so a reload does not open it again) and opens it. */
export function openLinkFromLocation(store: DesignStore): void {
  const fragment = shareFragment(window.location.hash);
  if (fragment === undefined) return;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  void openShareFragment(store, fragment);
}
