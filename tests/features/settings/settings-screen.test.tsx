// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../../src/storage/cycles';
import { countStored } from '../../../src/storage/device-data';
import { freshDatabase, renderApp } from '../../support/app';

describe('data and settings', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows what is stored and deletes it only after the confirmation word is typed', async () => {
    await createCycle('2026 annual self-assessment', [
      { id: 'digital-maturity', version: '1.0.0' },
    ]);
    const user = userEvent.setup();
    renderApp('#/settings');
    // the settings screen loads on demand: its first render takes a while in jsdom
    expect(
      await screen.findByRole('row', { name: 'Assessment cycles 1' }, { timeout: 5_000 }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete all data from this device' }));
    await user.type(screen.getByRole('textbox', { name: 'To confirm, type DELETE' }), 'delete');
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(
      await screen.findByText('Type DELETE in capital letters to confirm.'),
    ).toBeInTheDocument();
    expect((await countStored()).cycles).toBe(1);

    await user.clear(screen.getByRole('textbox', { name: 'To confirm, type DELETE' }));
    await user.type(screen.getByRole('textbox', { name: 'To confirm, type DELETE' }), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(
      await screen.findByText('All data has been deleted from this device.'),
    ).toBeInTheDocument();
    expect((await countStored()).cycles).toBe(0);
  });
});
