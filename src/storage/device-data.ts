// What is stored on this device, deleting all of it, and what follows a restore that replaced it.
import { dropAllDrafts } from './typed-drafts';
import { announceDataChange } from './data-broadcast';
import { database } from './database';

export interface StoredCounts {
  profile: number;
  cycles: number;
  responses: number;
  answers: number;
  roadmapEdits: number;
  ownActions: number;
  clientChecks: number;
}

export async function countStored(): Promise<StoredCounts> {
  const db = database();
  const [profile, cycles, responses, answers, roadmapEdits, ownActions, clientChecks] =
    await Promise.all([
      db.profile.count(),
      db.cycles.count(),
      db.responses.count(),
      db.answers.count(),
      db.roadmapEdits.count(),
      db.ownActions.count(),
      db.clientChecks.count(),
    ]);
  return { profile, cycles, responses, answers, roadmapEdits, ownActions, clientChecks };
}

/**
 * Deletes the whole database, which the browser does in one step (everything goes or nothing does),
 * the typed text kept as drafts and the sector snapshot's database (contributions collected,
 * benchmarks imported), then opens a new, empty database. Deleting the database rather
 * than emptying its tables is what tells Boussole's other tabs (a "versionchange" with no new version,
 * which the browser delivers before the deletion happens): they stop saving and say why.
 */
export async function deleteAllData(): Promise<void> {
  const db = database();
  await db.delete({ disableAutoOpen: false });
  dropAllDrafts();
  // Loaded here, not at start-up: the sector snapshot's database code stays off the first load.
  const { deleteSectorDatabase } = await import('./sector/sector-database');
  await deleteSectorDatabase();
  await db.open();
}

/** After a restore in "replace" mode: drafts typed before it must not overwrite the restored records
 *  on the next visit, and the other tabs must stop showing and saving what was replaced. */
export function settleReplacedData(): void {
  dropAllDrafts();
  announceDataChange(database().name, 'replaced');
}
