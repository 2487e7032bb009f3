// What the cycle roadmap stores, loaded together on demand (storage/index.ts): leadership's decisions
// (roadmap edits, merged actions), the organization's own actions, and carrying actions to a new cycle.
// No first screen reads them.
export { editRoadmapItem, listRoadmapEdits } from './roadmap-edits';
export { addOwnAction, deleteOwnAction, listOwnActions, updateOwnAction } from './own-actions';
export { decideAction } from './action-decisions';
export {
  dropCarriedDecision,
  keepCarriedAsOwnAction,
  startCycleCarryingOver,
} from './carry-actions';
