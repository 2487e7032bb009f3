// Backup files: everything on this device (profile, cycles, responses, answers, roadmap edits, the
// organization's own actions, anonymous client check records) in one file, restored on another device
// or browser (restore-backup.ts).
// Format 1: the records as stored before revisions. Format 2: each record carries its revision
// (revision.ts), so a restore can tell which copy is newer. Format-1 files still restore. Own actions
// and client checks are optional in either format: files made before they existed have none.
import { z } from 'zod/mini';
import { clientCheckRecordSchema } from '../../domain/client-check-record';
import { database } from '../database';
import { now } from '../ids';
import { answerRecordSchema } from '../../domain/answer-record';
import { cycleSchema } from '../../domain/cycle';
import { profileSchema } from '../../domain/profile';
import { responseSchema } from '../../domain/response';
import { roadmapEditSchema } from '../../domain/roadmap-edit';
import { ownActionSchema } from '../../domain/own-action';
import { isSoundEstimate } from '../../domain/sound-estimate';
import { openEnvelope, seal } from './envelope';
import { refuse, type Parsed } from './import-error';
import {
  recordKey,
  recordKinds,
  type RecordKind,
  type RecordOf,
  type RecordSet,
} from './record-kinds';
import { parseStructure } from './structure';

export const BACKUP_FORMAT_VERSION = 2;

const backupSchema = z.strictObject({
  format: z.literal('boussole-backup'),
  formatVersion: z.number(),
  exportedAt: z.iso.datetime({ offset: true }),
  profile: z.nullable(profileSchema),
  cycles: z.array(cycleSchema),
  responses: z.array(responseSchema),
  answers: z.array(answerRecordSchema),
  roadmapEdits: z.array(roadmapEditSchema),
  /** Absent from files made before own actions existed. */
  ownActions: z._default(z.array(ownActionSchema), []),
  /** Absent in backups made before client checks existed. */
  clientChecks: z.optional(z.array(clientCheckRecordSchema)),
  checksum: z.string(),
});
export type BackupFile = z.infer<typeof backupSchema>;

export async function buildBackup(): Promise<BackupFile> {
  const db = database();
  return db.transaction(
    'r',
    [
      db.profile,
      db.cycles,
      db.responses,
      db.answers,
      db.roadmapEdits,
      db.ownActions,
      db.clientChecks,
    ],
    async () =>
      seal({
        format: 'boussole-backup' as const,
        formatVersion: BACKUP_FORMAT_VERSION,
        exportedAt: now(),
        profile: (await db.profile.toCollection().first()) ?? null,
        cycles: await db.cycles.toArray(),
        responses: await db.responses.toArray(),
        answers: await db.answers.toArray(),
        roadmapEdits: await db.roadmapEdits.toArray(),
        ownActions: await db.ownActions.toArray(),
        clientChecks: await db.clientChecks.toArray(),
      }),
  );
}

/** A backup's records by kind. */
export function recordsOf(backup: BackupFile): RecordSet {
  return {
    profile: backup.profile ? [backup.profile] : [],
    cycles: backup.cycles,
    responses: backup.responses,
    answers: backup.answers,
    roadmapEdits: backup.roadmapEdits,
    ownActions: backup.ownActions,
    clientChecks: backup.clientChecks ?? [],
  };
}

// K ties the kind to its records' type.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function hasRepeatedKey<K extends RecordKind>(kind: K, records: RecordSet): boolean {
  const seen = new Set<string>();
  for (const record of records[kind] as RecordOf[K][]) {
    const key = recordKey[kind](record);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/**
 * Checks an intact, supported, self-consistent backup: every record's owner is in the file too, no
 * record appears twice (which copy would be meant?), and every cost estimate is one a person could
 * have saved (each range lowest first, some figure given).
 */
export function parseBackup(raw: unknown): Parsed<BackupFile> {
  const envelope = openEnvelope(raw, 'boussole-backup', BACKUP_FORMAT_VERSION);
  if (!envelope.ok) return envelope;
  const parsed = parseStructure(backupSchema, envelope.value);
  if (!parsed.ok) return parsed;
  const backup = parsed.value;
  // The message names the kind of record (the `context` of its translation).
  const repeated = recordKinds.find((kind) => hasRepeatedKey(kind, recordsOf(backup)));
  if (repeated) return refuse('duplicate-records', { context: repeated });
  const cycles = new Set(backup.cycles.map((c) => c.id));
  const responses = new Set(backup.responses.map((r) => r.id));
  if (backup.responses.some((r) => !cycles.has(r.cycleId)))
    return refuse('inconsistent-backup', { context: 'responses' });
  if (backup.answers.some((a) => !responses.has(a.responseId)))
    return refuse('inconsistent-backup', { context: 'answers' });
  if (backup.roadmapEdits.some((e) => !cycles.has(e.cycleId)))
    return refuse('inconsistent-backup', { context: 'roadmapEdits' });
  if (backup.ownActions.some((a) => !cycles.has(a.cycleId)))
    return refuse('inconsistent-backup', { context: 'ownActions' });
  if (
    !backup.roadmapEdits.every((e) => isSoundEstimate(e.cost)) ||
    !backup.ownActions.every((a) => isSoundEstimate(a.cost))
  )
    return refuse('inconsistent-backup', { context: 'costs' });
  if (backup.clientChecks?.some((c) => !cycles.has(c.cycleId)))
    return refuse('inconsistent-backup', { context: 'clientChecks' });
  return { ok: true, value: backup };
}
