// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countStored, deleteAllData } from '../../../src/storage/device-data';
import { buildBackup } from '../../../src/storage/transfer/backup-file';
import { freshDatabase, renderApp } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';
import { snapshot } from '../../support/device-snapshot';
import { backupFile, slowFile } from '../../support/transfer';

// The settings screen and its restore panel load on demand: the first render takes a while in jsdom.
const slow = { timeout: 5_000 };

describe('backup and restore in settings', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('restores a backup after showing what would change', async () => {
    await seedCycle();
    const file = new File([JSON.stringify(await buildBackup())], 'boussole-backup.json', {
      type: 'application/json',
    });
    const before = await countStored();
    await deleteAllData();
    const user = userEvent.setup();
    renderApp('#/settings');

    await user.upload(await screen.findByLabelText('Restore from a backup file', {}, slow), file);
    const preview = await screen.findByRole('region', {
      name: 'What restoring boussole-backup.json would change',
    });
    const rows = within(preview).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toContain(`Answers${before.answers}00000`);
    expect(await countStored()).toEqual({
      profile: 0,
      cycles: 0,
      responses: 0,
      answers: 0,
      roadmapEdits: 0,
      ownActions: 0,
      clientChecks: 0,
    });

    await user.click(within(preview).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Backup restored.')).toBeInTheDocument();
    expect(await countStored()).toEqual(before);
  });

  it('refuses a file that is not a backup, saying why, and changes nothing', async () => {
    await seedCycle();
    const before = await countStored();
    const user = userEvent.setup();
    renderApp('#/settings', 'fr');
    await user.upload(
      await screen.findByLabelText('Restaurer à partir d’une copie de sauvegarde', {}, slow),
      new File(
        ['{"format":"boussole-backup","formatVersion":3,"checksum":"x"}'],
        'sauvegarde.json',
      ),
    );
    const said = await screen.findByText(
      /^sauvegarde\.json : Ce fichier a été créé par une version plus récente de Boussole : mettez d’abord cette copie à jour/,
    );
    expect(said.closest('[role="alert"]')).not.toBeNull();
    // The format numbers are for whoever helps, behind "Détails techniques".
    expect(said.textContent).not.toMatch(/\d/);
    expect(screen.getByText('Détails techniques')).toBeInTheDocument();
    expect(await countStored()).toEqual(before);
  });

  it('shows the file being read, and cancelling it from the keyboard leaves this device as it was', async () => {
    await seedCycle();
    const other = slowFile(await backupFile('autre-appareil.json'));
    freshDatabase();
    await seedCycle();
    const before = await snapshot();
    const user = userEvent.setup();
    renderApp('#/settings');

    const input = await screen.findByLabelText('Restore from a backup file', {}, slow);
    await user.upload(input, other.file);
    expect(
      await screen.findByRole('progressbar', { name: 'Reading autre-appareil.json…' }),
    ).toBeInTheDocument();
    expect(input).toBeDisabled();
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    other.release();

    expect(
      await screen.findByText('Restore stopped. Nothing was changed on this device.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^What restoring/ })).not.toBeInTheDocument();
    expect(input).toBeEnabled();
    expect(await snapshot()).toEqual(before);
  });
});
