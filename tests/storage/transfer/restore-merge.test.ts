// Two devices sharing backups: a merge decides by which copy has seen which changes, never by clocks,
// and asks the person whenever both sides changed the same record.
import { beforeEach, describe, expect, it } from 'vitest';
import { renameCycle } from '../../../src/storage/cycles';
import { database, setDatabase, type BoussoleDatabase } from '../../../src/storage/database';
import { saveProfile } from '../../../src/storage/profile';
import { renameRespondent, saveAnswer, submitResponse } from '../../../src/storage/responses';
import { editRoadmapItem } from '../../../src/storage/roadmap-edits';
import {
  buildBackup,
  parseBackup,
  type BackupFile,
} from '../../../src/storage/transfer/backup-file';
import { seal } from '../../../src/storage/transfer/envelope';
import { keepThisDevice, type Choices } from '../../../src/storage/transfer/plan-restore';
import { previewRestore, restoreBackup } from '../../../src/storage/transfer/restore-backup';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';
import { changesBetween, snapshot } from '../../support/device-snapshot';

const ROADMAP_ITEM = 'cybersecurity-baseline/rec:mfa-email-admin';

/** A backup as it travels between devices: written to text and checked on the way in. */
async function exportBackup(): Promise<BackupFile> {
  const parsed = parseBackup(JSON.parse(JSON.stringify(await buildBackup())));
  if (!parsed.ok) throw new Error(`backup refused: ${parsed.error.code}`);
  return parsed.value;
}

/** Device A with a seeded cycle, and device B that restored A's backup: both share every record. */
async function twoDevicesSharingACycle() {
  const a = freshDatabase();
  const seeded = await seedCycle();
  const shared = await exportBackup();
  const b = freshDatabase();
  await restoreBackup(shared, 'merge');
  const on = async <T>(device: BoussoleDatabase, work: () => Promise<T>): Promise<T> => {
    setDatabase(device);
    return work();
  };
  return { a, b, on, shared, ...seeded };
}

async function answerOf(responseId: string, questionId: string) {
  return database().answers.get([responseId, questionId]);
}

