// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCycle, getCycle, listCycles } from '../../../src/storage/cycles';
import { listResponses } from '../../../src/storage/responses';
import { freshDatabase, renderApp } from '../../support/app';

describe('assessment cycles', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('starts a cycle with the questionnaires leadership chooses', async () => {
    const user = userEvent.setup();
    renderApp('#/cycles/new');
    const name = await screen.findByRole('textbox', { name: 'Name of the cycle' });
    expect(name).toHaveValue(`${new Date().getFullYear()} annual self-assessment`);
    await user.click(screen.getByRole('checkbox', { name: /^Digital literacy/ }));
    await user.click(screen.getByRole('button', { name: 'Start the cycle' }));

    await screen.findByRole('heading', { level: 2, name: 'Cybersecurity baseline' });
    const [cycle] = await listCycles();
    expect(cycle?.questionnaires.map((q) => q.id)).toEqual([
      'digital-maturity',
      'cybersecurity-baseline',
    ]);
  });

  it('refuses a cycle with no questionnaire, saying why', async () => {
    const user = userEvent.setup();
    renderApp('#/cycles/new');
    for (const box of await screen.findAllByRole('checkbox')) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Start the cycle' }));
    expect(await screen.findByText('Choose at least one questionnaire.')).toBeInTheDocument();
    expect(await listCycles()).toEqual([]);
  });

  it('starts a response tagged with the respondent and opens the questionnaire', async () => {
    const cycle = await createCycle('2026 annual self-assessment', [
      { id: 'cybersecurity-baseline', version: '1.0.0' },
    ]);
    const user = userEvent.setup();
    renderApp(`#/cycles/${cycle.id}`);
    const section = (
      await screen.findByRole('heading', { level: 2, name: 'Cybersecurity baseline' })
    ).closest('section')!;
    await user.click(within(section).getByRole('button', { name: 'Start answering' }));
    expect(await within(section).findByText('Enter a name or a role.')).toBeInTheDocument();

    await user.type(
      within(section).getByRole('textbox', { name: /Name or role/ }),
      'Office manager',
    );
    await user.click(within(section).getByRole('button', { name: 'Start answering' }));
    await screen.findByText('Answering as Office manager');
    const [response] = await listResponses(cycle.id);
    expect(response).toMatchObject({
      respondent: 'Office manager',
      questionnaireId: 'cybersecurity-baseline',
    });
  });

  it('closes a cycle so that its questionnaires open read-only', async () => {
    const cycle = await createCycle('2025 annual self-assessment', [
      { id: 'digital-maturity', version: '1.0.0' },
    ]);
    const user = userEvent.setup();
    renderApp(`#/cycles/${cycle.id}`);
    await user.click(await screen.findByRole('button', { name: 'Close this cycle' }));
    expect(await screen.findByText('Read-only: this cycle is closed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start answering' })).toBeNull();
    expect((await getCycle(cycle.id))?.closedAt).toBeDefined();
  });
});
