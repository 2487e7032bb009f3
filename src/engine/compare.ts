// Year-over-year comparison of two results of the same questionnaire, possibly on different versions.
// Across versions only the questions both share are compared: a question keeps its id while its
// meaning stays the same, and a new version declares in `previous.questionMap` which of its question
// ids replace which earlier ones. What cannot be compared is listed, not guessed.
import type { PreparedQuestionnaire } from './prepare';
import type { QuestionResult, QuestionnaireResult } from './result';

export interface ScoreChange {
  before: number | null;
  after: number | null;
  /** after − before, in points; null when either side has no score. */
  change: number | null;
  direction: 'up' | 'down' | 'same' | 'unknown';
}

export interface DimensionChange extends ScoreChange {
  dimensionId: string;
  /** Questions the two scores stand on (all of the dimension's scored questions on the same version). */
  comparedQuestions: number;
}

export interface Comparison {
  sameVersion: boolean;
  overall: ScoreChange;
  dimensions: DimensionChange[];
  /** Roadmap item keys in the later result only. */
  newItems: string[];
  /** Roadmap item keys in the earlier result only: no longer triggered. */
  resolvedItems: string[];
  notCompared: {
    /** Later-version questions with no earlier counterpart. */
    newQuestions: string[];
    /** Earlier-version questions with no later counterpart. */
    droppedQuestions: string[];
    /** Later-version dimensions with no shared question. */
    dimensions: string[];
  };
}

const clean = (value: number) => Math.round(value * 1e6) / 1e6;

export function scoreChange(before: number | null, after: number | null): ScoreChange {
  if (before === null || after === null)
    return { before, after, change: null, direction: 'unknown' };
  const change = clean(after - before);
  return { before, after, change, direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same' };
}

/** Later question id → earlier question id, for questions that mean the same in both versions. */
export function sharedQuestions(
  earlier: PreparedQuestionnaire,
  later: PreparedQuestionnaire,
): Map<string, string> {
  const shared = new Map<string, string>();
  if (earlier.definition.version === later.definition.version) {
    for (const question of later.definition.questions) shared.set(question.id, question.id);
    return shared;
  }
  const declared =
    later.definition.previous?.version === earlier.definition.version
      ? later.definition.previous.questionMap
      : {};
  const claimed = new Set(Object.values(declared));
  for (const question of later.definition.questions) {
    // hasOwn: a question id such as "constructor" must not find Object.prototype's property
    const mapped = Object.hasOwn(declared, question.id) ? declared[question.id] : undefined;
    if (mapped !== undefined && earlier.questionById.has(mapped)) shared.set(question.id, mapped);
    else if (
      mapped === undefined &&
      earlier.questionById.has(question.id) &&
      !claimed.has(question.id)
    ) {
      shared.set(question.id, question.id);
    }
  }
  return shared;
}

/** Weighted mean × 100 of the given question results that have a score. */
function restrictedScore(questions: readonly (QuestionResult | undefined)[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const question of questions) {
    if (!question?.visible || !question.scored || question.score === null) continue;
    weighted += question.weight * question.score;
    weights += question.weight;
  }
  return weights === 0 ? null : clean((100 * weighted) / weights);
}

export function compareResults(
  earlier: { questionnaire: PreparedQuestionnaire; result: QuestionnaireResult },
  later: { questionnaire: PreparedQuestionnaire; result: QuestionnaireResult },
): Comparison {
  const sameVersion =
    earlier.questionnaire.definition.version === later.questionnaire.definition.version;
  const shared = sharedQuestions(earlier.questionnaire, later.questionnaire);
  const earlierById = new Map(earlier.result.questions.map((q) => [q.questionId, q]));
  const laterById = new Map(later.result.questions.map((q) => [q.questionId, q]));
  const mappedEarlier = new Set(shared.values());

  const dimensions: DimensionChange[] = later.questionnaire.definition.dimensions.map(
    (dimension) => {
      const questions = (later.questionnaire.questionsByDimension.get(dimension.id) ?? []).filter(
        (q) => q.kind !== 'number' && q.kind !== 'text',
      );
      if (sameVersion) {
        const before =
          earlier.result.dimensions.find((d) => d.dimensionId === dimension.id)?.score ?? null;
        const after =
          later.result.dimensions.find((d) => d.dimensionId === dimension.id)?.score ?? null;
        return {
          dimensionId: dimension.id,
          comparedQuestions: questions.length,
          ...scoreChange(before, after),
        };
      }
      const pairs = questions.flatMap((q) => {
        const old = shared.get(q.id);
        return old === undefined
          ? []
          : [{ later: laterById.get(q.id), earlier: earlierById.get(old) }];
      });
      return {
        dimensionId: dimension.id,
        comparedQuestions: pairs.length,
        ...scoreChange(
          restrictedScore(pairs.map((p) => p.earlier)),
          restrictedScore(pairs.map((p) => p.later)),
        ),
      };
    },
  );

  const both = dimensions.filter((d) => d.before !== null && d.after !== null);
  const overall = sameVersion
    ? scoreChange(earlier.result.overall.score, later.result.overall.score)
    : scoreChange(
        weightedMean(later.questionnaire, both, (d) => d.before),
        weightedMean(later.questionnaire, both, (d) => d.after),
      );

  const earlierKeys = new Set(earlier.result.roadmap.map((item) => item.key));
  const laterKeys = new Set(later.result.roadmap.map((item) => item.key));
  return {
    sameVersion,
    overall,
    dimensions,
    newItems: [...laterKeys].filter((key) => !earlierKeys.has(key)),
    resolvedItems: [...earlierKeys].filter((key) => !laterKeys.has(key)),
    notCompared: {
      newQuestions: later.questionnaire.definition.questions
        .filter((q) => !shared.has(q.id))
        .map((q) => q.id),
      droppedQuestions: earlier.questionnaire.definition.questions
        .filter((q) => !mappedEarlier.has(q.id))
        .map((q) => q.id),
      dimensions: dimensions.filter((d) => d.comparedQuestions === 0).map((d) => d.dimensionId),
    },
  };
}

/** Dimension-weighted mean over the dimensions both sides scored, for a cross-version overall change. */
function weightedMean(
  questionnaire: PreparedQuestionnaire,
  dimensions: readonly DimensionChange[],
  pick: (d: DimensionChange) => number | null,
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const dimension of dimensions) {
    const score = pick(dimension);
    if (score === null) continue;
    const weight = questionnaire.dimensionById.get(dimension.dimensionId)?.weight ?? 1;
    weighted += weight * score;
    weights += weight;
  }
  return weights === 0 ? null : clean(weighted / weights);
}
