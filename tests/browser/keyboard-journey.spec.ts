// The whole journey of a French-speaking staff member who uses only the keyboard: the profile, a
// cycle, a complete questionnaire interrupted by a reload, the results, the roadmap and the PDF report.
import { expect, test } from '@playwright/test';
import {
  answerSectionByKeyboard,
  expectPdfReport,
  storedAnswers,
  tabTo,
  ui,
  watchConsole,
  watchForeignRequests,
} from './helpers';

test.use({ locale: 'fr-CA' });

const text = ui.fr;
const organization = 'Centre d’accueil de Rivière-du-Loup';
const cycleName = 'Bilan 2026';

test('in French and with the keyboard alone, a person answers a whole questionnaire across a reload, then sees the results and roadmap and exports the PDF', async ({
  page,
  context,
}, testInfo) => {
  const problems = watchConsole(page);
  const foreignRequests = watchForeignRequests(context);
  const main = page.getByRole('main');
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bienvenue dans Boussole' }),
  ).toBeVisible();

  // The organization profile.
  await tabTo(page, main.getByRole('textbox', { name: text.organizationName }));
  await page.keyboard.type(organization);
  const province = main.getByRole('combobox', { name: text.province });
  await tabTo(page, province);
  await page.keyboard.type('Q');
  await expect(province).toHaveValue('QC');
  await tabTo(page, main.getByRole('button', { name: text.saveProfile }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: organization })).toBeVisible();

  // A cycle with the staff digital literacy questionnaire only.
  await tabTo(page, main.getByRole('link', { name: text.startCycle }));
  await page.keyboard.press('Enter');
  await tabTo(page, main.getByRole('textbox', { name: text.cycleName }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(cycleName);
  for (const other of ['cybersecurity-baseline', 'digital-maturity'] as const) {
    await tabTo(page, main.getByRole('checkbox', { name: text.questionnaires[other] }));
    await page.keyboard.press('Space');
  }
  await expect(
    main.getByRole('checkbox', { name: text.questionnaires['digital-literacy'] }),
  ).toBeChecked();
  await tabTo(page, main.getByRole('button', { name: text.createCycle }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: cycleName })).toBeVisible();

  // Start answering.
  const literacy = main.getByRole('region', { name: text.questionnaires['digital-literacy'] });
  await tabTo(page, literacy.getByRole('textbox', { name: text.respondent }));
  await page.keyboard.type('Intervenante en établissement');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: text.questionnaires['digital-literacy'] }),
  ).toBeVisible();
  const responseId = decodeURIComponent(
    /#\/responses\/([^/]+)/.exec(page.url())?.[1] ?? 'no response id in the address',
  );

  // Two sections, then a reload: the person is back on the third section with eleven answers kept.
  const sectionHeading = page.getByRole('heading', { level: 2 }).first();
  await expect(sectionHeading).toHaveText('Recherche, évaluation et gestion de l’information');
  expect(await answerSectionByKeyboard(page, text.next)).toHaveLength(4);
  await expect(sectionHeading).toHaveText('Communication et collaboration');
  expect(await answerSectionByKeyboard(page, text.next)).toHaveLength(7);
  await expect(sectionHeading).toHaveText('Création de contenu');
  await expect(page.getByText('11 questions sur 26 ont une réponse')).toBeVisible();

  await page.reload();
  await expect(sectionHeading).toHaveText('Création de contenu');
  await expect(page.getByText('11 questions sur 26 ont une réponse')).toBeVisible();
  expect(Object.keys(await storedAnswers(page, responseId))).toHaveLength(11);

  // The three remaining sections; the last one leads to the review page.
  expect(await answerSectionByKeyboard(page, text.next)).toHaveLength(4);
  expect(await answerSectionByKeyboard(page, text.next)).toHaveLength(6);
  expect(await answerSectionByKeyboard(page, text.review)).toHaveLength(5);
  await expect(page.getByRole('heading', { level: 2, name: text.reviewTitle })).toBeVisible();
  await expect(page.getByText(text.allAnswered)).toBeVisible();

  // Arrow keys chose the answers: question 1 moved three steps, question 2 one step, the checklist
  // (question 17) has its first box ticked.
  const stored = await storedAnswers(page, responseId);
  expect(Object.keys(stored)).toHaveLength(26);
  expect(stored['find-information']).toBe(3);
  expect(stored['check-sources']).toBe(1);
  expect(stored['account-security']).toHaveLength(1);

  // Submit, see the results, then the roadmap.
  await tabTo(page, main.getByRole('button', { name: text.submit }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Autoévaluation de la littératie numérique du personnel\s:\srésultats$/,
  );
  await expect(page.getByRole('heading', { level: 2, name: text.overall })).toBeVisible();

  await tabTo(page, main.getByRole('link', { name: text.seeRoadmap }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Feuille de route\s:\smaintenant, ensuite, plus tard$/,
  );
  for (const horizon of text.horizons) {
    await expect(page.getByRole('heading', { level: 2, name: horizon, exact: true })).toBeVisible();
  }

  // Back to the cycle and export the report, in French on US Letter paper.
  await tabTo(page, main.getByRole('link', { name: `Retour à ${cycleName}` }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: cycleName })).toBeVisible();
  const reportLanguage = main.getByRole('combobox', { name: text.reportLanguage });
  await tabTo(page, reportLanguage);
  await expect(reportLanguage).toHaveValue('fr');
  await tabTo(page, main.getByRole('button', { name: text.exportPdf }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await expectPdfReport(await download, testInfo, {
    fileName: 'centre-d-accueil-de-rivière-du-loup-bilan-2026-fr.pdf',
    contains: [organization, cycleName],
    paper: 'letter',
  });

  expect(foreignRequests).toEqual([]);
  expect(problems).toEqual([]);
});