describe('merging a backup from another device', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('takes the file’s copy when it has seen every change made here, and more', async () => {
    const { a, b, on, director } = await twoDevicesSharingACycle();
    const newer = await on(a, async () => {
      await saveAnswer(director.id, 'mfa-email', { value: 'yes', note: 'Activé en mars' });
      return exportBackup();
    });
    await on(b, async () => {
      const preview = await previewRestore(newer, 'merge');
      expect(preview.counts.answers).toMatchObject({ updated: 1, conflicts: 0, kept: 0 });
      // the response changed only through its answers: its own fields say the same on both
      expect(preview.counts.responses).toMatchObject({ unchanged: 2, conflicts: 0 });
      expect(preview.conflicts).toEqual([]);
      await restoreBackup(newer, 'merge');
      expect(await answerOf(director.id, 'mfa-email')).toMatchObject({
        value: 'yes',
        note: 'Activé en mars',
      });
    });
  });

  it('keeps this device’s copy when it is newer than the file’s, and says so', async () => {
    const { b, on, director, shared } = await twoDevicesSharingACycle();
    await on(b, async () => {
      await saveAnswer(director.id, 'mfa-email', { value: 'partly' });
      const preview = await previewRestore(shared, 'merge');
      expect(preview.counts.answers).toMatchObject({ kept: 1, updated: 0, conflicts: 0 });
      await restoreBackup(shared, 'merge');
      expect(await answerOf(director.id, 'mfa-email')).toMatchObject({ value: 'partly' });
    });
  });

  it('shows a record changed on both devices as a conflict with both copies, and keeps this device’s by default', async () => {
    const { a, b, on, director, cycle } = await twoDevicesSharingACycle();
    const fromA = await on(a, async () => {
      await saveAnswer(director.id, 'mfa-email', { value: 'yes' });
      await renameCycle(cycle.id, 'Autoévaluation 2026 (siège)');
      return exportBackup();
    });
    await on(b, async () => {
      await saveAnswer(director.id, 'mfa-email', {
        value: 'partly',
        note: 'Seulement la direction',
      });
      await renameCycle(cycle.id, 'Autoévaluation 2026 (antenne)');
      const preview = await previewRestore(fromA, 'merge');
      expect(preview.conflicts.map((c) => [c.kind, c.fields])).toEqual([
        ['cycles', ['name']],
        ['answers', ['answer', 'note']],
      ]);
      const answerConflict = preview.conflicts.find((c) => c.kind === 'answers');
      expect(answerConflict?.device).toMatchObject({ value: 'partly' });
      expect(answerConflict?.file).toMatchObject({ value: 'yes' });
      // the response's own fields did not change on either side: its answers are the conflicts
      expect(preview.counts.responses).toMatchObject({ conflicts: 0, unchanged: 2 });

      await restoreBackup(fromA, 'merge');
      expect(await answerOf(director.id, 'mfa-email')).toMatchObject({ value: 'partly' });
      expect((await database().cycles.get(cycle.id))?.name).toBe('Autoévaluation 2026 (antenne)');
    });
  });

  it('applies the person’s choice per record and for all, and does not ask again for the same copies', async () => {
    const { a, b, on, director, office, cycle } = await twoDevicesSharingACycle();
    const fromA = await on(a, async () => {
      await saveAnswer(director.id, 'mfa-email', { value: 'yes' });
      await saveAnswer(office.id, 'mfa-email', { value: 'yes' });
      await renameCycle(cycle.id, 'Nom choisi au siège');
      return exportBackup();
    });
    await on(b, async () => {
      await saveAnswer(director.id, 'mfa-email', { value: 'no', note: 'À vérifier' });
      await saveAnswer(office.id, 'mfa-email', { value: 'partly' });
      await renameCycle(cycle.id, 'Nom choisi à l’antenne');
      const preview = await previewRestore(fromA, 'merge');
      expect(preview.conflicts).toHaveLength(3);
      const directorConflict = preview.conflicts.find(
        (c) =>
          c.kind === 'answers' && 'responseId' in c.device && c.device.responseId === director.id,
      );
      // take the file's copy for everything except the director's answer
      const choices: Choices = {
        all: 'file',
        records: { [directorConflict?.id ?? '']: 'device' },
      };
      const summary = await restoreBackup(fromA, 'merge', choices);
      expect(summary).toMatchObject({ conflictsTaken: 2, conflictsKept: 1 });
      expect(await answerOf(director.id, 'mfa-email')).toMatchObject({
        value: 'no',
        note: 'À vérifier',
      });
      expect(await answerOf(office.id, 'mfa-email')).toMatchObject({ value: 'yes' });
      expect((await database().cycles.get(cycle.id))?.name).toBe('Nom choisi au siège');

      // the same backup again: every record has been decided, so nothing is asked or changed
      const again = await previewRestore(fromA, 'merge');
      expect(again.conflicts).toEqual([]);
      expect(again.counts.answers).toMatchObject({ updated: 0, added: 0, removed: 0 });
    });
    // and device A, seeing B's decisions, takes them without asking
    const fromB = await on(b, exportBackup);
    await on(a, async () => {
      const preview = await previewRestore(fromB, 'merge');
      expect(preview.conflicts).toEqual([]);
      await restoreBackup(fromB, 'merge');
      expect(await answerOf(director.id, 'mfa-email')).toMatchObject({ value: 'no' });
    });
  });

  it('never lets clocks decide: a copy from a device whose clock was years ahead is still older', async () => {
    const { a, b, on, director, shared } = await twoDevicesSharingACycle();
    // device A's clock said 2099 when it made the shared backup; B changed the answer since
    const skewed = reseal(shared, (copy) => {
      for (const answer of copy.answers) answer.answeredAt = '2099-12-31T23:59:00.000+05:00';
      for (const response of copy.responses) response.updatedAt = '2099-12-31T23:59:00.000Z';
    });
    await on(b, async () => {
      await saveAnswer(director.id, 'mfa-email', { value: 'partly' });
      const preview = await previewRestore(skewed, 'merge');
      expect(preview.counts.answers).toMatchObject({ updated: 0, kept: 1, conflicts: 0 });
      await restoreBackup(skewed, 'merge');
      expect(await answerOf(director.id, 'mfa-email')).toMatchObject({ value: 'partly' });
    });
    // and a newer copy stamped 1999 by a clock set back is still newer
    const backdated = await on(a, async () => {
      await saveAnswer(director.id, 'backup-exists', { value: 'yes' });
      return reseal(await exportBackup(), (copy) => {
        for (const answer of copy.answers) answer.answeredAt = '1999-01-01T00:00:00.000-08:00';
      });
    });
    await on(b, async () => {
      const preview = await previewRestore(backdated, 'merge');
      expect(preview.counts.answers.updated).toBeGreaterThanOrEqual(1);
      await restoreBackup(backdated, 'merge');
      expect(await answerOf(director.id, 'backup-exists')).toMatchObject({ value: 'yes' });
    });
  });

  it('removes an answer the other device cleared after it had this copy, and never brings back one cleared here', async () => {
    const { a, b, on, director, office } = await twoDevicesSharingACycle();
    const fromA = await on(a, async () => {
      await saveAnswer(director.id, 'mfa-email', null);
      return exportBackup();
    });
    await on(b, async () => {
      await saveAnswer(office.id, 'mfa-email', null);
      const preview = await previewRestore(fromA, 'merge');
      expect(preview.counts.answers).toMatchObject({ removed: 1, kept: 1, added: 0 });
      await restoreBackup(fromA, 'merge');
      expect(await answerOf(director.id, 'mfa-email')).toBeUndefined();
      expect(await answerOf(office.id, 'mfa-email')).toBeUndefined();
    });
  });

  it('adds what only the file has, and keeps what only this device has', async () => {
    const { a, b, on, cycle } = await twoDevicesSharingACycle();
    const fromA = await on(a, async () => {
      await editRoadmapItem(cycle.id, 'cybersecurity-baseline/rec:backups', { status: 'planned' });
      return exportBackup();
    });
    await on(b, async () => {
      await editRoadmapItem(cycle.id, 'cybersecurity-baseline/rec:patching', { status: 'done' });
      const preview = await previewRestore(fromA, 'merge');
      expect(preview.counts.roadmapEdits).toMatchObject({ added: 1, unchanged: 1, removed: 0 });
      await restoreBackup(fromA, 'merge');
      expect(await database().roadmapEdits.where('cycleId').equals(cycle.id).count()).toBe(3);
    });
  });

  it('treats copies that say the same as unchanged, whenever each was saved, and remembers both histories', async () => {
    const { a, b, on, office } = await twoDevicesSharingACycle();
    const fromA = await on(a, async () => {
      await saveAnswer(office.id, 'mfa-email', { value: 'yes' });
      return exportBackup();
    });
    await on(b, async () => {
      await saveAnswer(office.id, 'mfa-email', { value: 'yes' });
      const preview = await previewRestore(fromA, 'merge');
      expect(preview.conflicts).toEqual([]);
      expect(preview.counts.answers.updated).toBe(0);
      await restoreBackup(fromA, 'merge');
      const stored = await answerOf(office.id, 'mfa-email');
      // B's copy has now seen A's write too: A's backup is no longer newer in any way
      expect(Object.keys(stored?.revision?.vector ?? {})).toHaveLength(2);
    });
  });
});

