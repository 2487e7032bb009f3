// Reads that follow changes: Dexie re-runs one whenever a table range it read is written, in this tab
// or another (Dexie's liveQuery, over IndexedDB's own change notifications and a BroadcastChannel).
import { liveQuery } from 'dexie';
import type { LiveRead } from './repository';

export function live<T>(read: () => Promise<T>): LiveRead<T> {
  return liveQuery(read);
}
