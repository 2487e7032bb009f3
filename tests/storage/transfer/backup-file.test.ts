import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/storage/database';
import { countStored, deleteAllData } from '../../../src/storage/device-data';
import { createCycle } from '../../../src/storage/cycles';
import { saveAnswer } from '../../../src/storage/responses';
import { seal } from '../../../src/storage/transfer/envelope';
import {
  buildBackup,
  parseBackup,
  type BackupFile,
} from '../../../src/storage/transfer/backup-file';
import { previewRestore, restoreBackup } from '../../../src/storage/transfer/restore-backup';
import { parseJsonText } from '../../../src/storage/transfer/read-file';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';

/** Everything stored, in a stable order, to compare devices. */
async function snapshot() {
  const db = database();
  const byKey = <T>(rows: T[], key: (row: T) => string) =>
    [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    profile: await db.profile.toArray(),
    cycles: byKey(await db.cycles.toArray(), (c) => c.id),
    responses: byKey(await db.responses.toArray(), (r) => r.id),
    answers: byKey(await db.answers.toArray(), (a) => `${a.responseId}/${a.questionId}`),
    roadmapEdits: byKey(await db.roadmapEdits.toArray(), (e) => `${e.cycleId}/${e.itemKey}`),
  };
}

/** A backup as it travels: written to text and read back. */
async function backupThroughText(): Promise<BackupFile> {
  const text = JSON.stringify(await buildBackup());
  const raw = parseJsonText(text);
  if (!raw.ok) throw new Error('backup text does not parse');
  const parsed = parseBackup(raw.value);
  if (!parsed.ok)
    throw new Error(`backup refused: ${parsed.error.code} ${JSON.stringify(parsed.error.details)}`);
  return parsed.value;
}

describe('backup and restore', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('backup, wipe, restore gives back identical data', async () => {
    await seedCycle();
    const before = await snapshot();
    const backup = await backupThroughText();
    await deleteAllData();
    expect((await countStored()).answers).toBe(0);

    expect((await previewRestore(backup, 'replace')).counts).toMatchObject({
      cycles: { added: 1, updated: 0, unchanged: 0, removed: 0 },
      responses: { added: 2 },
    });
    await restoreBackup(backup, 'replace');
    expect(await snapshot()).toEqual(before);
  });

  it('restores on another device (a fresh database)', async () => {
    await seedCycle();
    const before = await snapshot();
    const backup = await backupThroughText();
    freshDatabase();
    await restoreBackup(backup, 'merge');
    expect(await snapshot()).toEqual(before);
  });

  it('previews a merge: new records added, a copy changed here since the backup kept, nothing removed', async () => {
    const { director } = await seedCycle();
    const backup = await backupThroughText();
    await saveAnswer(director.id, 'mfa-email', { value: 'yes' }); // changed on this device after the backup
    await createCycle('Cycle local', [{ id: 'digital-maturity', version: '1.0.0' }]);
    const preview = await previewRestore(backup, 'merge');
    expect(preview.counts.cycles).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
      kept: 0,
      conflicts: 0,
      removed: 0,
    });
    expect(preview.counts.answers).toMatchObject({ updated: 0, kept: 1, conflicts: 0 });
    expect(preview.conflicts).toEqual([]);
    await restoreBackup(backup, 'merge');
    const answer = await database().answers.get([director.id, 'mfa-email']);
    expect(answer?.value).toBe('yes');
    expect((await countStored()).cycles).toBe(2);
  });

  it('previews a replace, counting what it removes', async () => {
    await seedCycle();
    const backup = await backupThroughText();
    await createCycle('Cycle local', [{ id: 'digital-maturity', version: '1.0.0' }]);
    expect((await previewRestore(backup, 'replace')).counts.cycles).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 1,
      removed: 1,
    });
    await restoreBackup(backup, 'replace');
    expect((await countStored()).cycles).toBe(1);
  });

  it('refuses a backup whose records point at something missing, before anything is written', async () => {
    await seedCycle();
    const { checksum: _c, ...backup } = await buildBackup();
    const broken = seal({ ...backup, cycles: [] });
    expect(parseBackup(JSON.parse(JSON.stringify(broken)))).toMatchObject({
      ok: false,
      error: { code: 'inconsistent-backup' },
    });
  });

  it('refuses a backup nested thousands of levels deep with a typed reason instead of crashing', async () => {
    await seedCycle();
    const { checksum: _c, ...backup } = await buildBackup();
    const depth = 50_000;
    const text = JSON.stringify(seal({ ...backup, roadmapEdits: [] })).replace(
      '"roadmapEdits":[]',
      `"roadmapEdits":${'['.repeat(depth)}${']'.repeat(depth)}`,
    );
    const raw = parseJsonText(text);
    expect(raw.ok).toBe(true);
    expect(parseBackup(raw.ok ? raw.value : null)).toMatchObject({
      ok: false,
      error: { code: 'invalid-structure', details: { problem: 'too-deep' } },
    });
  });

  it('never half-applies: a failure in the middle of a restore leaves the device as it was', async () => {
    await seedCycle();
    const backup = await backupThroughText();
    await deleteAllData();
    await createCycle('Cycle local', [{ id: 'digital-maturity', version: '1.0.0' }]);
    const before = await snapshot();
    const db = database();
    const failOnAnswers = () => {
      throw new Error('disk failure while writing answers');
    };
    db.answers.hook('creating', failOnAnswers);
    await expect(restoreBackup(backup, 'replace')).rejects.toThrow('disk failure');
    db.answers.hook('creating').unsubscribe(failOnAnswers);
    expect(await snapshot()).toEqual(before);
  });
});
