// An axe-core scan of every screen, in English and in French, with real data on it: no serious or
// critical violation of WCAG 2.2 A/AA. The screens scanned are listed in the test's annotations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  answerQuestionnaireByClick,
  createProfile,
  startCycle,
  startResponse,
  ui,
  type Language,
} from './helpers';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

async function scan(page: Page, screen: string, findings: Finding[], scanned: string[]) {
  // Lazy screens show a "Loading" status first; scan what the person finally sees.
  await expect(page.locator('main h1')).toBeVisible();
  await expect(
    page.locator('main [role="status"]', { hasText: /^(Loading|Chargement)/ }),
  ).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  // A scan that checked nothing would pass too: make sure axe actually examined the screen.
  expect(results.passes.length).toBeGreaterThan(10);
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    findings.push({
      screen,
      rule: `${violation.id}: ${violation.help}`,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    });
  }
  scanned.push(screen);
}

for (const language of ['en', 'fr'] as const satisfies readonly Language[]) {
  test.describe(language === 'en' ? 'in English' : 'in French', () => {
    test.use({ locale: language === 'en' ? 'en-CA' : 'fr-CA' });

    test(`every screen has no serious or critical accessibility violation (${language})`, async ({
      page,
    }, testInfo) => {
      // Every screen, with five questionnaires answered by mouse: about 90 s on a quiet machine,
      // so the default limit would fail a slower machine on time alone.
      test.setTimeout(300_000);
      const text = ui[language];
      const findings: Finding[] = [];
      const scanned: string[] = [];
      const visit = async (hash: string, screen: string) => {
        await page.goto(`/${hash}`);
        await scan(page, screen, findings, scanned);
      };

      await page.goto('/');
      await scan(page, 'welcome (no profile yet)', findings, scanned);
      await createProfile(page, 'Moncton Newcomer Centre', language);
      await scan(page, 'home', findings, scanned);
      await visit('#/profile', 'organization profile');
      await visit('#/cycles/new', 'new cycle');

      await page.goto('/#/');
      const cycleId = await startCycle(page, {
        name: '2026',
        questionnaires: ['digital-literacy', 'cybersecurity-baseline', 'digital-maturity'],
        language,
      });
      await scan(page, 'cycle', findings, scanned);

      // Two people answer the staff questionnaire, so the results show the team view.
      await startResponse(page, 'digital-literacy', 'Coordinator', language);
      await scan(page, 'questionnaire page', findings, scanned);
      await answerQuestionnaireByClick(page, language);
      await scan(page, 'review before submitting', findings, scanned);
      await page.getByRole('button', { name: text.submit }).click();
      await expect(page.getByRole('heading', { level: 2, name: text.overall })).toBeVisible();
      await scan(page, 'results (one respondent)', findings, scanned);

      await page.goto(`/#/cycles/${encodeURIComponent(cycleId)}`);
      await startResponse(page, 'digital-literacy', 'Case worker', language);
      await answerQuestionnaireByClick(page, language);
      await page.getByRole('button', { name: text.submit }).click();
      await expect(page.getByRole('heading', { level: 2, name: text.overall })).toBeVisible();
      await scan(page, 'results (team view)', findings, scanned);
      await page.goto(`/#/cycles/${encodeURIComponent(cycleId)}`);
      await startResponse(page, 'cybersecurity-baseline', 'Director', language);
      await answerQuestionnaireByClick(page, language);
      await page.getByRole('button', { name: text.submit }).click();
      await expect(page.getByRole('heading', { level: 2, name: text.overall })).toBeVisible();
      await scan(page, 'results with a critical-control callout', findings, scanned);

      await visit(`#/cycles/${encodeURIComponent(cycleId)}/roadmap`, 'roadmap');
      await visit(`#/cycles/${encodeURIComponent(cycleId)}`, 'cycle with responses');
      await page
        .getByRole('button', {
          name: language === 'fr' ? 'Inviter un ou une collègue' : 'Invite a colleague',
        })
        .click();
      await expect(
        page.getByRole('textbox', {
          name: language === 'fr' ? 'Texte de l’invitation' : 'Invitation',
        }),
      ).not.toHaveValue('');
      await scan(page, 'cycle with the invitation open', findings, scanned);
      await visit(
        `#/print/cybersecurity-baseline/1.0.0/${language}`,
        'printable blank questionnaire',
      );
      await visit('#/history', 'history');
      await visit('#/settings', 'data and settings');

      // A second year, so two cycles can be compared.
      await page.goto('/#/');
      await startCycle(page, {
        name: '2027',
        questionnaires: ['cybersecurity-baseline'],
        language,
      });
      await startResponse(page, 'cybersecurity-baseline', 'Director', language);
      await answerQuestionnaireByClick(page, language);
      await page.getByRole('button', { name: text.submit }).click();
      await expect(page.getByRole('heading', { level: 2, name: text.overall })).toBeVisible();
      await visit('#/compare', 'comparison of two cycles');

      // The widest screens again on a 320 px wide phone: nothing may need a mouse to scroll.
      await page.setViewportSize({ width: 320, height: 800 });
      await visit('#/compare', 'comparison (320 px)');
      await visit(
        `#/cycles/${encodeURIComponent(cycleId)}/results/digital-literacy`,
        'team results (320 px)',
      );
      await visit(`#/cycles/${encodeURIComponent(cycleId)}/roadmap`, 'roadmap (320 px)');

      testInfo.annotations.push({ type: 'screens scanned', description: scanned.join('; ') });
      expect(findings).toEqual([]);
    });
  });
}
