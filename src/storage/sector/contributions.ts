// The contributions a collector holds, one per contribution id: a file with a higher revision replaces
// the stored one, a lower revision never does, so the order files arrive in does not matter.
import { canonicalJson } from '../../engine/content-hash';
import type { Contribution } from '../../engine/sector-snapshot';
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

/** Stores a batch in one transaction; returns what happened to each, in order. */
export async function storeContributions(
  batch: readonly ContributionToStore[],
): Promise<StoreOutcome[]> {
  const db = sectorDatabase();
  return db.transaction('rw', db.contributions, async () => {
    const ids = [...new Set(batch.map((item) => item.contribution.id))];
    const found = await db.contributions.bulkGet(ids);
    const current = new Map<string, StoredContribution>();
    found.forEach((record) => {
      if (record !== undefined) current.set(record.id, record);
    });
    const outcomes: StoreOutcome[] = [];
    const writes = new Map<string, StoredContribution>();
    for (const item of batch) {
      const { id, year } = item.contribution;
      const outcome = decide(current.get(id), item);
      outcomes.push(outcome);
      if (outcome === 'added' || outcome === 'replaced') {
        const record = { id, year, revision: item.revision, contribution: item.contribution };
        current.set(id, record);
        writes.set(id, record);
      }
    }
    if (writes.size > 0) await db.contributions.bulkPut([...writes.values()]);
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
