// The benchmarks an agency imported, one per year. A benchmark for a year already held replaces it
// only when the person has chosen to (the screen asks first).
import type { Benchmark, PeerGroup } from '../../engine/sector-snapshot';
import { now } from '../ids';
import { sectorDatabase, type StoredBenchmark } from './sector-database';

export async function listBenchmarks(): Promise<StoredBenchmark[]> {
  return sectorDatabase().benchmarks.orderBy('year').toArray();
}

export async function getBenchmark(year: number): Promise<StoredBenchmark | undefined> {
  return sectorDatabase().benchmarks.get(year);
}

/** Keeps a benchmark; refuses to replace the year's benchmark unless `replace` says so. */
export async function saveBenchmark(
  benchmark: Benchmark,
  { replace }: { replace: boolean },
): Promise<'saved' | 'replaced' | 'year-taken'> {
  const db = sectorDatabase();
  return db.transaction('rw', db.benchmarks, async () => {
    const existing = await db.benchmarks.get(benchmark.year);
    if (existing !== undefined && !replace) return 'year-taken';
    await db.benchmarks.put({ year: benchmark.year, benchmark, importedAt: now() });
    return existing === undefined ? 'saved' : 'replaced';
  });
}

export async function deleteBenchmark(year: number): Promise<void> {
  await sectorDatabase().benchmarks.delete(year);
}

const PEER_GROUP_KEY = 'peer-group';
const peerGroups: readonly string[] = ['all', 'staffBand', 'province', 'region', 'communitySize'];

/** The peer group the agency last chose; 'all' until it chooses. */
export async function getPeerGroup(): Promise<PeerGroup> {
  const value = (await sectorDatabase().preferences.get(PEER_GROUP_KEY))?.value;
  return typeof value === 'string' && peerGroups.includes(value) ? (value as PeerGroup) : 'all';
}

export async function setPeerGroup(group: PeerGroup): Promise<void> {
  await sectorDatabase().preferences.put({ key: PEER_GROUP_KEY, value: group });
}
