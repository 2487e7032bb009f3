// The actions of a cycle a new cycle is offered to carry over: its own actions not yet done or set
// aside, and the proposed actions leadership took up (a status, owner, date, note, placement, estimate
// or funding) and did not finish. A proposed action nobody took up is not offered: the new cycle's
// answers propose it again if it is still needed.
import { isSettled } from './action-inputs';
import type { CycleAction, CycleRoadmap } from './cycle-action';

/** Whether leadership recorded anything about the action. */
export function isTakenUp(action: CycleAction): boolean {
  return (
    action.kind === 'own' ||
    action.status !== null ||
    action.owner !== null ||
    action.targetDate !== null ||
    action.note !== null ||
    action.funding !== null ||
    action.costSource === 'override' ||
    action.placedByLeadership
  );
}

/** In roadmap order (horizon, then rank). */
export function unfinishedActions(roadmap: CycleRoadmap): CycleAction[] {
  return roadmap.actions.filter((action) => !isSettled(action.status) && isTakenUp(action));
}
