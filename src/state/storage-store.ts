// Whether the app can keep data on this device, and what happened to its database while it ran.
import { create } from 'zustand';
import type { StorageLoss } from '../storage';

export type { StorageLoss };

export type StorageMode = 'checking' | 'ready' | 'unavailable' | 'demo';

interface StorageState {
  mode: StorageMode;
  /** Why storage is unavailable (the browser's error name), for the explanation. */
  reason?: string;
  /** Set once this tab's database was upgraded, deleted or replaced elsewhere, or closed by the
   *  browser: nothing more can be saved from this tab until it reloads. */
  loss?: StorageLoss;
  /** This tab's own upgrade or deletion waits for Boussole's other tabs to close the database. */
  waiting?: 'upgrade' | 'deletion' | undefined;
}

export const useStorageStore = create<StorageState>()(() => ({ mode: 'checking' }));

/** The demo keeps nothing: every write is refused with a message instead. */
export const isDemo = (): boolean => useStorageStore.getState().mode === 'demo';

export const storageLoss = (): StorageLoss | undefined => useStorageStore.getState().loss;
