// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProfile } from '../../../src/storage/profile';
import { freshDatabase, renderApp } from '../../support/app';

describe('first visit', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(cleanup);

  it('asks for the organization profile and says what is wrong when the name is missing', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await screen.findByRole('heading', { name: 'Welcome to Boussole' });
    expect(screen.getByText(/Nothing leaves it unless you export it/)).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByText("Enter your organization's name.")).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Organization name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(1);
    expect(await getProfile()).toBeUndefined();
  });

  it('saves the profile with only what was chosen, then offers to start a cycle', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await user.type(
      await screen.findByRole('textbox', { name: 'Organization name' }),
      'Newcomer Centre of Brandon',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Province or territory' }),
      'Manitoba',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Language training' }));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    await screen.findByRole('heading', { level: 1, name: 'Newcomer Centre of Brandon' });
    expect(screen.getByRole('link', { name: 'Start a new assessment cycle' })).toBeInTheDocument();
    const saved = await getProfile();
    expect(saved).toMatchObject({
      name: 'Newcomer Centre of Brandon',
      province: 'MB',
      services: ['language'],
    });
    expect(saved).not.toHaveProperty('communitySize');
    expect(saved).not.toHaveProperty('staffBand');
    expect(saved).not.toHaveProperty('languages');
  });

  it('greets a French-speaking visitor in French', async () => {
    renderApp('#/', 'fr');
    await screen.findByRole('heading', { name: 'Bienvenue dans Boussole' });
    expect(await screen.findByRole('textbox', { name: 'Nom de l’organisme' })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.documentElement.lang).toBe('fr-CA');
    });
  });
});
