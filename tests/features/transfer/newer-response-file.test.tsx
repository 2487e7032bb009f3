// @vitest-environment jsdom
// Leadership imports a colleague's newer export: the screen says what it changes and replaces the
// older copy only when asked; an older export is refused with which copy is newer.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCycle } from '../../../src/storage/cycles';
import { getAnswers, saveAnswer } from '../../../src/storage/responses';
import { seal } from '../../../src/storage/transfer/envelope';
import { buildResponseFile, type ResponseFile } from '../../../src/storage/transfer/response-file';
import { importResponse } from '../../../src/storage/transfer/response-import';
import { freshDatabase, renderApp } from '../../support/app';
import { startResponse } from '../../support/cycle-fixture';

const CYBER = 'cybersecurity-baseline';
const slow = { timeout: 5_000 };
const asFile = (content: ResponseFile, name: string) => new File([JSON.stringify(content)], name);

async function exported(responseId: string): Promise<ResponseFile> {
  const file = await buildResponseFile(responseId);
  if (!file) throw new Error('no file');
  return JSON.parse(JSON.stringify(file)) as ResponseFile;
}

/** Hélène's first export, imported on the lead's device, and her second export after more work. */
async function twoExports() {
  const laptop = freshDatabase();
  const elsewhere = await createCycle('Portable', [{ id: CYBER, version: '1.0.0' }]);
  const response = await startResponse(elsewhere.id, CYBER, 'Hélène');
  await saveAnswer(response.id, 'mfa-email', { value: 'no' });
  const first = await exported(response.id);
  await saveAnswer(response.id, 'mfa-email', { value: 'yes' });
  await saveAnswer(response.id, 'mfa-admin', { value: 'partly' });
  const second = await exported(response.id);
  const lead = freshDatabase();
  const cycle = await createCycle('Autoévaluation 2026', [{ id: CYBER, version: '1.0.0' }]);
  await importResponse(cycle.id, first);
  return { laptop, lead, cycle, response, first, second };
}

describe('importing a newer export of answers already in the cycle', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('lists what changes and replaces the older copy when the lead confirms', async () => {
    const { cycle, response, second } = await twoExports();
    const user = userEvent.setup();
    renderApp(`#/cycles/${cycle.id}`);
    await user.upload(
      await screen.findByLabelText('Choose response files', {}, slow),
      asFile(second, 'helene-2.boussole.json'),
    );
    const results = await screen.findByText(
      /helene-2\.boussole\.json: a newer copy of Hélène’s answers/,
      {},
      slow,
    );
    const item = results.closest('li')!;
    expect(within(item).getByText('1 answer added')).toBeInTheDocument();
    expect(within(item).getByText('1 answer changed')).toBeInTheDocument();
    expect(await getAnswers(response.id)).toMatchObject({ 'mfa-email': { value: 'no' } });

    await user.click(within(item).getByRole('button', { name: 'Replace the older copy' }));
    expect(
      await screen.findByText(
        'helene-2.boussole.json: Hélène’s answers were replaced with the newer copy.',
      ),
    ).toBeInTheDocument();
    expect(await getAnswers(response.id)).toEqual({
      'mfa-email': { value: 'yes' },
      'mfa-admin': { value: 'partly' },
    });
  });

  it('refuses the older export after the newer one, saying which copy is newer', async () => {
    const { cycle, first, second } = await twoExports();
    await importResponse(cycle.id, second, 'file');
    const user = userEvent.setup();
    renderApp(`#/cycles/${cycle.id}`);
    await user.upload(
      await screen.findByLabelText('Choose response files', {}, slow),
      asFile(first, 'helene-1.boussole.json'),
    );
    expect(
      await screen.findByText(
        /^helene-1\.boussole\.json: The copy of Hélène’s answers on this device is newer than this file’s/,
        {},
        slow,
      ),
    ).toBeInTheDocument();
  });

  it('says it cannot tell which copy is newer when the file comes from an earlier version of Boussole', async () => {
    const { cycle, second } = await twoExports();
    const { checksum: _checksum, ...unsealed } = structuredClone(second);
    unsealed.formatVersion = 1;
    delete unsealed.response.revision;
    for (const answer of Object.values(unsealed.answers)) delete answer.revision;
    const user = userEvent.setup();
    renderApp(`#/cycles/${cycle.id}`);
    await user.upload(
      await screen.findByLabelText('Choose response files', {}, slow),
      asFile(seal(unsealed), 'helene-ancien.boussole.json'),
    );
    const question = await screen.findByText(
      /^helene-ancien\.boussole\.json: this file’s copy of Hélène’s answers differs .* made by an earlier version of Boussole, which did not record changes, so it cannot say which is newer/,
      {},
      slow,
    );
    const item = question.closest('li')!;
    expect(within(item).getByRole('radio', { name: /this device’s copy/i })).toBeChecked();
  });
});
