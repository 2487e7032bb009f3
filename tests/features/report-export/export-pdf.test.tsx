// @vitest-environment jsdom
// When the PDF cannot be made, the message says why in plain words: the real reason, never a stand-in
// ("complete the profile" when the cycle is what is missing) and never the browser's raw error text.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportPdf } from '../../../src/features/report-export/ExportPdf';
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
