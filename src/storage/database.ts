// The IndexedDB database (Dexie). Schema versions are append-only: add a version, never edit one.
// See README "Storage and schema versions".
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AnswerRecord, Cycle, OrganizationProfile, Response, RoadmapEdit } from './records';

export const DATABASE_NAME = 'boussole';

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

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      profile: '&id',
      cycles: '&id, createdAt',
      responses: '&id, cycleId, [cycleId+questionnaireId], updatedAt',
      answers: '&[responseId+questionId], responseId',
      roadmapEdits: '&[cycleId+itemKey], cycleId',
      settings: '&key',
    });
  }
}

let current: BoussoleDatabase | undefined;

/** The app's database, opened on first use. Tests swap it with `setDatabase`. */
export function database(): BoussoleDatabase {
  current ??= new BoussoleDatabase();
  return current;
}

export function setDatabase(db: BoussoleDatabase): void {
  current = db;
}
