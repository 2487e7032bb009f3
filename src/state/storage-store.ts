// Whether the app can keep data on this device, and database events raised while it runs.
import { create } from 'zustand';
import type { DatabaseEvent } from '../storage/database';

export type StorageMode = 'checking' | 'ready' | 'unavailable' | 'demo';

interface StorageState {
  mode: StorageMode;
  /** Why storage is unavailable (the browser's error name), for the explanation. */
  reason?: string;
  event?: DatabaseEvent;
}

export const useStorageStore = create<StorageState>()(() => ({ mode: 'checking' }));

/** The demo keeps nothing: every write is refused with a message instead. */
export const isDemo = (): boolean => useStorageStore.getState().mode === 'demo';
