// The accessible HTML report and the Word action plan, exported from a cycle as a person would: the
// HTML file opens on its own (nothing fetched), passes an axe scan, has real headings and tables, and
// prints; the Word file is a package whose document holds the plan.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  answerQuestionnaireByClick,
  createProfile,
  startCycle,
  startResponse,
  watchConsole,
} from './helpers';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const ORGANIZATION = 'Centre Łucja Nguyễn pour les nouveaux arrivants';

test('a cycle exports an accessible HTML report and an editable Word action plan', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const problems = watchConsole(page);
  await page.goto('/');
  await createProfile(page, ORGANIZATION);
  const cycleId = await startCycle(page, {
    name: 'Bilan 2026',
    questionnaires: ['cybersecurity-baseline'],
  });
  await startResponse(page, 'cybersecurity-baseline', 'Executive director');
  await answerQuestionnaireByClick(page);
  await page.goto(`/#/cycles/${encodeURIComponent(cycleId)}`);

  // The HTML report, opened from the downloaded file with no network at all.
  const htmlDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export accessible HTML' }).click();
  const html = await htmlDownload;
  expect(html.suggestedFilename()).toMatch(/-en\.html$/);
  const htmlPath = testInfo.outputPath('report.html');
  await html.saveAs(htmlPath);

  const reader = await browser.newContext({ offline: true });
  const requests: string[] = [];
  reader.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  const report = await reader.newPage();
  await report.goto(pathToFileURL(htmlPath).href);
  await expect(report.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(report.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(report.getByText(ORGANIZATION).first()).toBeVisible();
  await expect(report.getByRole('heading', { level: 2, name: 'Executive summary' })).toBeVisible();
  await expect(report.getByRole('img', { name: /Scores out of 100/ })).toHaveCount(1);
  expect(await report.getByRole('columnheader').count()).toBeGreaterThan(20);
  const scan = await new AxeBuilder({ page: report }).withTags(tags).analyze();
  expect(scan.passes.length).toBeGreaterThan(10);
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  expect(requests).toEqual([]);

  // It prints: Chromium's print to PDF keeps the text, with the headings' pages broken cleanly.
  await report.emulateMedia({ media: 'print' });
  const printed = testInfo.outputPath('report-printed.pdf');
  await report.pdf({ path: printed, format: 'Letter' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', printed, '-'], { encoding: 'utf8' });
  expect(text.replace(/\s+/g, ' ')).toContain(ORGANIZATION);
  expect(text.split('\f').length).toBeGreaterThan(5);
  await reader.close();

  // The Word action plan: a .docx package whose document holds the organization and the plan.
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Word action plan (.docx)' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toMatch(/-en\.docx$/);
  const docxPath = testInfo.outputPath('plan.docx');
  await docx.saveAs(docxPath);
  const xml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8' });
  expect(xml).toContain(ORGANIZATION);
  expect(xml).toContain('Turn on multifactor authentication');
  expect(problems).toEqual([]);
});
