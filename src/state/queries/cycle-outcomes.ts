// A whole cycle scored, one outcome per questionnaire it includes, exactly as the results screen scores
// one questionnaire (`questionnaireOutcome`: the team's consensus over the responses on the cycle's
// version). Used by the PDF report and the year-over-year comparison.
import { loadQuestionnaire } from '../../content/catalog';
import type { Cycle, QuestionnaireRef } from '../../domain/cycle';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { questionnaireOutcome, type QuestionnaireOutcome } from '../cycle-results';
import { readCycleResponses, type ResponseWithAnswers } from './cycle-data';

const refKey = (ref: QuestionnaireRef) => `${ref.id}@${ref.version}`;

/** Every questionnaire version needed to score the cycle: its own, then any other a response was answered on. */
export function cycleVersionRefs(
  cycle: Cycle,
  responses: readonly ResponseWithAnswers[],
): QuestionnaireRef[] {
  const refs = new Map(cycle.questionnaires.map((ref) => [refKey(ref), ref]));
  for (const { response } of responses) {
    const ref = { id: response.questionnaireId, version: response.version };
    if (!refs.has(refKey(ref))) refs.set(refKey(ref), ref);
  }
  return [...refs.values()];
}

/**
 * One outcome per questionnaire of the cycle, in the cycle's order, from versions already loaded (by
 * "id@version"). A questionnaire whose version is not loaded is left out.
 */
export function cycleOutcomes(
  cycle: Cycle,
  responses: readonly ResponseWithAnswers[],
  versions: ReadonlyMap<string, PreparedQuestionnaire>,
): QuestionnaireOutcome[] {
  return cycle.questionnaires.flatMap((ref) => {
    const questionnaire = versions.get(refKey(ref));
    if (questionnaire === undefined) return [];
    return [
      questionnaireOutcome(
        questionnaire,
        responses.filter(({ response }) => response.questionnaireId === ref.id),
        versions,
      ),
    ];
  });
}

/** Reads and scores a cycle; rejects when a questionnaire version it needs is not available. */
export async function loadCycleOutcomes(cycle: Cycle): Promise<QuestionnaireOutcome[]> {
  const responses = await readCycleResponses(cycle);
  const loaded = await Promise.all(
    cycleVersionRefs(cycle, responses).map((ref) => loadQuestionnaire(ref.id, ref.version)),
  );
  return cycleOutcomes(cycle, responses, new Map(loaded.map((q) => [refKey(q.definition), q])));
}
