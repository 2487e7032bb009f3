// Refuses contributions that cannot be true: scores outside 0–100, versions the collector does not know,
// and levels that contradict their score. Each refusal is a typed problem for a plain message.
import type { PreparedQuestionnaire } from '../prepare';
import {
  contributionSchema,
  type ContributedQuestionnaire,
  type ContributedScore,
  type Contribution,
} from './contribution-schema';
import type { DefinitionLookup } from './definition-lookup';
import { levelsNear, overallLevelsNear } from './level-consistency';
import { readContent, type ContentRead } from './read-content';

/** `dimension` null means the overall score. */
export type ContributionProblem =
  | { problem: 'duplicate-questionnaire'; questionnaire: string }
  | { problem: 'duplicate-dimension'; questionnaire: string; dimension: string }
  | {
      problem: 'score-out-of-range';
      questionnaire: string;
      dimension: string | null;
      score: number;
    }
  | { problem: 'unknown-version'; questionnaire: string; version: string }
  | { problem: 'changed-questionnaire'; questionnaire: string; version: string }
  | { problem: 'unknown-dimension'; questionnaire: string; dimension: string | null }
  | { problem: 'missing-dimension'; questionnaire: string; dimension: string | null }
  | {
      problem: 'contradictory-level';
      questionnaire: string;
      dimension: string | null;
      level: string | null;
      score: number | null;
    }
  | { problem: 'contradictory-provisional'; questionnaire: string }
  | { problem: 'contradictory-baseline'; questionnaire: string };

type Report = (problem: ContributionProblem) => void;

/** What holds without the definition: a level only on a score that is not provisional. */
function checkScoreShape(
  questionnaire: string,
  dimension: string | null,
  entry: ContributedScore,
  report: Report,
) {
  const { score, level, provisional } = entry;
  if (score !== null && (score < 0 || score > 100)) {
    report({ problem: 'score-out-of-range', questionnaire, dimension, score });
    return;
  }
  const levelExpected = score !== null && !provisional;
  if (levelExpected !== (level !== null))
    report({ problem: 'contradictory-level', questionnaire, dimension, level, score });
}

function checkAgainstDefinition(
  entry: ContributedQuestionnaire,
  definition: PreparedQuestionnaire,
  report: Report,
) {
  const questionnaire = entry.id;
  const levelFits = (
    dimension: string | null,
    score: ContributedScore,
    allowed: (s: number) => Set<string>,
  ) => {
    if (score.score === null || score.level === null || score.score < 0 || score.score > 100)
      return;
    if (!allowed(score.score).has(score.level))
      report({
        problem: 'contradictory-level',
        questionnaire,
        dimension,
        level: score.level,
        score: score.score,
      });
  };
  const given = new Set(entry.dimensions.map((d) => d.id));
  for (const dimension of entry.dimensions) {
    if (!definition.dimensionById.has(dimension.id))
      report({ problem: 'unknown-dimension', questionnaire, dimension: dimension.id });
    else levelFits(dimension.id, dimension, (s) => levelsNear(definition, s));
  }
  for (const dimension of definition.definition.dimensions) {
    if (!given.has(dimension.id))
      report({ problem: 'missing-dimension', questionnaire, dimension: dimension.id });
  }
  levelFits(null, entry.overall, (s) =>
    overallLevelsNear(definition, s, entry.baseline === 'not-met'),
  );
  const hasCritical = definition.definition.questions.some((q) => q.critical);
  if (!hasCritical && entry.baseline !== 'not-applicable')
    report({ problem: 'contradictory-baseline', questionnaire });
}

/**
 * Every problem of an already parsed contribution; empty when it is accepted. With `definitions`
 * (what ships), versions must be known, unchanged, and levels must fit their scores on that version.
 */
export function checkContribution(
  contribution: Contribution,
  definitions?: DefinitionLookup,
): ContributionProblem[] {
  const problems: ContributionProblem[] = [];
  const report: Report = (problem) => problems.push(problem);
  const seen = new Set<string>();
  for (const entry of contribution.questionnaires) {
    const questionnaire = entry.id;
    if (seen.has(questionnaire)) report({ problem: 'duplicate-questionnaire', questionnaire });
    seen.add(questionnaire);
    checkScoreShape(questionnaire, null, entry.overall, report);
    const dimensionIds = new Set<string>();
    for (const dimension of entry.dimensions) {
      if (dimensionIds.has(dimension.id))
        report({ problem: 'duplicate-dimension', questionnaire, dimension: dimension.id });
      dimensionIds.add(dimension.id);
      checkScoreShape(questionnaire, dimension.id, dimension, report);
    }
    // The overall level needs every dimension's own level (README, "How scoring works").
    if (entry.overall.provisional !== entry.dimensions.some((d) => d.provisional))
      report({ problem: 'contradictory-provisional', questionnaire });
    if (definitions === undefined) continue;
    const definition = definitions(entry.id, entry.version);
    if (definition === undefined)
      report({ problem: 'unknown-version', questionnaire, version: entry.version });
    else if (definition.contentHash !== entry.contentHash)
      report({ problem: 'changed-questionnaire', questionnaire, version: entry.version });
    else checkAgainstDefinition(entry, definition, report);
  }
  return problems;
}

/** A contribution's content as read from a file: the parsed contribution, or every reason to refuse it. */
export function readContribution(
  raw: unknown,
  definitions?: DefinitionLookup,
): ContentRead<Contribution, ContributionProblem> {
  return readContent(raw, contributionSchema, (c) => checkContribution(c, definitions));
}
