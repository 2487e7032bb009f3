// Every schema version of the sector snapshot database, oldest first. Append-only, like the
// organization's database (schema-versions.ts): browsers out there hold databases at each version.
import type { Dexie } from 'dexie';
import type { SchemaVersion } from '../schema-versions';

export const sectorSchemaVersions: readonly SchemaVersion[] = [
  {
    // Contributions a network collects; benchmarks an agency imports; which contribution id each of
    // the agency's cycles was shared under (so a corrected file replaces the first); small choices.
    version: 1,
    stores: {
      contributions: '&id, year',
      benchmarks: '&year',
      sharedCycles: '&cycleId',
      preferences: '&key',
    },
  },
];

export const LATEST_SECTOR_SCHEMA_VERSION =
  sectorSchemaVersions[sectorSchemaVersions.length - 1]?.version ?? 1;

/** Declares the versions up to `upTo` on a Dexie instance (tests open older ones). */
export function declareSectorSchema(db: Dexie, upTo = LATEST_SECTOR_SCHEMA_VERSION): void {
  for (const { version, stores, upgrade } of sectorSchemaVersions) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
