// @vitest-environment jsdom
// What the person is told when a change cannot be saved: what actually happened, in plain words, with
// the browser's own error text only behind "Technical details".
import { act, cleanup, screen, within } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../src/app/Notices';
import { RecordMissingError } from '../../src/storage/record-missing';
import { useNoticeStore } from '../../src/state/notice-store';
import { attemptSave, saveQuietly } from '../../src/state/save';
import { useSaveStatus } from '../../src/state/save-status';
import { useStorageStore } from '../../src/state/storage-store';
import { renderWithI18n } from '../support/app';

const failWith = (error: Error) => () => Promise.reject(error);
const alert = () => screen.getByRole('alert');

beforeEach(() => {
  useStorageStore.setState({ mode: 'ready' }, true);
});

afterEach(() => {
  cleanup();
  useNoticeStore.setState({ notices: [] });
  useSaveStatus.setState({ writing: 0, unsaved: [] });
  useStorageStore.setState({ mode: 'checking' }, true);
});

async function attempt(write: () => Promise<unknown>, language: 'en' | 'fr' = 'en') {
  renderWithI18n(<Notices />, language);
  let saved = true;
  await act(async () => {
    saved = await attemptSave(write, 'answer:r1:q1');
  });
  return saved;
}

describe('a change that cannot be saved', () => {
  it('says it was not saved in plain words, with the browser’s error text only behind Technical details', async () => {
    const failure = new Error('Internal error opening backing store for indexedDB.open.');
    failure.name = 'UnknownError';
    expect(await attempt(failWith(failure))).toBe(false);
    // The wording arrives with the rarely needed texts, a moment after the failure.
    const message = await within(alert()).findByText(/^Your last change could not be saved/);
    expect(message).toHaveTextContent(
      "Your last change could not be saved: this browser's storage refused it. Try again; if it keeps failing, reload the page to see what is saved.",
    );
    expect(message).not.toHaveTextContent(/backing store|earlier answers are safe/);
    const details = within(alert()).getByText('Technical details').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent(
      'UnknownError: Internal error opening backing store for indexedDB.open.',
    );
    expect(useSaveStatus.getState().unsaved).toEqual(['answer:r1:q1']);
  });

  it('says so in French', async () => {
    await attempt(failWith(new Error('boom')), 'fr');
    await within(alert()).findByText('Détails techniques');
    expect(alert()).toHaveTextContent(
      /^Votre dernière modification n’a pas pu être enregistrée\s: le stockage de ce navigateur l’a refusée\./,
    );
    expect(within(alert()).getByText('Détails techniques')).toBeInTheDocument();
  });

  it('after another tab deleted all data, says that, without trying the write', async () => {
    useStorageStore.setState({ loss: 'deleted' });
    const write = vi.fn(() => Promise.resolve());
    expect(await attempt(write)).toBe(false);
    expect(write).not.toHaveBeenCalled();
    expect(alert()).toHaveTextContent(
      'Your last change was not saved: all Boussole data was deleted from this device in another tab.',
    );
    expect(useSaveStatus.getState().unsaved).toEqual(['answer:r1:q1']);
  });

  it('when the database closed under the write, says the connection was lost, not a raw error', async () => {
    await attempt(failWith(new Dexie.DatabaseClosedError()));
    expect(alert()).toHaveTextContent(
      "Your last change was not saved: Boussole lost its connection to this browser's storage. Reload the page, then check your last changes.",
    );
    expect(within(alert()).queryByText('Technical details')).toBeNull();
  });

  it('when the loss is known by the time the write fails, names it', async () => {
    await attempt(() => {
      useStorageStore.setState({ loss: 'replaced' });
      return Promise.reject(new Dexie.DatabaseClosedError());
    });
    expect(alert()).toHaveTextContent(
      'Your last change was not saved: the data on this device was replaced from a backup in another tab.',
    );
  });

  it('when what the change belongs to was deleted meanwhile, says so', async () => {
    await attempt(failWith(new RecordMissingError('response')));
    expect(alert()).toHaveTextContent(
      'Your last change was not saved: what it belongs to is no longer on this device (it may have been deleted in another tab).',
    );
  });

  it('when the disk is full, says so and offers a backup', async () => {
    await attempt(failWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
    expect(alert()).toHaveTextContent(/out of storage space, so your last change was not saved/);
    expect(within(alert()).getByRole('link', { name: 'Export a backup' })).toHaveAttribute(
      'href',
      '#/settings',
    );
  });

  it('in the demo, says nothing can be saved in it', async () => {
    useStorageStore.setState({ mode: 'demo' });
    await attempt(() => Promise.resolve());
    expect(alert()).toHaveTextContent('The demo is read-only: nothing can be saved in it.');
  });

  it('shows one message when several changes fail for the same reason', async () => {
    useStorageStore.setState({ loss: 'upgraded' });
    renderWithI18n(<Notices />);
    await act(async () => {
      await attemptSave(() => Promise.resolve(), 'note:r1:q1');
      await attemptSave(() => Promise.resolve(), 'note:r1:q2');
    });
    expect(within(alert()).getAllByText(/Boussole was updated in another tab/)).toHaveLength(1);
    expect(useSaveStatus.getState().unsaved).toEqual(['note:r1:q1', 'note:r1:q2']);
  });
});

describe('a write the person did not ask for (where they were in the app)', () => {
  it('is skipped once storage is lost, and a failure is not announced', async () => {
    renderWithI18n(<Notices />);
    const write = vi.fn(() => Promise.reject(new Error('boom')));
    await act(async () => {
      saveQuietly(write);
      await Promise.resolve();
    });
    expect(write).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();

    useStorageStore.setState({ loss: 'closed' });
    saveQuietly(write);
    expect(write).toHaveBeenCalledTimes(1);
  });
});
