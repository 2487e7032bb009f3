// A new version deployed while someone is answering: the app says so and waits; the person chooses to
// reload, the new service worker takes over, and every answer given before is still there.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  createProfile,
  isControlledByServiceWorker,
  questionGroups,
  startCycle,
  startResponse,
  waitForOfflineReady,
} from './helpers';

// The preview server reads dist/ on each request; the test restores the built file when it ends.
const workerFile = new URL('../../dist/sw.js', import.meta.url);
let deployedWorker = '';
test.beforeEach(() => {
  deployedWorker = readFileSync(workerFile, 'utf8');
});
test.afterEach(() => {
  writeFileSync(workerFile, deployedWorker);
});

test('a new version is announced, waits for the person, and reloading keeps the answers in progress', async ({
  page,
}) => {
  await page.goto('/');
  await createProfile(page, 'Thunder Bay Multicultural Association');
  await startCycle(page, { name: 'Update day', questionnaires: ['digital-maturity'] });
  await startResponse(page, 'digital-maturity', 'Program manager');
  await waitForOfflineReady(page);
  await page.reload();
  expect(await isControlledByServiceWorker(page)).toBe(true);
  await questionGroups(page)
    .nth(0)
    .getByRole('radio', { name: /^Step 2/ })
    .check();
  await expect(page.getByText('1 of 53 questions answered')).toBeVisible();

  // The next version is deployed: the served service worker script gets different bytes, which is
  // what makes a browser install a new service worker. The browser finds it when it next checks.
  writeFileSync(workerFile, `${deployedWorker}\n// next deployment\n`);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Boussole is ready' });
  await expect(prompt).toBeVisible();
  // Nothing reloads by itself: the person can keep answering.
  await questionGroups(page)
    .nth(1)
    .getByRole('radio', { name: /^Step 1/ })
    .check();
  await expect(page.getByText('2 of 53 questions answered')).toBeVisible();

  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload now' }).click();
  await reloaded;
  await expect(prompt).toBeHidden();
  await expect(page.getByText('2 of 53 questions answered')).toBeVisible();
  await expect(
    questionGroups(page)
      .nth(0)
      .getByRole('radio', { name: /^Step 2/ }),
  ).toBeChecked();
  await expect(
    questionGroups(page)
      .nth(1)
      .getByRole('radio', { name: /^Step 1/ }),
  ).toBeChecked();
});
