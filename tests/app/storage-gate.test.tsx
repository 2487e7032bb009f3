// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { BoussoleDatabase, setDatabase } from '../../src/storage/database';
import { declareSchema } from '../../src/storage/schema-versions';
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

describe('when an older Boussole in another tab holds the database open', () => {
  afterEach(() => {
    cleanup();
    useStorageStore.setState({ mode: 'checking' }, true);
  });

  it('says the update waits for the other tab, instead of "Loading…" alone, and opens once it closes', async () => {
    const name = `boussole-blocked-${Math.random().toString(36).slice(2)}`;
    const olderTab = new Dexie(name);
    declareSchema(olderTab, 1);
    await olderTab.open();
    // An older tab that does not let go of the database (it ignores the request to close).
    olderTab.on('versionchange', () => false);
    setDatabase(new BoussoleDatabase(name));
    renderApp('#/');
    expect(
      await screen.findByText(
        'Boussole is being updated. Close its other tabs to let the update finish.',
      ),
    ).toHaveAttribute('role', 'status');

    olderTab.close();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Boussole' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Close its other tabs/)).toBeNull();
  });
});
