// Leadership's decisions on a proposed action of the cycle roadmap. An action merged from several
// questionnaires (`sameAs`) is decided under its own key; a decision stored under a member's key
// before the content linked them is carried over to that key on the first change, so nothing typed
// is lost and one decision stands for the whole action.
import type { RoadmapEditChange } from '../domain/roadmap-edit';
import { questionnaireOfEditKey } from '../domain/roadmap-edit-key';
import { isSoundEstimate } from '../domain/sound-estimate';
import { database } from './database';
import { writeRoadmapEdit } from './roadmap-edits';
import { bump } from './revision';
import { writingDevice } from './writing-device';

export type DecisionChange = RoadmapEditChange;

/** A cost estimate that does not hold together (a range written highest first, no figure at all). */
export class UnsoundEstimateError extends Error {
  override name = 'UnsoundEstimateError';
}

/**
 * Merges a change into the decision on action `key`. `foundUnder` is where the decision in force was
 * found (the action's key or a member's); when it is another key, that decision is copied first.
 */
export async function decideAction(
  cycleId: string,
  key: string,
  change: DecisionChange,
  foundUnder: string | null = null,
): Promise<void> {
  if (!isSoundEstimate(change.cost)) throw new UnsoundEstimateError('the estimate does not hold');
  const db = database();
  // Read before the transaction, which cannot wait on anything but the database.
  const device = await writingDevice(db);
  await db.transaction('rw', db.roadmapEdits, db.cycles, async () => {
    if (foundUnder !== null && foundUnder !== key) {
      const own = await db.roadmapEdits.get([cycleId, key]);
      const found = await db.roadmapEdits.get([cycleId, foundUnder]);
      if (own === undefined && found !== undefined) {
        await db.roadmapEdits.put({
          ...found,
          itemKey: key,
          questionnaireId: questionnaireOfEditKey(key),
          // A record of its own under the action's key, whose history starts here.
          revision: bump(undefined, device),
        });
      }
    }
    await writeRoadmapEdit(db, cycleId, key, change, device);
  });
}
