// How far a cycle has got, per questionnaire: who is answering, how much of it is answered, who has
// submitted, and where the organization stands. The standing never says more than the results screen
// would: a level only when the engine gives one (enough coverage), else a provisional score, else
// nothing yet.
import { responseProgress } from '../engine/progress';
import type { PreparedQuestionnaire } from '../engine/prepare';
import type { QuestionnaireOutcome } from './cycle-results';
import type { ResponseWithAnswers } from './queries/cycle-data';

export interface RespondentProgress {
  responseId: string;
  respondent: string;
  answered: number;
  total: number;
  submitted: boolean;
}

export type Standing =
  /** A level the engine gave to the organization's (team's) result. */
  | { kind: 'level'; levelId: string; score: number }
  /** A score with too few answers for a level; `missing` more answers would earn one. */
  | { kind: 'provisional'; score: number; missing: number }
  /** Nothing answered yet, or nothing scorable. */
  | { kind: 'none' };

export interface QuestionnaireProgress {
  questionnaire: PreparedQuestionnaire;
  respondents: RespondentProgress[];
  /** Answered questions over every respondent, and how many there are to answer. */
  answered: number;
  total: number;
  submitted: number;
  standing: Standing;
}

function standingOf(outcome: QuestionnaireOutcome): Standing {
  const overall = outcome.result?.overall;
  if (overall === undefined || overall.score === null) return { kind: 'none' };
  if (overall.provisional) {
    return { kind: 'provisional', score: overall.score, missing: overall.missingForLevel };
  }
  if (overall.level === null) return { kind: 'none' };
  return { kind: 'level', levelId: overall.level, score: overall.score };
}

/** One entry per scored questionnaire of the cycle, in the cycle's order. */
export function cycleProgress(
  outcomes: readonly QuestionnaireOutcome[],
  responses: readonly ResponseWithAnswers[],
  versions: ReadonlyMap<string, PreparedQuestionnaire>,
): QuestionnaireProgress[] {
  return outcomes.map((outcome) => {
    const { questionnaire } = outcome;
    const respondents = responses
      .filter(({ response }) => response.questionnaireId === questionnaire.definition.id)
      .map(({ response, answers }) => {
        const own =
          versions.get(`${response.questionnaireId}@${response.version}`) ?? questionnaire;
        const progress = responseProgress(own, answers);
        return {
          responseId: response.id,
          respondent: response.respondent,
          answered: progress.answered,
          total: progress.total,
          submitted: response.submittedAt !== undefined,
        };
      });
    return {
      questionnaire,
      respondents,
      answered: respondents.reduce((sum, r) => sum + r.answered, 0),
      total: respondents.reduce((sum, r) => sum + r.total, 0),
      submitted: respondents.filter((r) => r.submitted).length,
      standing: standingOf(outcome),
    };
  });
}
