// Previewing and applying a backup on this device. The plan (plan-restore.ts) is made again inside
// the writing transaction, so what is written matches the device as it is then; a failure or a
// cancel anywhere leaves the device exactly as it was.
import { database, type BoussoleDatabase } from '../database';
import type { BackupFile } from './backup-file';
import { recordsOf } from './backup-file';
import {
  keepThisDevice,
  planRestore,
  resolvePlan,
  type Choices,
  type RestoreMode,
  type RestorePlan,
  type RestoreSummary,
} from './plan-restore';
import { recordKinds, type AnyRecord, type RecordSet } from './record-kinds';

const tablesOf = (db: BoussoleDatabase) => [
  db.profile,
  db.cycles,
  db.responses,
  db.answers,
  db.roadmapEdits,
  db.clientChecks,
];

/** Everything on the device, by kind (read inside the caller's transaction). */
async function readDevice(db: BoussoleDatabase): Promise<RecordSet> {
  const [profile, cycles, responses, answers, roadmapEdits, clientChecks] = await Promise.all([
    db.profile.toArray(),
    db.cycles.toArray(),
    db.responses.toArray(),
    db.answers.toArray(),
    db.roadmapEdits.toArray(),
    db.clientChecks.toArray(),
  ]);
  return { profile, cycles, responses, answers, roadmapEdits, clientChecks };
}

/** Everything on this device, read together so the kinds are consistent with each other. */
export async function readDeviceRecords(): Promise<RecordSet> {
  const db = database();
  return db.transaction('r', tablesOf(db), () => readDevice(db));
}

/** What a restore would do on this device, without changing anything. */
export async function previewRestore(backup: BackupFile, mode: RestoreMode): Promise<RestorePlan> {
  return planRestore(recordsOf(backup), await readDeviceRecords(), mode);
}

/** Thrown inside the transaction when the person cancels: the transaction aborts, nothing changes. */
export class RestoreCancelled extends Error {
  constructor() {
    super('restore cancelled');
  }
}

export interface RestoreOptions {
  /** Records written so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Asked between chunks of writes; true aborts the restore. */
  cancelled?: () => boolean;
}

/** Records written per request: small enough to report progress and notice a cancel often. */
const CHUNK = 5000;

/**
 * Applies a backup in one transaction, with `choices` deciding each conflict (by default, this
 * device's copy stays). Returns what was written.
 */
export async function restoreBackup(
  backup: BackupFile,
  mode: RestoreMode,
  choices: Choices = keepThisDevice,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const db = database();
  const stopIfCancelled = () => {
    if (options.cancelled?.()) throw new RestoreCancelled();
  };
  return db.transaction('rw', tablesOf(db), async () => {
    const plan = planRestore(recordsOf(backup), await readDevice(db), mode);
    const { puts, summary } = resolvePlan(plan, choices);
    const total = recordKinds.reduce((sum, kind) => sum + puts[kind].length, 0);
    let done = 0;
    options.onProgress?.(done, total);
    stopIfCancelled();
    if (mode === 'replace') await Promise.all(tablesOf(db).map((table) => table.clear()));
    else if (plan.removedAnswers.length > 0) await db.answers.bulkDelete(plan.removedAnswers);
    for (const kind of recordKinds) {
      const table = db.table<AnyRecord>(kind);
      const records = puts[kind] as AnyRecord[];
      for (let start = 0; start < records.length; start += CHUNK) {
        await table.bulkPut(records.slice(start, start + CHUNK));
        done += Math.min(CHUNK, records.length - start);
        options.onProgress?.(done, total);
        stopIfCancelled();
      }
    }
    return summary;
  });
}
