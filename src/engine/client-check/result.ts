// A client's result: a level per area, "what you can already do" and "what to learn next", each
// matched to kinds of local help. Scored by the same rules as every questionnaire (../score.ts): an
// area with too few answers gets no level, and nothing on the result claims more than the answers say.
import type { Answers } from '../answer';
import { evaluateCondition, type ConditionContext, type QuestionFact } from '../conditions';
import type { DimensionResult, QuestionResult } from '../result';
import { scoreQuestions } from '../score';
import { summarizeDimensions } from '../summarize';
import type { PreparedClientCheck } from './parse';
import type { ClientResultLine } from './schema';

/** How many "what to learn next" items the client's own screen shows; the worker sees them all. */
export const CLIENT_LEARN_NEXT_LIMIT = 3;

export interface AreaResult {
  areaId: string;
  /** 0..100, or null when nothing in the area was answered. */
  score: number | null;
  /** null when too few questions were answered for a level (`provisional`) or nothing was. */
  level: string | null;
  provisional: boolean;
}

export interface ResultLine {
  lineId: string;
  area: string | null;
  helpKinds: string[];
}

export interface ClientResult {
  questionnaire: { id: string; version: string; contentHash: string };
  /** The areas that have levels, in definition order (areas asked for context only are left out). */
  areas: AreaResult[];
  /** "What you can already do", in definition order. */
  canDo: ResultLine[];
  /** "What to learn next", in the order the client sees them (`clientOrder`). */
  learnNext: ResultLine[];
  /** The first few of `learnNext`: what the client's own screen shows. */
  forClient: ResultLine[];
  /** Every kind of help `learnNext` points to, in the order the definition lists kinds of help. */
  helpKinds: string[];
  /** Questions answered, of those asked. */
  answered: number;
  asked: number;
}

function context(
  questions: readonly QuestionResult[],
  dimensions: readonly DimensionResult[],
): ConditionContext {
  const facts = new Map<string, QuestionFact>();
  for (const question of questions) {
    const fact: QuestionFact = question.visible
      ? { status: question.status, score: question.score }
      : { status: 'unanswered', score: null };
    if (question.visible && question.value !== undefined) fact.value = question.value;
    facts.set(question.questionId, fact);
  }
  const scores = new Map(dimensions.map((d) => [d.dimensionId, d.score]));
  return {
    question: (id) => facts.get(id) ?? { status: 'unanswered', score: null },
    dimensionScore: (id) => scores.get(id) ?? null,
  };
}

const line = (recommendation: ClientResultLine): ResultLine => ({
  lineId: recommendation.id,
  area: recommendation.area ?? null,
  helpKinds: recommendation.helpKinds,
});

export function clientResult(questionnaire: PreparedClientCheck, answers: Answers): ClientResult {
  const { definition } = questionnaire;
  const questions = scoreQuestions(questionnaire, answers);
  const dimensions = summarizeDimensions(questionnaire, questions);
  const conditions = context(questions, dimensions);
  const triggered = definition.recommendations.filter(
    (recommendation) => evaluateCondition(recommendation.trigger, conditions).holds,
  );
  const learnNext = triggered
    .filter((recommendation) => recommendation.section === 'learn-next')
    .sort((a, b) => (a.clientOrder ?? Infinity) - (b.clientOrder ?? Infinity))
    .map(line);
  const kinds = new Set(learnNext.flatMap((item) => item.helpKinds));
  const visible = questions.filter((question) => question.visible);
  return {
    questionnaire: {
      id: definition.id,
      version: definition.version,
      contentHash: questionnaire.contentHash,
    },
    areas: dimensions
      .filter(
        (dimension) => questionnaire.dimensionById.get(dimension.dimensionId)?.scored !== false,
      )
      .map(({ dimensionId, score, level, provisional }) => ({
        areaId: dimensionId,
        score,
        level,
        provisional,
      })),
    canDo: triggered.filter((r) => r.section === 'can-do').map(line),
    learnNext,
    forClient: learnNext.slice(0, CLIENT_LEARN_NEXT_LIMIT),
    helpKinds: definition.helpKinds.map((kind) => kind.id).filter((id) => kinds.has(id)),
    answered: visible.filter((q) => q.status === 'answered').length,
    asked: visible.length,
  };
}

/** The level of each area with a level, as an anonymous record keeps it (null: not enough answers). */
export function levelsByArea(result: ClientResult): Record<string, string | null> {
  return Object.fromEntries(result.areas.map((area) => [area.areaId, area.level]));
}
