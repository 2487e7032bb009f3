// Finds recommendations that no set of answers can trigger, by searching for a witness answer set.
// The search tries every combination of representative answers to the questions a trigger (and their
// display conditions) mention, with the rest of each mentioned dimension answered lowest, highest, in
// the middle or not at all. Finding a witness proves reachability; not finding one within the budget is reported.
import type { Answer, Answers } from './answer';
import {
  conditionReferences,
  evaluateCondition,
  type ConditionContext,
  type QuestionFact,
} from './conditions';
import type { PreparedQuestionnaire } from './prepare';
import type { Condition, Question } from './schema';
import { scoreQuestions } from './score';
import { summarizeDimensions } from './summarize';

const COMBINATION_BUDGET = 20_000;

function numberThresholds(condition: Condition, questionId: string): number[] {
  switch (condition.op) {
    case 'all':
    case 'any':
      return condition.conditions.flatMap((part) => numberThresholds(part, questionId));
    case 'not':
      return numberThresholds(condition.condition, questionId);
    case 'number-at-least':
      return condition.question === questionId ? [condition.value, condition.value - 1] : [];
    default:
      return [];
  }
}

/** Representative answers of a question, `undefined` meaning unanswered. */
function candidateAnswers(question: Question, trigger: Condition): (Answer | undefined)[] {
  const values: Answer[] = [];
  switch (question.kind) {
    case 'scale':
      values.push(...[0, 1, 2, 3, 4].map((value) => ({ value })));
      break;
    case 'yes-partly-no':
      values.push(...['yes', 'partly', 'no'].map((value) => ({ value })));
      break;
    case 'single-choice':
      values.push(...question.options.map((option) => ({ value: option.id })));
      break;
    case 'checklist': {
      const ids = question.options.map((option) => option.id);
      values.push({ value: [] }, { value: ids });
      for (const id of ids)
        values.push({ value: [id] }, { value: ids.filter((other) => other !== id) });
      break;
    }
    case 'number': {
      const numbers = [
        question.min ?? 0,
        question.max ?? 1000,
        ...numberThresholds(trigger, question.id),
      ];
      values.push(...numbers.map((value) => ({ value })));
      break;
    }
    case 'text':
      values.push({ value: 'x' });
  }
  if (question.allowDontKnow) values.push({ special: 'dont-know' });
  if (question.allowNotApplicable) values.push({ special: 'not-applicable' });
  return [...values, undefined];
}

type Position = 'lowest' | 'middle' | 'highest';

/** One answer of a question at the bottom, the middle or the top of its scores. */
function answerAt(question: Question, position: Position): Answer | undefined {
  const highest = position === 'highest';
  switch (question.kind) {
    case 'scale':
      return { value: position === 'middle' ? 2 : highest ? 4 : 0 };
    case 'yes-partly-no':
      return { value: position === 'middle' ? 'partly' : highest ? 'yes' : 'no' };
    case 'single-choice': {
      const sorted = [...question.options].sort((a, b) => a.score - b.score);
      const index =
        position === 'middle' ? Math.floor(sorted.length / 2) : highest ? sorted.length - 1 : 0;
      const option = sorted[index];
      return option && { value: option.id };
    }
    case 'checklist': {
      const ids = question.options.map((option) => option.id);
      return {
        value: position === 'middle' ? ids.slice(0, Math.ceil(ids.length / 2)) : highest ? ids : [],
      };
    }
    default:
      return undefined;
  }
}

/** The questions a trigger depends on, including those their display conditions look at. */
function involvedQuestions(questionnaire: PreparedQuestionnaire, trigger: Condition): Question[] {
  const ids = new Set<string>();
  const add = (id: string): void => {
    if (ids.has(id)) return;
    ids.add(id);
    const showIf = questionnaire.questionById.get(id)?.showIf;
    if (showIf) conditionReferences(showIf).questions.forEach(add);
  };
  conditionReferences(trigger).questions.forEach(add);
  return questionnaire.definition.questions.filter((question) => ids.has(question.id));
}

function triggers(
  questionnaire: PreparedQuestionnaire,
  trigger: Condition,
  answers: Answers,
): boolean {
  const questions = scoreQuestions(questionnaire, answers);
  const dimensions = summarizeDimensions(questionnaire, questions);
  const facts = new Map<string, QuestionFact>(
    questions.map((q) => {
      const fact: QuestionFact = q.visible
        ? { status: q.status, score: q.score }
        : { status: 'unanswered', score: null };
      if (q.visible && q.value !== undefined) fact.value = q.value;
      return [q.questionId, fact];
    }),
  );
  const context: ConditionContext = {
    question: (id) => facts.get(id) ?? { status: 'unanswered', score: null },
    dimensionScore: (id) => dimensions.find((d) => d.dimensionId === id)?.score ?? null,
  };
  return evaluateCondition(trigger, context).holds;
}

export function isReachable(questionnaire: PreparedQuestionnaire, trigger: Condition): boolean {
  const involved = involvedQuestions(questionnaire, trigger);
  const involvedIds = new Set(involved.map((question) => question.id));
  const others = conditionReferences(trigger).dimensions.flatMap((dimension) =>
    (questionnaire.questionsByDimension.get(dimension) ?? []).filter((q) => !involvedIds.has(q.id)),
  );
  // A band ("at least 35 and below 80") is reached by middle answers when no question is named.
  const backgrounds: Answers[] = (['lowest', 'highest', 'middle'] as const).map((position) =>
    Object.fromEntries(others.map((question) => [question.id, answerAt(question, position)])),
  );
  backgrounds.push({});
  const candidates = involved.map((question) => candidateAnswers(question, trigger));

  let tried = 0;
  const search = (index: number, answers: Record<string, Answer | undefined>): boolean => {
    if (tried > COMBINATION_BUDGET) return false;
    if (index === involved.length) {
      return backgrounds.some((background) => {
        tried += 1;
        return triggers(questionnaire, trigger, { ...background, ...answers });
      });
    }
    const question = involved[index];
    if (question === undefined) return false;
    return (candidates[index] ?? []).some((answer) =>
      search(index + 1, { ...answers, [question.id]: answer }),
    );
  };
  return search(0, {});
}

export function unreachableRecommendations(questionnaire: PreparedQuestionnaire): string[] {
  return questionnaire.definition.recommendations
    .filter((recommendation) => !isReachable(questionnaire, recommendation.trigger))
    .map((recommendation) => recommendation.id);
}
