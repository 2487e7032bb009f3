// The comparison with similar agencies for the PDF report: the benchmark the cycle is compared with
// (as on the results screen), the peer group the agency chose there, one comparison per questionnaire.
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult } from '../../engine/result';
import {
  compareWithBenchmark,
  lookupIn,
  resultEntry,
  type BenchmarkComparison,
} from '../../engine/sector-snapshot';
import type { Cycle } from '../../domain/cycle';
import type { OrganizationProfile } from '../../domain/profile';
import { getPeerGroup, listBenchmarks } from '../../storage/sector';
import { benchmarkForYear, sectorProfileOf } from './agency-benchmarks';
import { contributionYear } from './cycle-contribution';
import { loadKnownDefinitions } from './known-definitions';

/** undefined when no benchmark was imported (the report then has no comparison). */
export async function sectorComparisonForReport(
  cycle: Cycle,
  profile: OrganizationProfile,
  reports: readonly { questionnaire: PreparedQuestionnaire; result: QuestionnaireResult }[],
): Promise<{ year: number; comparisons: BenchmarkComparison[] } | undefined> {
  const stored = benchmarkForYear(await listBenchmarks(), contributionYear(cycle));
  if (stored === undefined) return undefined;
  const [peerGroup, definitions] = await Promise.all([getPeerGroup(), loadKnownDefinitions()]);
  const lookup = lookupIn(definitions);
  return {
    year: stored.year,
    comparisons: reports.map(({ result }) =>
      compareWithBenchmark({
        entry: resultEntry(result),
        profile: sectorProfileOf(profile),
        benchmark: stored.benchmark,
        peerGroup,
        definitions: lookup,
      }),
    ),
  };
}
