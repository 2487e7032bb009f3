import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/storage/database';
import { countStored, deleteAllData } from '../../../src/storage/device-data';
import { createCycle } from '../../../src/storage/cycles';
import { saveAnswer } from '../../../src/storage/responses';
import { updateOwnAction } from '../../../src/storage/own-actions';
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
import { planRoadmap } from '../../support/roadmap-planning';

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
    ownActions: byKey(await db.ownActions.toArray(), (a) => `${a.cycleId}/${a.id}`),
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

  it("carries leadership's pins, estimates and funding, and the own actions, through a backup", async () => {
    const { cycle } = await seedCycle();
    await planRoadmap(cycle.id);
    const before = await snapshot();
    expect(before.ownActions).toHaveLength(2);
    const backup = await backupThroughText();
    freshDatabase();
    expect((await previewRestore(backup, 'merge')).counts.ownActions).toMatchObject({
      added: 2,
      updated: 0,
      conflicts: 0,
    });
    await restoreBackup(backup, 'merge');
    expect(await snapshot()).toEqual(before);
  });

  it('keeps an own action changed on this device since the backup on a merge, and removes one the backup lacks on a replace', async () => {
    const { cycle } = await seedCycle();
    const { laptops } = await planRoadmap(cycle.id);
    const backup = await backupThroughText();
    await updateOwnAction(cycle.id, laptops.id, { status: 'done' });
    expect((await previewRestore(backup, 'merge')).counts.ownActions).toMatchObject({
      updated: 0,
      kept: 1,
      unchanged: 1,
      conflicts: 0,
    });
    await restoreBackup(backup, 'merge');
    expect((await database().ownActions.get([cycle.id, laptops.id]))?.status).toBe('done');

    await database().ownActions.delete([cycle.id, laptops.id]);
    await database().ownActions.add({ ...laptops, id: 'local-only', title: 'Local' });
    expect((await previewRestore(backup, 'replace')).counts.ownActions).toMatchObject({
      added: 1,
      removed: 1,
    });
  });

  it('restores a backup written before own actions existed (format 1)', async () => {
    await seedCycle();
    const { checksum: _c, ownActions: _o, ...current } = await buildBackup();
    const older = seal({ ...current, formatVersion: 1 });
    freshDatabase();
    const parsed = parseBackup(JSON.parse(JSON.stringify(older)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.ownActions).toEqual([]);
    await restoreBackup(parsed.value, 'merge');
    expect((await countStored()).cycles).toBe(1);
  });

  it('refuses a backup with an own action of no cycle, or an estimate written highest first', async () => {
    const { cycle } = await seedCycle();
    await planRoadmap(cycle.id);
    const { checksum: _c, ...backup } = await buildBackup();
    const [first, ...rest] = backup.ownActions;
    const orphan = seal({ ...backup, ownActions: [{ ...first!, cycleId: 'elsewhere' }, ...rest] });
    expect(parseBackup(JSON.parse(JSON.stringify(orphan)))).toMatchObject({
      ok: false,
      error: { code: 'inconsistent-backup', details: { context: 'ownActions' } },
    });
    const backwards = seal({
      ...backup,
      ownActions: [{ ...first!, cost: { oneTime: { min: 2600, max: 1800 } } }, ...rest],
    });
    expect(parseBackup(JSON.parse(JSON.stringify(backwards)))).toMatchObject({
      ok: false,
      error: { code: 'inconsistent-backup', details: { context: 'costs' } },
    });
  });
});
