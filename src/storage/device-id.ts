// This browser profile's device id: random, made once and kept in the settings store. It appears only
// as a key of record revisions (revision.ts), so merges can tell which device wrote what; it says
// nothing about the person or the machine.
import type { BoussoleDatabase } from './database';

export const DEVICE_ID_KEY = 'deviceId';

export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const isDeviceId = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);

const known = new WeakMap<BoussoleDatabase, Promise<string>>();

async function readOrCreate(db: BoussoleDatabase): Promise<string> {
  // One transaction, so two tabs starting together agree on one id.
  return db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get(DEVICE_ID_KEY))?.value;
    if (isDeviceId(stored)) return stored;
    const id = newDeviceId();
    await db.settings.put({ key: DEVICE_ID_KEY, value: id });
    return id;
  });
}

/** The device id of `db`, read once per open database (every write needs it). */
export function deviceIdOf(db: BoussoleDatabase): Promise<string> {
  let id = known.get(db);
  if (!id) {
    id = readOrCreate(db);
    known.set(db, id);
    // A failed read (storage closed, say) is retried by the next write.
    id.catch(() => known.delete(db));
  }
  return id;
}
