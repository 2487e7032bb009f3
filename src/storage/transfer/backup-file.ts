// Backup files: everything on this device (profile, cycles, responses, answers, roadmap edits, anonymous
// client check records) in one file, restored on another device or browser by merging or replacing,
// always in one transaction.
import { z } from 'zod/mini';
import { clientCheckRecordSchema, type ClientCheckRecord } from '../client-check-records';
import { database } from '../database';
import { now } from '../ids';
import {
  answerRecordSchema,
  cycleSchema,
  profileSchema,
  responseSchema,
  roadmapEditSchema,
  type AnswerRecord,
  type Cycle,
  type OrganizationProfile,
  type Response,
  type RoadmapEdit,
} from '../records';
import { openEnvelope, seal } from './envelope';
import { refuse, type Parsed } from './import-error';
import { parseStructure } from './structure';

export const BACKUP_FORMAT_VERSION = 1;

const backupSchema = z.strictObject({
  format: z.literal('boussole-backup'),
  formatVersion: z.number(),
  exportedAt: z.iso.datetime({ offset: true }),
  profile: z.nullable(profileSchema),
  cycles: z.array(cycleSchema),
  responses: z.array(responseSchema),
  answers: z.array(answerRecordSchema),
  roadmapEdits: z.array(roadmapEditSchema),
  /** Absent in backups made before client checks existed. */
  clientChecks: z.optional(z.array(clientCheckRecordSchema)),
  checksum: z.string(),
});
export type BackupFile = z.infer<typeof backupSchema>;

export async function buildBackup(): Promise<BackupFile> {
  const db = database();
  return db.transaction(
    'r',
    [db.profile, db.cycles, db.responses, db.answers, db.roadmapEdits, db.clientChecks],
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
        clientChecks: await db.clientChecks.toArray(),
      }),
  );
}

/** Checks an intact, supported, self-consistent backup: every record's owner is in the file too. */
export function parseBackup(raw: unknown): Parsed<BackupFile> {
  const envelope = openEnvelope(raw, 'boussole-backup', BACKUP_FORMAT_VERSION);
  if (!envelope.ok) return envelope;
  const parsed = parseStructure(backupSchema, envelope.value);
  if (!parsed.ok) return parsed;
  const backup = parsed.value;
  const cycles = new Set(backup.cycles.map((c) => c.id));
  const responses = new Set(backup.responses.map((r) => r.id));
  const orphanResponse = backup.responses.find((r) => !cycles.has(r.cycleId));
  if (orphanResponse)
    return refuse('inconsistent-backup', { record: `response ${orphanResponse.id}` });
  const orphanAnswer = backup.answers.find((a) => !responses.has(a.responseId));
  if (orphanAnswer)
    return refuse('inconsistent-backup', { record: `answer ${orphanAnswer.questionId}` });
  const orphanEdit = backup.roadmapEdits.find((e) => !cycles.has(e.cycleId));
  if (orphanEdit)
    return refuse('inconsistent-backup', { record: `roadmap item ${orphanEdit.itemKey}` });
  const orphanCheck = backup.clientChecks?.find((c) => !cycles.has(c.cycleId));
  if (orphanCheck)
    return refuse('inconsistent-backup', { record: `client check ${orphanCheck.id}` });
  return { ok: true, value: backup };
}

export type RestoreMode = 'merge' | 'replace';

export interface TableChange {
  added: number;
  updated: number;
  unchanged: number;
  /** Records on this device that a replace removes. */
  removed: number;
}

export interface RestorePreview {
  profile: TableChange;
  cycles: TableChange;
  responses: TableChange;
  answers: TableChange;
  roadmapEdits: TableChange;
  clientChecks: TableChange;
}

