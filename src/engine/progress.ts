// How far a response has got: visible questions answered, per dimension and overall. Free-text
// questions are optional and not counted.
import type { Answers } from './answer';
import type { PreparedQuestionnaire } from './prepare';
import { scoreQuestions } from './score';

export interface Progress {
  answered: number;
  total: number;
}

export interface ResponseProgress extends Progress {
  byDimension: Record<string, Progress>;
  /** Visible, counted questions not yet answered, in questionnaire order. */
  unanswered: string[];
}

export function responseProgress(
  questionnaire: PreparedQuestionnaire,
  answers: Answers,
): ResponseProgress {
  const byDimension: Record<string, Progress> = Object.fromEntries(
    questionnaire.definition.dimensions.map((d) => [d.id, { answered: 0, total: 0 }]),
  );
  const unanswered: string[] = [];
  let answered = 0;
  let total = 0;
  for (const question of scoreQuestions(questionnaire, answers)) {
    const kind = questionnaire.questionById.get(question.questionId)?.kind;
    if (!question.visible || kind === 'text') continue;
    const done = question.status !== 'unanswered' && question.status !== 'invalid';
    const dimension = byDimension[question.dimensionId];
    total += 1;
    if (dimension) dimension.total += 1;
    if (done) {
      answered += 1;
      if (dimension) dimension.answered += 1;
    } else {
      unanswered.push(question.questionId);
    }
  }
  return { answered, total, byDimension, unanswered };
}
