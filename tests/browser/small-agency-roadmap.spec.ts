// A small agency (6 to 15 staff, many gaps) builds the roadmap it will take to funders: its digital
// maturity and cybersecurity answers come in as response files (made here from the shipped examples of
// a small town agency and a small rural centre), and the cycle roadmap holds at most 6 actions in Now,
// the rest moved to Next with the reason, one multifactor-authentication action for both
// questionnaires, costs per horizon and the "not yet funded" total that changes as leadership says who
// pays. Leadership adds an action of its own, pushes one out of Now, and everything survives a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { contentHash } from '../../src/engine/content-hash';
import { compareVersions } from '../../src/engine/versions';
import { seal } from '../../src/storage/transfer/envelope';
import { startCycle, watchConsole } from './helpers';

const CYBER = 'cybersecurity-baseline';
const MATURITY = 'digital-maturity';
const MFA = 'Turn on multifactor authentication for email and admin accounts';
const root = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (...path: string[]): unknown =>
  JSON.parse(readFileSync(join(root, ...path), 'utf8'));

/** The newest published version of a questionnaire: the one new cycles start on. */
const newest = (id: string) =>
  Object.keys(readJson('assessments', id, 'published.json') as Record<string, string>)
    .sort(compareVersions)
    .at(-1)!;

