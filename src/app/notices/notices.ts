import { createStore } from 'zustand/vanilla';

/** A message for the user: what was loaded or recovered (info), or what failed (error). */
export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly text: string;
}

interface NoticeState {
  readonly items: readonly Notice[];
  push(tone: Notice['tone'], text: string): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** Messages shown under the header until dismissed; the newest few are kept. */
export const noticeStore = createStore<NoticeState>()((set, get) => ({
  items: [],
  push(tone, text) {
    set({ items: [...get().items.slice(-3), { id: nextId++, tone, text }] });
  },
  dismiss(id) {
    set({ items: get().items.filter((n) => n.id !== id) });
  },
}));

export const notify = (tone: Notice['tone'], text: string) => noticeStore.getState().push(tone, text);
