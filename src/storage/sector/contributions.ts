// The contributions a collector holds, one per contribution id: a file with a higher revision replaces
// the stored one, a lower revision never does, so the order files arrive in does not matter.
import { canonicalJson } from '../../engine/content-hash';
import type { Contribution } from '../../engine/sector-snapshot';
import { Dexie } from 'dexie';
import { sectorDatabase, type StoredContribution } from './sector-database';

export interface ContributionToStore {
  contribution: Contribution;
  revision: number;
}

/**
 * What storing one contribution did: a new id; a replacement (higher revision, or the same revision
 * with other content: the last imported wins, as the engine assumes); an older revision left out
 * because a newer one is stored; or the same file again.
 */
export type StoreOutcome = 'added' | 'replaced' | 'kept-newer' | 'unchanged';

function decide(stored: StoredContribution | undefined, next: ContributionToStore): StoreOutcome {
  if (stored === undefined) return 'added';
  if (next.revision < stored.revision) return 'kept-newer';
  if (
    next.revision === stored.revision &&
    canonicalJson(next.contribution) === canonicalJson(stored.contribution)
  )
    return 'unchanged';
  return 'replaced';
}

interface Decided {
  /** What happened to each item, in order. */
  outcomes: StoreOutcome[];
  /** The record to write for each id that changes. */
  writes: Map<string, StoredContribution>;
}

/** Decides each item in order, starting from the records in `current` (changed as it goes). */
function decideInOrder(
  items: readonly ContributionToStore[],
  current: Map<string, StoredContribution>,
): Decided {
  const outcomes: StoreOutcome[] = [];
  const writes = new Map<string, StoredContribution>();
  for (const item of items) {
    const { id, year } = item.contribution;
    const outcome = decide(current.get(id), item);
    outcomes.push(outcome);
    if (outcome === 'added' || outcome === 'replaced') {
      const record = { id, year, revision: item.revision, contribution: item.contribution };
      current.set(id, record);
      writes.set(id, record);
    }
  }
  return { outcomes, writes };
}

/** The ids whose add failed because a record with that id is stored; any other failure is thrown. */
function idsAlreadyStored(error: unknown, added: readonly StoredContribution[]): Set<string> {
  if (!(error instanceof Dexie.BulkError)) throw error;
  const stored = new Set<string>();
  for (const [position, failure] of Object.entries(error.failuresByPos)) {
    const record = added[Number(position)];
    if (failure.name !== 'ConstraintError' || record === undefined) throw error;
    stored.add(record.id);
  }
  return stored;
}

/**
 * Stores a batch in one transaction; returns what happened to each, in order. Most contributions
 * of an import are new, so they are added without looking each id up first (a look-up costs about
 * as much as the write, and 10,000 of them took seconds): an id already stored makes its add fail,
 * and only those ids are read and decided against the stored record.
 */
export async function storeContributions(
  batch: readonly ContributionToStore[],
): Promise<StoreOutcome[]> {
  const db = sectorDatabase();
  return db.transaction('rw', db.contributions, async () => {
    const asNew = decideInOrder(batch, new Map());
    const added = [...asNew.writes.values()];
    let stored = new Set<string>();
    try {
      await db.contributions.bulkAdd(added);
    } catch (error) {
      // caught inside the transaction, so the adds that succeeded stay
      stored = idsAlreadyStored(error, added);
    }
    if (stored.size === 0) return asNew.outcomes;
    const current = new Map<string, StoredContribution>();
    for (const record of await db.contributions.bulkGet([...stored]))
      if (record !== undefined) current.set(record.id, record);
    const again = decideInOrder(
      batch.filter((item) => stored.has(item.contribution.id)),
      current,
    );
    if (again.writes.size > 0) await db.contributions.bulkPut([...again.writes.values()]);
    const outcomes = [...asNew.outcomes];
    let next = 0;
    batch.forEach((item, at) => {
      const outcome = stored.has(item.contribution.id) ? again.outcomes[next++] : undefined;
      if (outcome !== undefined) outcomes[at] = outcome;
    });
    return outcomes;
  });
}

/** Every stored contribution's content (for aggregation). */
export async function readAllContributions(): Promise<Contribution[]> {
  const records = await sectorDatabase().contributions.toArray();
  return records.map((record) => record.contribution);
}

export interface YearCount {
  year: number;
  count: number;
}

/** How many contributions are stored per year, oldest first (read from the index, not the records). */
export async function countContributionsByYear(): Promise<YearCount[]> {
  const table = sectorDatabase().contributions;
  const years = (await table.orderBy('year').uniqueKeys()) as number[];
  return Promise.all(
    years.map(async (year) => ({ year, count: await table.where('year').equals(year).count() })),
  );
}

/** Deletes the contributions of one year, or all of them; returns how many were deleted. */
export async function deleteContributions(year?: number): Promise<number> {
  const table = sectorDatabase().contributions;
  if (year === undefined) {
    const count = await table.count();
    await table.clear();
    return count;
  }
  return table.where('year').equals(year).delete();
}
