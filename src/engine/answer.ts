// What one person answered to one question, and how that answer scores (0..1).
import { z } from 'zod/mini';
import { isScored, yesPartlyNoScores, type Question } from './schema';

export const MAX_NOTE_LENGTH = 4000;
export const MAX_TEXT_ANSWER_LENGTH = 10000;

export const answerSchema = z.strictObject({
  value: z.optional(
    z.union([
      z.number(),
      z.string().check(z.maxLength(MAX_TEXT_ANSWER_LENGTH)),
      z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
    ]),
  ),
  special: z.optional(z.enum(['not-applicable', 'dont-know'])),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
});
export type Answer = z.infer<typeof answerSchema>;
export type AnswerValue = NonNullable<Answer['value']>;

/** Answers of one response, by question id. */
export type Answers = Readonly<Record<string, Answer | undefined>>;

export type AnswerStatus =
  | 'answered'
  | 'dont-know'
  | 'not-applicable'
  | 'unanswered'
  /** The stored value does not fit the question (e.g. an option that no longer exists). */
  | 'invalid';

export interface ScoredAnswer {
  status: AnswerStatus;
  /** 0..1 for answered and "don't know" (0) answers of scored questions; null otherwise. */
  score: number | null;
  /** The answered value, normalized (checklist ticks deduplicated), when status is "answered". */
  value?: AnswerValue;
}

/** The value part of an answer when it fits the question, otherwise undefined. */
export function validValue(question: Question, value: AnswerValue): AnswerValue | undefined {
  switch (question.kind) {
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4
        ? value
        : undefined;
    case 'yes-partly-no':
      return typeof value === 'string' && Object.hasOwn(yesPartlyNoScores, value)
        ? value
        : undefined;
    case 'single-choice':
      return typeof value === 'string' && question.options.some((option) => option.id === value)
        ? value
        : undefined;
    case 'checklist': {
      if (!Array.isArray(value)) return undefined;
      const known = new Set(question.options.map((option) => option.id));
      return value.every((id) => known.has(id)) ? [...new Set(value)] : undefined;
    }
    case 'number':
      return typeof value === 'number' &&
        (question.min === undefined || value >= question.min) &&
        (question.max === undefined || value <= question.max)
        ? value
        : undefined;
    case 'text':
      return typeof value === 'string' ? value : undefined;
  }
}

function scoreValue(question: Question, value: AnswerValue): number | null {
  switch (question.kind) {
    case 'scale':
      return (value as number) / 4;
    case 'yes-partly-no':
      return yesPartlyNoScores[value as keyof typeof yesPartlyNoScores];
    case 'single-choice':
      return question.options.find((option) => option.id === value)?.score ?? 0;
    case 'checklist': {
      const ticked = new Set(value as string[]);
      let total = 0;
      let share = 0;
      for (const option of question.options) {
        total += option.weight;
        if (ticked.has(option.id)) share += option.weight;
      }
      return total === 0 ? 0 : share / total;
    }
    case 'number':
    case 'text':
      return null;
  }
}

/** Scores one answer: "don't know" counts 0 on scored questions, "not applicable" has no score. */
export function scoreAnswer(question: Question, answer: Answer | undefined): ScoredAnswer {
  const scored = isScored(question);
  if (answer === undefined) return { status: 'unanswered', score: null };
  if (answer.special === 'not-applicable') {
    return question.allowNotApplicable
      ? { status: 'not-applicable', score: null }
      : { status: 'invalid', score: null };
  }
  if (answer.special === 'dont-know') {
    return question.allowDontKnow
      ? { status: 'dont-know', score: scored ? 0 : null }
      : { status: 'invalid', score: null };
  }
  if (
    answer.value === undefined ||
    (question.kind === 'text' && typeof answer.value === 'string' && answer.value.trim() === '')
  ) {
    return { status: 'unanswered', score: null };
  }
  const value = validValue(question, answer.value);
  if (value === undefined) return { status: 'invalid', score: null };
  return { status: 'answered', score: scoreValue(question, value), value };
}
