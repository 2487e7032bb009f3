// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../src/content/catalog';
import { createCycle } from '../../../src/storage/cycles';
import { createResponse, getAnswers, getResponse } from '../../../src/storage/responses';
import { freshDatabase, renderApp } from '../../support/app';

async function startCyberResponse() {
  const questionnaire = await loadQuestionnaire('cybersecurity-baseline', '1.0.0');
  const cycle = await createCycle('2026 annual self-assessment', [
    { id: 'cybersecurity-baseline', version: '1.0.0' },
  ]);
  const response = await createResponse({
    cycleId: cycle.id,
    questionnaireId: 'cybersecurity-baseline',
    version: '1.0.0',
    contentHash: questionnaire.contentHash,
    respondent: 'Executive director',
  });
  return { questionnaire, response };
}

const firstDimensionQuestion = (id: string) =>
  document.getElementById(`question-${id}`) as HTMLElement;

describe('taking a questionnaire', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('saves an answer the moment it is given, with no save button', async () => {
    const { questionnaire, response } = await startCyberResponse();
    const user = userEvent.setup();
    renderApp(`#/responses/${response.id}`);
    const dimension = questionnaire.definition.dimensions[0]!;
    await screen.findByRole('heading', { level: 2, name: dimension.title.en });
    const question = questionnaire.questionsByDimension
      .get(dimension.id)!
      .find((q) => q.kind === 'yes-partly-no')!;

    await user.click(
      within(firstDimensionQuestion(question.id)).getByRole('radio', { name: 'Partly' }),
    );
    await waitFor(async () => {
      expect((await getAnswers(response.id))[question.id]).toEqual({ value: 'partly' });
    });
    expect(screen.queryByRole('button', { name: /^save$/i })).toBeNull();
  });

  it('resumes on the same section, with its answers, after the app is closed and reopened', async () => {
    const { questionnaire, response } = await startCyberResponse();
    const user = userEvent.setup();
    const first = renderApp(`#/responses/${response.id}`);
    const second = questionnaire.definition.dimensions[1]!;
    await user.click(await screen.findByRole('button', { name: 'Next section' }));
    await screen.findByRole('heading', { level: 2, name: second.title.en });
    const question = questionnaire.questionsByDimension
      .get(second.id)!
      .find((q) => q.kind === 'yes-partly-no')!;
    await user.click(
      within(firstDimensionQuestion(question.id)).getByRole('radio', { name: 'Yes' }),
    );
    await waitFor(async () => {
      expect((await getResponse(response.id))?.lastPage).toBe(second.id);
      expect((await getAnswers(response.id))[question.id]).toEqual({ value: 'yes' });
    });
    first.unmount();

    // Reopening the app at its home address goes back to where the person was.
    renderApp('#/');
    await screen.findByRole('heading', { level: 2, name: second.title.en });
    expect(
      within(firstDimensionQuestion(question.id)).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
  });

  it('switches to French mid-questionnaire without losing answers', async () => {
    const { questionnaire, response } = await startCyberResponse();
    const user = userEvent.setup();
    renderApp(`#/responses/${response.id}`);
    const dimension = questionnaire.definition.dimensions[0]!;
    await screen.findByRole('heading', { level: 2, name: dimension.title.en });
    const question = questionnaire.questionsByDimension
      .get(dimension.id)!
      .find((q) => q.kind === 'yes-partly-no')!;
    await user.click(
      within(firstDimensionQuestion(question.id)).getByRole('radio', { name: 'No' }),
    );

    await user.click(screen.getByRole('button', { name: 'Afficher en français' }));
    await screen.findByRole('heading', {
      level: 2,
      name: dimension.title.fr.replace(/ ([:;!?])/g, '\u202f$1'),
    });
    expect(
      within(firstDimensionQuestion(question.id)).getByRole('radio', { name: 'Non' }),
    ).toBeChecked();
    expect(screen.getByRole('button', { name: 'Section suivante' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr-CA');
  });

  it('offers "don\'t know" and notes, and lists unanswered questions on the review page', async () => {
    const { questionnaire, response } = await startCyberResponse();
    const user = userEvent.setup();
    renderApp(`#/responses/${response.id}`);
    const dimension = questionnaire.definition.dimensions[0]!;
    await screen.findByRole('heading', { level: 2, name: dimension.title.en });
    const question = questionnaire.questionsByDimension
      .get(dimension.id)!
      .find((q) => q.kind === 'yes-partly-no')!;
    const card = within(firstDimensionQuestion(question.id));
    await user.click(card.getByRole('radio', { name: "Don't know" }));
    await user.click(card.getByRole('button', { name: 'Add a note' }));
    await user.type(card.getByRole('textbox', { name: 'Note (optional)' }), 'Ask the board chair');
    await user.tab();
    await waitFor(async () => {
      expect((await getAnswers(response.id))[question.id]).toEqual({
        special: 'dont-know',
        note: 'Ask the board chair',
      });
    });

    await user.click(screen.getByRole('link', { name: 'Review and submit' }));
    await screen.findByRole('heading', { name: 'Review your answers' }, { timeout: 10_000 });
    const total = questionnaire.definition.questions.filter(
      (q) => q.kind !== 'text' && !q.showIf,
    ).length;
    expect(
      screen.getByText(new RegExp(`^${total - 1} questions have no answer yet`)),
    ).toBeInTheDocument();
  });

  it('lists every section on the review page with its status and a link to change its answers', async () => {
    const { questionnaire, response } = await startCyberResponse();
    const user = userEvent.setup();
    renderApp(`#/responses/${response.id}`);
    const [first, second] = questionnaire.definition.dimensions;
    await screen.findByRole('heading', { level: 2, name: first!.title.en });
    const question = questionnaire.questionsByDimension
      .get(first!.id)!
      .find((q) => q.kind === 'yes-partly-no')!;
    await user.click(
      within(firstDimensionQuestion(question.id)).getByRole('radio', { name: "Don't know" }),
    );
    await waitFor(async () => {
      expect((await getAnswers(response.id))[question.id]).toEqual({ special: 'dont-know' });
    });

    await user.click(screen.getByRole('link', { name: 'Review and submit' }));
    await screen.findByRole(
      'heading',
      { name: 'Your answers, section by section' },
      { timeout: 10_000 },
    );
    const total = (id: string) => questionnaire.questionsByDimension.get(id)!.length;
    const row = (title: string) => screen.getByText(title, { selector: 'dt' }).parentElement!;
    expect(row(first!.title.en)).toHaveTextContent(
      `In progress · 1 of ${String(total(first!.id))} answered`,
    );
    expect(row(second!.title.en)).toHaveTextContent('Not started');
    expect(
      screen.getByRole('link', { name: `Change the answers in ${second!.title.en}` }),
    ).toHaveAttribute('href', `#/responses/${response.id}/${second!.id}`);
  });

  it('says a response that does not exist is not there, instead of loading forever', async () => {
    renderApp('#/responses/no-such-response');
    expect(await screen.findByText(/This page no longer exists/)).toBeInTheDocument();
  });
});
