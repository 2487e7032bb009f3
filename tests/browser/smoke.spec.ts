import { expect, test } from '@playwright/test';
import { createProfile, watchConsole } from './helpers';

test('a new user creates a profile and starts a cycle, with no console errors', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await createProfile(page, 'Centre d’accueil de Rivière-du-Loup');
  await page.getByRole('link', { name: 'Start a new assessment cycle' }).click();
  await page.getByRole('button', { name: 'Start the cycle' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Cybersecurity baseline' }),
  ).toBeVisible();
  expect(problems).toEqual([]);
});
