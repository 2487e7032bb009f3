// The IndexedDB database (Dexie), with the schema versions declared in schema-versions.ts, and the
// events a database can raise while the app runs (another tab upgrading it, an upgrade being blocked).
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AnswerRecord, Cycle, OrganizationProfile, Response, RoadmapEdit } from './records';
import { declareSchema } from './schema-versions';

export const DATABASE_NAME = 'boussole';

/** A published questionnaire definition as it was fetched (see definition-copies.ts). */
export interface DefinitionCopy {
  id: string;
  version: string;
  definition: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export class BoussoleDatabase extends Dexie {
  profile!: EntityTable<OrganizationProfile, 'id'>;
  cycles!: EntityTable<Cycle, 'id'>;
  responses!: EntityTable<Response, 'id'>;
  answers!: Dexie.Table<AnswerRecord, [string, string]>;
  roadmapEdits!: Dexie.Table<RoadmapEdit, [string, string]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  definitions!: Dexie.Table<DefinitionCopy, [string, string]>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
  }
}

/** "version-change": a newer Boussole in another tab upgraded the database and this tab must reload.
 *  "blocked": this tab's upgrade waits for another tab holding the old version open. */
export type DatabaseEvent = 'version-change' | 'blocked';
type Listener = (event: DatabaseEvent) => void;
const listeners = new Set<Listener>();

export function onDatabaseEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function watch(db: BoussoleDatabase): BoussoleDatabase {
  db.on('versionchange', () => {
    // Let the other tab's upgrade proceed; this tab's data stays safe on disk and returns on reload.
    db.close();
    listeners.forEach((listener) => listener('version-change'));
    return false;
  });
  db.on('blocked', () => {
    listeners.forEach((listener) => listener('blocked'));
  });
  return db;
}

let current: BoussoleDatabase | undefined;

/** The app's database, opened on first use. Tests and the demo swap it with `setDatabase`. */
export function database(): BoussoleDatabase {
  current ??= watch(new BoussoleDatabase());
  return current;
}

export function setDatabase(db: BoussoleDatabase): void {
  current = watch(db);
}
