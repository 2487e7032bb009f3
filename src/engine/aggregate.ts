// Team results: several people answering the same questionnaire version. Per question the spread of
// answers and how far the team agrees; per dimension the mean and range across respondents; and one
// consensus result the roadmap is built from.
//
// Consensus rule (README "Team results"), per question:
// - if anyone gave a real answer: the score is the mean of the real answers' scores, and the answer
//   that conditions see is the most common one (a tie goes to the lower-scoring answer);
// - else if anyone said "don't know": "don't know"; else if anyone said "not applicable": not applicable;
// - a critical question is unmet if it is unmet for any respondent (one person reporting MFA missing
//   on their account is enough to fail the baseline), and then the answer conditions see is the
//   lowest-scoring one given, so the recommendation that fixes it is made;
// - a question is shown if it was shown to anyone.
import type { AnswerStatus, AnswerValue, Answers } from './answer';
import { assess } from './assess';
import { canonicalJson } from './content-hash';
import type { PreparedQuestionnaire } from './prepare';
import type { QuestionResult, QuestionnaireResult } from './result';
import { buildRoadmap } from './roadmap';
import { summarizeBaseline, summarizeDimensions, summarizeOverall } from './summarize';

export interface AnswerShare {
  /** "value:<json>", "dont-know", "not-applicable" or "unanswered". */
  key: string;
  status: AnswerStatus;
  value?: AnswerValue;
  count: number;
}

export interface QuestionAggregate {
  questionId: string;
  dimensionId: string;
  /** How many respondents saw the question. */
  respondents: number;
  distribution: AnswerShare[];
  /** Mean of the scores of real answers (0..1), null when none. */
  meanScore: number | null;
  /** Standard deviation of those scores (0..0.5). */
  spread: number | null;
  /** 1 when everyone who answered gave the same score, falling to 0 at the widest possible split. */
  agreement: number | null;
}

export interface DimensionAggregate {
  dimensionId: string;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Respondents with a score in this dimension. */
  respondents: number;
}

export interface TeamResult {
  respondents: number;
  consensus: QuestionnaireResult;
  individuals: QuestionnaireResult[];
  questions: QuestionAggregate[];
  dimensions: DimensionAggregate[];
}

const clean = (value: number) => Math.round(value * 1e6) / 1e6;

function answerKey(question: QuestionResult): string {
  if (question.status !== 'answered')
    return question.status === 'invalid' ? 'unanswered' : question.status;
  const value = question.value ?? null;
  // Numbers and strings are their own canonical JSON; only checklist ticks need canonicalJson.
  return `value:${typeof value === 'object' ? canonicalJson(value) : JSON.stringify(value)}`;
}

/** The respondents who saw a question, each with the key of the answer they gave (computed once). */
interface Seen {
  question: QuestionResult;
  key: string;
}

const seenBy = (perRespondent: readonly QuestionResult[]): Seen[] =>
  perRespondent
    .filter((q) => q.visible)
    .map((question) => ({ question, key: answerKey(question) }));

/** Mean summed in sorted order, so the result does not depend on the order of respondents. */
function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return [...values].sort((a, b) => a - b).reduce((sum, v) => sum + v, 0) / values.length;
}

/** The first of `items` in the order `compare` defines: what sorting and taking the first gives. */
function first<T>(items: Iterable<T>, compare: (a: T, b: T) => number): T | undefined {
  let found: T | undefined;
  for (const item of items) if (found === undefined || compare(item, found) < 0) found = item;
  return found;
}

function aggregateQuestion(
  perRespondent: readonly QuestionResult[],
  seen: readonly Seen[],
): QuestionAggregate {
  const firstResult = perRespondent[0];
  if (firstResult === undefined) throw new Error('aggregate needs at least one respondent');
  const shares = new Map<string, AnswerShare>();
  for (const { question, key } of seen) {
    const share = shares.get(key);
    if (share) share.count += 1;
    else {
      const created: AnswerShare = {
        key,
        status: question.status === 'invalid' ? 'unanswered' : question.status,
        count: 1,
      };
      if (question.status === 'answered' && question.value !== undefined)
        created.value = question.value;
      shares.set(key, created);
    }
  }
  const scores: number[] = [];
  for (const { question } of seen) {
    if (question.status === 'answered' && question.score !== null) scores.push(question.score);
  }
  const average = mean(scores);
  const spread =
    average === null
      ? null
      : clean(Math.sqrt(scores.reduce((sum, s) => sum + (s - average) ** 2, 0) / scores.length));
  return {
    questionId: firstResult.questionId,
    dimensionId: firstResult.dimensionId,
    respondents: seen.length,
    distribution: [...shares.values()].sort(
      (a, b) => b.count - a.count || a.key.localeCompare(b.key),
    ),
    meanScore: average === null ? null : clean(average),
    spread,
    // scores lie in 0..1, so the standard deviation is at most 0.5 (half at 0, half at 1)
    agreement: spread === null ? null : clean(1 - spread / 0.5),
  };
}

