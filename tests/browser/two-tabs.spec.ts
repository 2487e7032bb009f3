// Two tabs open on the same response: each shows the other's answers as they are given (Dexie live
// queries follow other tabs), and neither overwrites what the other stored.
import { expect, test } from '@playwright/test';
import { createProfile, questionGroups, startCycle, startResponse, storedAnswers } from './helpers';

test('an answer given in one tab shows in the other without a reload, and answers given in both tabs are all kept', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/');
  await createProfile(first, 'Saskatoon Open Door Society');
  await startCycle(first, { name: 'Spring 2026', questionnaires: ['digital-maturity'] });
  const responseId = await startResponse(first, 'digital-maturity', 'Executive director');

  const second = await context.newPage();
  await second.goto(first.url());
  await expect(questionGroups(second).first()).toBeVisible();

  // Tab one answers question 1: tab two shows it checked, with no reload.
  await questionGroups(first)
    .nth(0)
    .getByRole('radio', { name: /^Step 3/ })
    .check();
  await expect(
    questionGroups(second)
      .nth(0)
      .getByRole('radio', { name: /^Step 3/ }),
  ).toBeChecked();

  // Tab two answers question 2 while tab one still shows its own answer to question 1.
  await questionGroups(second)
    .nth(1)
    .getByRole('radio', { name: /^Step 1/ })
    .check();
  await expect(
    questionGroups(first)
      .nth(1)
      .getByRole('radio', { name: /^Step 1/ }),
  ).toBeChecked();
  await expect(
    questionGroups(first)
      .nth(0)
      .getByRole('radio', { name: /^Step 3/ }),
  ).toBeChecked();

  // Both tabs answer different questions at the same moment: nothing is lost.
  await Promise.all([
    questionGroups(first)
      .nth(2)
      .getByRole('radio', { name: /^Step 4/ })
      .check(),
    questionGroups(second)
      .nth(4)
      .getByRole('radio', { name: /^Step 0/ })
      .check(),
  ]);
  for (const page of [first, second]) {
    await expect(
      questionGroups(page)
        .nth(2)
        .getByRole('radio', { name: /^Step 4/ }),
    ).toBeChecked();
    await expect(
      questionGroups(page)
        .nth(4)
        .getByRole('radio', { name: /^Step 0/ }),
    ).toBeChecked();
    await expect(page.getByText('4 of 53 questions answered')).toBeVisible();
  }

  // IndexedDB holds the four answers, as given, whichever tab gave them.
  expect(await storedAnswers(second, responseId)).toEqual({
    'digital-strategy': 3,
    'digital-lead': 1,
    'board-engagement': 4,
    'progress-review': 0,
  });
});
