// @vitest-environment jsdom
// Importing response files shows each file being read, and can be stopped: a cancelled import adds
// nothing to the cycle, and the files left are reported as not imported.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../../src/storage/cycles';
import { saveAnswer } from '../../../src/storage/responses';
import { buildResponseFile } from '../../../src/storage/transfer/response-file';
import { freshDatabase, renderApp } from '../../support/app';
import { startResponse } from '../../support/cycle-fixture';
import { snapshot } from '../../support/device-snapshot';
import { slowFile } from '../../support/transfer';

const CYBER = 'cybersecurity-baseline';
const slow = { timeout: 5_000 };

/** Two colleagues' exports from their own laptops. */
async function twoColleaguesFiles(): Promise<File[]> {
  const files: File[] = [];
  for (const respondent of ['Hélène', 'Amir']) {
    freshDatabase();
    const cycle = await createCycle('Portable', [{ id: CYBER, version: '1.0.0' }]);
    const response = await startResponse(cycle.id, CYBER, respondent);
    await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
    const file = await buildResponseFile(response.id);
    files.push(new File([JSON.stringify(file)], `${respondent}.boussole.json`));
  }
  return files;
}

describe('importing response files into a cycle', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows the file being read, and a cancel adds nothing and says which files were not imported', async () => {
    const [first, second] = await twoColleaguesFiles();
    if (!first || !second) throw new Error('two files expected');
    const held = slowFile(first);
    freshDatabase();
    const cycle = await createCycle('Autoévaluation 2026', [{ id: CYBER, version: '1.0.0' }]);
    const before = await snapshot();
    const user = userEvent.setup();
    renderApp(`#/cycles/${cycle.id}`);

    await user.upload(await screen.findByLabelText('Choose response files', {}, slow), [
      held.file,
      second,
    ]);
    const bar = await screen.findByRole('progressbar', { name: 'Reading Hélène.boussole.json…' });
    const card = bar.closest('div')!;
    within(card).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    held.release();

    expect(
      await screen.findByText(
        'Hélène.boussole.json: Import cancelled: this file was not imported.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Amir.boussole.json: Import cancelled: this file was not imported.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(await snapshot()).toEqual(before);
  });
});
