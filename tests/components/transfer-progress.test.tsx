// @vitest-environment jsdom
// The progress of reading or restoring a file: a bar named after the step and the file, the count
// of records written once it is known, and a Cancel button a keyboard reaches.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TransferProgress } from '../../src/components/TransferProgress';
import { renderWithI18n } from '../support/app';

describe('the progress of a file being read or restored', () => {
  afterEach(cleanup);

  it('names its bar after the step and the file, and has no value while the step cannot say how far it is', async () => {
    renderWithI18n(
      <TransferProgress
        file="boussole-backup.json"
        progress={{ stage: 'checking', done: 0, total: 0 }}
        onCancel={() => undefined}
      />,
    );
    const bar = await screen.findByRole('progressbar', {
      name: 'Checking boussole-backup.json…',
    });
    expect(bar).not.toHaveAttribute('value');
  });

  it('says how many records are written, of how many, in the reader’s language', async () => {
    renderWithI18n(
      <TransferProgress
        file="sauvegarde.json"
        progress={{ stage: 'writing', done: 5000, total: 200_000 }}
        onCancel={() => undefined}
      />,
      'fr',
    );
    const bar = await screen.findByRole('progressbar', {
      name: 'Restauration de sauvegarde.json…',
    });
    expect(bar).toHaveAttribute('max', '200000');
    expect(bar).toHaveAttribute('value', '5000');
    expect(bar.getAttribute('aria-valuetext')).toMatch(/^5\s000 éléments sur 200\s000$/);
  });

  it('can be cancelled from the keyboard alone, and says that cancelling changes nothing', async () => {
    const onCancel = vi.fn();
    renderWithI18n(
      <TransferProgress
        file="boussole-backup.json"
        progress={{ stage: 'reading', done: 0, total: 0 }}
        onCancel={onCancel}
      />,
    );
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    const user = userEvent.setup();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Cancelling changes nothing on this device.')).toBeInTheDocument();
  });
});
