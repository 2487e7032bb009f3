// Messages for the person using the app (saved, failed to save…), announced by a live region. Notices
// hold translation keys, so they follow a language switch.
import { create } from 'zustand';
import type { Route } from './route';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  /** Translation key, "namespace:key" or a key of the common namespace. */
  key: string;
  values?: Record<string, string | number>;
  /** A way out offered with the message, e.g. "Export a backup" after a full disk. */
  action?: { key: string; route: Route };
}

interface NoticeState {
  notices: Notice[];
  show: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  show: (notice) => {
    set((state) => ({ notices: [...state.notices.slice(-2), { ...notice, id: nextId++ }] }));
  },
  dismiss: (id) => {
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
  },
}));

export function showNotice(
  kind: Notice['kind'],
  key: string,
  values?: Record<string, string | number>,
  action?: Notice['action'],
): void {
  const notice: Omit<Notice, 'id'> = { kind, key };
  if (values) notice.values = values;
  if (action) notice.action = action;
  useNoticeStore.getState().show(notice);
}
