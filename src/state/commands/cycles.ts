// Starting and closing an assessment cycle, and setting its target levels.
import type { Cycle, QuestionnaireRef } from '../../domain/cycle';
import {
  closeCycle as storeClosed,
  createCycle as storeCycle,
  loadRoadmapActions,
  setTarget as storeTarget,
  type CarriedAction,
} from '../../storage';
import { attemptSave } from '../save';

/** Starts a cycle (assessing `period` when given); resolves to it, or `undefined` when it could not be saved. */
export async function createCycle(
  name: string,
  questionnaires: QuestionnaireRef[],
  period?: string,
): Promise<Cycle | undefined> {
  let created: Cycle | undefined;
  const saved = await attemptSave(async () => {
    created = await storeCycle(name, questionnaires, period);
  });
  return saved ? created : undefined;
}

/**
 * Starts a cycle carrying the chosen unfinished actions of `from` (the cycle and what it carries are
 * stored together or not at all); resolves to the new cycle, or `null` when it could not be saved.
 */
export async function startCycle(
  name: string,
  questionnaires: QuestionnaireRef[],
  from: { cycleId: string; actions: readonly CarriedAction[] } | null,
  period?: string,
): Promise<Cycle | null> {
  let cycle: Cycle | null = null;
  const saved = await attemptSave(async () => {
    const carrying = await loadRoadmapActions();
    cycle = await carrying.startCycleCarryingOver(name, questionnaires, from, period);
  });
  return saved ? cycle : null;
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
