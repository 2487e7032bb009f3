// Scores a cycle: for each questionnaire, the result of each response and the result the roadmap uses.
import type { Answers } from '../engine/answer';
import { assess } from '../engine/assess';
import type { PreparedQuestionnaire } from '../engine/prepare';
import type { QuestionnaireResult } from '../engine/result';
import type { Response } from '../storage/records';

export interface IndividualResult {
  response: Response;
  answers: Answers;
  result: QuestionnaireResult;
}

export interface QuestionnaireOutcome {
  questionnaire: PreparedQuestionnaire;
  /** One result per response that has at least one answer, scored on the version it was answered on. */
  individuals: IndividualResult[];
  /** The result shown as the organization's and used for the roadmap; null when nothing is answered. */
  result: QuestionnaireResult | null;
}

/**
 * With a single response its result is the outcome. With several, the most recently updated response
 * on this questionnaire version stands for the organization until the team view combines them.
 */
export function questionnaireOutcome(
  questionnaire: PreparedQuestionnaire,
  responses: readonly { response: Response; answers: Answers }[],
  versionsById: ReadonlyMap<string, PreparedQuestionnaire> = new Map(),
): QuestionnaireOutcome {
  const individuals = responses
    .filter(({ answers }) => Object.keys(answers).length > 0)
    .map(({ response, answers }) => {
      const own =
        versionsById.get(`${response.questionnaireId}@${response.version}`) ?? questionnaire;
      return { response, answers, result: assess(own, answers) };
    });
  const sameVersion = individuals
    .filter(({ response }) => response.version === questionnaire.definition.version)
    .sort((a, b) => b.response.updatedAt.localeCompare(a.response.updatedAt));
  return { questionnaire, individuals, result: sameVersion[0]?.result ?? null };
}
