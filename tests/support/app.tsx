// Test helpers for screens: a fresh IndexedDB per test, and the app rendered in a language.
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactElement } from 'react';
import { App } from '../../src/app/App';
import { createI18n } from '../../src/lib/i18n';
import type { Language } from '../../src/lib/typography';
import { BoussoleDatabase, setDatabase } from '../../src/storage/database';
import { useRouteStore } from '../../src/routing/route-store';
import { hashToRoute } from '../../src/routing/route';

let counter = 0;

/** Points storage at a new, empty database and returns it. */
export function freshDatabase(): BoussoleDatabase {
  counter += 1;
  const db = new BoussoleDatabase(
    `boussole-test-${counter}-${Math.random().toString(36).slice(2)}`,
  );
  setDatabase(db);
  return db;
}

/** Renders the whole app at a hash route, as if the page had just been opened there. */
export function renderApp(hash: string, language: Language = 'en') {
  window.history.replaceState(null, '', hash);
  useRouteStore.setState({ route: hashToRoute(hash) });
  return render(<App language={language} />);
}

/** Renders one element with translations, for screens tested on their own. */
export function renderWithI18n(element: ReactElement, language: Language = 'en') {
  return render(<I18nextProvider i18n={createI18n(language)}>{element}</I18nextProvider>);
}