type Stamped = { updatedAt?: string; answeredAt?: string };
const stamp = (record: Stamped) => record.updatedAt ?? record.answeredAt ?? '';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diff<T extends object>(
  incoming: readonly T[],
  existing: readonly T[],
  key: (record: T) => string,
  mode: RestoreMode,
): { change: TableChange; write: T[] } {
  const current = new Map(existing.map((record) => [key(record), record]));
  const change: TableChange = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const write: T[] = [];
  for (const record of incoming) {
    const mine = current.get(key(record));
    if (!mine) {
      change.added += 1;
      write.push(record);
    } else if (same(mine, record)) {
      change.unchanged += 1;
      if (mode === 'replace') write.push(record);
    } else if (mode === 'replace' || stamp(record) > stamp(mine)) {
      // Merge keeps whichever copy was changed last.
      change.updated += 1;
      write.push(record);
    } else {
      change.unchanged += 1;
    }
  }
  if (mode === 'replace') {
    const incomingKeys = new Set(incoming.map(key));
    change.removed = existing.filter((record) => !incomingKeys.has(key(record))).length;
  }
  return { change, write };
}

interface Plan {
  preview: RestorePreview;
  profile: OrganizationProfile[];
  cycles: Cycle[];
  responses: Response[];
  answers: AnswerRecord[];
  roadmapEdits: RoadmapEdit[];
  clientChecks: ClientCheckRecord[];
}

async function plan(backup: BackupFile, mode: RestoreMode): Promise<Plan> {
  const db = database();
  const profile = diff(
    backup.profile ? [backup.profile] : [],
    await db.profile.toArray(),
    (p) => p.id,
    mode,
  );
  const cycles = diff(backup.cycles, await db.cycles.toArray(), (c) => c.id, mode);
  const responses = diff(backup.responses, await db.responses.toArray(), (r) => r.id, mode);
  const answers = diff(
    backup.answers,
    await db.answers.toArray(),
    (a) => `${a.responseId}/${a.questionId}`,
    mode,
  );
  const roadmapEdits = diff(
    backup.roadmapEdits,
    await db.roadmapEdits.toArray(),
    (e) => `${e.cycleId}/${e.itemKey}`,
    mode,
  );
  // A check record never changes once made: the same id is the same record.
  const clientChecks = diff(
    backup.clientChecks ?? [],
    await db.clientChecks.toArray(),
    (c) => c.id,
    mode,
  );
  return {
    preview: {
      profile: profile.change,
      cycles: cycles.change,
      responses: responses.change,
      answers: answers.change,
      roadmapEdits: roadmapEdits.change,
      clientChecks: clientChecks.change,
    },
    profile: profile.write,
    cycles: cycles.write,
    responses: responses.write,
    answers: answers.write,
    roadmapEdits: roadmapEdits.write,
    clientChecks: clientChecks.write,
  };
}

/** What a restore would change on this device, without changing anything. */
export async function previewRestore(
  backup: BackupFile,
  mode: RestoreMode,
): Promise<RestorePreview> {
  const db = database();
  return db.transaction(
    'r',
    [db.profile, db.cycles, db.responses, db.answers, db.roadmapEdits, db.clientChecks],
    async () => (await plan(backup, mode)).preview,
  );
}

/** Applies a backup in one transaction: if anything fails, nothing on the device changes. */
export async function restoreBackup(
  backup: BackupFile,
  mode: RestoreMode,
): Promise<RestorePreview> {
  const db = database();
  return db.transaction(
    'rw',
    [db.profile, db.cycles, db.responses, db.answers, db.roadmapEdits, db.clientChecks],
    async () => {
      const planned = await plan(backup, mode);
      if (mode === 'replace') {
        await Promise.all([
          db.profile.clear(),
          db.cycles.clear(),
          db.responses.clear(),
          db.answers.clear(),
          db.roadmapEdits.clear(),
          db.clientChecks.clear(),
        ]);
      }
      await db.profile.bulkPut(planned.profile);
      await db.cycles.bulkPut(planned.cycles);
      await db.responses.bulkPut(planned.responses);
      await db.answers.bulkPut(planned.answers);
      await db.roadmapEdits.bulkPut(planned.roadmapEdits);
      await db.clientChecks.bulkPut(planned.clientChecks);
      return planned.preview;
    },
  );
}
