// Which result the screen shows: the team's (the organization's) by default, or one respondent's.
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult } from '../../engine/result';
import type { Response } from '../../domain/response';
import type { IndividualResult, QuestionnaireOutcome } from '../../state/cycle-results';

export interface QuestionnaireRef {
  id: string;
  version: string;
}

const refKey = (ref: QuestionnaireRef) => `${ref.id}@${ref.version}`;

/** The cycle's version first, then any other version a response was answered on (e.g. imported). */
export function versionRefs(
  cycleRef: QuestionnaireRef,
  responses: readonly { response: Response }[],
): QuestionnaireRef[] {
  const refs = new Map([[refKey(cycleRef), cycleRef]]);
  for (const { response } of responses) {
    const ref = { id: response.questionnaireId, version: response.version };
    if (!refs.has(refKey(ref))) refs.set(refKey(ref), ref);
  }
  return [...refs.values()];
}

/** Loaded versions by "id@version", as `questionnaireOutcome` expects them. */
export function versionsById(
  versions: readonly PreparedQuestionnaire[],
): Map<string, PreparedQuestionnaire> {
  return new Map(versions.map((v) => [refKey(v.definition), v]));
}

/** The value of the respondent choice that means "the whole team". */
export const TEAM = '';

export type ShownResult =
  | { kind: 'team'; result: QuestionnaireResult; questionnaire: PreparedQuestionnaire }
  | {
      kind: 'individual';
      individual: IndividualResult;
      result: QuestionnaireResult;
      /** The version the individual answered on, to explain the result in its own words. */
      questionnaire: PreparedQuestionnaire;
    };

/** The chosen respondent's result; by default the team's, or the only respondent's. */
export function shownResult(
  outcome: QuestionnaireOutcome,
  versions: ReadonlyMap<string, PreparedQuestionnaire>,
  chosenResponseId: string,
): ShownResult | undefined {
  const { individuals } = outcome;
  const chosen =
    individuals.find(({ response }) => response.id === chosenResponseId) ??
    (individuals.length === 1 ? individuals[0] : undefined);
  if (chosen === undefined) {
    return outcome.result === null
      ? undefined
      : { kind: 'team', result: outcome.result, questionnaire: outcome.questionnaire };
  }
  const { response } = chosen;
  return {
    kind: 'individual',
    individual: chosen,
    result: chosen.result,
    questionnaire:
      versions.get(refKey({ id: response.questionnaireId, version: response.version })) ??
      outcome.questionnaire,
  };
}
