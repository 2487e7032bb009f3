// Messages for the person using the app (saved, failed to save…), announced by a live region. Notices
// hold translation keys, so they follow a language switch.
import { create } from 'zustand';
import { routeToHash, type Route } from '../routing/route';
import { useRouteStore } from '../routing/route-store';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  /** Translation key, "namespace:key" or a key of the common namespace. */
  key: string;
  values?: Record<string, string | number>;
  /** A way out offered with the message, e.g. "Export a backup" after a full disk. */
  action?: { key: string; route: Route };
  /** The browser's own error text, shown behind "Details" for whoever helps the person. */
  details?: string;
  /** The screen (its hash) a confirmation belongs to: it leaves when the person moves on. */
  place?: string;
}

interface NoticeState {
  notices: Notice[];
  show: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  /** Drops the confirmations of other screens than this one; errors stay until dismissed. */
  leaveFor: (place: string) => void;
}

let nextId = 1;

const sameMessage = (a: Omit<Notice, 'id'>, b: Omit<Notice, 'id'>) =>
  a.kind === b.kind && a.key === b.key && JSON.stringify(a.values) === JSON.stringify(b.values);

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  show: (notice) => {
    set((state) => {
      // A message already on screen is not repeated (several fields failing for the same reason).
      if (state.notices.some((shown) => sameMessage(shown, notice))) return state;
      return { notices: [...state.notices.slice(-2), { ...notice, id: nextId++ }] };
    });
  },
  dismiss: (id) => {
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
  },
  leaveFor: (place) => {
    set((state) => {
      const kept = state.notices.filter((n) => n.kind === 'error' || n.place === place);
      return kept.length === state.notices.length ? state : { notices: kept };
    });
  },
}));

export function showNotice(
  kind: Notice['kind'],
  key: string,
  values?: Record<string, string | number>,
  action?: Notice['action'],
  details?: string,
): void {
  const notice: Omit<Notice, 'id'> = { kind, key };
  if (values) notice.values = values;
  if (action) notice.action = action;
  if (details !== undefined) notice.details = details;
  // A confirmation is shown on the screen the person is on (after any move the action made).
  if (kind === 'info') notice.place = routeToHash(useRouteStore.getState().route);
  useNoticeStore.getState().show(notice);
}
