// The client skills check end to end: staff start client mode from the cycle, a client answers in
// Arabic (right to left) and prints the result, the next client answers in Spanish, staff leave with
// the PIN, more checks are read to clients by phone, and the anonymous counts show on the cycle's
// results and in the funder PDF. axe scans the client screens in every shipped language.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  answerQuestionnaireByClick,
  createProfile,
  expectPdfReport,
  startCycle,
  startResponse,
  ui,
  watchConsole,
} from './helpers';

const PIN = '2468';
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const QUESTIONS = 17;

/** Serious or critical axe violations on the page as it is now. */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Answers every question of client mode with the answer at position `pick`. */
async function answerEveryQuestion(page: Page, pick: number) {
  for (let number = 1; number <= QUESTIONS; number++) {
    const group = page.getByRole('main').getByRole('group');
    await expect(page.locator('.check-progress')).toContainText(String(number));
    const buttons = group.getByRole('button');
    await buttons.nth(Math.min(pick, (await buttons.count()) - 1)).click();
  }
}

test.beforeEach(async ({ context }) => {
  // A voice for Spanish only, as many browsers have for some languages and not others; and a print
  // dialog that only counts (headless Chromium has none).
  await context.addInitScript(() => {
    const voices = [
      { lang: 'es-MX', name: 'Paulina', default: false, localService: true, voiceURI: 'es' },
    ];
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => voices });
    Object.defineProperty(window.speechSynthesis, 'speak', {
      value: (utterance: SpeechSynthesisUtterance) => {
        const spoken = window as unknown as { spoken?: string[] };
        spoken.spoken = [...(spoken.spoken ?? []), utterance.text];
      },
    });
    // Chromium only accepts its own voice objects on an utterance: a plain stand-in takes any.
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        voice: unknown = null;
        lang = '';
        rate = 1;
        onend = null;
        onerror = null;
        constructor(readonly text: string) {}
      },
    });
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
});

