// Leadership's edits to roadmap items (status, owner, target date, note), kept per cycle and item key so
// they survive re-scoring.
import { database } from './database';
import { now } from './ids';
import {
  questionnaireOfEditKey,
  type RoadmapEdit,
  type RoadmapEditChange,
} from '../domain/roadmap-edit';
import { RecordMissingError } from './record-missing';

export async function listRoadmapEdits(cycleId: string): Promise<RoadmapEdit[]> {
  return database().roadmapEdits.where('cycleId').equals(cycleId).toArray();
}

/** Merges a change into an item's edit; an empty string or undefined clears that field. */
export async function editRoadmapItem(
  cycleId: string,
  itemKey: string,
  change: RoadmapEditChange,
): Promise<void> {
  const db = database();
  await db.transaction('rw', db.roadmapEdits, db.cycles, async () => {
    if ((await db.cycles.get(cycleId)) === undefined) throw new RecordMissingError('cycle');
    const existing = (await db.roadmapEdits.get([cycleId, itemKey])) ?? {
      cycleId,
      itemKey,
      questionnaireId: questionnaireOfEditKey(itemKey),
      updatedAt: now(),
    };
    const merged = Object.fromEntries(
      Object.entries({ ...existing, ...change, updatedAt: now() }).filter(
        ([, value]) => value !== '' && value !== undefined,
      ),
    );
    await db.roadmapEdits.put(merged as RoadmapEdit);
  });
}
