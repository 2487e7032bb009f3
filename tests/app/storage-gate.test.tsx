// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { BoussoleDatabase, setDatabase } from '../../src/storage/database';
import { useStorageStore } from '../../src/state/storage-store';
import { renderApp } from '../support/app';

/** An IndexedDB that refuses to open, as some locked-down private modes do. */
const refusingIndexedDB = {
  open: () => {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  },
  deleteDatabase: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  cmp: () => 0,
  databases: () => Promise.resolve([]),
} as unknown as IDBFactory;

describe('when this browser cannot keep data', () => {
  afterEach(() => {
    cleanup();
    useStorageStore.setState({ mode: 'checking' }, true);
  });

  it('explains it in plain words and offers a read-only demo instead of a blank screen', async () => {
    setDatabase(new BoussoleDatabase('refused', { indexedDB: refusingIndexedDB, IDBKeyRange }));
    const user = userEvent.setup();
    renderApp('#/');
    expect(
      await screen.findByRole('heading', { name: 'This browser cannot keep your data' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/private browsing can do this/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Explore the read-only demo' }));
    expect(await screen.findByText(/Nothing can be changed or saved here/)).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Demo / Démo 2026' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Read-only: this cycle is closed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start answering' })).toBeNull();
  });

  it('explains it in French too', async () => {
    setDatabase(new BoussoleDatabase('refused-fr', { indexedDB: refusingIndexedDB, IDBKeyRange }));
    renderApp('#/', 'fr');
    expect(
      await screen.findByRole('heading', {
        name: 'Ce navigateur ne peut pas conserver vos données',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Explorer la démonstration en lecture seule' }),
    ).toBeInTheDocument();
  });
});
