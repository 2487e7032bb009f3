// Leadership's follow-up of a roadmap item: status, owner, target date and note.
import { roadmapFieldKey } from '../../domain/drafts';
import type { RoadmapEditChange } from '../../domain/roadmap-edit';
import { editRoadmapItem as storeEdit } from '../../storage';
import { attemptSave } from '../save';

/** Merges a change into the item's edit (an empty string clears a field). */
export function editRoadmapItem(
  cycleId: string,
  editKey: string,
  change: RoadmapEditChange,
): Promise<boolean> {
  return attemptSave(
    () => storeEdit(cycleId, editKey, change),
    roadmapFieldKey(cycleId, editKey, Object.keys(change).join()),
  );
}
