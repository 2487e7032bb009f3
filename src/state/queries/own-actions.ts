// The organization's own actions of a cycle, read once (the comparison and the cycle roadmap read
// them inside their own live reads).
import type { OwnActionRecord } from '../../domain/own-action';
import { loadOwnActions } from '../../storage';

/**
 * A cycle's own actions, in the order they were added. The module loads through Promise.resolve so a
 * live read that calls this keeps following the database (Dexie's rule for other promises).
 */
export async function readOwnActions(cycleId: string): Promise<OwnActionRecord[]> {
  const ownActions = await Promise.resolve(loadOwnActions());
  return ownActions.listOwnActions(cycleId);
}
