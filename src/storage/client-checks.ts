// Anonymous client check records (client-check-records.ts) in the database, and the device settings of
// client mode: the staff PIN's salted hash and the agency's list of programs.
import { database } from './database';
import { newId } from './ids';
import { clientCheckRecordSchema, type ClientCheckRecord } from './client-check-records';
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

const PIN_KEY = 'clientModePin';
const PROGRAMS_KEY = 'clientCheckPrograms';

/** The staff PIN as kept: a PBKDF2 hash with its salt and iteration count, never the PIN. */
export interface StoredPin {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
}

const isStoredPin = (value: unknown): value is StoredPin => {
  const pin = value as Partial<StoredPin> | null;
  return (
    pin !== null &&
    typeof pin === 'object' &&
    pin.algorithm === 'PBKDF2-SHA-256' &&
    typeof pin.iterations === 'number' &&
    typeof pin.salt === 'string' &&
    typeof pin.hash === 'string'
  );
};

export async function getStoredPin(): Promise<StoredPin | null> {
  const value = await getSetting<unknown>(PIN_KEY);
  return isStoredPin(value) ? value : null;
}

export async function setStoredPin(pin: StoredPin): Promise<void> {
  await setSetting(PIN_KEY, pin);
}

export async function getPrograms(): Promise<string[]> {
  const value = await getSetting<unknown>(PROGRAMS_KEY);
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

export async function setPrograms(programs: readonly string[]): Promise<void> {
  await setSetting(PROGRAMS_KEY, [...programs]);
}
