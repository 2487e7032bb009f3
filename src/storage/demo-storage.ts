// The read-only demo's storage, for browsers that keep no data (see open-storage.ts). Loaded only then.
import { Dexie } from 'dexie';
import { BoussoleDatabase, setDatabase } from './database';

/**
 * Switches to an in-memory database (fake-indexeddb, loaded only here) holding the demo content.
 * Nothing in it survives a reload; the app treats it as read-only.
 */
export async function openDemoStorage(
  seed: (db: BoussoleDatabase) => Promise<void>,
): Promise<void> {
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
  await seed(db);
}
