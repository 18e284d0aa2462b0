import type { TopologyDocument } from '../../core/model/types';
import { emptyDocument } from '../design/empty';
import { notify } from '../notices/notices';
import { restoreDesign } from './storage';

/** The page's localStorage, or undefined where there is none (tests in Node, storage disabled). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The design to start with: the autosaved one, else its previous copy (saying so), else an empty design. */
export function startingDesign(storage = browserStorage()): { doc: TopologyDocument; text: string | null } {
  if (!storage) return { doc: emptyDocument(), text: null };
  const restored = restoreDesign(storage);
  if (restored.source === 'saved') {
    if (restored.migrations.length > 0) notify('info', `The autosaved design was updated: ${restored.migrations.join('; ')}.`);
    return { doc: restored.doc, text: restored.text };
  }
  if (restored.source === 'previous') {
    notify('info', `The autosaved design could not be read (${restored.problem}); started with the previous copy.`);
    return { doc: restored.doc, text: restored.text };
  }
  if (restored.problem) notify('error', `The autosaved design could not be read (${restored.problem}); started with an empty design.`);
  return { doc: emptyDocument(), text: null };
}