test('staff start client mode, clients answer in Arabic and Spanish, staff leave with the PIN, and the anonymous counts reach the results and the PDF', async ({
  page,
}, testInfo) => {
  // Five checks of 17 questions each, two PDFs' worth of work on a shared two-core machine.
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  await page.goto('/');
  await createProfile(page, 'Centre multiculturel de Moncton');
  await page.getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('region', { name: 'Client skills check' });
  await settings.getByRole('textbox', { name: 'Program 1' }).fill('LINC');
  await settings.getByRole('button', { name: 'Save the programs' }).click();
  await expect(page.getByText('The programs are saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Home' }).click();
  const cycleId = await startCycle(page, {
    name: 'Intake 2026',
    questionnaires: ['digital-literacy'],
  });

  // Staff start client mode from the cycle, choosing the PIN the first time.
  const card = page.getByRole('region', { name: 'Client skills check' });
  await card.getByRole('combobox', { name: 'Program (optional)' }).selectOption('LINC');
  await card.getByRole('button', { name: 'Start client mode' }).click();
  await card.getByLabel('Staff PIN', { exact: true }).fill(PIN);
  await card.getByLabel('The same PIN again').fill(PIN);
  await card.getByRole('button', { name: 'Save the PIN and start client mode' }).click();

  // The focused screen: languages by their own names, no navigation, no agency data.
  const arabic = page.getByRole('button', { name: 'العربية' });
  await expect(arabic).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByText('Centre multiculturel de Moncton')).toHaveCount(0);
  await expect(page.getByText('Intake 2026')).toHaveCount(0);
  // A reload (or a curious client) stays in client mode.
  await page.reload();
  await expect(arabic).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);

  // A client answers in Arabic: right to left, in Arabic, with no read-aloud (no Arabic voice here).
  await arabic.click();
  const root = page.locator('.client-mode');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByText('ترجمة لم يراجعها بعدُ شخص يتقن العربية')).toBeVisible();
  await expect(page.getByRole('button', { name: /الاستماع/ })).toHaveCount(0);
  expect(await axeProblems(page)).toEqual([]);
  // Right to left for real: the start button sits at the right of the screen.
  const start = page.getByRole('button', { name: 'البدء' });
  const box = await start.boundingBox();
  const width = page.viewportSize()?.width ?? 1280;
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(width / 2);
  await start.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'هل لديك هاتف أو جهاز لوحي أو حاسوب؟' }),
  ).toBeFocused();
  await expect(page.getByRole('img', { name: 'حاسوب محمول وهاتف.' })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
  await answerEveryQuestion(page, 0);

  await expect(page.getByRole('heading', { level: 1, name: 'نتيجتك' })).toBeVisible();
  await expect(page.getByText('بثقة')).toHaveCount(5);
  expect(await axeProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'الطباعة' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // What the printer gets: the result, without buttons or the staff's way out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'نتيجتك' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'الانتهاء' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Staff: leave client mode' })).toBeHidden();
  await expect(page.getByText('فحص المهارات الرقمية')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'الانتهاء' }).click();

  // The next client, in Spanish, where this browser has a voice: read-aloud is offered.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('.client-mode')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('button', { name: 'Empezar' }).click();
  await page.getByRole('button', { name: 'Escuchar' }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]).toContain('¿Tiene un teléfono, una tableta o una computadora?');
  expect(await axeProblems(page)).toEqual([]);
  await answerEveryQuestion(page, 1);
  await expect(page.getByRole('heading', { level: 1, name: 'Su resultado' })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Terminar' }).click();

  // Staff leave with the PIN: a wrong one is refused.
  await page.getByRole('button', { name: 'Staff: leave client mode' }).click();
  await page.getByLabel('Staff PIN', { exact: true }).fill('1357');
  await page.getByRole('button', { name: 'Leave client mode' }).click();
  await expect(page.getByRole('alert')).toContainText('That is not the staff PIN.');
  await page.getByLabel('Staff PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Leave client mode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intake 2026' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // Three more clients by phone, read aloud by a worker: the funder report prints from five checks.
  for (const [index, language] of (['uk', 'zh', 'fr'] as const).entries()) {
    await page
      .getByRole('region', { name: 'Client skills check' })
      .getByRole('link', { name: 'Read the questions to a client' })
      .click();
    await page
      .getByRole('combobox', { name: 'Language of the conversation' })
      .selectOption(language);
    await page.getByRole('button', { name: 'Start the questions' }).click();
    for (let number = 1; number <= QUESTIONS; number++) {
      await expect(page.locator('.check-progress')).toContainText(`Question ${String(number)} of`);
      const buttons = page.getByRole('main').getByRole('group').getByRole('button');
      await buttons.nth(index === 2 && number > 2 ? 2 : 0).click();
    }
    await expect(
      page.getByRole('heading', { level: 2, name: "The client's result" }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Back to Intake 2026' }).click();
  }

  // The cycle's results for the checks: counts only.
  await expect(page.getByText('5 checks recorded in this cycle.')).toBeVisible();
  await page.getByRole('link', { name: 'See client outcomes' }).click();
  await expect(page).toHaveURL(new RegExp(`#/cycles/${cycleId}/results/newcomer-digital-skills$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Client skills checks' })).toBeVisible();
  const areas = page.getByRole('table', { name: 'Level in each area' });
  // Arabic, Ukrainian, Chinese: Confident; Spanish: Building; French: Getting started.
  await expect(areas.getByRole('row', { name: /Staying safe online/ })).toHaveText(
    /Staying safe online\s*1\s*1\s*3\s*0\s*2 \(40%\)/,
  );
  const languages = page.getByRole('table', { name: 'Language used' });
  await expect(languages.getByRole('row', { name: /Arabic/ })).toContainText('1');
  await expect(
    page.getByRole('table', { name: 'Program' }).getByRole('row', { name: /LINC/ }),
  ).toContainText('2');
  await expect(
    page
      .getByRole('table', { name: 'How the check was done' })
      .getByRole('row', { name: /phone or video/ }),
  ).toContainText('3');

  // …and in the funder PDF, next to the staff's own skills.
  await page.getByRole('link', { name: 'Back to Intake 2026' }).click();
  await startResponse(page, 'digital-literacy', 'Settlement worker');
  await answerQuestionnaireByClick(page);
  await page.getByRole('button', { name: ui.en.submit }).click();
  await page.getByRole('link', { name: 'Back to Intake 2026' }).first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expectPdfReport(await download, testInfo, {
    fileName: 'centre-multiculturel-de-moncton-intake-2026-en.pdf',
    contains: [
      'Client digital skills checks',
      'Using a phone or computer 1 1 3 0 40%',
      'Staying safe online 1 1 3 0 40%',
      'Language: Arabic 1',
      'Program: LINC 2',
      'Read to the client, by phone or video 3',
    ],
  });
  expect(problems).toEqual([]);
});

test('the client screens pass axe in English, French, Ukrainian and Chinese, each in its own language', async ({
  page,
}) => {
  // Arabic and Spanish are scanned in the journey above; four more checks of 17 questions here.
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  await page.goto('/');
  await createProfile(page, 'Centre for Newcomers Lethbridge');
  await startCycle(page, { name: 'Intake 2028', questionnaires: ['digital-literacy'] });
  const card = page.getByRole('region', { name: 'Client skills check' });
  await card.getByRole('button', { name: 'Start client mode' }).click();
  await card.getByLabel('Staff PIN', { exact: true }).fill(PIN);
  await card.getByLabel('The same PIN again').fill(PIN);
  await card.getByRole('button', { name: 'Save the PIN and start client mode' }).click();

  const languages = [
    { code: 'en', name: 'English', start: 'Start', result: 'Your result', finish: 'Finish' },
    {
      code: 'fr',
      name: 'Français',
      start: 'Commencer',
      result: 'Votre résultat',
      finish: 'Terminer',
    },
    {
      code: 'uk',
      name: 'Українська',
      start: 'Почати',
      result: 'Ваш результат',
      finish: 'Завершити',
    },
    { code: 'zh', name: '中文（简体）', start: '开始', result: '您的结果', finish: '完成' },
  ];
  for (const language of languages) {
    await page.getByRole('button', { name: language.name }).click();
    await expect(page.locator('.client-mode')).toHaveAttribute(
      'lang',
      new RegExp(`^${language.code}(-|$)`),
    );
    await expect(page.locator('.client-mode')).toHaveAttribute('dir', 'ltr');
    expect(await axeProblems(page), `${language.code} welcome`).toEqual([]);
    await page.getByRole('button', { name: language.start, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await axeProblems(page), `${language.code} question`).toEqual([]);
    await answerEveryQuestion(page, 1);
    await expect(page.getByRole('heading', { level: 1, name: language.result })).toBeVisible();
    expect(await axeProblems(page), `${language.code} result`).toEqual([]);
    await page.getByRole('button', { name: language.finish, exact: true }).click();
  }
  expect(problems).toEqual([]);
});
