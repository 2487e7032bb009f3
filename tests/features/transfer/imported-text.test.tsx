// @vitest-environment jsdom
// Text that arrives in a response file (the respondent's name, notes) is shown as text: markup in it
// is displayed literally and never becomes an element.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../src/content/catalog';
import ResultsScreen from '../../../src/features/results/ResultsScreen';
import { importResponseFile } from '../../../src/features/transfer/import-response-files';
import { createCycle } from '../../../src/storage/cycles';
import type { Cycle } from '../../../src/domain/cycle';
import { createResponse, listResponses, saveAnswer } from '../../../src/storage/responses';
import { buildResponseFile } from '../../../src/storage/transfer/response-file';
import { freshDatabase, renderApp, renderWithI18n } from '../../support/app';
import {
  addResponse,
  exampleAnswers,
  prepareChartsForJsdom,
} from '../../support/cycle-with-answers';

const CYBER = 'cybersecurity-baseline';
const HOSTILE = '<img src=x onerror=alert(1)>';

/** A response file made elsewhere by someone who typed markup as their name and in a note. */
async function hostileFile(): Promise<File> {
  const questionnaire = await loadQuestionnaire(CYBER, '1.0.0');
  const cycle = await createCycle('Elsewhere', [{ id: CYBER, version: '1.0.0' }]);
  const response = await createResponse({
    cycleId: cycle.id,
    questionnaireId: CYBER,
    version: '1.0.0',
    contentHash: questionnaire.contentHash,
    respondent: HOSTILE,
  });
  await saveAnswer(response.id, 'mfa-email', { value: 'no', note: `Ask IT ${HOSTILE}` });
  const file = await buildResponseFile(response.id);
  return new File([JSON.stringify(file)], 'answers.boussole.json');
}

/** This device: a cycle the hostile file is imported into. */
async function importedHere(): Promise<{ cycle: Cycle; responseId: string }> {
  const file = await hostileFile();
  freshDatabase();
  const cycle = await createCycle('2026 annual self-assessment', [{ id: CYBER, version: '1.0.0' }]);
  const outcome = await importResponseFile(cycle.id, file);
  expect(outcome).toMatchObject({ ok: true, respondent: HOSTILE });
  const [response] = await listResponses(cycle.id);
  return { cycle, responseId: response!.id };
}

describe('imported text is shown as text, never as HTML', () => {
  beforeAll(prepareChartsForJsdom);
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('on the cycle screen, the respondent label appears literally and makes no image', async () => {
    const { cycle } = await importedHere();
    renderApp(`#/cycles/${cycle.id}`);
    expect(
      // the first screen of the file loads the app's code on demand: allow it time on a busy machine
      await screen.findByRole(
        'link',
        { name: `Continue ${HOSTILE}'s answers` },
        { timeout: 5_000 },
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('on the questionnaire, the respondent line and the note appear literally', async () => {
    const { responseId } = await importedHere();
    const questionnaire = await loadQuestionnaire(CYBER, '1.0.0');
    const page = questionnaire.questionById.get('mfa-email')!.dimension;
    renderApp(`#/responses/${responseId}/${page}`);
    expect(await screen.findByText(`Answering as ${HOSTILE}`)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toHaveValue(
      `Ask IT ${HOSTILE}`,
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('in the results, the respondent choice names the imported respondent literally', async () => {
    const { cycle } = await importedHere();
    await addResponse(cycle, {
      questionnaireId: CYBER,
      respondent: 'Office manager',
      answers: exampleAnswers(CYBER, 'small-rural-centre'),
    });
    renderWithI18n(<ResultsScreen cycleId={cycle.id} questionnaireId={CYBER} />);
    const choice = await screen.findByRole('combobox', { name: 'Whose answers to show' });
    await waitFor(() => {
      expect(
        within(choice)
          .getAllByRole('option')
          .some((option) => option.textContent.startsWith(HOSTILE)),
      ).toBe(true);
    });
    expect(document.querySelector('img')).toBeNull();
  });
});
