// The read-only demo's storage, for browsers that cannot keep data: an in-memory IndexedDB
// (fake-indexeddb, loaded only here) holding the demo's records. Nothing in it survives a reload.
import { Dexie } from 'dexie';
import type { AnswerRecord } from '../domain/answer-record';
import type { Cycle } from '../domain/cycle';
import type { OrganizationProfile } from '../domain/profile';
import type { Response } from '../domain/response';
import { BoussoleDatabase, setDatabase } from './database';

/** Records to put on a device at once: the read-only demo's content. */
export interface DeviceRecords {
  profile: OrganizationProfile;
  cycles: Cycle[];
  responses: Response[];
  answers: AnswerRecord[];
}

/**
 * Switches to an in-memory database (fake-indexeddb, loaded only here) holding the demo content.
 * Nothing in it survives a reload; the app treats it as read-only.
 */
export async function openDemoStorage(records: DeviceRecords): Promise<void> {
  const fake = await import('fake-indexeddb');
  // Dexie's live queries only run when it knows an IndexedDB implementation.
  Dexie.dependencies.indexedDB = fake.indexedDB;
  Dexie.dependencies.IDBKeyRange = fake.IDBKeyRange;
  const db = new BoussoleDatabase('boussole-demo', {
    indexedDB: fake.indexedDB,
    IDBKeyRange: fake.IDBKeyRange,
  });
  setDatabase(db);
  await db.open();
  await db.transaction('rw', db.profile, db.cycles, db.responses, db.answers, async () => {
    await db.profile.put(records.profile);
    await db.cycles.bulkPut(records.cycles);
    await db.responses.bulkPut(records.responses);
    await db.answers.bulkPut(records.answers);
  });
}
