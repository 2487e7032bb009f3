// What the cycle roadmap stores, read once or inside a live read: leadership's decisions (roadmap
// edits) and the organization's own actions. Their storage code loads on demand; it loads through
// Promise.resolve so a live read that calls these keeps following the database (Dexie's rule for
// promises that are not its own).
import type { OwnActionRecord } from '../../domain/own-action';
import type { RoadmapEdit } from '../../domain/roadmap-edit';
import { loadRoadmapActions } from '../../storage';

const roadmapActions = () => Promise.resolve(loadRoadmapActions());

/** Leadership's decisions on a cycle's roadmap actions. */
export async function readRoadmapEdits(cycleId: string): Promise<RoadmapEdit[]> {
  return (await roadmapActions()).listRoadmapEdits(cycleId);
}

/** A cycle's own actions, in the order they were added. */
export async function readOwnActions(cycleId: string): Promise<OwnActionRecord[]> {
  return (await roadmapActions()).listOwnActions(cycleId);
}
