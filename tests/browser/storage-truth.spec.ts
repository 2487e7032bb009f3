// Two tabs of Boussole on one device. When one tab deletes all data, or replaces it from a backup, the
// other tab — in the middle of a questionnaire — says so in plain words, stops claiming anything is
// saved, stops taking answers, and offers a reload that brings it back in step with what is stored.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  createProfile,
  questionGroups,
  startCycle,
  startResponse,
  storedAnswers,
  tabTo,
} from './helpers';

const claimsSaved = /saved automatically|your answers are saved|are safe/i;

async function answering(page: Page): Promise<string> {
  await page.goto('/');
  await createProfile(page, 'Moncton Newcomer Centre');
  await startCycle(page, { name: 'Spring 2026', questionnaires: ['digital-maturity'] });
  const responseId = await startResponse(page, 'digital-maturity', 'Executive director');
  await questionGroups(page)
    .nth(0)
    .getByRole('radio', { name: /^Step 3/ })
    .check();
  await expect(page.getByText('1 of 53 questions answered')).toBeVisible();
  return responseId;
}

async function expectNoSeriousAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id),
  ).toEqual([]);
}

test('all data deleted in another tab: this tab says so, stops saving, and its reload starts an empty app', async ({
  context,
}) => {
  const answeringTab = await context.newPage();
  const responseId = await answering(answeringTab);
  // A note typed just before the other tab deletes everything.
  const second = questionGroups(answeringTab).nth(1);
  await second.getByRole('button', { name: 'Add a note' }).click();
  await second.getByRole('textbox', { name: 'Note (optional)' }).pressSequentially('Ask the board');

  const settingsTab = await context.newPage();
  await settingsTab.goto('/#/settings');
  await settingsTab.getByRole('button', { name: 'Delete all data from this device' }).click();
  await settingsTab.getByRole('textbox', { name: 'To confirm, type DELETE' }).fill('DELETE');
  await settingsTab.getByRole('button', { name: 'Delete everything' }).click();
  await expect(settingsTab.getByText('All data has been deleted from this device.')).toBeVisible();

  const alert = answeringTab
    .getByRole('alert')
    .filter({ hasText: 'All Boussole data was deleted from this device in another tab.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('what this tab still shows is not saved');
  await expect(answeringTab.locator('body')).not.toContainText(claimsSaved);
  // What was on screen stays readable; nothing more can be answered.
  const first = questionGroups(answeringTab).nth(0);
  await expect(first.getByRole('radio', { name: /^Step 3/ })).toBeChecked();
  await expect(first.getByRole('radio', { name: /^Step 1/ })).toBeDisabled();
  const note = second.getByRole('textbox', { name: 'Note (optional)' });
  await expect(note).toHaveValue('Ask the board');
  await expect(note).toBeDisabled();
  await expectNoSeriousAxeViolation(answeringTab);

  // The reload is reached with the keyboard, and starts again from an empty app.
  const reload = alert.getByRole('button', { name: 'Reload and start again' });
  await tabTo(answeringTab, reload);
  const reloaded = answeringTab.waitForEvent('load');
  await answeringTab.keyboard.press('Enter');
  await reloaded;
  await expect(
    answeringTab.getByRole('heading', { level: 1, name: 'Welcome to Boussole' }),
  ).toBeVisible();
  expect(await answeringTab.evaluate(() => location.hash)).toBe('#/');
  expect(await storedAnswers(answeringTab, responseId)).toEqual({});
  await expect(answeringTab.getByText(/deleted from this device in another tab/)).toHaveCount(0);
});

test('data replaced from a backup in another tab: this tab says so, stops saving, and its reload shows the backup', async ({
  context,
}, testInfo) => {
  const answeringTab = await context.newPage();
  const responseId = await answering(answeringTab);

  // The other tab exports a backup holding the first answer only…
  const settingsTab = await context.newPage();
  await settingsTab.goto('/#/settings');
  const downloading = settingsTab.waitForEvent('download');
  await settingsTab.getByRole('button', { name: 'Export a backup' }).click();
  const backup = testInfo.outputPath('backup.json');
  await (await downloading).saveAs(backup);

  // …this tab answers a second question…
  await questionGroups(answeringTab)
    .nth(1)
    .getByRole('radio', { name: /^Step 1/ })
    .check();
  await expect(answeringTab.getByText('2 of 53 questions answered')).toBeVisible();

  // …and the other tab puts the backup in place of everything.
  await settingsTab.getByLabel('Restore from a backup file').setInputFiles(backup);
  const preview = settingsTab.getByRole('region', { name: /^What restoring/ });
  await preview.getByRole('radio', { name: /^Replace:/ }).check();
  await preview.getByRole('button', { name: 'Restore' }).click();
  await expect(settingsTab.getByText('Backup restored.')).toBeVisible();

  const alert = answeringTab
    .getByRole('alert')
    .filter({ hasText: 'The data on this device was replaced from a backup in another tab.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('changes made here are not saved');
  await expect(answeringTab.locator('body')).not.toContainText(claimsSaved);
  await expect(
    questionGroups(answeringTab)
      .nth(2)
      .getByRole('radio', { name: /^Step 4/ }),
  ).toBeDisabled();

  const reloaded = answeringTab.waitForEvent('load');
  await alert.getByRole('button', { name: 'Reload to see the restored data' }).click();
  await reloaded;
  await expect(answeringTab.getByText('1 of 53 questions answered')).toBeVisible();
  await expect(
    questionGroups(answeringTab)
      .nth(0)
      .getByRole('radio', { name: /^Step 3/ }),
  ).toBeChecked();
  await expect(
    questionGroups(answeringTab)
      .nth(2)
      .getByRole('radio', { name: /^Step 4/ }),
  ).toBeEnabled();
  expect(await storedAnswers(answeringTab, responseId)).toEqual({ 'digital-strategy': 3 });
});

test('site data cleared by the browser: the tab says its storage was closed and stops saving', async ({
  context,
}) => {
  const page = await context.newPage();
  await answering(page);
  // What "Clear site data" does: the browser deletes the database and closes every connection to it.
  const browserTools = await context.newCDPSession(page);
  await browserTools.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'indexeddb',
  });
  const alert = page.getByRole('alert').filter({
    hasText:
      "This browser closed Boussole's storage, perhaps because this site's data was cleared.",
  });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Changes made here are no longer saved.');
  await expect(
    questionGroups(page)
      .nth(1)
      .getByRole('radio', { name: /^Step 1/ }),
  ).toBeDisabled();
  await expect(page.locator('body')).not.toContainText(claimsSaved);
});
