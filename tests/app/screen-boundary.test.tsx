// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenBoundary } from '../../src/app/ScreenBoundary';
import { createI18n } from '../../src/lib/i18n';
import { useStorageStore } from '../../src/state/storage-store';
import { renderWithI18n } from '../support/app';

function Screen({ fails }: { fails: boolean }) {
  if (fails) throw new TypeError("Cannot read properties of undefined (reading 'dimensions')");
  return <p>The history of cycles</p>;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  useStorageStore.setState({ mode: 'checking' }, true);
});

describe('a screen that fails while showing', () => {
  it('says so in plain words with the detail behind Technical details, and another screen tries again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the failure
    const i18n = createI18n('en');
    const { rerender } = renderWithI18n(
      <ScreenBoundary place="#/cycles/1">
        <Screen fails />
      </ScreenBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('Something went wrong while showing this page. Reload to try again.'),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(within(alert).getByText('Technical details').closest('details')).toHaveTextContent(
      "TypeError: Cannot read properties of undefined (reading 'dimensions')",
    );

    rerender(
      <I18nextProvider i18n={i18n}>
        <ScreenBoundary place="#/history">
          <Screen fails={false} />
        </ScreenBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByText('The history of cycles')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('once storage is lost, says the page cannot be shown until the reload', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useStorageStore.setState({ mode: 'ready', loss: 'replaced' });
    renderWithI18n(
      <ScreenBoundary place="#/history">
        <Screen fails />
      </ScreenBoundary>,
      'fr',
    );
    expect(
      screen.getByText('Cette page ne peut pas s’afficher avant le rechargement de cet onglet.'),
    ).toBeInTheDocument();
  });
});
