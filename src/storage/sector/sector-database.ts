// The sector snapshot's own IndexedDB database, apart from the organization's: contributions a network
// collects from many agencies (thousands of records no backup should carry), and the benchmarks an
// agency imports. Deleting it never touches the organization's data, and the reverse.
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Benchmark, Contribution } from '../../engine/sector-snapshot';
import { declareSectorSchema } from './sector-schema-versions';

export const SECTOR_DATABASE_NAME = 'boussole-sector';

/** One agency's contribution as a collector keeps it: the checked content and its file's revision. */
export interface StoredContribution {
  id: string;
  year: number;
  /** The file's revision: a corrected contribution carries a higher one and replaces this record. */
  revision: number;
  contribution: Contribution;
}

/** A benchmark an agency imported, one per year. */
export interface StoredBenchmark {
  year: number;
  benchmark: Benchmark;
  importedAt: string;
}

/** The contribution id and revision one of the agency's cycles was last shared under. */
export interface SharedCycle {
  cycleId: string;
  contributionId: string;
  revision: number;
}

export interface PreferenceRecord {
  key: string;
  value: unknown;
}

export class SectorDatabase extends Dexie {
  contributions!: EntityTable<StoredContribution, 'id'>;
  benchmarks!: EntityTable<StoredBenchmark, 'year'>;
  sharedCycles!: EntityTable<SharedCycle, 'cycleId'>;
  preferences!: EntityTable<PreferenceRecord, 'key'>;

  constructor(name = SECTOR_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    declareSectorSchema(this);
  }
}

let current: SectorDatabase | undefined;

/** The sector database, opened on first use. Tests swap it with `setSectorDatabase`. */
export function sectorDatabase(): SectorDatabase {
  current ??= new SectorDatabase();
  return current;
}

export function setSectorDatabase(db: SectorDatabase): void {
  current = db;
}

/** Deletes the whole sector database (one step for the browser); it opens again empty on next use. */
export async function deleteSectorDatabase(): Promise<void> {
  await sectorDatabase().delete({ disableAutoOpen: false });
}
