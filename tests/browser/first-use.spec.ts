// A new user's first assessment: profile, the cybersecurity baseline answered in French, the browser
// closed and opened again, then results and the Now / Next / Later roadmap, in French and in English,
// with no console errors at any point.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  answerQuestionnaireByClick,
  createProfile,
  startCycle,
  startResponse,
  ui,
  watchConsole,
  openBrowserOnProfile,
} from './helpers';

const profileFolder = mkdtempSync(join(tmpdir(), 'boussole-first-use-'));
test.afterAll(() => {
  rmSync(profileFolder, { recursive: true, force: true });
});

const openBrowser = () => openBrowserOnProfile(profileFolder, 'fr-CA');

test('a new user completes the cybersecurity baseline in French, closes the browser, and finds results and roadmap in both languages', async () => {
  const fr = ui.fr;
  let browser = await openBrowser();
  let page = browser.pages()[0] ?? (await browser.newPage());
  let problems = watchConsole(page);
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bienvenue dans Boussole' }),
  ).toBeVisible();
  await createProfile(page, 'Accueil francophone de Thunder Bay', 'fr');
  const cycleId = await startCycle(page, {
    name: 'Bilan 2026',
    questionnaires: ['cybersecurity-baseline'],
    language: 'fr',
  });
  await startResponse(page, 'cybersecurity-baseline', 'Direction générale', 'fr');
  await answerQuestionnaireByClick(page, 'fr');
  await page.getByRole('button', { name: fr.submit }).click();
  await expect(page.getByRole('heading', { level: 2, name: fr.overall })).toBeVisible();
  expect(problems).toEqual([]);
  await browser.close();

  // The next day: the browser opens again on the same profile folder.
  browser = await openBrowser();
  page = browser.pages()[0] ?? (await browser.newPage());
  problems = watchConsole(page);
  await page.goto(`/#/cycles/${encodeURIComponent(cycleId)}/results/cybersecurity-baseline`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Mesures de base en cybersécurité\s:\srésultats$/,
  );
  await expect(page.getByRole('heading', { level: 2, name: fr.overall })).toBeVisible();

  await page.getByRole('link', { name: fr.seeRoadmap }).click();
  await expect(page.getByRole('heading', { level: 1, name: fr.roadmapTitle })).toBeVisible();
  for (const horizon of fr.horizons) {
    await expect(page.getByRole('heading', { level: 2, name: horizon, exact: true })).toBeVisible();
  }

  // Switch to English: the same roadmap, in English, and it stays English after a reload.
  await page.getByRole('button', { name: fr.switchLanguage }).click();
  const en = ui.en;
  await expect(page.getByRole('heading', { level: 1, name: en.roadmapTitle })).toBeVisible();
  for (const horizon of en.horizons) {
    await expect(page.getByRole('heading', { level: 2, name: horizon, exact: true })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: en.roadmapTitle })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  expect(problems).toEqual([]);
  await browser.close();
});
