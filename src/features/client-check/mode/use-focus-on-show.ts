// Moves focus to a screen's heading when it appears or its content changes (a new question), so a
// screen reader starts reading there and keyboard users start at the top.
import { useEffect, useRef } from 'react';

export function useFocusOnShow<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