/** A response file as "Export these answers as a file" writes it, from a shipped example. */
function responseFile(
  questionnaire: string,
  example: string,
  respondent: string,
  changed: Record<string, Record<string, unknown>> = {},
) {
  const version = newest(questionnaire);
  const { answers: shipped } = readJson(
    'assessments',
    questionnaire,
    'examples',
    version,
    `${example}.json`,
  ) as {
    answers: Record<string, Record<string, unknown>>;
  };
  const answers = { ...shipped, ...changed };
  const at = '2026-02-10T15:30:00.000Z';
  const file = seal({
    format: 'boussole-response' as const,
    formatVersion: 1,
    exportedAt: '2026-02-11T09:00:00.000Z',
    questionnaire: {
      id: questionnaire,
      version,
      contentHash: contentHash(readJson('assessments', questionnaire, `${version}.json`)),
    },
    response: {
      id: `${questionnaire}-${example}`,
      respondent,
      startedAt: '2026-02-10T14:00:00.000Z',
      updatedAt: at,
      submittedAt: at,
    },
    answers: Object.fromEntries(
      Object.entries(answers).map(([question, answer]) => [
        question,
        { ...answer, answeredAt: at },
      ]),
    ),
  });
  return {
    name: `${questionnaire}.boussole.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  };
}

/** A target date in the next quarter, whatever today is: the 15th of the month three months on. */
const dueDate = (() => {
  const day = new Date();
  day.setDate(15);
  day.setMonth(day.getMonth() + 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    iso: `${String(day.getFullYear())}-${pad(day.getMonth() + 1)}-15`,
    shown: day.toLocaleDateString('en-CA', { dateStyle: 'long' }),
    quarter: `${String(day.getFullYear())} Q${String(Math.floor(day.getMonth() / 3) + 1)}`,
  };
})();

const column = (page: Page, name: string) =>
  page.getByRole('region', { name, exact: true }).filter({ has: page.locator('.column-header') });
const cards = (region: Locator) => region.locator('ol.roadmap-items > li');
const totalsRow = (page: Page, name: string) =>
  page
    .getByRole('table', { name: /^Estimated cost/ })
    .getByRole('row', { name: new RegExp(`^${name}`) });
/** A table cell by its column (1-based after the row header). */
const cell = (row: Locator, index: number) => row.getByRole('cell').nth(index);

test('a small agency gets a Now it can do, one MFA action, costs and the amount still to fund', async ({
  page,
}) => {
  // An accessibility scan of a roadmap of some forty actions takes a while on a busy machine.
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  await page.goto('/');
  await page
    .getByRole('textbox', { name: 'Organization name' })
    .fill('Centre d’accueil de Rivière-du-Loup');
  await page.getByRole('combobox', { name: 'Number of staff' }).selectOption({ label: '6 to 15' });
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await startCycle(page, { name: '2026', questionnaires: [MATURITY, CYBER] });

  await page.getByLabel('Choose response files').setInputFiles([
    // The director knows the security basics are weak ("only passwords, some accounts shared"), so
    // both questionnaires call for multifactor authentication.
    responseFile(MATURITY, 'small-town-agency', 'Executive director', {
      'security-basics': { value: 0 },
    }),
    responseFile(CYBER, 'small-rural-centre', 'Executive director'),
  ]);
  await expect(page.locator('.import-results li')).toHaveCount(2);
  await page.getByRole('link', { name: 'See the roadmap' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Roadmap: Now, Next, Later' }),
  ).toBeVisible();

  // Now holds at most 6; what did not fit heads Next, saying why.
  await expect(page.getByText(/Now holds at most 6 actions/)).toBeVisible();
  const now = column(page, 'Now');
  await expect(now.locator('.column-count')).toHaveText('6 actions to take');
  await expect(cards(now)).toHaveCount(6);
  const moved = cards(column(page, 'Next')).filter({
    hasText: 'Moved to Next: Now already holds the 6 most urgent actions.',
  });
  expect(await moved.count()).toBeGreaterThan(0);

  // One multifactor-authentication action, with the reasons of both questionnaires.
  const mfaTitles = page.getByRole('heading', {
    level: 3,
    name: /^Turn on multifactor authentication/,
  });
  await expect(mfaTitles).toHaveCount(1);
  const mfa = cards(page.locator('.roadmap-columns')).filter({
    has: page.getByRole('heading', { level: 3, name: MFA }),
  });
  await expect(mfa).toContainText('From Digital maturity:');
  await expect(mfa).toContainText('From Cybersecurity baseline:');

  // Costs per horizon in dollars, and nothing funded yet: the ask is the whole cost.
  const nowTotals = totalsRow(page, 'Now');
  await expect(cell(nowTotals, 1)).toHaveText(/^\$[\d,]+(–\$[\d,]+)?$/);
  const nowCost = await cell(nowTotals, 1).textContent();
  await expect(cell(nowTotals, 4)).toHaveText(nowCost!);
  await expect(page.getByRole('table', { name: /^Estimated cost/ })).not.toContainText('$0–');
  await expect(page.getByText(/Costs per staff member assume 10 staff/)).toBeVisible();

  // Leadership pays for the MFA action with a named funder: the ask in Now goes down.
  await mfa.getByRole('button', { name: 'Horizon, funding and cost' }).click();
  await mfa.getByRole('combobox', { name: 'Funding' }).selectOption({ label: 'Another funder' });
  const funder = mfa.getByRole('textbox', { name: "Funder's name" });
  await funder.fill('Fondation Lucie-et-André-Chagnon');
  await funder.blur();
  await expect(mfa).toContainText('Funding: Another funder (Fondation Lucie-et-André-Chagnon)');
  await expect(cell(nowTotals, 4)).not.toHaveText(nowCost!);

  // The least urgent action of Now is pushed out: the next one takes its place, Now still holds 6.
  const last = cards(now).last();
  const lastTitle = (await last.getByRole('heading', { level: 3 }).textContent())!;
  const lastOf = (region: Locator) =>
    cards(region).filter({
      has: page.getByRole('heading', { level: 3, name: lastTitle, exact: true }),
    });
  await last.getByRole('button', { name: 'Horizon, funding and cost' }).click();
  await last.getByRole('combobox', { name: 'Horizon' }).selectOption({ label: 'Later' });
  await expect(lastOf(column(page, 'Later'))).toContainText('Placed in Later by leadership.');
  await expect(cards(now)).toHaveCount(6);

  // An action of the agency's own, with its cost, in Now: it counts toward the 6.
  await page.getByRole('button', { name: 'Add an action of our own' }).click();
  const form = page.getByRole('form', { name: 'New action' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Replace the two front-desk laptops');
  const oneTime = form.getByRole('group', { name: 'One-time cost' });
  await oneTime.getByRole('textbox', { name: 'From' }).fill('1800');
  await oneTime.getByRole('textbox', { name: 'To' }).fill('2,600');
  await form.getByLabel('Target date').fill(dueDate.iso);
  await form
    .getByRole('combobox', { name: 'Funding' })
    .selectOption({ label: 'IRCC, Service Delivery Improvement' });
  await form.getByRole('button', { name: 'Add to the roadmap' }).click();
  const laptops = cards(now).filter({ hasText: 'Replace the two front-desk laptops' });
  await expect(laptops).toContainText('Our own action');
  await expect(laptops).toContainText('One-time: $1,800–$2,600');
  await expect(laptops).toContainText('Funding: IRCC, Service Delivery Improvement');
  await expect(cards(now)).toHaveCount(6);

  // The timeline places it in its quarter; the table says the same.
  const timeline = page.getByRole('region', { name: 'Timeline: the next eight quarters' });
  await expect(timeline).toContainText('Replace the two front-desk laptops');
  await timeline.getByRole('radio', { name: 'A table' }).check();
  await expect(
    timeline.getByRole('row', { name: /Replace the two front-desk laptops/ }),
  ).toContainText(`${dueDate.quarter}${dueDate.shown}`);

  // Scanned on a 320 px phone, with a plan, the new-action form and the timeline's table open (the
  // accessibility journey scans the roadmap at both widths).
  await cards(now).first().getByRole('button', { name: 'Horizon, funding and cost' }).click();
  await page.getByRole('button', { name: 'Add an action of our own' }).click();
  for (const width of [320]) {
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
  await page.setViewportSize({ width: 1280, height: 800 });

  // Everything is stored: after a reload the pin, the funder and the own action are still there.
  await page.reload();
  await expect(cards(column(page, 'Now'))).toHaveCount(6);
  await expect(lastOf(column(page, 'Later'))).toHaveCount(1);
  await expect(
    cards(page.locator('.roadmap-columns')).filter({
      has: page.getByRole('heading', { level: 3, name: MFA }),
    }),
  ).toContainText('Funding: Another funder (Fondation Lucie-et-André-Chagnon)');
  await expect(
    cards(column(page, 'Now')).filter({ hasText: 'Replace the two front-desk laptops' }),
  ).toHaveCount(1);
  expect(problems).toEqual([]);
});
