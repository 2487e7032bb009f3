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
import { profileIndex, viewList } from './views';

export interface AggregateOptions {
  year: number;
  /** The questionnaire versions the collector knows; entries on others are left out. */
  definitions: DefinitionLookup;
}

interface Member {
  /** profileIndex of the contribution's profile. */
  profile: number;
  /** The overall score, then each dimension's in definition order (undefined when absent). */
  scores: (ContributedScore | undefined)[];
}

/** 1 + position of each dimension id in the definition, per definition (computed once). */
const positions = new WeakMap<PreparedQuestionnaire, Map<string, number>>();

function measureScores(
  entry: ContributedQuestionnaire,
  definition: PreparedQuestionnaire,
): (ContributedScore | undefined)[] {
  let position = positions.get(definition);
  if (position === undefined) {
    position = new Map(definition.definition.dimensions.map((d, i) => [d.id, i + 1] as const));
    positions.set(definition, position);
  }
  const scores: (ContributedScore | undefined)[] = new Array<ContributedScore | undefined>(
    position.size + 1,
  );
  scores[0] = entry.overall;
  for (const dimension of entry.dimensions) {
    const at = position.get(dimension.id);
    if (at !== undefined) scores[at] = dimension;
  }
  return scores;
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
    const profile = profileIndex(contribution.profile);
    for (const entry of contribution.questionnaires) {
      const definition = definitions(entry.id, entry.version);
      if (definition === undefined || definition.contentHash !== entry.contentHash) continue;
      const key = `${entry.id}@${entry.version}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { definition, members: [] };
        groups.set(key, group);
      }
      group.members.push({ profile, scores: measureScores(entry, definition) });
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
  position: number,
): BenchmarkMeasure | null {
  const tally = new MeasureTally(definition.levelOrder.length);
  const rankOf = new Map(definition.levelOrder.map((level, rank) => [level, rank] as const));
  for (const { profile, scores } of members) {
    const scored = scores[position];
    if (scored === undefined || !isWholeScore(scored.score)) continue;
    const rank = scored.level === null ? -1 : (rankOf.get(scored.level) ?? -1);
    if (scored.level !== null && rank < 0) continue;
    tally.add(profile, scored.score, rank);
  }
  const views = tally.views();
  if ((views.n[0] ?? 0) < MINIMUM_COUNT) return null;
  const published = publishedViews(views);
  const cells = viewList
    .filter((spec) => published[spec.index])
    .map((spec) => views.cell(spec.index));
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
      .map((dimension, position) => aggregateMeasure(definition, members, dimension, position))
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
