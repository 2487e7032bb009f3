// Opening storage as the app starts: whether this browser can keep data at all.
import { openStorage } from '../storage';

/** Opens the database; resolves to the storage mode to show: ready, or unavailable and why. */
export async function openDeviceStorage(): Promise<
  { mode: 'ready' } | { mode: 'unavailable'; reason: string }
> {
  const state = await openStorage();
  return state.kind === 'ready' ? { mode: 'ready' } : { mode: 'unavailable', reason: state.reason };
}
