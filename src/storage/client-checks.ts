// Anonymous client check records (domain/client-check-record.ts) in the database, and the device settings of
// client mode: the staff PIN's salted hash and the agency's list of programs.
import { database } from './database';
import { newId } from './ids';
import { clientCheckRecordSchema, type ClientCheckRecord } from '../domain/client-check-record';
import { storedPinSchema, type StoredPin } from '../domain/client-check-settings';
import { bump } from './revision';
import { writingDevice } from './writing-device';

/** Keeps one record; the record is checked first, so nothing beyond its anonymous fields is stored. */
export async function addClientCheck(
  record: Omit<ClientCheckRecord, 'id' | 'revision'>,
): Promise<string> {
  const db = database();
  const device = await writingDevice(db);
  const checked = clientCheckRecordSchema.parse({
    id: newId(),
    ...record,
    revision: bump(undefined, device),
  });
  await db.clientChecks.add(checked);
  return checked.id;
}

export async function listClientChecks(cycleId: string): Promise<ClientCheckRecord[]> {
  return database().clientChecks.where({ cycleId }).toArray();
}

export async function countClientChecks(cycleId: string): Promise<number> {
  return database().clientChecks.where({ cycleId }).count();
}

/** A setting's stored value, unchecked; undefined when there is none. */
async function readSetting(key: string): Promise<unknown> {
  return (await database().settings.get(key))?.value;
}

export async function getStoredPin(): Promise<StoredPin | null> {
  const parsed = storedPinSchema.safeParse(await readSetting('clientModePin'));
  return parsed.success ? parsed.data : null;
}

export async function setStoredPin(pin: StoredPin): Promise<void> {
  await database().settings.put({ key: 'clientModePin', value: pin });
}

export async function getPrograms(): Promise<string[]> {
  const value = await readSetting('clientCheckPrograms');
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

export async function setPrograms(programs: readonly string[]): Promise<void> {
  await database().settings.put({ key: 'clientCheckPrograms', value: [...programs] });
}
