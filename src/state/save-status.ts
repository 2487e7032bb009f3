// What this tab has not (yet) saved: writes under way, and changes still on screen whose write failed.
// The update prompt reads it before saying that reloading loses nothing.
import { create } from 'zustand';

interface SaveStatus {
  /** Writes started and not yet settled. */
  writing: number;
  /** Changes (by key, e.g. one answer) that failed to save and have not been saved since. */
  unsaved: readonly string[];
}

export const useSaveStatus = create<SaveStatus>()(() => ({ writing: 0, unsaved: [] }));

export function writeStarted(): void {
  useSaveStatus.setState((state) => ({ writing: state.writing + 1 }));
}

export function writeSettled(change: string | undefined, saved: boolean): void {
  useSaveStatus.setState((state) => {
    const others = state.unsaved.filter((key) => key !== change);
    return {
      writing: Math.max(0, state.writing - 1),
      unsaved: change === undefined ? state.unsaved : saved ? others : [...others, change],
    };
  });
}

export function changeRefused(change: string | undefined): void {
  if (change === undefined) return;
  useSaveStatus.setState((state) => ({
    unsaved: [...state.unsaved.filter((key) => key !== change), change],
  }));
}

/** Resolves once no write is under way (at once when none is). */
export function writesSettled(): Promise<void> {
  if (useSaveStatus.getState().writing === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useSaveStatus.subscribe((state) => {
      if (state.writing > 0) return;
      stop();
      resolve();
    });
  });
}
