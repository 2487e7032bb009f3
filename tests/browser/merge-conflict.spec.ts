// Two devices (two browser profiles) share a backup, then both change the same answers. The second
// restores the first's newer backup: it sees both copies side by side, keeps its own answer to one
// question and takes the file's for the other, and ends up with exactly that.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createProfile, questionGroups, startCycle, startResponse, storedAnswers } from './helpers';

const strategy = 'How does your organization plan its digital work?';
const lead = 'Who leads digital work in your organization?';

async function device(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-CA' });
  return context.newPage();
}

/** Settings → Export a backup; returns the downloaded file's path. */
async function exportBackup(page: Page): Promise<string> {
  await page.goto('/#/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a backup' }).click();
  const path = await (await download).path();
  expect(path).toBeTruthy();
  return path;
}

/** Settings → Restore from a backup file; returns the preview region. */
async function openRestore(page: Page, path: string) {
  await page.goto('/#/settings');
  await page.getByLabel('Restore from a backup file').setInputFiles(path);
  const preview = page.getByRole('region', { name: /^What restoring .+ would change$/ });
  await expect(preview).toBeVisible();
  return preview;
}

/** On a response's first page, gives the two questions the scale steps given. */
async function answerBoth(page: Page, responsePage: string, first: number, second: number) {
  await page.goto(responsePage);
  const questions = questionGroups(page);
  await questions
    .nth(0)
    .getByRole('radio', { name: new RegExp(`^Step ${first}`) })
    .check();
  await questions
    .nth(1)
    .getByRole('radio', { name: new RegExp(`^Step ${second}`) })
    .check();
  await expect(
    questions.nth(1).getByRole('radio', { name: new RegExp(`^Step ${second}`) }),
  ).toBeChecked();
}

test('after both devices change the same answers, restoring shows both copies and applies the choice made for each', async ({
  browser,
}) => {
  // Device A: the executive director's laptop.
  const a = await device(browser);
  await a.goto('/');
  await createProfile(a, 'Saskatoon Open Door Society');
  await startCycle(a, { name: 'Spring 2026', questionnaires: ['digital-maturity'] });
  const responseId = await startResponse(a, 'digital-maturity', 'Executive director');
  const responsePage = await a.evaluate(() => `/${location.hash}`);
  await answerBoth(a, responsePage, 2, 2);
  const shared = await exportBackup(a);

  // Device B: the office computer restores A's backup; nothing on it yet, so no conflicts.
  const b = await device(browser);
  const first = await openRestore(b, shared);
  await expect(
    first.getByRole('heading', { name: /changed both here and in the file/ }),
  ).toHaveCount(0);
  await first.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(b.getByText('Backup restored.')).toBeVisible();
  expect(await storedAnswers(b, responseId)).toEqual({ 'digital-strategy': 2, 'digital-lead': 2 });

  // Both devices change both answers, each its own way.
  await answerBoth(a, responsePage, 4, 4);
  await answerBoth(b, responsePage, 0, 1);

  // B restores A's newer backup: both answers changed on both sides since the shared copy.
  const newer = await exportBackup(a);
  const preview = await openRestore(b, newer);
  await expect(
    preview.getByRole('heading', { name: '2 records changed both here and in the file' }),
  ).toBeVisible();
  const strategyChoice = preview.getByRole('group', {
    name: `Answer by Executive director to “${strategy}” (cycle “Spring 2026”)`,
  });
  const leadChoice = preview.getByRole('group', {
    name: `Answer by Executive director to “${lead}” (cycle “Spring 2026”)`,
  });
  // Side by side: this device's copy and the file's, as the respondent saw them.
  for (const choice of [strategyChoice, leadChoice]) {
    await expect(choice.getByRole('columnheader')).toHaveText(['On this device', 'In the file']);
    const answerRow = choice.getByRole('row', { name: /^Answer/ });
    const [mine, theirs] = await answerRow.getByRole('cell').allTextContents();
    expect(mine).not.toBe(theirs);
    await expect(choice.getByRole('radio', { name: 'Keep this device’s copy' })).toBeChecked();
  }
  expect(await new AxeBuilder({ page: b }).include('main').analyze()).toMatchObject({
    violations: [],
  });

  // Keep this device's answer about planning; take the file's answer about who leads.
  await leadChoice.getByRole('radio', { name: 'Take the file’s copy' }).check();
  await expect(
    preview.getByText(
      'The file’s copy will be taken for 1 of 2; this device’s copy is kept for the others.',
    ),
  ).toBeVisible();
  await preview.getByRole('button', { name: 'Restore with these choices' }).click();
  await expect(preview).toBeHidden();
  await expect(b.getByText('Backup restored.').last()).toBeVisible();

  await expect
    .poll(() => storedAnswers(b, responseId))
    .toEqual({ 'digital-strategy': 0, 'digital-lead': 4 });
  await b.goto(responsePage);
  await expect(
    questionGroups(b)
      .nth(0)
      .getByRole('radio', { name: /^Step 0/ }),
  ).toBeChecked();
  await expect(
    questionGroups(b)
      .nth(1)
      .getByRole('radio', { name: /^Step 4/ }),
  ).toBeChecked();

  // Restoring the same backup again asks nothing: every record has been decided.
  const again = await openRestore(b, newer);
  await expect(
    again.getByRole('heading', { name: /changed both here and in the file/ }),
  ).toHaveCount(0);
});
