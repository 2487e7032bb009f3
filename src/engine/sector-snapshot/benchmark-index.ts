// What a filter change on the snapshot screen does: pick the cells of one view from a benchmark indexed
// once. Nothing is recomputed, so a change costs a few lookups whatever the number of contributions.
import type { Benchmark, BenchmarkCell } from './benchmark-schema';
import { viewKey, type View } from './views';

export interface BenchmarkIndex {
  readonly benchmark: Benchmark;
  readonly cells: ReadonlyMap<string, BenchmarkCell>;
}

const cellKey = (id: string, version: string, dimension: string | null, view: string) =>
  `${id}@${version}|${dimension ?? ''}|${view}`;

export function indexBenchmark(benchmark: Benchmark): BenchmarkIndex {
  const cells = new Map<string, BenchmarkCell>();
  for (const entry of benchmark.questionnaires)
    for (const measure of entry.measures)
      for (const cell of measure.cells)
        cells.set(cellKey(entry.id, entry.version, measure.dimension, viewKey(cell.view)), cell);
  return { benchmark, cells };
}

/** One measure in the picked view: its published figures, or suppressed (fewer than 5, or hidden to
 *  protect a small group; the two are not told apart, which would itself say something). */
export interface PickedMeasure {
  dimension: string | null;
  cell: BenchmarkCell | null;
}

/** Every published measure of a questionnaire version in one view, in the benchmark's order. */
export function pickView(
  index: BenchmarkIndex,
  questionnaire: string,
  version: string,
  view: View,
): PickedMeasure[] {
  const entry = index.benchmark.questionnaires.find(
    (q) => q.id === questionnaire && q.version === version,
  );
  if (entry === undefined) return [];
  const key = viewKey(view);
  return entry.measures.map((measure) => ({
    dimension: measure.dimension,
    cell: index.cells.get(cellKey(questionnaire, version, measure.dimension, key)) ?? null,
  }));
}
