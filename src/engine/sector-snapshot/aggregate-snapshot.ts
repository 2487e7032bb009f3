// The collector's side: one year's contributions aggregated into a benchmark, every figure per cell
// (questionnaire version, measure, view) already suppressed by the rule in suppression.ts.
//
// Contributions are expected checked (checkContribution with the same definitions). If an id appears
// twice the later one counts, as storage keeps the last one imported: a duplicate must never let one
// agency make up a cell of five. A contribution counts in a measure when it has a score there.
import { compareVersions } from '../versions';
import type { PreparedQuestionnaire } from '../prepare';
import type { Benchmark, BenchmarkMeasure, BenchmarkQuestionnaire } from './benchmark-schema';
import type {
  ContributedQuestionnaire,
  ContributedScore,
  Contribution,
} from './contribution-schema';
import type { DefinitionLookup } from './definition-lookup';
import { MeasureTally } from './measure-tally';
import { MINIMUM_COUNT, publishedViews } from './suppression';
import { profileViewIndices, viewList } from './views';

export interface AggregateOptions {
  year: number;
  /** The questionnaire versions the collector knows; entries on others are left out. */
  definitions: DefinitionLookup;
}

interface Member {
  views: number[];
  entry: ContributedQuestionnaire;
}

/** The last contribution of each id, in first-seen order. */
export function latestById(contributions: readonly Contribution[]): Contribution[] {
  const latest = new Map<string, Contribution>();
  for (const contribution of contributions) latest.set(contribution.id, contribution);
  return [...latest.values()];
}

function groupByVersion(
  contributions: readonly Contribution[],
  definitions: DefinitionLookup,
): { definition: PreparedQuestionnaire; members: Member[] }[] {
  const groups = new Map<string, { definition: PreparedQuestionnaire; members: Member[] }>();
  for (const contribution of contributions) {
    const views = profileViewIndices(contribution.profile);
    for (const entry of contribution.questionnaires) {
      const definition = definitions(entry.id, entry.version);
      if (definition === undefined || definition.contentHash !== entry.contentHash) continue;
      const key = `${entry.id}@${entry.version}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { definition, members: [] };
        groups.set(key, group);
      }
      group.members.push({ views, entry });
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.definition.definition.id.localeCompare(b.definition.definition.id) ||
      compareVersions(a.definition.definition.version, b.definition.definition.version),
  );
}

const isWholeScore = (score: number | null): score is number =>
  score !== null && Number.isInteger(score) && score >= 0 && score <= 100;

function aggregateMeasure(
  definition: PreparedQuestionnaire,
  members: readonly Member[],
  dimension: string | null,
): BenchmarkMeasure | null {
  const tally = new MeasureTally(definition.levelOrder.length);
  for (const { views, entry } of members) {
    const scored: ContributedScore | undefined =
      dimension === null ? entry.overall : entry.dimensions.find((d) => d.id === dimension);
    if (scored === undefined || !isWholeScore(scored.score)) continue;
    const rank = scored.level === null ? -1 : definition.levelOrder.indexOf(scored.level);
    if (scored.level !== null && rank < 0) continue;
    tally.add(views, scored.score, rank);
  }
  if ((tally.n[0] ?? 0) < MINIMUM_COUNT) return null;
  const published = publishedViews(tally);
  const cells = viewList
    .filter((spec) => published[spec.index])
    .map((spec) => tally.cell(spec.index));
  return { dimension, cells };
}

/** One year's benchmark: only the cells the suppression rule publishes. */
export function aggregate(
  contributions: readonly Contribution[],
  options: AggregateOptions,
): Benchmark {
  const ofYear = latestById(contributions).filter((c) => c.year === options.year);
  const questionnaires: BenchmarkQuestionnaire[] = [];
  for (const { definition, members } of groupByVersion(ofYear, options.definitions)) {
    const dimensions = [null, ...definition.definition.dimensions.map((d) => d.id)];
    const measures = dimensions
      .map((dimension) => aggregateMeasure(definition, members, dimension))
      .filter((measure): measure is BenchmarkMeasure => measure !== null);
    if (measures.length === 0) continue;
    const { id, version } = definition.definition;
    questionnaires.push({
      id,
      version,
      contentHash: definition.contentHash,
      levels: [...definition.levelOrder],
      measures,
    });
  }
  return { year: options.year, minimumCount: MINIMUM_COUNT, questionnaires };
}

/** A benchmark for every year the contributions hold, oldest first: changing the year only picks one. */
export function aggregateByYear(
  contributions: readonly Contribution[],
  definitions: DefinitionLookup,
): Benchmark[] {
  const latest = latestById(contributions);
  const years = [...new Set(latest.map((c) => c.year))].sort((a, b) => a - b);
  return years.map((year) => aggregate(latest, { year, definitions }));
}
