// Leadership gathers a team's answers as files: three colleagues' response files (.boussole.json, in the
// real format, made here from the shipped example answers) are imported into a cycle with the file
// picker, and the results show the team view of three people and where they disagree. A year later a
// second cycle is compared with the first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contentHash } from '../../src/engine/content-hash';
import { compareVersions } from '../../src/engine/versions';
import { seal } from '../../src/storage/transfer/envelope';
import { createProfile, startCycle, watchConsole } from './helpers';

const CYBER = 'cybersecurity-baseline';
const root = fileURLToPath(new URL('../..', import.meta.url));

const readJson = (...path: string[]): unknown =>
  JSON.parse(readFileSync(join(root, ...path), 'utf8'));

/** The version new cycles start on (the newest published), which the imported files are answered on. */
const VERSION = Object.keys(
  readJson('assessments', CYBER, 'published.json') as Record<string, string>,
)
  .sort(compareVersions)
  .at(-1)!;
const definition = readJson('assessments', CYBER, `${VERSION}.json`) as {
  dimensions: { id: string; title: { en: string } }[];
};

/** The answers of a shipped example of the cybersecurity baseline, written for that version. */
function exampleAnswers(name: string): Record<string, Record<string, unknown>> {
  const example = readJson('assessments', CYBER, 'examples', VERSION, `${name}.json`) as {
    answers: Record<string, Record<string, unknown>>;
  };
  return example.answers;
}

/** A response file as "Export these answers as a file" writes it (src/storage/transfer/response-file.ts). */
function responseFile(id: string, respondent: string, example: string) {
  const at = '2026-02-10T15:30:00.000Z';
  const file = seal({
    format: 'boussole-response' as const,
    formatVersion: 1,
    exportedAt: '2026-02-11T09:00:00.000Z',
    questionnaire: {
      id: CYBER,
      version: VERSION,
      contentHash: contentHash(definition),
    },
    response: {
      id,
      respondent,
      startedAt: '2026-02-10T14:00:00.000Z',
      updatedAt: at,
      submittedAt: at,
    },
    answers: Object.fromEntries(
      Object.entries(exampleAnswers(example)).map(([question, answer]) => [
        question,
        { ...answer, answeredAt: at },
      ]),
    ),
  });
  const name = `${respondent.toLowerCase().replace(/\W+/g, '-')}.boussole.json`;
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file, null, 2)) };
}

async function importFiles(page: Page, files: ReturnType<typeof responseFile>[]) {
  await page.getByLabel('Choose response files').setInputFiles(files);
  const outcomes = page.locator('.import-results li');
  await expect(outcomes).toHaveCount(files.length);
  return outcomes;
}

test('three response files imported into a cycle give a team view of three people and where they disagree', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await createProfile(page, 'Multicultural Association of the Greater Moncton Area');
  const first = await startCycle(page, { name: 'Spring 2026', questionnaires: [CYBER] });

  const outcomes = await importFiles(page, [
    responseFile('resp-director-2026', 'Executive director', 'well-run-agency'),
    responseFile('resp-office-2026', 'Office administrator', 'small-rural-centre'),
    responseFile('resp-it-2026', 'IT volunteer', 'urban-agency-with-it-provider'),
  ]);
  await expect(outcomes).toHaveText([
    'executive-director.boussole.json: answers from Executive director imported.',
    'office-administrator.boussole.json: answers from Office administrator imported.',
    'it-volunteer.boussole.json: answers from IT volunteer imported.',
  ]);
  // The same file again is recognised, not added twice.
  await expect(
    (
      await importFiles(page, [
        responseFile('resp-it-2026', 'IT volunteer', 'urban-agency-with-it-provider'),
      ])
    ).first(),
  ).toHaveText(
    /IT volunteer’s answers are already here, exactly as in this file\. Nothing was changed\./,
  );

  const section = page.getByRole('region', { name: 'Cybersecurity baseline' });
  for (const name of ['Executive director', 'Office administrator', 'IT volunteer']) {
    await expect(section.getByRole('link', { name: `Review ${name}'s answers` })).toBeVisible();
  }
  await section.getByRole('link', { name: 'See results' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cybersecurity baseline: results' }),
  ).toBeVisible();

  // The team view is shown by default and stands on all three people.
  const whose = page.getByRole('combobox', { name: 'Whose answers to show' });
  await expect(whose.locator('option:checked')).toHaveText('The whole team (3 people combined)');
  await expect(whose.locator('option')).toHaveCount(4);
  const spread = page
    .getByRole('heading', { name: 'How far apart the team is, by dimension' })
    .locator('..');
  const organizational = definition.dimensions.find((d) => d.id === 'governance')!.title.en;
  const governance = spread.getByRole('row', { name: new RegExp(`^${organizational}`) });
  await expect(governance.getByRole('cell').last()).toHaveText('3');

  // Where the team disagrees: questions listed with the agreement and how the answers were shared.
  const disagreements = page
    .getByRole('heading', { level: 2, name: 'Where the team disagrees' })
    .locator('..');
  const listed = disagreements.locator('ol.disagreements > li');
  expect(await listed.count()).toBeGreaterThan(2);
  await expect(listed.first()).toContainText(/Agreement: \d+%/);
  // Each share is a count, then the answer as worded in the questionnaire (never "accessible.: 1").
  await expect(listed.first()).toContainText(/\d+ (person|people): \S/);
  await expect(listed.first()).not.toContainText(/[.?!]: \d/);

  // One person's own results on demand.
  const volunteer = await whose
    .locator('option', { hasText: 'IT volunteer' })
    .getAttribute('value');
  await whose.selectOption(volunteer);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Where the team disagrees' }),
  ).toHaveCount(0);

  // A year later: a second cycle, answered by one person, compared with the first.
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  const second = await startCycle(page, { name: 'Spring 2027', questionnaires: [CYBER] });
  await importFiles(page, [
    responseFile('resp-director-2027', 'Executive director', 'well-run-agency'),
  ]);

  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Earlier cycle' })).toHaveValue(first);
  await expect(page.getByRole('combobox', { name: 'Later cycle' })).toHaveValue(second);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/${first}/${second}$`));
  await expect(
    page.getByRole('heading', { level: 2, name: 'Spring 2026 compared with Spring 2027' }),
  ).toBeVisible();
  const card = page.getByRole('region', { name: 'Cybersecurity baseline', exact: true });
  await expect(card).toContainText('Spring 2026: 3 people answered (team result)');
  await expect(card).toContainText('Spring 2027: 1 person answered');
  const overall = card.getByRole('row', { name: /^Overall/ });
  await expect(overall.locator('.visually-hidden')).toHaveText(/^up \d+ points?$/);
  await expect(overall.locator('[aria-hidden="true"]')).toHaveText(/^↑ \+\d+$/);
  // The trend chart (loaded with the screen) draws one line through both cycles.
  const chart = page.getByRole('img', { name: /^Line chart/ });
  await expect(chart.locator('.recharts-line-curve')).toHaveCount(1);
  await expect(chart.locator('.recharts-line-dot')).toHaveCount(2);

  // No serious accessibility problem, on a desktop and on a 320 px phone (the tables must not need
  // sideways scrolling there, which a keyboard could not do).
  await page.getByText('Show the scores over time as a table').click();
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const scan = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      scan.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
  expect(problems).toEqual([]);
});
