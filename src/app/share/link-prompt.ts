import { createStore } from 'zustand/vanilla';
import type { TopologyDocument } from '../../core/model/types';

/** What opening a link is waiting for: a passphrase, or the user's yes to replace their design. */
export type LinkPrompt =
  | { readonly kind: 'passphrase'; readonly fragment: string; readonly error?: string }
  | { readonly kind: 'confirm'; readonly doc: TopologyDocument; readonly migrations: readonly string[] };

export const linkPromptStore = createStore<{ readonly prompt: LinkPrompt | null }>()(() => ({ prompt: null }));

export const setLinkPrompt = (prompt: LinkPrompt | null) => linkPromptStore.setState({ prompt });