describe('backups made before revisions (format 1)', () => {
  beforeEach(() => {
    freshDatabase();
  });

  /** A's backup as the previous version of Boussole wrote it: no revisions, format 1. */
  const asFormat1 = (backup: BackupFile) =>
    reseal(backup, (copy) => {
      copy.formatVersion = 1;
      for (const kind of ['cycles', 'responses', 'answers', 'roadmapEdits'] as const) {
        for (const record of copy[kind]) delete (record as { revision?: unknown }).revision;
      }
      if (copy.profile) delete copy.profile.revision;
    });

  it('still restore: what is the same stays, what is new is added, and anything that differs is a conflict', async () => {
    const { b, on, director, shared, cycle } = await twoDevicesSharingACycle();
    const old = asFormat1(shared);
    expect(old.formatVersion).toBe(1);
    await on(b, async () => {
      // this device changed an answer since; without revisions in the file, no one can tell which is newer
      await saveAnswer(director.id, 'mfa-email', { value: 'partly' });
      await editRoadmapItem(cycle.id, ROADMAP_ITEM, { owner: 'Priya' });
      const preview = await previewRestore(old, 'merge');
      expect(preview.conflicts.map((c) => c.kind).sort()).toEqual(['answers', 'roadmapEdits']);
      expect(preview.counts.answers.unchanged).toBeGreaterThan(10);
      await restoreBackup(old, 'merge', { all: 'file', records: {} });
      expect(await answerOf(director.id, 'mfa-email')).toMatchObject({ value: 'no' });
    });
    freshDatabase();
    await restoreBackup(old, 'merge');
    expect((await database().answers.count()) > 10).toBe(true);
  });
});

