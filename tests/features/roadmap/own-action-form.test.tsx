// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import RoadmapScreen from '../../../src/features/roadmap/RoadmapScreen';
import { listOwnActions } from '../../../src/storage/own-actions';
import { saveProfile } from '../../../src/storage/profile';
import { freshDatabase, renderWithI18n } from '../../support/app';
import { cycleWithAnswers, exampleAnswers } from '../../support/cycle-with-answers';

const CYBER = 'cybersecurity-baseline';
const LAPTOPS = 'Remplacer les deux portables de l’accueil';

async function smallAgencyCycle() {
  await saveProfile({ name: 'Centre rural', staffBand: '6-15' });
  return cycleWithAnswers(
    [CYBER],
    [{ questionnaireId: CYBER, answers: exampleAnswers(CYBER, 'small-rural-centre') }],
  );
}

/** Puts text in a field as pasting does: one change, not one per character (the roadmap is large). */
async function typeInto(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string,
) {
  await user.click(field);
  await user.paste(text);
}

const column = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section')!;
const cardsIn = (name: string) => within(column(name)).getAllByRole('heading', { level: 3 });

describe("the organization's own actions on the roadmap", () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('adds an action of our own with its cost, owner, date and funding, in the horizon chosen', async () => {
    const { cycle } = await smallAgencyCycle();
    const user = userEvent.setup();
    renderWithI18n(<RoadmapScreen cycleId={cycle.id} />);
    await screen.findByRole('heading', { level: 1, name: 'Roadmap: Now, Next, Later' });
    const nowBefore = cardsIn('Now').length;

    await user.click(screen.getByRole('button', { name: 'Add an action of our own' }));
    const form = within(screen.getByRole('form', { name: 'New action' }));
    await typeInto(user, form.getByRole('textbox', { name: 'Title' }), LAPTOPS);
    await typeInto(
      user,
      form.getByRole('textbox', { name: 'Description' }),
      'Ils ont sept ans et ne reçoivent plus de mises à jour.',
    );
    await user.click(form.getByRole('radio', { name: /^Now/ }));
    const oneTime = within(form.getByRole('group', { name: 'One-time cost' }));
    await typeInto(user, oneTime.getByRole('textbox', { name: 'From' }), '1800');
    await typeInto(user, oneTime.getByRole('textbox', { name: 'To' }), '2,600');
    await typeInto(user, form.getByRole('textbox', { name: 'Owner' }), 'Hélène');
    fireEvent.change(form.getByLabelText('Target date'), { target: { value: '2026-11-30' } });
    await user.selectOptions(form.getByRole('combobox', { name: 'Status' }), 'In progress');
    await user.selectOptions(
      form.getByRole('combobox', { name: 'Funding' }),
      'IRCC, Service Delivery Improvement',
    );
    await user.click(form.getByRole('button', { name: 'Add to the roadmap' }));

    const card = (
      await within(column('Now')).findByRole('heading', { level: 3, name: LAPTOPS })
    ).closest('li')!;
    expect(card).toHaveTextContent('Our own action');
    expect(card).toHaveTextContent('Ils ont sept ans et ne reçoivent plus de mises à jour.');
    expect(card).toHaveTextContent('One-time: $1,800–$2,600');
    expect(card).toHaveTextContent('Funding: IRCC, Service Delivery Improvement');
    expect(within(card).getByRole('textbox', { name: 'Owner' })).toHaveValue('Hélène');
    expect(within(card).getByRole('combobox', { name: 'Status' })).toHaveValue('in-progress');
    // It counts toward what Now holds: Now keeps its size, and one proposed action makes room.
    expect(cardsIn('Now')).toHaveLength(nowBefore);
    const [stored] = await listOwnActions(cycle.id);
    expect(stored?.cost?.oneTime).toEqual({ min: 1800, max: 2600 });
    expect(await listOwnActions(cycle.id)).toEqual([
      expect.objectContaining({
        title: LAPTOPS,
        horizon: 'now',
        owner: 'Hélène',
        targetDate: '2026-11-30',
        status: 'in-progress',
        funding: { source: 'ircc-sdi' },
      }),
    ]);
  });

  it('asks for a title and keeps nothing until one is given', async () => {
    const { cycle } = await smallAgencyCycle();
    const user = userEvent.setup();
    renderWithI18n(<RoadmapScreen cycleId={cycle.id} />);
    await user.click(await screen.findByRole('button', { name: 'Add an action of our own' }));
    const form = within(screen.getByRole('form', { name: 'New action' }));
    await typeInto(user, form.getByRole('textbox', { name: 'Owner' }), 'Hélène');
    await user.click(form.getByRole('button', { name: 'Add to the roadmap' }));

    expect(form.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      'Give the action a title.',
    );
    expect(form.getByRole('textbox', { name: 'Owner' })).toHaveValue('Hélène');
    expect(await listOwnActions(cycle.id)).toEqual([]);
  });

  it('moves an own action to another horizon, changes its title and deletes it only when confirmed', async () => {
    const { cycle } = await smallAgencyCycle();
    const user = userEvent.setup();
    renderWithI18n(<RoadmapScreen cycleId={cycle.id} />);
    await user.click(await screen.findByRole('button', { name: 'Add an action of our own' }));
    const form = within(screen.getByRole('form', { name: 'New action' }));
    await typeInto(
      user,
      form.getByRole('textbox', { name: 'Title' }),
      'Translate the website into Arabic',
    );
    await user.click(form.getByRole('radio', { name: /^Next/ }));
    await user.click(form.getByRole('button', { name: 'Add to the roadmap' }));

    let card = (
      await within(column('Next')).findByRole('heading', {
        level: 3,
        name: 'Translate the website into Arabic',
      })
    ).closest('li')!;
    await user.click(within(card).getByRole('button', { name: 'Horizon, funding and cost' }));
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Horizon' }), 'Later');
    card = (
      await within(column('Later')).findByRole('heading', {
        level: 3,
        name: 'Translate the website into Arabic',
      })
    ).closest('li')!;

    await user.click(within(card).getByRole('button', { name: /^Edit the title and description/ }));
    const title = within(card).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await typeInto(user, title, 'ترجمة الموقع إلى العربية');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    card = (
      await within(column('Later')).findByRole('heading', {
        level: 3,
        name: 'ترجمة الموقع إلى العربية',
      })
    ).closest('li')!;
    expect(await listOwnActions(cycle.id)).toEqual([
      expect.objectContaining({ title: 'ترجمة الموقع إلى العربية', horizon: 'later' }),
    ]);

    await user.click(within(card).getByRole('button', { name: /^Delete this action/ }));
    await user.click(within(card).getByRole('button', { name: 'Keep it' }));
    expect(await listOwnActions(cycle.id)).toHaveLength(1);
    await user.click(within(card).getByRole('button', { name: /^Delete this action/ }));
    await user.click(within(card).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(
        screen.queryByRole('heading', { level: 3, name: 'ترجمة الموقع إلى العربية' }),
      ).toBeNull();
    });
    expect(await listOwnActions(cycle.id)).toEqual([]);
  });
});
