// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import RoadmapScreen from '../../../src/features/roadmap/RoadmapScreen';
import { listOwnActions, addOwnAction } from '../../../src/storage/own-actions';
import { saveProfile } from '../../../src/storage/profile';
import { listRoadmapEdits } from '../../../src/storage/roadmap-edits';
import { freshDatabase, renderWithI18n } from '../../support/app';
import { cycleWithAnswers, exampleAnswers } from '../../support/cycle-with-answers';

const CYBER = 'cybersecurity-baseline';
const MFA = 'Turn on multifactor authentication for email and admin accounts';
const MFA_KEY = `${CYBER}/rec:mfa-email-admin`;
const LAPTOPS = 'Replace the two front-desk laptops';

async function plannedCycle() {
  await saveProfile({ name: 'Centre rural', staffBand: '6-15' });
  const made = await cycleWithAnswers(
    [CYBER],
    [{ questionnaireId: CYBER, answers: exampleAnswers(CYBER, 'small-rural-centre') }],
  );
  await addOwnAction(made.cycle.id, {
    title: LAPTOPS,
    horizon: 'now',
    cost: { oneTime: { min: 1800, max: 2600 } },
  });
  return made;
}

const card = async (title: string) =>
  (await screen.findByRole('heading', { level: 3, name: title })).closest('li')!;

/** The "not yet funded: one-time" cell of a horizon's row in the totals table. */
const unfundedOneTime = (row: string) =>
  within(
    within(screen.getByRole('table', { name: /^Estimated cost/ })).getByRole('row', {
      name: new RegExp(`^${row}`),
    }),
  ).getAllByRole('cell')[4];

describe('who pays for an action', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('counts an action whose funding is not chosen as not yet funded, and says so on the action', async () => {
    const { cycle } = await plannedCycle();
    renderWithI18n(<RoadmapScreen cycleId={cycle.id} />);

    const laptops = await card(LAPTOPS);
    expect(laptops).toHaveTextContent('Funding not chosen (counted as not yet funded)');
    expect(unfundedOneTime('Now')).toHaveTextContent('$1,800–$2,600');
  });

  it('takes an action paid from our own budget out of the ask, and puts it back when it is not yet funded', async () => {
    const { cycle } = await plannedCycle();
    const user = userEvent.setup();
    renderWithI18n(<RoadmapScreen cycleId={cycle.id} />);

    const laptops = within(await card(LAPTOPS));
    await user.click(laptops.getByRole('button', { name: 'Horizon, funding and cost' }));
    const funding = laptops.getByRole('combobox', { name: 'Funding' });
    await user.selectOptions(funding, 'Our own budget');
    await waitFor(() => {
      expect(unfundedOneTime('Now')).toHaveTextContent('none');
    });
    expect(laptops.getByText('Funding: Our own budget')).toBeInTheDocument();
    expect((await listOwnActions(cycle.id))[0]?.funding).toEqual({ source: 'own-budget' });

    await user.selectOptions(funding, 'Not yet funded');
    await waitFor(() => {
      expect(unfundedOneTime('Now')).toHaveTextContent('$1,800–$2,600');
    });
    expect(laptops.getByText('Funding: Not yet funded')).toBeInTheDocument();
  });

  it('names another funder on a proposed action, keeps it with the decision and after a reload', async () => {
    const { cycle } = await plannedCycle();
    const user = userEvent.setup();
    const first = renderWithI18n(<RoadmapScreen cycleId={cycle.id} />);

    const mfa = within(await card(MFA));
    await user.click(mfa.getByRole('button', { name: 'Horizon, funding and cost' }));
    expect(mfa.queryByRole('textbox', { name: "Funder's name" })).toBeNull();
    await user.selectOptions(mfa.getByRole('combobox', { name: 'Funding' }), 'Another funder');
    await user.click(mfa.getByRole('textbox', { name: "Funder's name" }));
    await user.paste('Fondation Lucie-et-André-Chagnon');
    await user.tab();
    await waitFor(async () => {
      expect(await listRoadmapEdits(cycle.id)).toEqual([
        expect.objectContaining({
          itemKey: MFA_KEY,
          funding: { source: 'other-funder', funder: 'Fondation Lucie-et-André-Chagnon' },
        }),
      ]);
    });
    expect(
      await mfa.findByText('Funding: Another funder (Fondation Lucie-et-André-Chagnon)'),
    ).toBeInTheDocument();
    first.unmount();

    renderWithI18n(<RoadmapScreen cycleId={cycle.id} />);
    expect(await card(MFA)).toHaveTextContent(
      'Funding: Another funder (Fondation Lucie-et-André-Chagnon)',
    );
  });

  it('goes back to "not chosen" when leadership clears the choice', async () => {
    const { cycle } = await plannedCycle();
    const user = userEvent.setup();
    renderWithI18n(<RoadmapScreen cycleId={cycle.id} />);

    const mfa = within(await card(MFA));
    await user.click(mfa.getByRole('button', { name: 'Horizon, funding and cost' }));
    const funding = mfa.getByRole('combobox', { name: 'Funding' });
    await user.selectOptions(funding, 'In kind or donated');
    await waitFor(() => {
      expect(mfa.getByText('Funding: In kind or donated')).toBeInTheDocument();
    });
    await user.selectOptions(funding, 'Not chosen');
    await waitFor(() => {
      expect(mfa.getByText('Funding not chosen (counted as not yet funded)')).toBeInTheDocument();
    });
    expect((await listRoadmapEdits(cycle.id))[0]?.funding).toBeUndefined();
  });
});
