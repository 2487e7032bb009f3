// Typed text is saved shortly after the person stops typing, and at once when the field loses focus,
// the screen changes or the page is hidden (tab closed, app switched), so nothing typed is lost.
import { useCallback, useEffect, useRef } from 'react';

export function useDebouncedCommit(commit: (value: string) => void, delayMs = 400) {
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current !== null) {
      const value = pending.current;
      pending.current = null;
      latestCommit.current(value);
    }
  }, []);

  const schedule = useCallback(
    (value: string) => {
      pending.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

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

  return { schedule, flush, isPending: () => pending.current !== null };
}
