// Sums up scored questions: dimension and overall scores with coverage, confidence, levels (earned
// only with enough answers, see coverage.ts) and the critical-control baseline. Rules are documented
// in README ("How scoring works").
import { answersNeededForLevel, applicableCount, givenCount } from './coverage';
import { levelFor, lowerLevel } from './levels';
import type { PreparedQuestionnaire } from './prepare';
import type {
  AnswerCounts,
  BaselineResult,
  DimensionResult,
  OverallResult,
  QuestionResult,
  ScoreSummary,
} from './result';

/** Rounds away floating-point noise so that e.g. 59.99999999 reaches the 60 level bound. */
function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function emptyCounts(): AnswerCounts {
  return { total: 0, answered: 0, dontKnow: 0, notApplicable: 0, unanswered: 0, invalid: 0 };
}

function count(counts: AnswerCounts, question: QuestionResult): void {
  counts.total += 1;
  if (question.status === 'answered') counts.answered += 1;
  else if (question.status === 'dont-know') counts.dontKnow += 1;
  else if (question.status === 'not-applicable') counts.notApplicable += 1;
  else if (question.status === 'invalid') counts.invalid += 1;
  else counts.unanswered += 1;
}

/** Coverage and confidence leave "not applicable" out entirely, as if the question did not exist. */
function coverageAndConfidence(
  counts: AnswerCounts,
): Pick<ScoreSummary, 'coverage' | 'confidence'> {
  const applicable = applicableCount(counts);
  const given = givenCount(counts);
  return {
    coverage: applicable === 0 ? 1 : clean(given / applicable),
    confidence: given === 0 ? null : clean(counts.answered / given),
  };
}

export function summarizeDimensions(
  questionnaire: PreparedQuestionnaire,
  questions: readonly QuestionResult[],
): DimensionResult[] {
  return questionnaire.definition.dimensions.map((dimension) => {
    const counts = emptyCounts();
    let weighted = 0;
    let weights = 0;
    for (const question of questions) {
      if (question.dimensionId !== dimension.id || !question.visible || !question.scored) continue;
      count(counts, question);
      if (question.score !== null) {
        weighted += question.weight * question.score;
        weights += question.weight;
      }
    }
    const score = weights === 0 ? null : clean((100 * weighted) / weights);
    const missingForLevel = answersNeededForLevel(counts, questionnaire.definition.levelCoverage);
    const provisional = missingForLevel > 0;
    return {
      dimensionId: dimension.id,
      score,
      level: provisional ? null : levelFor(questionnaire, score),
      provisional,
      missingForLevel,
      ...coverageAndConfidence(counts),
      counts,
    };
  });
}

export function summarizeBaseline(questions: readonly QuestionResult[]): BaselineResult {
  const critical = questions.filter((question) => question.critical && question.visible);
  const failed = critical.filter((q) => q.criticalFailed).map((q) => q.questionId);
  const unanswered = critical
    .filter((q) => q.status === 'unanswered' || q.status === 'invalid')
    .map((q) => q.questionId);
  const status =
    critical.length === 0
      ? 'not-applicable'
      : failed.length > 0
        ? 'not-met'
        : unanswered.length > 0
          ? 'incomplete'
          : 'met';
  return { status, failed, unanswered };
}

export function summarizeOverall(
  questionnaire: PreparedQuestionnaire,
  questions: readonly QuestionResult[],
  dimensions: readonly DimensionResult[],
  baseline: BaselineResult,
): OverallResult {
  const counts = emptyCounts();
  for (const question of questions) {
    if (question.visible && question.scored) count(counts, question);
  }
  let weighted = 0;
  let weights = 0;
  for (const dimension of dimensions) {
    if (dimension.score === null) continue;
    const weight = questionnaire.dimensionById.get(dimension.dimensionId)?.weight ?? 1;
    weighted += weight * dimension.score;
    weights += weight;
  }
  const score = weights === 0 ? null : clean(weighted / weights);
  // The overall level needs every weighted dimension with applicable questions to have earned its own
  // level: an overall level over dimensions that have none would claim more than the parts do.
  const missingForLevel = dimensions.reduce(
    (sum, dimension) =>
      (questionnaire.dimensionById.get(dimension.dimensionId)?.weight ?? 1) > 0
        ? sum + dimension.missingForLevel
        : sum,
    0,
  );
  const provisional = missingForLevel > 0;
  const uncappedLevel = provisional ? null : levelFor(questionnaire, score);
  const cap = questionnaire.definition.criticalCap;
  const level =
    cap !== undefined && baseline.failed.length > 0
      ? lowerLevel(questionnaire, uncappedLevel, cap.level)
      : uncappedLevel;
  return {
    score,
    level,
    provisional,
    missingForLevel,
    uncappedLevel,
    capped: level !== uncappedLevel,
    ...coverageAndConfidence(counts),
    counts,
  };
}
