// The agency's side: its own result next to its peers' figures from a benchmark file, per measure, in
// the peer group it chooses. Only the same questionnaire version is compared directly; another version
// only on the measures that mean the same (comparable-measures.ts). What is not compared says why.
import { compareVersions } from '../versions';
import type { Benchmark, BenchmarkQuestionnaire } from './benchmark-schema';
import { indexBenchmark, pickView } from './benchmark-index';
import { wholePoints } from './build-contribution';
import { comparableMeasures } from './comparable-measures';
import type { DefinitionLookup } from './definition-lookup';
import type { SectorProfile } from './profile';
import type { ResultEntry } from './result-entry';
import { profileView, type PeerAttribute, type View } from './views';

export type PeerGroup = 'all' | PeerAttribute;

export type Peers =
  | { status: 'published'; n: number; q1: number; median: number; q3: number }
  /** Fewer than 5 peers, or hidden to protect a small group. */
  | { status: 'suppressed' }
  | { status: 'missing' };

export type NotComparedReason =
  | 'different-version'
  | 'not-in-benchmark'
  | 'suppressed'
  | 'profile-not-stated'
  /** The agency has no score in this measure (every question not applicable). */
  | 'no-score';

export interface MeasureComparison {
  /** null: the overall score. */
  dimension: string | null;
  /** The agency's score in whole points, as contributions hold them; null when it has none. */
  you: number | null;
  provisional: boolean;
  peers: Peers;
}

export interface BenchmarkComparison {
  questionnaire: string;
  version: string;
  /** The benchmark's version the figures come from; null when it has none of this questionnaire. */
  benchmarkVersion: string | null;
  year: number;
  peerGroup: PeerGroup;
  /** The peers' view; null when the profile does not state what the peer group needs. */
  view: View | null;
  /** The overall score, then every dimension of the agency's version. */
  measures: MeasureComparison[];
  notCompared: { dimension: string | null; reason: NotComparedReason }[];
}

export interface CompareInput {
  entry: ResultEntry;
  profile: SectorProfile;
  benchmark: Benchmark;
  peerGroup: PeerGroup;
  definitions: DefinitionLookup;
}

interface Source {
  entry: BenchmarkQuestionnaire;
  /** Measures that mean the same on both versions. */
  comparable: ReadonlySet<string | null>;
}

/** The benchmark entry to compare with: the same version, else the one sharing most measures. */
function chooseSource(input: CompareInput): Source | null {
  const { entry, benchmark, definitions } = input;
  const candidates = benchmark.questionnaires.filter((q) => q.id === entry.id);
  const same = candidates.find((q) => q.version === entry.version);
  const all = [null, ...entry.dimensions.map((d) => d.id)];
  if (same !== undefined)
    return {
      entry: same,
      comparable: new Set(same.contentHash === entry.contentHash ? all : []),
    };
  const own = definitions(entry.id, entry.version);
  let best: Source | null = null;
  for (const candidate of candidates) {
    const theirs = definitions(candidate.id, candidate.version);
    const comparable = new Set(
      own === undefined || theirs === undefined || theirs.contentHash !== candidate.contentHash
        ? []
        : comparableMeasures(own, theirs, definitions).comparable,
    );
    const better =
      best === null ||
      comparable.size > best.comparable.size ||
      (comparable.size === best.comparable.size &&
        compareVersions(candidate.version, best.entry.version) > 0);
    if (better) best = { entry: candidate, comparable };
  }
  return best;
}

export function compareWithBenchmark(input: CompareInput): BenchmarkComparison {
  const { entry, benchmark, peerGroup } = input;
  const view = peerGroup === 'all' ? 'all' : profileView(input.profile, peerGroup);
  const source = view === null ? null : chooseSource(input);
  const picked =
    source === null || view === null
      ? []
      : pickView(indexBenchmark(benchmark), source.entry.id, source.entry.version, view);
  const own = [
    { dimension: null, ...entry.overall },
    ...entry.dimensions.map(({ id, ...score }) => ({ dimension: id, ...score })),
  ];
  const notCompared: BenchmarkComparison['notCompared'] = [];
  const measures = own.map(({ dimension, score, provisional }): MeasureComparison => {
    const you = score === null ? null : wholePoints(score);
    const result = (peers: Peers, reason: NotComparedReason | null): MeasureComparison => {
      const why = reason ?? (you === null ? 'no-score' : null);
      if (why !== null) notCompared.push({ dimension, reason: why });
      return { dimension, you, provisional, peers };
    };
    if (view === null) return result({ status: 'missing' }, 'profile-not-stated');
    if (source === null) return result({ status: 'missing' }, 'not-in-benchmark');
    if (!source.comparable.has(dimension))
      return result({ status: 'missing' }, 'different-version');
    const measure = picked.find((p) => p.dimension === dimension);
    if (measure === undefined) return result({ status: 'missing' }, 'not-in-benchmark');
    if (measure.cell === null) return result({ status: 'suppressed' }, 'suppressed');
    const { n, q1, median, q3 } = measure.cell;
    return result({ status: 'published', n, q1, median, q3 }, null);
  });
  return {
    questionnaire: entry.id,
    version: entry.version,
    benchmarkVersion: source?.entry.version ?? null,
    year: benchmark.year,
    peerGroup,
    view,
    measures,
    notCompared,
  };
}
