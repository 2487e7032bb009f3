// What the collector's screen shows, computed where the contributions are read (the import worker, so
// the page never waits on thousands of records): how many per year, and each year's benchmark.
import {
  aggregateByYear,
  type Benchmark,
  type DefinitionLookup,
} from '../../engine/sector-snapshot';
import { readAllContributions, type YearCount } from './contributions';

export interface ContributionSummary {
  /** Contributions stored per year, oldest first (all of them, known versions or not). */
  years: YearCount[];
  /** One benchmark per year, oldest first, under the suppression rule. */
  benchmarks: Benchmark[];
}

export async function summarizeContributions(
  definitions: DefinitionLookup,
): Promise<ContributionSummary> {
  const contributions = await readAllContributions();
  const counts = new Map<number, number>();
  for (const { year } of contributions) counts.set(year, (counts.get(year) ?? 0) + 1);
  const years = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, count]) => ({ year, count }));
  return { years, benchmarks: aggregateByYear(contributions, definitions) };
}
