// Evaluates display conditions and recommendation triggers, and records which facts made them true.
import type { AnswerStatus, AnswerValue } from './answer';
import type { Condition } from './schema';

/** What a condition can see of one question: hidden questions look unanswered. */
export interface QuestionFact {
  status: AnswerStatus;
  /** The valid answered value, when status is "answered". */
  value?: AnswerValue;
  score: number | null;
}

export interface ConditionContext {
  question(questionId: string): QuestionFact;
  dimensionScore(dimensionId: string): number | null;
}

export type QuestionCondition = Extract<Condition, { question: string }>;
export type DimensionCondition = Extract<Condition, { dimension: string }>;

/** A fact that made a trigger true, renderable as "because …" in either language. */
export type Reason =
  | {
      type: 'question';
      questionId: string;
      condition: QuestionCondition;
      status: AnswerStatus;
      value?: AnswerValue;
    }
  | { type: 'dimension'; dimensionId: string; condition: DimensionCondition; score: number };

export interface Evaluation {
  holds: boolean;
  reasons: Reason[];
}

const FALSE: Evaluation = { holds: false, reasons: [] };

function questionHolds(condition: QuestionCondition, fact: QuestionFact): boolean {
  const answered = fact.status === 'answered';
  switch (condition.op) {
    case 'answer-is':
      return answered && condition.values.some((value) => value === fact.value);
    case 'answer-includes':
      return answered && Array.isArray(fact.value) && fact.value.includes(condition.option);
    case 'answer-excludes':
      return answered && Array.isArray(fact.value) && !fact.value.includes(condition.option);
    case 'score-below':
      return answered && fact.score !== null && fact.score < condition.value;
    case 'score-at-least':
      return answered && fact.score !== null && fact.score >= condition.value;
    case 'dont-know':
      return fact.status === 'dont-know';
    case 'number-at-least':
      return answered && typeof fact.value === 'number' && fact.value >= condition.value;
  }
}

export function evaluateCondition(condition: Condition, context: ConditionContext): Evaluation {
  switch (condition.op) {
    case 'all': {
      const reasons: Reason[] = [];
      for (const part of condition.conditions) {
        const result = evaluateCondition(part, context);
        if (!result.holds) return FALSE;
        reasons.push(...result.reasons);
      }
      return { holds: true, reasons };
    }
    case 'any': {
      const reasons: Reason[] = [];
      let holds = false;
      for (const part of condition.conditions) {
        const result = evaluateCondition(part, context);
        if (result.holds) {
          holds = true;
          reasons.push(...result.reasons);
        }
      }
      return holds ? { holds, reasons } : FALSE;
    }
    case 'not':
      return { holds: !evaluateCondition(condition.condition, context).holds, reasons: [] };
    case 'dimension-below':
    case 'dimension-at-least': {
      const score = context.dimensionScore(condition.dimension);
      if (score === null) return FALSE;
      const holds =
        condition.op === 'dimension-below' ? score < condition.value : score >= condition.value;
      return holds
        ? {
            holds,
            reasons: [{ type: 'dimension', dimensionId: condition.dimension, condition, score }],
          }
        : FALSE;
    }
    default: {
      const fact = context.question(condition.question);
      if (!questionHolds(condition, fact)) return FALSE;
      const reason: Reason = {
        type: 'question',
        questionId: condition.question,
        condition,
        status: fact.status,
      };
      if (fact.value !== undefined) reason.value = fact.value;
      return { holds: true, reasons: [reason] };
    }
  }
}

/** Every question and dimension id a condition mentions, in order of appearance. */
export function conditionReferences(condition: Condition): {
  questions: string[];
  dimensions: string[];
} {
  const questions: string[] = [];
  const dimensions: string[] = [];
  const visit = (node: Condition): void => {
    switch (node.op) {
      case 'all':
      case 'any':
        node.conditions.forEach(visit);
        return;
      case 'not':
        visit(node.condition);
        return;
      case 'dimension-below':
      case 'dimension-at-least':
        dimensions.push(node.dimension);
        return;
      default:
        questions.push(node.question);
    }
  };
  visit(condition);
  return { questions, dimensions };
}
