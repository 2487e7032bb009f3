// The agency's side: benchmark files it imported (checked against the questionnaire versions this copy
// knows), the peer group it compares with, and the benchmark a cycle is compared with.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Benchmark, PeerGroup, SectorProfile } from '../../engine/sector-snapshot';
import type { OrganizationProfile } from '../../domain/profile';
import { MAX_BENCHMARK_FILE_BYTES, readBenchmarkBytes } from '../../storage/sector';
import {
  deleteBenchmark,
  getPeerGroup,
  listBenchmarks,
  saveBenchmark,
  setPeerGroup,
} from '../../storage/sector';
import type { StoredBenchmark } from '../../storage/sector';
import type { SectorRead } from '../../storage/sector';
import { attemptSave } from '../save';
import { loadKnownLookup } from './known-definitions';

export type { StoredBenchmark };

export const useImportedBenchmarks = () => useLiveQuery(listBenchmarks, []);

export const usePeerGroup = () => useLiveQuery(getPeerGroup, []);

export async function choosePeerGroup(group: PeerGroup): Promise<void> {
  await attemptSave(() => setPeerGroup(group));
}

/** Reads and checks a benchmark file; nothing is kept yet. */
export async function readBenchmarkFile(file: File): Promise<SectorRead<Benchmark>> {
  if (file.size > MAX_BENCHMARK_FILE_BYTES)
    return {
      ok: false,
      refusal: {
        kind: 'file',
        error: { code: 'too-large', details: { size: file.size, limit: MAX_BENCHMARK_FILE_BYTES } },
      },
    };
  const [bytes, definitions] = await Promise.all([
    file.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
    loadKnownLookup(),
  ]);
  return readBenchmarkBytes(bytes, definitions);
}

/**
 * Keeps a checked benchmark. A benchmark of a year already held is replaced only with `replace`
 * (the person chose it); otherwise 'year-taken'. null when it could not be saved (already announced).
 */
export async function keepBenchmark(
  benchmark: Benchmark,
  replace: boolean,
): Promise<'saved' | 'replaced' | 'year-taken' | null> {
  let outcome: 'saved' | 'replaced' | 'year-taken' | null = null;
  const saved = await attemptSave(async () => {
    outcome = await saveBenchmark(benchmark, { replace });
  });
  return saved ? outcome : null;
}

export async function removeBenchmark(year: number): Promise<void> {
  await attemptSave(() => deleteBenchmark(year));
}

/** The benchmark a cycle of `year` is compared with: that year's, else the newest before, else the newest. */
export function benchmarkForYear(
  benchmarks: readonly StoredBenchmark[],
  year: number,
): StoredBenchmark | undefined {
  const sorted = [...benchmarks].sort((a, b) => a.year - b.year);
  return (
    sorted.find((b) => b.year === year) ??
    sorted.filter((b) => b.year < year).at(-1) ??
    sorted.at(-1)
  );
}

/** What a sector snapshot knows of the organization: three coarse facts, each maybe not stated. */
export function sectorProfileOf(profile: OrganizationProfile | null | undefined): SectorProfile {
  return {
    province: profile?.province ?? null,
    communitySize: profile?.communitySize ?? null,
    staffBand: profile?.staffBand ?? null,
  };
}
