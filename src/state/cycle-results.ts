// Scores a cycle: for each questionnaire, the result of each response and the result that stands for
// the organization (and feeds the roadmap): the team's consensus over every response answered on the
// cycle's questionnaire version (README "Team results").
import type { Answers } from '../engine/answer';
import { assess } from '../engine/assess';
import { aggregateTeam, type TeamResult } from '../engine/aggregate';
import type { PreparedQuestionnaire } from '../engine/prepare';
import type { QuestionnaireResult } from '../engine/result';
import type { Response } from '../domain/response';

export interface IndividualResult {
  response: Response;
  answers: Answers;
  result: QuestionnaireResult;
}

export interface QuestionnaireOutcome {
  questionnaire: PreparedQuestionnaire;
  /** One result per response that has at least one answer, scored on the version it was answered on. */
  individuals: IndividualResult[];
  /** The combined view of the responses on the cycle's version; null when none has answers. */
  team: TeamResult | null;
  /** The result shown as the organization's and used for the roadmap; null when nothing is answered. */
  result: QuestionnaireResult | null;
}

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
  const sameVersion = individuals.filter(
    ({ response }) => response.version === questionnaire.definition.version,
  );
  // The individual results are on this same version: the team view reuses them.
  const team =
    sameVersion.length === 0
      ? null
      : aggregateTeam(
          questionnaire,
          sameVersion.map(({ result }) => result),
        );
  return { questionnaire, individuals, team, result: team?.consensus ?? null };
}
