// Scores one response's questions: each answer's score and status, and which questions are shown.
// Dimension and overall scores, levels and the baseline are in summarize.ts, apart so that the
// questionnaire page, which needs only this part, loads only this part. Rules are documented in
// README ("How scoring works").
import { scoreAnswer, type Answers } from './answer';
import { evaluateCondition, type ConditionContext, type QuestionFact } from './conditions';
import type { PreparedQuestionnaire } from './prepare';
import type { QuestionResult } from './result';
import { isScored } from './schema';

const UNANSWERED: QuestionFact = { status: 'unanswered', score: null };

/** Question results in definition order; hidden questions (display condition false) count as unanswered. */
export function scoreQuestions(
  questionnaire: PreparedQuestionnaire,
  answers: Answers,
): QuestionResult[] {
  const facts = new Map<string, QuestionFact>();
  const context: ConditionContext = {
    question: (id) => facts.get(id) ?? UNANSWERED,
    dimensionScore: () => null,
  };
  return questionnaire.definition.questions.map((question) => {
    const visible =
      question.showIf === undefined || evaluateCondition(question.showIf, context).holds;
    const answer =
      visible && Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const { status, score, value } = scoreAnswer(question, answer);
    const fact: QuestionFact = { status, score };
    if (value !== undefined) fact.value = value;
    facts.set(question.id, visible ? fact : UNANSWERED);
    const result: QuestionResult = {
      questionId: question.id,
      dimensionId: question.dimension,
      visible,
      scored: isScored(question),
      status,
      score,
      weight: question.weight,
      critical: question.critical,
      criticalFailed:
        visible &&
        question.critical &&
        (status === 'dont-know' ||
          (status === 'answered' && score !== null && score < question.criticalPassScore)),
    };
    if (value !== undefined) result.value = value;
    return result;
  });
}
