// A large backup (60,000 answers, about 13 MB) is read, checked, compared and restored in the transfer
// worker: the page shows how far it has got and stays usable, and Cancel, pressed from the keyboard
// while the file is read or while it is written, leaves this device's data exactly as it was.
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { bigBackup } from '../bench/big-backup';
import { createProfile, startCycle, storedCounts, tabTo } from './helpers';

test('a large backup shows its progress and can be cancelled from the keyboard, leaving this device as it was', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const backup = bigBackup(60_000);
  const path = testInfo.outputPath('boussole-backup-large.json');
  writeFileSync(path, backup.text);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  // This device has data of its own.
  await page.goto('/');
  await createProfile(page, 'Moncton Newcomer Centre');
  await startCycle(page, { name: 'Spring 2026', questionnaires: ['digital-literacy'] });
  const before = await storedCounts(page);

  await page.goto('/#/settings');
  const choose = page.getByLabel('Restore from a backup file');
  await choose.setInputFiles(path);
  const reading = page.getByRole('progressbar', {
    name: /^(Reading|Checking|Comparing) boussole-backup-large\.json/,
  });
  await expect(reading).toBeVisible();
  await expect(choose).toBeDisabled();
  expect(
    await new AxeBuilder({ page }).include('#backup').analyze(),
    'the progress and its Cancel button pass an accessibility scan',
  ).toMatchObject({ violations: [] });
  await tabTo(page, page.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('Restore stopped. Nothing was changed on this device.'),
  ).toBeVisible();
  await expect(reading).toBeHidden();
  await expect(choose).toBeEnabled();
  expect(workers.some((url) => url.includes('transfer.worker'))).toBe(true);
  expect(await storedCounts(page)).toEqual(before);

  // Again, up to the preview; then Restore, and Cancel while it writes.
  await choose.setInputFiles(path);
  const preview = page.getByRole('region', {
    name: 'What restoring boussole-backup-large.json would change',
  });
  await expect(preview).toBeVisible({ timeout: 200_000 });
  await expect(preview.getByRole('row', { name: /^Answers/ })).toContainText('60,000');
  // The two organization profiles differ: the preview asks, and this device's is kept by default.
  await preview.getByRole('button', { name: 'Restore with these choices' }).click();
  const writing = page.getByRole('progressbar', {
    name: 'Restoring boussole-backup-large.json…',
  });
  await expect(writing).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Restore stopped. Nothing was changed on this device.')).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('Backup restored.')).toBeHidden();
  expect(await storedCounts(page)).toEqual(before);

  // Reopening the app would resume on this screen; the Home link shows the cycle is still there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('link', { name: /Spring 2026/ }).first()).toBeVisible();
});
