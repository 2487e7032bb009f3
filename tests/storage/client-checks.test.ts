// Anonymous client check records: what the database accepts, and that backups carry them.
import { beforeEach, describe, expect, it } from 'vitest';
import { addClientCheck, listClientChecks } from '../../src/storage/client-checks';
import { database } from '../../src/storage/database';
import { deleteAllData } from '../../src/storage/device-data';
import { DEVICE_ID_KEY } from '../../src/storage/device-id';
import { buildBackup, parseBackup } from '../../src/storage/transfer/backup-file';
import { previewRestore, restoreBackup } from '../../src/storage/transfer/restore-backup';
import { seal } from '../../src/storage/transfer/envelope';
import { freshDatabase } from '../support/app';
import { seedCycle } from '../support/cycle-fixture';

const record = (cycleId: string) =>
  ({
    cycleId,
    month: '2026-03',
    questionnaireId: 'newcomer-digital-skills',
    version: '1.0.0',
    language: 'ar',
    mode: 'client-mode',
    program: 'LINC',
    levels: { device: 'building', communicating: 'confident', safety: null },
  }) as const;

describe('anonymous client check records', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('keeps a check under its cycle with a random id and its revision, nothing else', async () => {
    const { cycle } = await seedCycle();
    const id = await addClientCheck(record(cycle.id));
    const device = (await database().settings.get(DEVICE_ID_KEY))?.value;
    expect(device).toMatch(/^[0-9a-f]{16}$/);
    expect(await listClientChecks(cycle.id)).toEqual([
      { id, ...record(cycle.id), revision: { vector: { [String(device)]: 1 }, by: device } },
    ]);
  });

  it('refuses a record with anything beyond the anonymous fields, and a day instead of a month', async () => {
    const { cycle } = await seedCycle();
    await expect(
      addClientCheck({ ...record(cycle.id), name: 'Amal' } as unknown as ReturnType<typeof record>),
    ).rejects.toThrow();
    await expect(addClientCheck({ ...record(cycle.id), month: '2026-03-14' })).rejects.toThrow();
    expect(await database().clientChecks.count()).toBe(0);
  });

  it('travels in backups: backup, wipe, restore gives the same records back', async () => {
    const { cycle } = await seedCycle();
    await addClientCheck(record(cycle.id));
    await addClientCheck({ ...record(cycle.id), language: 'es', mode: 'read-aloud' });
    const before = await listClientChecks(cycle.id);
    const backup = parseBackup(JSON.parse(JSON.stringify(await buildBackup())) as unknown);
    if (!backup.ok) throw new Error(backup.error.code);
    await deleteAllData();
    expect((await previewRestore(backup.value, 'merge')).counts.clientChecks).toMatchObject({
      added: 2,
      conflicts: 0,
    });
    await restoreBackup(backup.value, 'merge');
    const sortById = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await listClientChecks(cycle.id))).toEqual(sortById(before));
    // Restoring the same backup again finds every check already here.
    expect((await previewRestore(backup.value, 'merge')).counts.clientChecks).toMatchObject({
      added: 0,
      unchanged: 2,
    });
  });

  it('still restores a backup made before client checks existed, keeping the checks on this device', async () => {
    const { cycle } = await seedCycle();
    const { clientChecks: _none, checksum: _old, ...older } = await buildBackup();
    const parsed = parseBackup(seal(older));
    if (!parsed.ok) throw new Error(parsed.error.code);
    await addClientCheck(record(cycle.id));
    const kept = await listClientChecks(cycle.id);
    const plan = await previewRestore(parsed.value, 'merge');
    expect(plan.counts.clientChecks).toMatchObject({ added: 0, removed: 0, conflicts: 0 });
    await restoreBackup(parsed.value, 'merge');
    expect(await listClientChecks(cycle.id)).toEqual(kept);
  });

  it('refuses a backup whose check belongs to a cycle the file does not hold', async () => {
    const { cycle } = await seedCycle();
    await addClientCheck(record(cycle.id));
    const { checksum: _old, ...content } = await buildBackup();
    const parsed = parseBackup(
      seal({ ...content, cycles: [], responses: [], answers: [], roadmapEdits: [] }),
    );
    expect(parsed.ok ? 'accepted' : parsed.error.code).toBe('inconsistent-backup');
  });
});
