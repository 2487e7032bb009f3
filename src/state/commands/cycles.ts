// Starting and closing an assessment cycle, and setting its target levels.
import type { Cycle, QuestionnaireRef } from '../../domain/cycle';
import {
  closeCycle as storeClosed,
  createCycle as storeCycle,
  setTarget as storeTarget,
} from '../../storage';
import { attemptSave } from '../save';

/** Starts a cycle; resolves to it, or `undefined` when it could not be saved. */
export async function createCycle(
  name: string,
  questionnaires: QuestionnaireRef[],
): Promise<Cycle | undefined> {
  let created: Cycle | undefined;
  const saved = await attemptSave(async () => {
    created = await storeCycle(name, questionnaires);
  });
  return saved ? created : undefined;
}

/** Closes a cycle (read-only from then on) or reopens it. */
export function closeCycle(cycleId: string, closed: boolean): Promise<boolean> {
  return attemptSave(() => storeClosed(cycleId, closed));
}

/** Sets the target level of one dimension, or clears it with `null`. */
export function setTarget(
  cycleId: string,
  questionnaireId: string,
  dimensionId: string,
  levelId: string | null,
): Promise<boolean> {
  return attemptSave(() => storeTarget(cycleId, questionnaireId, dimensionId, levelId));
}
