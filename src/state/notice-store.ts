// Messages for the person using the app (saved, failed to save…), announced by a live region. Notices
// hold translation keys, so they follow a language switch.
import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  /** Translation key, "namespace:key" or a key of the common namespace. */
  key: string;
  values?: Record<string, string | number>;
}

interface NoticeState {
  notices: Notice[];
  show: (kind: Notice['kind'], key: string, values?: Record<string, string | number>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  show: (kind, key, values) => {
    const notice: Notice = values
      ? { id: nextId++, kind, key, values }
      : { id: nextId++, kind, key };
    set((state) => ({ notices: [...state.notices.slice(-2), notice] }));
  },
  dismiss: (id) => {
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
  },
}));

export const showNotice = (
  kind: Notice['kind'],
  key: string,
  values?: Record<string, string | number>,
): void => {
  useNoticeStore.getState().show(kind, key, values);
};
