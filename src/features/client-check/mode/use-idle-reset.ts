// A client who walks away mid-check must not leave their answers for the next person: after a while
// with no touch or key press, client mode goes back to its first screen, and the answers are dropped.
import { useEffect } from 'react';

export const IDLE_RESET_MS = 5 * 60_000;

export function useIdleReset(active: boolean, onIdle: () => void, after = IDLE_RESET_MS): void {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(onIdle, after);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, after);
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const event of events) window.addEventListener(event, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const event of events) window.removeEventListener(event, restart);
    };
  }, [active, onIdle, after]);
}
