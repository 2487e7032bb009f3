// Schema version 4's upgrade: every record already stored becomes this device's first write of it
// (revision.ts), and the device gets its id. Runs once per device, so it loads only when needed.
import type { Transaction } from 'dexie';
import { DEVICE_ID_KEY, isDeviceId, newDeviceId } from './device-id';

export async function giveEveryRecordARevision(transaction: Transaction): Promise<void> {
  const settings = transaction.table<{ key: string; value: unknown }, string>('settings');
  const stored = (await settings.get(DEVICE_ID_KEY))?.value;
  const device = isDeviceId(stored) ? stored : newDeviceId();
  if (stored !== device) await settings.put({ key: DEVICE_ID_KEY, value: device });
  for (const table of ['profile', 'cycles', 'responses', 'answers', 'roadmapEdits']) {
    await transaction
      .table(table)
      .toCollection()
      .modify((record: { revision?: unknown }) => {
        record.revision ??= { vector: { [device]: 1 }, by: device };
      });
  }
}
