// Anonymous client check records (domain/client-check-record.ts) in the database, and the device settings of
// client mode: the staff PIN's salted hash and the agency's list of programs.
import { database } from './database';
import { newId } from './ids';
import { clientCheckRecordSchema, type ClientCheckRecord } from '../domain/client-check-record';
import type { StoredPin } from '../domain/settings';
import { bump } from './revision';
import { getSetting, setSetting } from './settings';
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

const PIN_KEY = 'clientModePin' as const;
const PROGRAMS_KEY = 'clientCheckPrograms' as const;

export async function getStoredPin(): Promise<StoredPin | null> {
  return (await getSetting(PIN_KEY)) ?? null;
}

export async function setStoredPin(pin: StoredPin): Promise<void> {
  await setSetting(PIN_KEY, pin);
}

export async function getPrograms(): Promise<string[]> {
  return (await getSetting(PROGRAMS_KEY)) ?? [];
}

export async function setPrograms(programs: readonly string[]): Promise<void> {
  await setSetting(PROGRAMS_KEY, [...programs]);
}
