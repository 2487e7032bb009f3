// Typed text is saved shortly after the person stops typing, and at once when the field loses focus,
// the screen changes or the page is hidden (tab closed, app switched), so nothing typed is lost.
// With a `draft` the text is also mirrored in localStorage as it is typed (see src/storage/typed-drafts.ts): a tab
// killed before its IndexedDB write commits leaves the draft, which the field finds and saves on the
// next visit. The draft is dropped once `commit` reports the text saved (its promise resolves true):
// what the field shows may be an optimistic answer, so equality with it proves nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { dropDraft, keepDraft, readDraft } from '../../storage';

interface Draft {
  /** Unique per field and record, e.g. `note:<responseId>:<questionId>`. */
  key: string;
  /** What the field holds when it opens: a draft equal to it is stale and dropped. */
  stored: string;
  /** A read-only field neither keeps nor recovers drafts. */
  disabled?: boolean;
}

export function useDebouncedCommit(
  commit: (value: string) => Promise<boolean> | undefined,
  { delayMs = 400, draft }: { delayMs?: number; draft?: Draft } = {},
) {
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  const draftKey = draft?.disabled ? undefined : draft?.key;

  // Text typed in an earlier visit that never reached IndexedDB.
  const [recovered] = useState(() => {
    if (draftKey === undefined) return null;
    const text = readDraft(draftKey);
    return text === draft?.stored ? null : text;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current !== null) {
      const value = pending.current;
      pending.current = null;
      const saving = latestCommit.current(value);
      if (draftKey !== undefined && saving !== undefined) {
        void saving.then((saved) => {
          // A newer draft (typed meanwhile) stays until its own save.
          if (saved && readDraft(draftKey) === value) dropDraft(draftKey);
        });
      }
    }
  }, [draftKey]);

  const schedule = useCallback(
    (value: string) => {
      if (draftKey !== undefined) keepDraft(draftKey, value);
      pending.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, draftKey, flush],
  );

  // Save a recovered draft at once; forget a draft the database already holds.
  const [stale] = useState(() => recovered === null && draftKey !== undefined);
  useEffect(() => {
    if (recovered !== null) schedule(recovered);
    else if (stale && draftKey !== undefined) dropDraft(draftKey);
  }, [recovered, stale, draftKey, schedule]);

  useEffect(() => {
    const onHide = () => {
      flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  return { schedule, flush, recovered, isPending: () => pending.current !== null };
}
