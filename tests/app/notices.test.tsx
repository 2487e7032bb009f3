// @vitest-environment jsdom
// Notices in the page's flow: a confirmation is announced politely and leaves with the screen it
// confirms; an error interrupts, and stays, whatever the screen, until the person dismisses it.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Notices } from '../../src/app/Notices';
import { navigate } from '../../src/routing/route-store';
import { showNotice, useNoticeStore } from '../../src/state/notice-store';
import { renderWithI18n } from '../support/app';

describe('notices', () => {
  beforeEach(() => {
    useNoticeStore.setState({ notices: [] });
    navigate({ name: 'home' });
  });
  afterEach(cleanup);

  it('announces a confirmation in a status region and drops it when the person moves on', () => {
    renderWithI18n(<Notices />);
    act(() => {
      navigate({ name: 'settings' });
      showNotice('info', 'settings:deleted');
    });
    expect(within(screen.getByRole('status')).getByText(/All data has been deleted/)).toBeVisible();
    act(() => navigate({ name: 'home' }));
    expect(screen.queryByText(/All data has been deleted/)).not.toBeInTheDocument();
  });

  it('keeps an error, announced as an alert, across screens until it is closed', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Notices />);
    act(() =>
      showNotice('error', 'alerts:notSaved.saveFailed', undefined, undefined, 'QuotaExceededError'),
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/Your last change could not be saved/)).toBeVisible();
    act(() => navigate({ name: 'settings' }));
    expect(within(screen.getByRole('alert')).getByText(/could not be saved/)).toBeVisible();
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByText(/could not be saved/)).not.toBeInTheDocument();
  });
});
