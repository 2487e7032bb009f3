// @vitest-environment jsdom
// When the PDF cannot be made, the message says why in plain words: the real reason, never a stand-in
// ("complete the profile" when the cycle is what is missing) and never the browser's raw error text.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportPdf } from '../../../src/features/report-export/ExportPdf';
import { createI18n } from '../../../src/lib/i18n';
import { createCycle } from '../../../src/storage/cycles';
import { saveProfile } from '../../../src/storage/profile';
import { freshDatabase, renderWithI18n } from '../../support/app';

async function exportFor(cycleId: string) {
  const user = userEvent.setup();
  renderWithI18n(
    <Suspense fallback={null}>
      <ExportPdf cycleId={cycleId} />
    </Suspense>,
  );
  await user.click(await screen.findByRole('button', { name: 'Export PDF' }));
  return screen.findByRole('alert');
}

describe('a PDF that cannot be made', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('asks for the organization profile when there is none', async () => {
    expect(await exportFor('any-cycle')).toHaveTextContent(
      'The PDF could not be made: complete the organization profile first.',
    );
  });

  it('says the cycle is gone when it was deleted, not that the profile is missing', async () => {
    await saveProfile({
      name: 'Centre multiculturel',
      province: 'NB',
      communitySize: 'small-rural',
      staffBand: '6-15',
      services: ['settlement'],
      languages: ['en', 'fr'],
    });
    const alert = await exportFor('a-cycle-deleted-in-another-tab');
    expect(alert).toHaveTextContent(
      'The PDF could not be made: this cycle is no longer on this device.',
    );
    expect(alert).not.toHaveTextContent(/profile/);
  });
});

describe('text the PDF cannot print', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('is named, field and characters, before any PDF is made', async () => {
    await saveProfile({ name: 'Centre 🌍 Soleil' });
    const cycle = await createCycle('2026 self-assessment', []);
    const alert = await exportFor(cycle.id);
    expect(alert).toHaveTextContent(
      'Organization name: no font in the report has these characters, which would print as empty boxes: 🌍',
    );
    expect(screen.getByRole('button', { name: 'Export anyway' })).toBeInTheDocument();
    expect(screen.queryByText(/Sent to your browser's downloads/)).not.toBeInTheDocument();
  });

  it('names Arabic text while its font cannot be downloaded, and says how to get the font', async () => {
    // No server here: the on-demand font cannot be fetched, as on a device offline before first use.
    await saveProfile({ name: 'Centre Soleil' });
    const cycle = await createCycle('2026 فاطمة', []);
    const alert = await exportFor(cycle.id);
    expect(alert).toHaveTextContent('Cycle name: no font in the report has these characters');
    expect(alert).toHaveTextContent('ف');
    expect(alert).toHaveTextContent('connect once and export again');
  });
});

describe('the report language', () => {
  afterEach(cleanup);

  it('follows the app’s language until the person picks one for the report', async () => {
    const i18n = createI18n('en');
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <ExportPdf cycleId="any" />
        </Suspense>
      </I18nextProvider>,
    );
    const picker = await screen.findByRole('combobox', { name: 'Report language' });
    expect(picker).toHaveValue('en');
    await act(() => i18n.changeLanguage('fr'));
    const french = await screen.findByRole('combobox', { name: 'Langue du rapport' });
    expect(french).toHaveValue('fr');
    await user.selectOptions(french, 'en');
    await act(() => i18n.changeLanguage('en'));
    await act(() => i18n.changeLanguage('fr'));
    expect(await screen.findByRole('combobox', { name: 'Langue du rapport' })).toHaveValue('en');
  });
});
