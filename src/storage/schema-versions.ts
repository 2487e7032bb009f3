// Every schema version the database has had, oldest first. Append-only: a published version is never
// edited, because browsers out there hold databases at each of them. To change the schema, add a
// version with the new store definitions and an upgrade function that converts existing records, and
// add its realistic data to tests/storage/schema-upgrades.test.ts (README "Storage and schema versions").
import { Dexie, type Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions that change in this version (null deletes a store). */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profile: '&id',
      cycles: '&id, createdAt',
      responses: '&id, cycleId, [cycleId+questionnaireId], updatedAt',
      answers: '&[responseId+questionId], responseId',
      roadmapEdits: '&[cycleId+itemKey], cycleId',
      settings: '&key',
    },
  },
  {
    // Roadmap edits record their questionnaire, so a cycle's edits can be read per questionnaire
    // (year-over-year: "items marked done last year").
    version: 2,
    stores: { roadmapEdits: '&[cycleId+itemKey], cycleId, [cycleId+questionnaireId]' },
    upgrade: async (transaction) => {
      await transaction
        .table('roadmapEdits')
        .toCollection()
        .modify((edit: { itemKey: string; questionnaireId?: string }) => {
          edit.questionnaireId = edit.itemKey.split('/')[0] ?? '';
        });
    },
  },
  {
    // A copy of each questionnaire definition this device has opened, so a questionnaire page opens
    // from IndexedDB without waiting for the network, even when the browser's caches are empty.
    version: 3,
    stores: { definitions: '&[id+version]' },
  },
  {
    // Every record carries a revision (revision.ts) so merges decide by causality, not by clocks.
    // Records already stored become this device's first write of them: a backup made before this
    // version has no revisions, so any copy of it that differs is shown as a conflict, never
    // silently preferred.
    version: 4,
    stores: {},
    upgrade: async (transaction) => {
      // Dexie.waitFor keeps the upgrade's transaction open while the code arrives.
      const { giveEveryRecordARevision } = await Dexie.waitFor(import('./schema-v4-revisions'));
      await giveEveryRecordARevision(transaction);
    },
  },
  {
    // Anonymous records of client skills checks (domain/client-check-record.ts), read per cycle. The store
    // is new here, so every record in it is written with its revision (client-checks.ts).
    version: 5,
    stores: { clientChecks: '&id, cycleId' },
  },
  {
    // The organization's own actions, kept with their cycle. Roadmap edits gain optional fields (a
    // horizon pin, a cost estimate, a funding source, where a carried decision came from): the
    // records already stored are valid as they are, so nothing is converted, and the new store
    // starts empty, so it needs no revisions given.
    version: 6,
    stores: { ownActions: '&[cycleId+id], cycleId' },
  },
];

export const LATEST_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]?.version ?? 1;

/** Declares the versions up to `upTo` on a Dexie instance (tests open older ones). */
export function declareSchema(db: Dexie, upTo = LATEST_SCHEMA_VERSION): void {
  for (const { version, stores, upgrade } of schemaVersions) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
