// The sector snapshot end to end, in the production build: three agencies, each in its own browser,
// answer the cybersecurity baseline, close their cycle and save a contribution file after reading it
// field by field. A network imports the three files (too few for any figure: nothing is shown) and
// a .zip of the rest of the sector (synthetic, made here), in the app's worker; it reads the figures,
// changes a filter, and publishes the benchmark, its CSV and a printable summary. The first agency
// imports the benchmark: its results and its PDF report show where it stands among agencies of its
// size. Every screen passes an axe scan.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test,
  type Browser,
  type Download,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { contentHash } from '../../src/engine/content-hash';
import { seal } from '../../src/storage/transfer/envelope';
import { contributionFileText, sealContribution } from '../../src/storage/sector/contribution-file';
import { compareVersions } from '../../src/engine/versions';
import { shippedVersion, syntheticContributions } from '../support/sector-contributions';
import { APP_ORIGIN, expectPdfReport, watchConsole } from './helpers';

const CYBER = 'cybersecurity-baseline';
const YEAR = new Date().getFullYear();
const root = fileURLToPath(new URL('../..', import.meta.url));
/** The version new cycles start on (the newest published). */
const VERSION = Object.keys(
  JSON.parse(readFileSync(join(root, 'assessments', CYBER, 'published.json'), 'utf8')) as Record<
    string,
    string
  >,
)
  .sort(compareVersions)
  .at(-1)!;
const definition = JSON.parse(
  readFileSync(join(root, 'assessments', CYBER, `${VERSION}.json`), 'utf8'),
) as unknown;

