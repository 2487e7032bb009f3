// Offline-first: once the app has loaded, it keeps working with no network at all, served by its
// service worker, questionnaire definitions, locales, fonts, the PDF code and the transfer worker
// included.
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { bigBackup } from '../bench/big-backup';
import {
  answerQuestionnaireByClick,
  createProfile,
  expectPdfReport,
  isControlledByServiceWorker,
  startCycle,
  storedCounts,
  startResponse,
  ui,
  waitForOfflineReady,
  watchForeignRequests,
} from './helpers';

const text = ui.en;

test('after the first visit the app reloads with no network, and a questionnaire can be answered, scored and exported as PDF', async ({
  page,
  context,
}, testInfo) => {
  const foreignRequests = watchForeignRequests(context);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Boussole' })).toBeVisible();
  await waitForOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  expect(await isControlledByServiceWorker(page)).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Boussole' })).toBeVisible();

  await createProfile(page, 'Halifax Newcomer Hub');
  const cycleId = await startCycle(page, {
    name: 'Offline review',
    questionnaires: ['digital-literacy'],
  });
  await startResponse(page, 'digital-literacy', 'Case worker');
  await answerQuestionnaireByClick(page);
  await page.getByRole('button', { name: text.submit }).click();

  await expect(page).toHaveURL(new RegExp(`#/cycles/${cycleId}/results/digital-literacy$`));
  await expect(page.getByRole('heading', { level: 2, name: text.overall })).toBeVisible();
  await expect(page.getByText('Overall score')).toBeVisible();
  await page.getByRole('link', { name: text.seeRoadmap }).click();
  await expect(page.getByRole('heading', { level: 1, name: text.roadmapTitle })).toBeVisible();
  await page.getByRole('link', { name: 'Back to Offline review' }).first().click();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: text.exportPdf }).click();
  await expectPdfReport(await download, testInfo, {
    fileName: 'halifax-newcomer-hub-offline-review-en.pdf',
    contains: ['Halifax Newcomer Hub', 'Offline review'],
  });

  expect(foreignRequests).toEqual([]);
});

test('with no network, a backup is read and restored by the transfer worker from the service worker’s cache', async ({
  page,
  context,
}, testInfo) => {
  const backup = bigBackup(2_000);
  const path = testInfo.outputPath('boussole-backup.json');
  writeFileSync(path, backup.text);
  const foreignRequests = watchForeignRequests(context);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await waitForOfflineReady(page);

  // The worker's code was never fetched before the network went away.
  await context.setOffline(true);
  await page.reload();
  expect(await isControlledByServiceWorker(page)).toBe(true);
  await page.goto('/#/settings');
  await page.getByLabel('Restore from a backup file').setInputFiles(path);
  const preview = page.getByRole('region', {
    name: 'What restoring boussole-backup.json would change',
  });
  await preview.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('Backup restored.')).toBeVisible({ timeout: 60_000 });
  expect(workers.some((url) => url.includes('transfer.worker'))).toBe(true);
  expect(await storedCounts(page)).toMatchObject({
    answers: backup.answers,
    responses: backup.responses,
  });
  expect(foreignRequests).toEqual([]);
});