function consensusQuestion(
  perRespondent: readonly QuestionResult[],
  seen: readonly Seen[],
): QuestionResult {
  const firstResult = perRespondent[0];
  if (firstResult === undefined) throw new Error('consensus needs at least one respondent');
  const answered = seen.filter(({ question }) => question.status === 'answered');
  const base: QuestionResult = {
    questionId: firstResult.questionId,
    dimensionId: firstResult.dimensionId,
    visible: seen.length > 0,
    scored: firstResult.scored,
    status: 'unanswered',
    score: null,
    weight: firstResult.weight,
    critical: firstResult.critical,
    criticalFailed: perRespondent.some((q) => q.criticalFailed),
  };
  if (answered.length > 0) {
    const scores: number[] = [];
    for (const { question } of answered) if (question.score !== null) scores.push(question.score);
    const counts = new Map<string, { question: QuestionResult; key: string; count: number }>();
    for (const { question, key } of answered) {
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { question, key, count: 1 });
    }
    const byScore = (a: QuestionResult, b: QuestionResult) => (a.score ?? 0) - (b.score ?? 0);
    const mode = base.criticalFailed
      ? first(answered, (a, b) => byScore(a.question, b.question) || a.key.localeCompare(b.key))
          ?.question
      : first(
          counts.values(),
          (a, b) =>
            b.count - a.count || byScore(a.question, b.question) || a.key.localeCompare(b.key),
        )?.question;
    const result: QuestionResult = { ...base, status: 'answered', score: mean(scores) };
    if (mode?.value !== undefined) result.value = mode.value;
    return result;
  }
  const given = (status: QuestionResult['status']) =>
    seen.some(({ question }) => question.status === status);
  if (given('dont-know')) {
    return { ...base, status: 'dont-know', score: firstResult.scored ? 0 : null };
  }
  if (given('not-applicable')) return { ...base, status: 'not-applicable' };
  if (given('invalid')) return { ...base, status: 'invalid' };
  return base;
}

/** The team's result for several answer sets of the same questionnaire version (at least one). */
export function assessTeam(
  questionnaire: PreparedQuestionnaire,
  answerSets: readonly Answers[],
): TeamResult {
  if (answerSets.length === 0) throw new Error('assessTeam needs at least one answer set');
  return aggregateTeam(
    questionnaire,
    answerSets.map((answers) => assess(questionnaire, answers)),
  );
}

/**
 * The team's result from individual results already assessed on this questionnaire version (at least
 * one), for callers that show each person's result too: every answer set is scored once.
 */
export function aggregateTeam(
  questionnaire: PreparedQuestionnaire,
  individualResults: readonly QuestionnaireResult[],
): TeamResult {
  if (individualResults.length === 0) throw new Error('aggregateTeam needs at least one result');
  const individuals = [...individualResults];
  const perRespondent = individuals.map((result) => result.questions);
  const byQuestion = questionnaire.definition.questions.map((_, index) =>
    perRespondent
      .map((questions) => questions[index])
      .filter((q): q is QuestionResult => q !== undefined),
  );

  const seen = byQuestion.map(seenBy);
  const questions = byQuestion.map((results, index) =>
    consensusQuestion(results, seen[index] ?? []),
  );
  const dimensions = summarizeDimensions(questionnaire, questions);
  const baseline = summarizeBaseline(questions);
  const overall = summarizeOverall(questionnaire, questions, dimensions, baseline);
  const { id, version } = questionnaire.definition;
  const consensus: QuestionnaireResult = {
    questionnaire: { id, version, contentHash: questionnaire.contentHash },
    overall,
    dimensions,
    questions,
    baseline,
    roadmap: buildRoadmap(questionnaire, questions, dimensions),
    invalidAnswers: [...new Set(individuals.flatMap((r) => r.invalidAnswers))],
  };

  return {
    respondents: individuals.length,
    consensus,
    individuals,
    questions: byQuestion.map((results, index) => aggregateQuestion(results, seen[index] ?? [])),
    dimensions: questionnaire.definition.dimensions.map((dimension) => {
      const scores = individuals
        .map((r) => r.dimensions.find((d) => d.dimensionId === dimension.id)?.score ?? null)
        .filter((s): s is number => s !== null);
      const average = mean(scores);
      return {
        dimensionId: dimension.id,
        mean: average === null ? null : clean(average),
        min: scores.length === 0 ? null : Math.min(...scores),
        max: scores.length === 0 ? null : Math.max(...scores),
        respondents: scores.length,
      };
    }),
  };
}

/** Questions the team disagrees on most (lowest agreement first), for the leadership conversation. */
export function disagreements(team: TeamResult, limit = 5): QuestionAggregate[] {
  return team.questions
    .filter((q) => q.agreement !== null && q.agreement < 1 && q.respondents > 1)
    .sort(
      (a, b) => (a.agreement ?? 1) - (b.agreement ?? 1) || a.questionId.localeCompare(b.questionId),
    )
    .slice(0, limit);
}

/**
 * How many people are at each level in each dimension (e.g. staff per DigComp area), counted from
 * individual results without naming or ranking anyone. `unscored` counts those with no level: no
 * score, or a provisional one (too few answers for a level).
 */
export function levelCounts(
  questionnaire: PreparedQuestionnaire,
  individuals: readonly QuestionnaireResult[],
): { dimensionId: string; counts: Record<string, number>; unscored: number }[] {
  return questionnaire.definition.dimensions.map((dimension) => {
    const counts = Object.fromEntries(questionnaire.levelOrder.map((level) => [level, 0]));
    let unscored = 0;
    for (const result of individuals) {
      const level = result.dimensions.find((d) => d.dimensionId === dimension.id)?.level ?? null;
      if (level === null || counts[level] === undefined) unscored += 1;
      else counts[level] += 1;
    }
    return { dimensionId: dimension.id, counts, unscored };
  });
}
