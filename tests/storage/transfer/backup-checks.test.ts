// Backups are checked like response files: what this copy of Boussole cannot use is counted in the
// preview (and restored as it is, never dropped); a file holding the same record twice is refused.
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/storage/database';
import { countStored } from '../../../src/storage/device-data';
import { saveAnswer } from '../../../src/storage/responses';
import { buildBackup, type BackupFile } from '../../../src/storage/transfer/backup-file';
import { seal } from '../../../src/storage/transfer/envelope';
import type { Choices } from '../../../src/storage/transfer/plan-restore';
import type { BackupPreview } from '../../../src/storage/transfer/transfer-core';
import { startTransferSession } from '../../../src/storage/transfer/transfer-session';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';
import { changesBetween, snapshot } from '../../support/device-snapshot';

type Content = Omit<BackupFile, 'checksum'>;

/** This device's backup, changed as another program (or a newer Boussole) might have written it. */
async function backupFile(change: (content: Content) => void = () => undefined): Promise<File> {
  const { checksum: _c, ...content } = structuredClone(await buildBackup());
  change(content);
  return new File([JSON.stringify(seal(content))], 'sauvegarde.json');
}

async function preview(file: File): Promise<BackupPreview> {
  const opened = await startTransferSession(() => undefined).openBackup(file, 'merge');
  if (!opened.ok) throw new Error(`refused: ${opened.error.code}`);
  return opened.value;
}

/** A response on version 9.0.0 of the cybersecurity baseline, which this copy does not ship. */
function addResponseOnUnshippedVersion(content: Content) {
  const cycle = content.cycles[0]!;
  content.cycles.push({
    ...cycle,
    id: 'cycle-from-the-future',
    name: 'Cycle 2030',
    questionnaires: [{ id: 'cybersecurity-baseline', version: '9.0.0' }],
  });
  const template = content.responses[0]!;
  content.responses.push({
    ...template,
    id: 'response-from-the-future',
    cycleId: 'cycle-from-the-future',
    version: '9.0.0',
  });
  for (const questionId of ['mfa-email', 'quantum-keys', 'ai-policy'])
    content.answers.push({
      responseId: 'response-from-the-future',
      questionId,
      value: 'yes',
      answeredAt: template.updatedAt,
    });
}

describe('checking a backup before restoring it', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('counts responses and cycles on a questionnaire version this copy does not ship, and restores them as they are', async () => {
    await seedCycle();
    const file = await backupFile(addResponseOnUnshippedVersion);
    freshDatabase();
    const seen = await preview(file);
    expect(seen.findings).toEqual({
      unknownVersionResponses: 1,
      unknownVersionAnswers: 3,
      unknownVersionCycles: 1,
      unfittingAnswers: 0,
    });
    const session = startTransferSession(() => undefined);
    await session.openBackup(file, 'merge');
    await session.restoreBackup('merge', { all: 'device', records: {} });
    expect(await database().responses.get('response-from-the-future')).toMatchObject({
      version: '9.0.0',
    });
    expect(
      await database().answers.where('responseId').equals('response-from-the-future').count(),
    ).toBe(3);
  });

  it('counts a response whose questionnaire text differs from the shipped one as on an unknown version', async () => {
    await seedCycle();
    const file = await backupFile((content) => {
      content.responses[0]!.contentHash = 'b'.repeat(64);
    });
    const seen = await preview(file);
    expect(seen.findings.unknownVersionResponses).toBe(1);
    expect(seen.findings.unknownVersionAnswers).toBeGreaterThan(10);
  });

  it('counts answers that fit no question of their version: unknown questions and impossible values', async () => {
    const { director } = await seedCycle();
    const file = await backupFile((content) => {
      const stamp = content.exportedAt;
      content.answers.push({
        responseId: director.id,
        questionId: 'no-such-question',
        value: 'yes',
        answeredAt: stamp,
      });
      const noteOnly = content.answers.find(
        (a) => a.responseId === director.id && a.questionId === 'restore-tested',
      )!;
      delete noteOnly.value;
      delete noteOnly.special;
      noteOnly.note = 'Jamais essayé';
      const mfa = content.answers.find(
        (a) => a.responseId === director.id && a.questionId === 'mfa-email',
      )!;
      mfa.value = 'sometimes';
    });
    freshDatabase();
    expect((await preview(file)).findings).toEqual({
      unknownVersionResponses: 0,
      unknownVersionAnswers: 0,
      unknownVersionCycles: 0,
      unfittingAnswers: 2, // a note alone, on a question that exists, fits
    });
  });

  it.each([
    ['cycles', (c: Content) => c.cycles.push({ ...c.cycles[0]!, name: 'Copie' })],
    ['responses', (c: Content) => c.responses.push({ ...c.responses[0]!, respondent: 'Autre' })],
    ['answers', (c: Content) => c.answers.push({ ...c.answers[0]!, value: 'no' })],
    ['roadmapEdits', (c: Content) => c.roadmapEdits.push({ ...c.roadmapEdits[0]!, owner: 'X' })],
  ] as const)(
    'refuses a backup holding the same %s twice, and changes nothing',
    async (kind, twice) => {
      await seedCycle();
      const file = await backupFile(twice);
      const before = await countStored();
      const opened = await startTransferSession(() => undefined).openBackup(file, 'merge');
      expect(opened).toMatchObject({
        ok: false,
        error: { code: 'duplicate-records', details: { context: kind } },
      });
      expect(await countStored()).toEqual(before);
    },
  );
});

describe('the preview’s counts are what the restore writes', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it.each<[string, Choices]>([
    ['keeping this device’s copy of every conflict', { all: 'device', records: {} }],
    ['taking the file’s copy of every conflict', { all: 'file', records: {} }],
  ])('with unshipped versions, unfitting answers and conflicts, %s', async (_name, choices) => {
    const { director, office } = await seedCycle();
    const file = await backupFile((content) => {
      addResponseOnUnshippedVersion(content);
      content.answers.push({
        responseId: office.id,
        questionId: 'no-such-question',
        value: 'yes',
        answeredAt: content.exportedAt,
      });
      // changed in the file without a revision: a conflict with this device's copy
      const mfa = content.answers.find(
        (a) => a.responseId === director.id && a.questionId === 'mfa-email',
      )!;
      mfa.value = 'yes';
      delete mfa.revision;
    });
    await saveAnswer(director.id, 'backup-exists', { value: 'yes' }); // newer here
    const before = await snapshot();
    const session = startTransferSession(() => undefined);
    const opened = await session.openBackup(file, 'merge');
    if (!opened.ok) throw new Error(opened.error.code);
    const { counts, conflictCount } = opened.value;
    expect(conflictCount).toBe(1);
    const summary = await session.restoreBackup('merge', choices);
    const changes = changesBetween(before, await snapshot());
    for (const kind of Object.keys(changes) as (keyof typeof changes)[]) {
      const taken = choices.all === 'file' ? counts[kind].conflicts : 0;
      expect(changes[kind], kind).toEqual({
        added: counts[kind].added,
        updated: counts[kind].updated + taken,
        removed: counts[kind].removed,
      });
      expect(summary.written[kind], kind).toEqual(changes[kind]);
    }
    expect(counts.answers.added).toBe(4); // three on the unshipped version, one unfitting
    expect(counts.answers.kept).toBe(1);
  });
});
