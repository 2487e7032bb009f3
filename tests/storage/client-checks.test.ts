// Anonymous client check records: what the database accepts, and that backups carry them.
import { beforeEach, describe, expect, it } from 'vitest';
import { addClientCheck, listClientChecks } from '../../src/storage/client-checks';
import { database } from '../../src/storage/database';
import { deleteAllData } from '../../src/storage/device-data';
import {
  buildBackup,
  parseBackup,
  previewRestore,
  restoreBackup,
} from '../../src/storage/transfer/backup-file';
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

  it('keeps a check under its cycle with a random id and nothing else', async () => {
    const { cycle } = await seedCycle();
    const id = await addClientCheck(record(cycle.id));
    expect(await listClientChecks(cycle.id)).toEqual([{ id, ...record(cycle.id) }]);
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
    expect((await previewRestore(backup.value, 'merge')).clientChecks).toMatchObject({ added: 2 });
    await restoreBackup(backup.value, 'merge');
    const sortById = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await listClientChecks(cycle.id))).toEqual(sortById(before));
  });

  it('still restores a backup made before client checks existed', async () => {
    await seedCycle();
    const { clientChecks: _none, checksum: _old, ...older } = await buildBackup();
    const parsed = parseBackup(seal(older));
    expect(parsed.ok).toBe(true);
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
