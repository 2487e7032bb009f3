// Leadership's edits to roadmap items (status, owner, target date, note), kept per cycle and item key so
// they survive re-scoring.
import { database, type BoussoleDatabase } from './database';
import { writingDevice } from './writing-device';
import { now } from './ids';
import type { RoadmapEdit, RoadmapEditChange } from '../domain/roadmap-edit';
import { questionnaireOfEditKey } from '../domain/roadmap-edit-key';
import { RecordMissingError } from './record-missing';
import { bump } from './revision';

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
  const device = await writingDevice(db);
  await db.transaction('rw', db.roadmapEdits, db.cycles, () =>
    writeRoadmapEdit(db, cycleId, itemKey, change, device),
  );
}

/**
 * The write itself, as `device`'s next write of the edit, inside the caller's transaction on
 * roadmapEdits and cycles (which must not wait on anything but the database).
 */
export async function writeRoadmapEdit(
  db: BoussoleDatabase,
  cycleId: string,
  itemKey: string,
  change: RoadmapEditChange,
  device: string,
): Promise<void> {
  if ((await db.cycles.get(cycleId)) === undefined) throw new RecordMissingError('cycle');
  const existing = (await db.roadmapEdits.get([cycleId, itemKey])) ?? {
    cycleId,
    itemKey,
    questionnaireId: questionnaireOfEditKey(itemKey),
    updatedAt: now(),
  };
  const merged = Object.fromEntries(
    Object.entries({
      ...existing,
      ...change,
      updatedAt: now(),
      revision: bump(existing.revision, device),
    }).filter(([, value]) => value !== '' && value !== undefined),
  );
  await db.roadmapEdits.put(merged as RoadmapEdit);
}