describe('what the preview says is what the restore writes', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it.each<[string, Choices]>([
    ['every conflict kept as on this device', keepThisDevice],
    ['every conflict taken from the file', { all: 'file', records: {} }],
  ])('in a merge with %s', async (_name, choices) => {
    const { a, b, on, director, office, cycle } = await twoDevicesSharingACycle();
    const fromA = await on(a, async () => {
      await saveAnswer(director.id, 'mfa-email', { value: 'yes' }); // conflict
      await saveAnswer(director.id, 'backup-exists', { value: 'yes' }); // newer in the file
      await saveAnswer(office.id, 'antimalware', null); // cleared in the file
      await submitResponse(office.id, true);
      await editRoadmapItem(cycle.id, 'cybersecurity-baseline/rec:new', { status: 'planned' }); // added
      await saveProfile({
        name: 'Centre d’accueil — siège',
        province: 'QC',
        communitySize: 'small-rural',
        staffBand: '6-15',
        services: ['settlement'],
        languages: ['fr'],
      });
      return exportBackup();
    });
    await on(b, async () => {
      await saveAnswer(director.id, 'mfa-email', { value: 'partly' });
      await renameRespondent(director.id, 'Direction générale'); // newer here
      await editRoadmapItem(cycle.id, ROADMAP_ITEM, { note: 'Voir avec le CA' }); // newer here
      const before = await snapshot();
      const preview = await previewRestore(fromA, 'merge');
      const summary = await restoreBackup(fromA, 'merge', choices);
      const changes = changesBetween(before, await snapshot());
      const taken = choices.all === 'file' ? preview.conflicts.length : 0;
      for (const kind of Object.keys(changes) as (keyof typeof changes)[]) {
        const counts = preview.counts[kind];
        const conflictsTakenHere = choices.all === 'file' ? counts.conflicts : 0;
        expect(changes[kind], kind).toEqual({
          added: counts.added,
          updated: counts.updated + conflictsTakenHere,
          removed: counts.removed,
        });
        expect(summary.written[kind], kind).toEqual(changes[kind]);
      }
      expect(summary.conflictsTaken).toBe(taken);
      expect(preview.conflicts.length).toBeGreaterThan(0);
    });
  });

  it('in a replace, counting what it removes and how many newer copies here it discards', async () => {
    const { b, on, director, shared, cycle } = await twoDevicesSharingACycle();
    await on(b, async () => {
      await saveAnswer(director.id, 'mfa-email', { value: 'partly' }); // newer here
      await editRoadmapItem(cycle.id, 'cybersecurity-baseline/rec:local', { status: 'done' }); // only here
      const before = await snapshot();
      const preview = await previewRestore(shared, 'replace');
      expect(preview.discardsNewer).toBe(1); // the answer changed here
      await restoreBackup(shared, 'replace');
      const changes = changesBetween(before, await snapshot());
      for (const kind of Object.keys(changes) as (keyof typeof changes)[]) {
        const { added, updated, removed } = preview.counts[kind];
        expect(changes[kind], kind).toEqual({ added, updated, removed });
      }
    });
  });
});

function reseal(backup: BackupFile, change: (copy: BackupFile) => void): BackupFile {
  const { checksum: _c, ...copy } = structuredClone(backup);
  change(copy as BackupFile);
  const parsed = parseBackup(JSON.parse(JSON.stringify(seal(copy))));
  if (!parsed.ok) throw new Error(`resealed backup refused: ${parsed.error.code}`);
  return parsed.value;
}