/** A response file from a shipped example, as "Export these answers as a file" writes it. */
function responseFile(id: string, example: string) {
  const { answers } = JSON.parse(
    readFileSync(join(root, 'assessments', CYBER, 'examples', VERSION, `${example}.json`), 'utf8'),
  ) as { answers: Record<string, Record<string, unknown>> };
  const at = `${YEAR}-02-10T15:30:00.000Z`;
  const file = seal({
    format: 'boussole-response' as const,
    formatVersion: 1,
    exportedAt: at,
    questionnaire: { id: CYBER, version: VERSION, contentHash: contentHash(definition) },
    response: {
      id,
      respondent: 'Executive director',
      startedAt: at,
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
    name: `${example}.boussole.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  };
}

/** The rest of the sector: synthetic contributions (tests only) on the same version, in a .zip. */
function restOfSector(count: number) {
  const questionnaire = shippedVersion(CYBER, VERSION);
  const contributions = syntheticContributions(count, {
    seed: 2026,
    years: [YEAR],
    questionnaires: [questionnaire],
  });
  const files = Object.fromEntries(
    contributions.map((c, i) => [
      `sector/contribution-${i}.json`,
      strToU8(contributionFileText(sealContribution(c, 1))),
    ]),
  );
  return {
    name: 'rest-of-sector.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zipSync(files)),
  };
}

/** An axe scan (WCAG 2.2 A/AA): no serious or critical violation, on a desktop and, when asked, on a
 *  320 px phone, where wide tables must scroll inside their region. */
async function expectNoAxeViolations(page: Page, where: string, widths = [1280]) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    const scan = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      scan.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${where} ${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
    ).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Saves a download under its own name, as a browser would (each name must be unique). */
async function saved(download: Promise<Download>, testInfo: TestInfo): Promise<string> {
  const file = await download;
  const path = testInfo.outputPath(file.suggestedFilename());
  expect(existsSync(path), `${file.suggestedFilename()} was already saved`).toBe(false);
  await file.saveAs(path);
  return path;
}

interface Agency {
  name: string;
  staffBand: string;
  communitySize: string;
  province: string;
  example: string;
}

/** One agency in its own browser: profile, a cycle answered from an example, closed, contributed. */
async function contribute(browser: Browser, agency: Agency, testInfo: TestInfo) {
  const context = await browser.newContext({ baseURL: APP_ORIGIN, locale: 'en-CA' });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Organization name' }).fill(agency.name);
  await page.getByRole('combobox', { name: 'Province or territory' }).selectOption(agency.province);
  await page.getByRole('combobox', { name: 'Community size' }).selectOption(agency.communitySize);
  await page.getByRole('combobox', { name: 'Number of staff' }).selectOption(agency.staffBand);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('link', { name: 'Start a new assessment cycle' }).click();
  await page.getByRole('textbox', { name: 'Name of the cycle' }).fill(`Assessment ${YEAR}`);
  for (const name of ['Digital maturity', 'Digital literacy self-assessment for staff'])
    await page.getByRole('checkbox', { name }).setChecked(false);
  await page.getByRole('checkbox', { name: 'Cybersecurity baseline' }).setChecked(true);
  await page.getByRole('button', { name: 'Start the cycle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Assessment ${YEAR}` })).toBeVisible();
  const cycleUrl = page.url();
  await page
    .getByLabel('Choose response files')
    .setInputFiles([responseFile(`resp-${agency.example}`, agency.example)]);
  await expect(page.locator('.import-results li')).toHaveText(/imported\.$/);

  // Open cycles cannot be contributed: the cycle screen says so, then the cycle is closed.
  await expect(
    page.getByText(
      'Once this cycle is closed, you can contribute its results to a sector snapshot.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Close this cycle' }).click();
  await page.getByRole('link', { name: 'Contribute to a sector snapshot' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Contribute to a sector snapshot' }),
  ).toBeVisible();
  const fields = page.getByRole('table', { name: "The contribution's fields" });
  await expect(fields.getByRole('row', { name: /^Number of staff/ })).toContainText(
    `"${agency.staffBand}"`,
  );
  await expect(fields.getByRole('row', { name: /^Year/ })).toContainText(String(YEAR));
  const results = page.getByRole('table', { name: 'Cybersecurity baseline' });
  await expect(results.getByRole('row', { name: /^People who answered/ })).toContainText(
    'One person"1"',
  );
  if (agency === agencies[0]) await expectNoAxeViolations(page, 'contribute');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the contribution file' }).click();
  expect((await download).suggestedFilename()).toMatch(
    new RegExp(`^sector-contribution-${YEAR}-[0-9a-f]{8}\\.json$`),
  );
  const path = await saved(download, testInfo);
  const text = readFileSync(path, 'utf8');
  expect(text).not.toContain(agency.name);
  expect(text).not.toContain('Executive director');
  expect(problems).toEqual([]);
  return { context, page, cycleUrl, file: path, problems };
}

const agencies: Agency[] = [
  {
    name: 'Moncton Newcomer Centre',
    province: 'NB',
    communitySize: 'mid-size',
    staffBand: '6-15',
    example: 'small-rural-centre',
  },
  {
    name: 'Fredericton Multicultural Association',
    province: 'NB',
    communitySize: 'mid-size',
    staffBand: '16-50',
    example: 'urban-agency-with-it-provider',
  },
  {
    name: 'Halifax Immigrant Services',
    province: 'NS',
    communitySize: 'large-urban',
    staffBand: '51-200',
    example: 'well-run-agency',
  },
];

test('three agencies contribute, a network publishes a benchmark, and an agency compares itself in its results and PDF', async ({
  browser,
}, testInfo) => {
  // Three browsers, a worker import, a PDF and six axe scans: minutes on a busy two-core machine.
  test.setTimeout(600_000);
  const contributed = [];
  for (const agency of agencies) contributed.push(await contribute(browser, agency, testInfo));
  // Only the first agency stays open for the end of the journey.
  for (const { context } of contributed.slice(1)) await context.close();

  // The network: the sector snapshot from Data and settings.
  const collector = await browser.newContext({ baseURL: APP_ORIGIN, locale: 'en-CA' });
  const page = await collector.newPage();
  const problems = watchConsole(page);
  await page.goto('/#/settings');
  await page.getByRole('link', { name: 'Open the sector snapshot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sector snapshot' })).toBeVisible();
  await page
    .getByLabel('Choose contribution files or .zip archives')
    .setInputFiles(contributed.map(({ file }) => file));
  await expect(page.getByText('Import finished.')).toBeVisible();
  await expect(page.getByRole('row', { name: 'New contributions 3' })).toBeVisible();
  // Three contributions are too few for any figure.
  await expect(
    page.getByText(
      `Nothing can be shown for ${YEAR}: no questionnaire version Boussole knows has 5 contributions or more.`,
    ),
  ).toBeVisible();

  // The rest of the sector arrives as a .zip; one of the agencies' files again changes nothing.
  await page.getByLabel('Choose contribution files or .zip archives').setInputFiles([
    restOfSector(60),
    {
      name: 'again.json',
      mimeType: 'application/json',
      buffer: readFileSync(contributed[0]!.file),
    },
  ]);
  await expect(page.getByText('Import finished.')).toBeVisible();
  await expect(page.getByRole('row', { name: 'New contributions 60' })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Already imported, unchanged 1' })).toBeVisible();
  await expect(
    page.getByRole('row', { name: `${YEAR} 63 Delete the ${YEAR} contributions` }),
  ).toBeVisible();

  const all = page.getByRole('table', {
    name: `Cybersecurity baseline, all agencies, ${YEAR}: scores out of 100`,
  });
  await expect(all.getByRole('row', { name: /^Overall score 63 / })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Box chart of Cybersecurity baseline/ }),
  ).toBeVisible();
  // A group of fewer than 5 (the three agencies' Atlantic provinces are few in this sector) is hidden.
  await page.getByRole('combobox', { name: 'Agencies' }).selectOption('province');
  await page.getByRole('combobox', { name: 'Province or territory' }).selectOption('NS');
  await expect(
    page.getByText(
      'Nothing is shown for this group: it has fewer than 5 contributions, or showing it would reveal a smaller group.',
    ),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Province or territory' }).selectOption('ON');
  await expect(
    page.getByRole('table', {
      name: `Cybersecurity baseline, Ontario, ${YEAR}: scores out of 100`,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'sector snapshot', [1280, 320]);

  // Publish: the benchmark file, the CSV and the printable summary.
  const benchmarkDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save the ${YEAR} benchmark file` }).click();
  const benchmark = await saved(benchmarkDownload, testInfo);
  expect(JSON.parse(readFileSync(benchmark, 'utf8'))).toMatchObject({
    format: 'boussole-benchmark',
    year: YEAR,
    minimumCount: 5,
  });
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save the ${YEAR} figures as CSV` }).click();
  const csv = readFileSync(await saved(csvDownload, testInfo), 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(
    /^\uFEFFyear,questionnaire,version,measure,dimension,attribute,value,n,q1,median,q3,/,
  );
  expect(csv).toContain(`${YEAR},${CYBER},${VERSION},overall,,all,,63,`);
  await page.getByRole('link', { name: `Open a printable summary of ${YEAR}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Sector snapshot ${YEAR}` }),
  ).toBeVisible();
  await expect(page.getByText(/from 63 contributions/)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Overall score by region' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'printable summary');
  expect(problems).toEqual([]);
  await collector.close();

  // Back at the first agency: its results next to agencies of its size, on screen and in the PDF.
  const first = contributed[0]!;
  const agency = first.page;
  await agency.goto(`${first.cycleUrl}/results/${CYBER}`);
  await agency.getByLabel('Import a benchmark file').setInputFiles(benchmark);
  await expect(agency.getByText(`Benchmark ${YEAR} imported.`)).toBeVisible();
  await expect(
    agency
      .getByRole('list', { name: 'Your scores next to all agencies' })
      .getByRole('listitem')
      .first(),
  ).toHaveText(
    /^Overall score: you: \d+; all agencies: median [\d.]+, middle half [\d.]+–[\d.]+, n = 63$/,
  );
  await agency
    .getByRole('combobox', { name: 'Compare with' })
    .selectOption({ label: 'Agencies of your size band' });
  const bySize = agency.getByRole('list', {
    name: 'Your scores next to agencies of your size band (6 to 15 staff)',
  });
  await expect(bySize.getByRole('listitem').first()).toHaveText(
    /^Overall score: you: \d+; agencies of your size band \(6 to 15 staff\): median [\d.]+, middle half [\d.]+–[\d.]+, n = \d+$/,
  );
  const line = (await bySize.getByRole('listitem').first().textContent()) ?? '';
  await expectNoAxeViolations(agency, 'results with the comparison', [1280, 320]);

  await agency.goto(first.cycleUrl);
  const pdf = agency.waitForEvent('download');
  await agency.getByRole('button', { name: 'Export PDF' }).click();
  await expectPdfReport(await pdf, testInfo, {
    fileName: `moncton-newcomer-centre-assessment-${YEAR}-en.pdf`,
    contains: ['Compared with similar agencies', line.replace(/\s+/g, ' ')],
  });
  expect(first.problems).toEqual([]);
  await first.context.close();
});
