// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideAction } from '../../../src/storage/action-decisions';
import { listCycles } from '../../../src/storage/cycles';
import { listOwnActions } from '../../../src/storage/own-actions';
import { listRoadmapEdits } from '../../../src/storage/roadmap-edits';
import { freshDatabase, renderApp } from '../../support/app';
import { cycleWithAnswers, exampleAnswers } from '../../support/cycle-with-answers';
import { BACKUPS_KEY, MFA_KEY, planRoadmap } from '../../support/roadmap-planning';

const CYBER = 'cybersecurity-baseline';
const PREVIOUS = '2026 annual self-assessment';
const MFA = 'Turn on multifactor authentication for email and admin accounts';
const BACKUPS = 'Set up automatic backups with a copy ransomware cannot reach';
const LAPTOPS = 'Remplacer les deux portables de l’accueil';

/** Last year's cycle: MFA funded by a named funder, backups planned, laptops under way, the website done. */
async function lastYear() {
  const { cycle } = await cycleWithAnswers(
    [CYBER],
    [{ questionnaireId: CYBER, answers: exampleAnswers(CYBER, 'small-rural-centre') }],
  );
  await planRoadmap(cycle.id);
  return cycle;
}

async function openNewCycle() {
  renderApp('#/cycles/new');
  const name = await screen.findByRole('textbox', { name: 'Name of the cycle' });
  return name;
}

describe('carrying unfinished actions over to a new cycle', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('offers the unfinished actions of the last cycle, all ticked, and leaves out what is done', async () => {
    await lastYear();
    await openNewCycle();

    const offer = within(
      await screen.findByRole('group', { name: `Unfinished actions from ${PREVIOUS}` }),
    );
    const boxes = offer.getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual([
      `${MFA} (Now · Proposed)`,
      `${LAPTOPS} (our own action · Now · In progress · Hélène)`,
      `${BACKUPS} (Later · Planned)`,
    ]);
    for (const box of boxes) expect(box).toBeChecked();
    expect(screen.queryByText(/Translate the website into Arabic/)).toBeNull();
  });

  it('names each box by its title alone, its horizon, status and owner read as its description', async () => {
    await lastYear();
    await openNewCycle();
    const offer = within(
      await screen.findByRole('group', { name: `Unfinished actions from ${PREVIOUS}` }),
    );
    const laptops = offer.getByRole('checkbox', { name: LAPTOPS });
    expect(laptops).toHaveAccessibleName(LAPTOPS);
    expect(laptops).toHaveAccessibleDescription('(our own action · Now · In progress · Hélène)');
  });

  it('names each questionnaire box by its title, its long description read after it', async () => {
    await openNewCycle();
    const box = await screen.findByRole('checkbox', { name: 'Cybersecurity baseline' });
    expect(box).toHaveAccessibleName('Cybersecurity baseline');
    expect(box).toHaveAccessibleDescription(/^\(\d+ questions · /);
  });

  it('carries the ticked actions only: own actions copied, follow-ups kept under the action', async () => {
    const previous = await lastYear();
    const user = userEvent.setup();
    const name = await openNewCycle();
    await user.clear(name);
    await user.type(name, '2027 annual self-assessment');
    const offer = within(
      await screen.findByRole('group', { name: `Unfinished actions from ${PREVIOUS}` }),
    );
    await user.click(offer.getByRole('checkbox', { name: new RegExp(`^${BACKUPS}`) }));
    await user.click(screen.getByRole('button', { name: 'Start the cycle' }));

    await waitFor(async () => {
      expect(await listCycles()).toHaveLength(2);
    });
    const started = (await listCycles()).find((c) => c.name === '2027 annual self-assessment')!;
    expect(await listOwnActions(started.id)).toEqual([
      expect.objectContaining({
        title: LAPTOPS,
        status: 'in-progress',
        owner: 'Hélène',
        funding: { source: 'ircc-sdi' },
        carriedFrom: { cycleId: previous.id },
      }),
    ]);
    const carried = await listRoadmapEdits(started.id);
    expect(carried.map((edit) => edit.itemKey)).toEqual([MFA_KEY]);
    expect(carried[0]?.funding).toEqual({
      source: 'other-funder',
      funder: 'Fondation Lucie-et-André-Chagnon',
    });
    // The earlier cycle keeps all it had.
    expect(await listOwnActions(previous.id)).toHaveLength(2);
    expect((await listRoadmapEdits(previous.id)).map((e) => e.itemKey).sort()).toEqual(
      [BACKUPS_KEY, MFA_KEY].sort(),
    );
  });

  it('says there is nothing to carry over when every action taken up is done or set aside', async () => {
    const { cycle } = await cycleWithAnswers(
      [CYBER],
      [{ questionnaireId: CYBER, answers: exampleAnswers(CYBER, 'small-rural-centre') }],
    );
    await decideAction(cycle.id, MFA_KEY, { status: 'done' });
    await decideAction(cycle.id, BACKUPS_KEY, { status: 'not-relevant' });
    await openNewCycle();

    expect(
      await screen.findByText(
        `Nothing to carry over from ${PREVIOUS}: every action taken up there is done or set aside.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /^Unfinished actions/ })).toBeNull();
  });

  it('offers nothing to carry when this is the first cycle', async () => {
    await openNewCycle();
    await screen.findByRole('group', { name: 'Questionnaires to include' });
    expect(screen.queryByRole('group', { name: /^Unfinished actions/ })).toBeNull();
    expect(screen.queryByText(/^Nothing to carry over/)).toBeNull();
  });
});
