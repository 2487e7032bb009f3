// @vitest-environment jsdom
// The profile states only what the person chose: nothing is pre-selected, an empty field is "Not
// stated" (absent from the stored profile), and "None of these" services is a choice of its own.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProfile, saveProfile } from '../../../src/storage/profile';
import type { ProfileInput } from '../../../src/domain/profile';
import { freshDatabase, renderApp } from '../../support/app';

const full: ProfileInput = {
  name: 'Centre d’accueil de Rivière-du-Loup',
  province: 'QC',
  communitySize: 'small-rural',
  staffBand: '6-15',
  services: ['settlement', 'employment'],
  languages: ['fr', 'en'],
};

async function openProfileScreen(): Promise<void> {
  renderApp('#/profile');
  await screen.findByRole('button', { name: 'Save' }, { timeout: 5000 });
}

const checkboxes = () => screen.getAllByRole<HTMLInputElement>('checkbox');
const selects = () => screen.getAllByRole<HTMLSelectElement>('combobox');

describe('the profile form', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('starts a new profile with nothing selected: every choice reads “Not stated”', async () => {
    renderApp('#/');
    await screen.findByRole('textbox', { name: 'Organization name' }, { timeout: 5000 });
    expect(selects().map((select) => select.value)).toEqual(['', '', '']);
    for (const select of selects()) {
      expect(within(select).getByRole('option', { selected: true })).toHaveTextContent(
        'Not stated',
      );
    }
    expect(checkboxes().length).toBe(8 + 1 + 2);
    expect(checkboxes().filter((box) => box.checked)).toEqual([]);
    expect(
      screen.queryAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);
  });

  it('saves a name alone with every other fact left out, and shows them as not stated', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await user.type(
      await screen.findByRole('textbox', { name: 'Organization name' }, { timeout: 5000 }),
      'Centre',
    );
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Centre' });
    const saved = await getProfile();
    // Besides the name, only what every record carries: its key, when and by which writes it was saved.
    expect(Object.keys(saved ?? {}).sort()).toEqual(['id', 'name', 'revision', 'updatedAt']);
    const facts = await screen.findAllByRole('definition');
    expect(facts.map((fact) => fact.textContent)).toEqual(Array(5).fill('Not stated'));
  });

  it('tells “None of these” services apart from services not stated', async () => {
    const user = userEvent.setup();
    await saveProfile({ name: 'Centre', services: ['youth'] });
    await openProfileScreen();
    const none = screen.getByRole('checkbox', { name: 'None of these' });
    const youth = screen.getByRole('checkbox', { name: 'Children and youth' });
    expect(youth).toBeChecked();
    await user.click(none);
    expect(youth).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findAllByText('Profile saved.');
    expect((await getProfile())?.services).toEqual([]);

    await user.click(youth);
    expect(none).not.toBeChecked();
    await user.click(youth);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findAllByText('Profile saved.');
    expect(await getProfile()).not.toHaveProperty('services');
  });

  it('lets a fact that was stated go back to “Not stated”', async () => {
    const user = userEvent.setup();
    await saveProfile(full);
    await openProfileScreen();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Number of staff' }),
      'Not stated',
    );
    await user.click(screen.getByRole('checkbox', { name: 'French' }));
    await user.click(screen.getByRole('checkbox', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findAllByText('Profile saved.');
    const saved = await getProfile();
    expect(saved).not.toHaveProperty('staffBand');
    expect(saved).not.toHaveProperty('languages');
    expect(saved).toMatchObject({ province: 'QC', communitySize: 'small-rural' });
  });

  it('loads an existing full profile with every value as it was, and saves it unchanged', async () => {
    const user = userEvent.setup();
    await saveProfile(full);
    await openProfileScreen();
    expect(screen.getByRole('combobox', { name: 'Province or territory' })).toHaveValue('QC');
    expect(screen.getByRole('combobox', { name: 'Community size' })).toHaveValue('small-rural');
    expect(screen.getByRole('combobox', { name: 'Number of staff' })).toHaveValue('6-15');
    expect(
      checkboxes()
        .filter((box) => box.checked)
        .map((box) => box.value),
    ).toEqual(['settlement', 'employment', 'en', 'fr']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findAllByText('Profile saved.');
    const {
      id: _id,
      updatedAt: _u,
      revision: _r,
      ...saved
    } = (await getProfile()) ?? { id: '', updatedAt: '' };
    expect(saved).toEqual(full);
  });
});

describe('the home screen', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('shows each stated fact, and “Not stated” for the others, in both languages', async () => {
    await saveProfile({ name: 'Centre', province: 'NB', services: [] });
    renderApp('#/');
    await screen.findByRole('heading', { level: 1, name: 'Centre' });
    const facts = (await screen.findAllByRole('definition')).map((fact) => fact.textContent);
    expect(facts).toEqual([
      'New Brunswick',
      'Not stated',
      'Not stated',
      'None of these',
      'Not stated',
    ]);
    cleanup();

    renderApp('#/', 'fr');
    await screen.findByRole('heading', { level: 1, name: 'Centre' });
    const faits = (await screen.findAllByRole('definition')).map((fact) => fact.textContent);
    expect(faits).toEqual([
      'Nouveau-Brunswick',
      'Non précisé',
      'Non précisé',
      'Aucun de ceux-ci',
      'Non précisé',
    ]);
  });
});
