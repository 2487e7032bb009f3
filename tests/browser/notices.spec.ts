// Notices never cover what is under them: the confirmation after submitting sits in the page's flow,
// so every link on the results screen, the roadmap link among them, takes a click at once.
import { expect, test } from '@playwright/test';
import {
  answerQuestionnaireByClick,
  createProfile,
  startCycle,
  startResponse,
  ui,
  watchConsole,
} from './helpers';

test('after submitting, the confirmation covers no link and the roadmap link under it opens the roadmap', async ({
  page,
}) => {
  const en = ui.en;
  const problems = watchConsole(page);
  // A short window puts the roadmap link near its bottom edge, where a floating notice used to sit.
  await page.setViewportSize({ width: 1280, height: 640 });
  await page.goto('/');
  await createProfile(page, 'Newcomer Centre of Brandon');
  await startCycle(page, { name: 'Review 2026', questionnaires: ['cybersecurity-baseline'] });
  await startResponse(page, 'cybersecurity-baseline', 'Executive director');
  await answerQuestionnaireByClick(page);
  await page.getByRole('button', { name: en.submit }).click();
  await expect(page.getByRole('heading', { level: 2, name: en.overall })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Answers submitted.' })).toBeVisible();

  // Every link, brought to the bottom edge of the window, is the element found under its centre.
  const covered = await page.locator('main a[href]').evaluateAll((links) =>
    links.flatMap((link) => {
      link.scrollIntoView({ block: 'end' });
      const box = link.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      const found = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return found !== null && link.contains(found) ? [] : [link.textContent];
    }),
  );
  expect(covered).toEqual([]);

  // A real click, with no time allowed for anything to move out of the way.
  await page.getByRole('link', { name: en.seeRoadmap }).click({ timeout: 2_000 });
  await expect(page.getByRole('heading', { level: 1, name: en.roadmapTitle })).toBeVisible();
  // The confirmation belonged to the results screen: it leaves with it.
  await expect(page.getByText('Answers submitted.')).toHaveCount(0);
  expect(problems).toEqual([]);
});
