// The id of the device writing (device-id.ts), which every write records in its record's revision.
// Its code is not part of the first load: storage fetches it as soon as it opens (open-storage.ts),
// before anyone can save anything.
import type { BoussoleDatabase } from './database';

export const loadDeviceId = () => import('./device-id');

export async function writingDevice(db: BoussoleDatabase): Promise<string> {
  return (await loadDeviceId()).deviceIdOf(db);
}
