// Opens the database at start-up and says whether this browser can keep data at all. Some browsers
// or settings (a locked-down private mode, storage disabled) give no usable IndexedDB: the app then
// offers a read-only demo instead of a blank screen (demo-storage.ts).
import { database } from './database';
import { loadDeviceId } from './writing-device';

export type StorageState = { kind: 'ready' } | { kind: 'unavailable'; reason: string };

export async function openStorage(): Promise<StorageState> {
  try {
    await database().open();
    // Every write needs the device id's code: fetched now, not when the person first saves.
    loadDeviceId().catch(() => undefined);
    return { kind: 'ready' };
  } catch (error) {
    const failure = error as {
      name?: string;
      inner?: { name?: string; message?: string };
      message?: string;
    };
    return { kind: 'unavailable', reason: failure.inner?.name ?? failure.name ?? 'Error' };
  }
}
