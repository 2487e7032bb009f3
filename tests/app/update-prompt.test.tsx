// @vitest-environment jsdom
// The update prompt says reloading loses nothing only when that is true: no change whose save failed is
// still on screen, and this tab can save at all. Reloading waits for a write under way.
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import UpdatePrompt from '../../src/app/UpdatePrompt';
import { useNoticeStore } from '../../src/state/notice-store';
import { attemptSave } from '../../src/state/save';
import { useSaveStatus } from '../../src/state/save-status';
import { useStorageStore } from '../../src/state/storage-store';
import { renderWithI18n } from '../support/app';

const updateServiceWorker = vi.fn(() => Promise.resolve());
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [true, () => undefined],
    offlineReady: [false, () => undefined],
    updateServiceWorker,
  }),
}));

const prompt = () => screen.getByRole('status');
const diskFull = () =>
  Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

beforeEach(() => {
  useStorageStore.setState({ mode: 'ready' }, true);
});

afterEach(() => {
  cleanup();
  updateServiceWorker.mockClear();
  useNoticeStore.setState({ notices: [] });
  useSaveStatus.setState({ writing: 0, unsaved: [] });
  useStorageStore.setState({ mode: 'checking' }, true);
});

describe('the prompt for a new version', () => {
  it('says the answers are saved when every change was saved', async () => {
    await attemptSave(() => Promise.resolve(), 'answer:r1:q1');
    renderWithI18n(<UpdatePrompt />);
    expect(prompt()).toHaveTextContent(
      'A new version of Boussole is ready. Your answers are saved: reloading will not lose them.',
    );
  });

  it('warns that reloading may lose a change whose save failed, until that change is saved', async () => {
    await attemptSave(diskFull, 'answer:r1:q1');
    await attemptSave(() => Promise.resolve(), 'answer:r1:q2');
    renderWithI18n(<UpdatePrompt />);
    expect(prompt()).toHaveTextContent(
      'Some of your recent changes could not be saved: reloading now may lose them.',
    );
    expect(prompt()).not.toHaveTextContent(/are saved/);

    // The same answer, given again, is saved: nothing on screen is unsaved any more.
    await act(() => attemptSave(() => Promise.resolve(), 'answer:r1:q1'));
    expect(prompt()).toHaveTextContent('Your answers are saved');
  });

  it('claims nothing about saved answers once this tab can no longer save', () => {
    useStorageStore.setState({ loss: 'deleted' });
    renderWithI18n(<UpdatePrompt />);
    expect(prompt()).toHaveTextContent(
      'A new version of Boussole is ready. Nothing can be saved in this tab at the moment; reloading starts the new version.',
    );
  });

  it('says the same in French', async () => {
    await attemptSave(diskFull, 'answer:r1:q1');
    renderWithI18n(<UpdatePrompt />, 'fr');
    expect(prompt()).toHaveTextContent(
      /Certaines de vos modifications récentes n’ont pas pu être enregistrées\s: recharger maintenant pourrait les faire perdre\./,
    );
  });

  it('reloads only once a write under way has finished', async () => {
    let finishWrite: () => void = () => undefined;
    const writing = attemptSave(
      () =>
        new Promise<void>((resolve) => {
          finishWrite = resolve;
        }),
      'answer:r1:q1',
    );
    const user = userEvent.setup();
    renderWithI18n(<UpdatePrompt />);
    await user.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(updateServiceWorker).not.toHaveBeenCalled();

    await act(async () => {
      finishWrite();
      await writing;
    });
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
  });
});
