// What is stored on this device, and deleting all of it.
import { database } from './database';

export interface StoredCounts {
  profile: number;
  cycles: number;
  responses: number;
  answers: number;
  roadmapEdits: number;
}

export async function countStored(): Promise<StoredCounts> {
  const db = database();
  const [profile, cycles, responses, answers, roadmapEdits] = await Promise.all([
    db.profile.count(),
    db.cycles.count(),
    db.responses.count(),
    db.answers.count(),
    db.roadmapEdits.count(),
  ]);
  return { profile, cycles, responses, answers, roadmapEdits };
}

/** Deletes every record in one transaction: either everything goes or nothing does. */
export async function deleteAllData(): Promise<void> {
  const db = database();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
