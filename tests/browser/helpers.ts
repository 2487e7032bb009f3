// Shared steps for browser journeys.
import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions, to assert a journey had none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

export async function createProfile(
  page: Page,
  name: string,
  language: 'en' | 'fr' = 'en',
): Promise<void> {
  const labels =
    language === 'fr'
      ? {
          name: 'Nom de l’organisme',
          province: 'Province ou territoire',
          save: 'Enregistrer et continuer',
        }
      : { name: 'Organization name', province: 'Province or territory', save: 'Save and continue' };
  await page.getByRole('textbox', { name: labels.name }).fill(name);
  await page.getByRole('combobox', { name: labels.province }).selectOption('QC');
  await page.getByRole('button', { name: labels.save }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Waits until the service worker controls the page, so the app works offline from here on. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return (
      registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null
    );
  });
}
