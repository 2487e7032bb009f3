// Which result the screen shows: the outcome's (the organization's) by default, or one respondent's.
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { Response } from '../../storage/records';
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

export interface ShownResult {
  individual: IndividualResult;
  /** The version the individual answered on, to explain the result in its own words. */
  questionnaire: PreparedQuestionnaire;
  /** True when this is the result that stands for the organization. */
  isOutcome: boolean;
}

/** The response whose result stands for the organization, if any. */
export function outcomeResponseId(outcome: QuestionnaireOutcome): string | undefined {
  return outcome.individuals.find(({ result }) => result === outcome.result)?.response.id;
}

/** The chosen respondent's result, else the outcome's, else the first answered response. */
export function shownResult(
  outcome: QuestionnaireOutcome,
  versions: ReadonlyMap<string, PreparedQuestionnaire>,
  chosenResponseId: string | null,
): ShownResult | undefined {
  const { individuals } = outcome;
  const individual =
    individuals.find(({ response }) => response.id === chosenResponseId) ??
    individuals.find(({ result }) => result === outcome.result) ??
    individuals[0];
  if (individual === undefined) return undefined;
  const { response } = individual;
  return {
    individual,
    questionnaire:
      versions.get(refKey({ id: response.questionnaireId, version: response.version })) ??
      outcome.questionnaire,
    isOutcome: individual.result === outcome.result,
  };
}
