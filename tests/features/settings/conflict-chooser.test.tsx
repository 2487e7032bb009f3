// @vitest-environment jsdom
// Restoring another device's backup when both devices changed the same records: the person sees both
// copies in words and chooses, per record or for all.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renameCycle } from '../../../src/storage/cycles';
import { database, setDatabase } from '../../../src/storage/database';
import { saveAnswer } from '../../../src/storage/responses';
import { buildBackup, type BackupFile } from '../../../src/storage/transfer/backup-file';
import { seal } from '../../../src/storage/transfer/envelope';
import { restoreBackup } from '../../../src/storage/transfer/restore-backup';
import { freshDatabase, renderApp } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';

const slow = { timeout: 5_000 };
const asFile = (backup: unknown, name = 'siege.json') =>
  new File([JSON.stringify(backup)], name, { type: 'application/json' });

/** Device A and device B share a cycle; both then change the director's MFA answer and the cycle name. */
async function bothDevicesChangedTheSameRecords() {
  const a = freshDatabase();
  const { director, cycle } = await seedCycle();
  const shared = JSON.parse(JSON.stringify(await buildBackup())) as BackupFile;
  const b = freshDatabase();
  await restoreBackup(shared, 'merge');
  setDatabase(a);
  await saveAnswer(director.id, 'mfa-email', { value: 'yes', note: 'Activé pour tout le monde' });
  await renameCycle(cycle.id, 'Autoévaluation 2026 — siège');
  const fromA = JSON.parse(JSON.stringify(await buildBackup())) as BackupFile;
  setDatabase(b);
  await saveAnswer(director.id, 'mfa-email', { value: 'partly' });
  await renameCycle(cycle.id, 'Autoévaluation 2026 — antenne');
  return { director, cycle, fromA };
}

async function openPreview(file: File) {
  const user = userEvent.setup();
  renderApp('#/settings');
  await user.upload(await screen.findByLabelText('Restore from a backup file', {}, slow), file);
  const preview = await screen.findByRole('region', { name: /^What restoring/ }, slow);
  return { user, preview };
}

describe('choosing between two changed copies', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows both copies side by side in words, keeping this device’s by default', async () => {
    const { fromA } = await bothDevicesChangedTheSameRecords();
    const { preview } = await openPreview(asFile(fromA));

    expect(
      within(preview).getByRole('heading', { name: '2 records changed both here and in the file' }),
    ).toBeInTheDocument();
    const answer = within(preview).getByRole('group', {
      name: /^Answer by Directrice générale to “.+” \(cycle “Autoévaluation 2026 — antenne”\)$/,
    });
    // the answers read as the respondent saw them, once the questionnaire is loaded
    await within(answer).findByText('Partly', {}, slow);
    const rows = within(answer)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toContainEqual(['Answer', 'Partly', 'Yes']);
    expect(rows).toContainEqual(['Note', 'No note', 'Activé pour tout le monde']);
    expect(within(answer).getByRole('radio', { name: 'Keep this device’s copy' })).toBeChecked();
    expect(within(answer).getByRole('radio', { name: 'Take the file’s copy' })).not.toBeChecked();

    const cycle = within(preview).getByRole('group', {
      name: 'Cycle “Autoévaluation 2026 — antenne”',
    });
    expect(
      within(cycle)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toContainEqual('NameAutoévaluation 2026 — antenneAutoévaluation 2026 — siège');
  });

  it('restores with a choice per record: the file’s answer, this device’s cycle name', async () => {
    const { fromA, director, cycle } = await bothDevicesChangedTheSameRecords();
    const { user, preview } = await openPreview(asFile(fromA));
    const answer = within(preview).getByRole('group', { name: /^Answer by Directrice générale/ });
    await user.click(within(answer).getByRole('radio', { name: 'Take the file’s copy' }));
    expect(
      within(preview).getByText(
        'The file’s copy will be taken for 1 of 2; this device’s copy is kept for the others.',
      ),
    ).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Restore with these choices' }));
    expect(await screen.findByText('Backup restored.')).toBeInTheDocument();
    expect(await database().answers.get([director.id, 'mfa-email'])).toMatchObject({
      value: 'yes',
      note: 'Activé pour tout le monde',
    });
    expect((await database().cycles.get(cycle.id))?.name).toBe('Autoévaluation 2026 — antenne');
  });

  it('takes the file’s copy of every record with one button', async () => {
    const { fromA, director, cycle } = await bothDevicesChangedTheSameRecords();
    const { user, preview } = await openPreview(asFile(fromA));
    await user.click(
      within(preview).getByRole('button', { name: 'Take the file’s copy of every one' }),
    );
    for (const radio of within(preview).getAllByRole('radio', { name: 'Take the file’s copy' }))
      expect(radio).toBeChecked();
    await user.click(within(preview).getByRole('button', { name: 'Restore with these choices' }));
    expect(await screen.findByText('Backup restored.')).toBeInTheDocument();
    expect(await database().answers.get([director.id, 'mfa-email'])).toMatchObject({
      value: 'yes',
    });
    expect((await database().cycles.get(cycle.id))?.name).toBe('Autoévaluation 2026 — siège');
  });

  it('says when a device clock was wrong, and marks the dates that cannot be right', async () => {
    const { fromA } = await bothDevicesChangedTheSameRecords();
    const { checksum: _c, ...content } = fromA;
    for (const answer of content.answers) answer.answeredAt = '2099-06-01T10:00:00.000-04:00';
    const { preview } = await openPreview(asFile(seal(content)));
    expect(
      within(preview).getByText(
        /records in this file have a date before 2000 or more than a day ahead/,
      ),
    ).toBeInTheDocument();
    const answer = within(preview).getByRole('group', { name: /^Answer by Directrice générale/ });
    expect(
      within(answer).getByText(/cannot be right: that device’s clock was probably wrong/),
    ).toBeInTheDocument();
  });

  it('cancelling the preview changes nothing', async () => {
    const { fromA, director } = await bothDevicesChangedTheSameRecords();
    const { user, preview } = await openPreview(asFile(fromA));
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /^What restoring/ })).not.toBeInTheDocument();
    expect(await database().answers.get([director.id, 'mfa-email'])).toMatchObject({
      value: 'partly',
    });
  });
});
