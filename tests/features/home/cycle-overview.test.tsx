// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveProfile } from '../../../src/storage/profile';
import { submitResponse } from '../../../src/storage/responses';
import { createCycle } from '../../../src/storage/cycles';
import { freshDatabase, renderApp } from '../../support/app';
import { cycleWithAnswers, exampleAnswers } from '../../support/cycle-with-answers';

const CYBER = 'cybersecurity-baseline';

describe('the progress overview on Home', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows per questionnaire who is answering, how much is answered, what is submitted and the level once earned', async () => {
    await saveProfile({ name: 'Centre Soleil' });
    const { cycle, responses } = await cycleWithAnswers(
      [CYBER, 'digital-maturity'],
      [
        {
          questionnaireId: CYBER,
          respondent: 'Executive director',
          answers: exampleAnswers(CYBER, 'well-run-agency'),
        },
        {
          questionnaireId: 'digital-maturity',
          respondent: 'Program manager',
          answers: {},
        },
      ],
    );
    await submitResponse(responses[0]!.id, true);
    renderApp('#/');

    // The plain list shows first; the overview replaces it once the answers are scored.
    await screen.findByRole('heading', { name: 'Cybersecurity baseline' }, { timeout: 15000 });
    const card = screen.getByRole('link', { name: cycle.name }).closest('li')!;
    const cyber = (
      await within(card).findByRole(
        'heading',
        { name: 'Cybersecurity baseline' },
        { timeout: 15000 },
      )
    ).parentElement!;
    expect(cyber).toHaveTextContent(/Level: .+ \(\d+ \/ 100\)/);
    expect(cyber).toHaveTextContent('Responses submitted: 1 of 1');
    expect(cyber).toHaveTextContent(/Questions answered: (\d+) of \1 \(100%\)/);
    expect(
      within(cyber).getByRole('list', { name: 'Responses to Cybersecurity baseline' }),
    ).toHaveTextContent('Executive director');

    const maturity = within(card).getByRole('heading', { name: 'Digital maturity' }).parentElement!;
    expect(maturity).toHaveTextContent('No level yet: nothing answered.');
    expect(maturity).toHaveTextContent('Responses submitted: 0 of 1');
    expect(maturity).toHaveTextContent('Program manager');
    expect(maturity).toHaveTextContent('In progress');
  });

  it('shows a provisional score, never a level, when too little is answered', async () => {
    await saveProfile({ name: 'Centre Soleil' });
    const full = exampleAnswers(CYBER, 'well-run-agency');
    const some = Object.fromEntries(Object.entries(full).slice(0, 8));
    const { cycle } = await cycleWithAnswers([CYBER], [{ questionnaireId: CYBER, answers: some }]);
    renderApp('#/');
    // The plain list shows first; the overview replaces it once the answers are scored.
    await screen.findByRole('heading', { name: 'Cybersecurity baseline' }, { timeout: 15000 });
    const card = screen.getByRole('link', { name: cycle.name }).closest('li')!;
    const cyber = (
      await within(card).findByRole(
        'heading',
        { name: 'Cybersecurity baseline' },
        { timeout: 15000 },
      )
    ).parentElement!;
    expect(cyber).toHaveTextContent(/provisional/i);
    expect(cyber).not.toHaveTextContent('Level:');
  });

  it('names the period chosen for the cycle, apart from the date it was created', async () => {
    await saveProfile({ name: 'Centre Soleil' });
    await createCycle('Board review', [{ id: CYBER, version: '1.0.0' }], '2025');
    renderApp('#/');
    const card = (await screen.findByRole('link', { name: 'Board review (2025)' })).closest('li')!;
    expect(
      await within(card).findByText(/^Period: 2025 · Created /, {}, { timeout: 15000 }),
    ).toBeInTheDocument();
  });
});
