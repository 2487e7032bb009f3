// Changes leadership makes to a cycle's roadmap, each saved with `attemptSave` (which says truly what
// happened when a write fails) and resolving to whether it was saved.
import type { ProposedAction } from '../engine/cycle-action';
import { decideAction, type DecisionChange } from '../storage/action-decisions';
import {
  dropCarriedDecision,
  keepCarriedAsOwnAction,
  startCycleCarryingOver,
  type CarriedAction,
} from '../storage/carry-actions';
import {
  addOwnAction,
  deleteOwnAction,
  updateOwnAction,
  type OwnActionChange,
  type OwnActionFields,
} from '../storage/own-actions';
import type { Cycle, QuestionnaireRef } from '../storage/records';
import { attemptSave } from './save';

export type { CarriedAction, DecisionChange, OwnActionChange, OwnActionFields };

/** Names a change for the save status: what stays unsaved on screen if the write fails. */
const changeName = (scope: string, fields: object) => `${scope}:${Object.keys(fields).join()}`;

/** A decision on a proposed action, under the action's key (a merged action has one decision). */
export function decide(
  cycleId: string,
  action: Pick<ProposedAction, 'key' | 'decisionKey'>,
  change: DecisionChange,
): Promise<boolean> {
  return attemptSave(
    () => decideAction(cycleId, action.key, change, action.decisionKey),
    changeName(`roadmap:${cycleId}:${action.key}`, change),
  );
}

export function addOwn(cycleId: string, fields: OwnActionFields): Promise<boolean> {
  return attemptSave(() => addOwnAction(cycleId, fields));
}

export function changeOwn(cycleId: string, id: string, change: OwnActionChange): Promise<boolean> {
  return attemptSave(
    () => updateOwnAction(cycleId, id, change),
    changeName(`own:${cycleId}:${id}`, change),
  );
}

export function deleteOwn(cycleId: string, id: string): Promise<boolean> {
  return attemptSave(() => deleteOwnAction(cycleId, id));
}

export function keepCarriedAsOwn(cycleId: string, itemKey: string, title: string) {
  return attemptSave(() => keepCarriedAsOwnAction(cycleId, itemKey, title));
}

export function dropCarried(cycleId: string, itemKey: string) {
  return attemptSave(() => dropCarriedDecision(cycleId, itemKey));
}

/** Starts a cycle, carrying the chosen unfinished actions of `from`; resolves to the new cycle. */
export async function startCycle(
  name: string,
  questionnaires: QuestionnaireRef[],
  from: { cycleId: string; actions: readonly CarriedAction[] } | null,
): Promise<Cycle | null> {
  let cycle: Cycle | null = null;
  const saved = await attemptSave(async () => {
    cycle = await startCycleCarryingOver(name, questionnaires, from);
  });
  return saved ? cycle : null;
}
