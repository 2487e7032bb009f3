// @vitest-environment jsdom
// Deleting all data, or restoring a backup in "replace" mode, in this tab: Boussole's other tabs are
// told (the browser tells them of a deletion; this tab tells them of a replace), and typed drafts that
// would otherwise be recovered over the new data go.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { keepDraft, readDraft } from '../../../src/storage/typed-drafts';
import { BoussoleDatabase } from '../../../src/storage/database';
import { buildBackup } from '../../../src/storage/transfer/backup-file';
import { freshDatabase, renderApp } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';

const others: BoussoleDatabase[] = [];
const channels: BroadcastChannel[] = [];

afterEach(() => {
  cleanup();
  for (const db of others.splice(0)) db.close();
  for (const channel of channels.splice(0)) channel.close();
  localStorage.clear();
});

/** What another tab hears on the channel Boussole's tabs share for this database. */
function listenAsAnotherTab(name: string): unknown[] {
  const heard: unknown[] = [];
  const channel = new BroadcastChannel(`boussole-data:${name}`);
  channel.onmessage = (event) => heard.push(event.data);
  channels.push(channel);
  return heard;
}

async function restore(mode: 'Merge' | 'Replace') {
  const file = new File([JSON.stringify(await buildBackup())], 'boussole-backup.json', {
    type: 'application/json',
  });
  const user = userEvent.setup();
  renderApp('#/settings');
  await user.upload(await screen.findByLabelText('Restore from a backup file'), file);
  const preview = await screen.findByRole('region', { name: /What restoring/ });
  const choice = { name: new RegExp(`^${mode}:`) };
  await user.click(within(preview).getByRole('radio', choice));
  // Another mode is previewed again before anything can be restored.
  const previewOf = () => screen.getByRole('region', { name: /What restoring/ });
  await waitFor(() => {
    expect(within(previewOf()).getByRole('radio', choice)).toBeChecked();
  });
  const again = previewOf();
  await user.click(within(again).getByRole('button', { name: 'Restore' }));
  await screen.findByText('Backup restored.');
}

describe('telling the other tabs', () => {
  it('a restore in replace mode tells the other tabs, and drops the drafts typed before it', async () => {
    const db = freshDatabase();
    await seedCycle();
    keepDraft('note:response-1:mfa-email', 'typed before the restore');
    const heard = listenAsAnotherTab(db.name);
    await restore('Replace');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([{ change: 'replaced' }]);
    expect(readDraft('note:response-1:mfa-email')).toBeNull();
  });

  it('a merge tells nobody and keeps the drafts', async () => {
    const db = freshDatabase();
    await seedCycle();
    keepDraft('note:response-1:mfa-email', 'typed before the merge');
    const heard = listenAsAnotherTab(db.name);
    await restore('Merge');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([]);
    expect(readDraft('note:response-1:mfa-email')).toBe('typed before the merge');
  });

  it('deleting all data closes the other tabs’ connections through the browser', async () => {
    const db = freshDatabase();
    await seedCycle();
    const other = new BoussoleDatabase(db.name);
    others.push(other);
    await other.open();
    const otherSaw: (number | null)[] = [];
    other.on('versionchange', (event) => {
      otherSaw.push(event.newVersion);
    });
    const user = userEvent.setup();
    renderApp('#/settings');
    await user.click(
      await screen.findByRole('button', { name: 'Delete all data from this device' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'To confirm, type DELETE' }), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(
      await screen.findByText('All data has been deleted from this device.'),
    ).toBeInTheDocument();
    expect(otherSaw).toEqual([null]);
  });
});
