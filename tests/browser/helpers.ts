// Shared steps for browser journeys: setting data up through the interface as a person would, answering
// with the keyboard alone, reading what IndexedDB really holds, and checking an exported PDF.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  chromium,
  expect,
  test,
  type BrowserContext,
  type Download,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

export type Language = 'en' | 'fr';

/** The only origin the app may talk to: the production build served by playwright.config.ts. */
export const APP_ORIGIN = `http://127.0.0.1:${process.env.BROWSER_TEST_PORT ?? '4180'}`;

export const questionnaireIds = [
  'cybersecurity-baseline',
  'digital-literacy',
  'digital-maturity',
] as const;
export type QuestionnaireId = (typeof questionnaireIds)[number];

/** The interface text the journeys look for, as the locale files say it. */
export const ui = {
  en: {
    organizationName: 'Organization name',
    province: 'Province or territory',
    saveProfile: 'Save and continue',
    startCycle: 'Start a new assessment cycle',
    cycleName: 'Name of the cycle',
    createCycle: 'Start the cycle',
    respondent: 'Name or role of the person answering',
    startResponse: 'Start answering',
    next: 'Next section',
    review: 'Review and submit',
    reviewTitle: 'Review your answers',
    allAnswered: 'Every question has an answer.',
    submit: 'Submit my answers',
    seeRoadmap: 'See the roadmap for this cycle',
    roadmapTitle: 'Roadmap: Now, Next, Later',
    horizons: ['Now', 'Next', 'Later'],
    overall: 'Overall result',
    reportLanguage: 'Report language',
    paper: 'Paper size',
    exportPdf: 'Export PDF',
    switchLanguage: 'Afficher en français',
    questionnaires: {
      'cybersecurity-baseline': 'Cybersecurity baseline',
      'digital-literacy': 'Digital literacy self-assessment for staff',
      'digital-maturity': 'Digital maturity',
    },
  },
  fr: {
    organizationName: 'Nom de l’organisme',
    province: 'Province ou territoire',
    saveProfile: 'Enregistrer et continuer',
    startCycle: 'Commencer un nouveau cycle d’évaluation',
    cycleName: 'Nom du cycle',
    createCycle: 'Commencer le cycle',
    respondent: 'Nom ou rôle de la personne qui répond',
    startResponse: 'Commencer à répondre',
    next: 'Section suivante',
    review: 'Revoir et soumettre',
    reviewTitle: 'Revoir vos réponses',
    allAnswered: 'Toutes les questions ont une réponse.',
    submit: 'Soumettre mes réponses',
    seeRoadmap: 'Voir la feuille de route de ce cycle',
    roadmapTitle: 'Feuille de route : maintenant, ensuite, plus tard',
    horizons: ['Maintenant', 'Ensuite', 'Plus tard'],
    overall: 'Résultat global',
    reportLanguage: 'Langue du rapport',
    paper: 'Format du papier',
    exportPdf: 'Exporter en PDF',
    switchLanguage: 'Display in English',
    questionnaires: {
      'cybersecurity-baseline': 'Mesures de base en cybersécurité',
      'digital-literacy': 'Autoévaluation de la littératie numérique du personnel',
      'digital-maturity': 'Maturité numérique',
    },
  },
} as const;

/** Collects console errors and uncaught exceptions, to assert a journey had none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

/**
 * Records every request the browser makes in this context (pages and service worker) that leaves the
 * app's origin. Files generated on the device (blob:, data:) stay on it and are not requests out.
 */
export function watchForeignRequests(context: BrowserContext): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== APP_ORIGIN) foreign.push(url);
  });
  return foreign;
}

export async function createProfile(
  page: Page,
  name: string,
  language: Language = 'en',
): Promise<void> {
  const text = ui[language];
  await page.getByRole('textbox', { name: text.organizationName }).fill(name);
  await page.getByRole('combobox', { name: text.province }).selectOption('QC');
  await page.getByRole('button', { name: text.saveProfile }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** From the home screen: starts a cycle with the given questionnaires; returns the cycle's id. */
export async function startCycle(
  page: Page,
  {
    name,
    questionnaires,
    language = 'en',
  }: { name: string; questionnaires: readonly QuestionnaireId[]; language?: Language },
): Promise<string> {
  const text = ui[language];
  await page.getByRole('link', { name: text.startCycle }).click();
  await page.getByRole('textbox', { name: text.cycleName }).fill(name);
  for (const id of questionnaireIds) {
    const box = page.getByRole('checkbox', { name: text.questionnaires[id] });
    await box.setChecked(questionnaires.includes(id));
  }
  await page.getByRole('button', { name: text.createCycle }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return idFromHash(page, /^#\/cycles\/([^/]+)$/);
}

/** From a cycle's screen: starts answering a questionnaire; returns the response's id. */
export async function startResponse(
  page: Page,
  questionnaire: QuestionnaireId,
  respondent: string,
  language: Language = 'en',
): Promise<string> {
  const text = ui[language];
  const section = page.getByRole('region', { name: text.questionnaires[questionnaire] });
  await section.getByRole('textbox', { name: text.respondent }).fill(respondent);
  await section.getByRole('button', { name: text.startResponse }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: text.questionnaires[questionnaire] }),
  ).toBeVisible();
  return idFromHash(page, /^#\/responses\/([^/]+)/);
}

async function idFromHash(page: Page, pattern: RegExp): Promise<string> {
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(pattern);
  const hash = await page.evaluate(() => location.hash);
  return decodeURIComponent(pattern.exec(hash)?.[1] ?? '');
}

/** The questions shown on the current page: each is a fieldset whose legend starts "Question n". */
export function questionGroups(page: Page): Locator {
  return page.getByRole('group', { name: /^Question \d+/ });
}

/**
 * Answers every question of the current section with the mouse (quick set-up for tests about other
 * things): the `step`-th choice of each choice question, the first box of each checklist, a number.
 */
export async function answerSectionByClick(page: Page, step = 2): Promise<void> {
  const groups = questionGroups(page);
  await expect(groups.first()).toBeVisible();
  for (const group of await groups.all()) {
    const radios = group.getByRole('radio');
    const boxes = group.getByRole('checkbox');
    if ((await radios.count()) > 0) {
      const choices = await radios.evaluateAll(
        (inputs) =>
          inputs.filter(
            (input) => !['dont-know', 'not-applicable'].includes(input.getAttribute('value') ?? ''),
          ).length,
      );
      await radios.nth(Math.min(step, choices - 1)).check();
    } else if ((await boxes.count()) > 0) {
      await boxes.first().check();
    } else {
      await group.getByRole('textbox').fill('12');
      await group.getByRole('textbox').blur();
    }
  }
}

/** Answers every section of the open questionnaire by mouse and goes to its review page. */
export async function answerQuestionnaireByClick(
  page: Page,
  language: Language = 'en',
): Promise<void> {
  const text = ui[language];
  const pager = page.getByRole('navigation', { name: 'Sections' }).last();
  for (;;) {
    await answerSectionByClick(page);
    const review = pager.getByRole('button', { name: text.review });
    if (await review.isVisible()) {
      await review.click();
      break;
    }
    // Wait for the next section's own title: until it renders, the questions on the page are still
    // the previous section's, and answering them would race the change of page.
    const section = page.locator('#dimension-heading');
    const title = (await section.textContent()) ?? '';
    await pager.getByRole('button', { name: text.next }).click();
    await expect(section).not.toHaveText(title);
  }
  await expect(page.getByRole('heading', { level: 2, name: text.reviewTitle })).toBeVisible();
}

/** Presses Tab (Shift+Tab backwards) until `target` has the focus, as a keyboard user reaches it. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 150 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
}

interface FocusedControl {
  kind: 'radio' | 'checkbox' | 'pager' | 'other';
  question: string;
  answered: boolean;
  choices: number;
}

/** Which control has the focus, and whether the question it belongs to already has an answer. */
function describeFocus(page: Page, pagerLabel: string): Promise<FocusedControl> {
  return page.evaluate((label) => {
    const element = document.activeElement;
    const fieldset = element?.closest('fieldset');
    const legend = fieldset?.querySelector('legend')?.textContent ?? '';
    const inQuestion = fieldset !== null && fieldset !== undefined && /^Question \d+/.test(legend);
    if (element instanceof HTMLInputElement && inQuestion) {
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      return {
        kind:
          element.type === 'radio' ? 'radio' : element.type === 'checkbox' ? 'checkbox' : 'other',
        question: legend,
        answered: fieldset.querySelector('input:checked') !== null,
        choices: radios.filter((radio) => !['dont-know', 'not-applicable'].includes(radio.value))
          .length,
      } as const;
    }
    if (element instanceof HTMLButtonElement && element.textContent.trim() === label) {
      return { kind: 'pager', question: '', answered: false, choices: 0 } as const;
    }
    return { kind: 'other', question: '', answered: false, choices: 0 } as const;
  }, pagerLabel);
}

/**
 * Answers every unanswered question of the current section with the keyboard alone, then presses the
 * section's forward button (`forward`: "Next section" or "Review and submit"). Tab walks the page;
 * on the first choice of an unanswered radio group Space answers it and ArrowDown moves the answer
 * `step(n)` places along (arrow keys select as they move); on a checklist Space ticks the first box.
 * Returns the legends of the questions it answered.
 */
export async function answerSectionByKeyboard(
  page: Page,
  forward: string,
  step: (questionNumber: number) => number = (n) => [2, 3, 1, 4, 0][n % 5] ?? 0,
): Promise<string[]> {
  const answered: string[] = [];
  await expect(questionGroups(page).first()).toBeVisible();
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const focus = await describeFocus(page, forward);
    if (focus.kind === 'pager') {
      await page.keyboard.press('Enter');
      return answered;
    }
    if (focus.answered || focus.kind === 'other') continue;
    await page.keyboard.press('Space');
    if (focus.kind === 'radio') {
      const number = Number(/\d+/.exec(focus.question)?.[0] ?? 0);
      for (let moves = Math.min(step(number), focus.choices - 1); moves > 0; moves--) {
        await page.keyboard.press('ArrowDown');
      }
    }
    answered.push(focus.question);
  }
  throw new Error(`Tab never reached the "${forward}" button`);
}

/** Every answer stored for a response, read straight from IndexedDB (database 'boussole'). */
export function storedAnswers(page: Page, responseId: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const opening = indexedDB.open('boussole');
        opening.onerror = () => {
          reject(new Error(String(opening.error)));
        };
        opening.onsuccess = () => {
          const database = opening.result;
          const reading = database
            .transaction('answers', 'readonly')
            .objectStore('answers')
            .getAll(IDBKeyRange.bound([id, ''], [id, '\uffff']));
          reading.onerror = () => {
            reject(new Error(String(reading.error)));
          };
          reading.onsuccess = () => {
            database.close();
            const records = reading.result as {
              questionId: string;
              value?: unknown;
              special?: string;
            }[];
            resolve(
              Object.fromEntries(
                records.map((record) => [record.questionId, record.special ?? record.value]),
              ),
            );
          };
        };
      }),
    responseId,
  );
}

/** How many records of each kind IndexedDB holds (database 'boussole'), read straight from it. */
export function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const stores = ['profile', 'cycles', 'responses', 'answers', 'roadmapEdits'];
        const opening = indexedDB.open('boussole');
        opening.onerror = () => {
          reject(new Error(String(opening.error)));
        };
        opening.onsuccess = () => {
          const database = opening.result;
          const transaction = database.transaction(stores, 'readonly');
          const counts: Record<string, number> = {};
          for (const store of stores) {
            const counting = transaction.objectStore(store).count();
            counting.onsuccess = () => {
              counts[store] = counting.result;
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(counts);
          };
          transaction.onerror = () => {
            reject(new Error(String(transaction.error)));
          };
        };
      }),
  );
}

/** Waits until a service worker is active: everything the app needs is precached for offline use. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none',
        ),
      { message: 'a service worker is installed and active', timeout: 20_000 },
    )
    .toBe('activated');
}

/** Whether a service worker answers this page's requests. */
export function isControlledByServiceWorker(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/**
 * Checks a downloaded report: its file name, that it is a whole PDF (starts `%PDF-`, ends `%%EOF`),
 * and, where poppler-utils is installed, the words it must contain and its paper size.
 */
export async function expectPdfReport(
  download: Download,
  testInfo: TestInfo,
  expected: { fileName: string; contains: readonly string[]; paper?: 'letter' | 'A4' },
): Promise<void> {
  expect(download.suggestedFilename()).toBe(expected.fileName);
  const path = testInfo.outputPath(expected.fileName);
  await download.saveAs(path);
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.subarray(-16).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  if (existsSync('/usr/bin/pdftotext')) {
    const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', path, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    for (const words of expected.contains) expect(text).toContain(words);
  }
  if (expected.paper && existsSync('/usr/bin/pdfinfo')) {
    const info = execFileSync('/usr/bin/pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Page size:.*\\(${expected.paper}\\)`));
  }
}

/**
 * Chromium on a profile folder that outlives it, as a person's browser does between sessions: closing
 * or killing it and launching it again on the same folder finds the same IndexedDB.
 */
export function openBrowserOnProfile(folder: string, locale: string): Promise<BrowserContext> {
  const { launchOptions, baseURL } = test.info().project.use;
  return chromium.launchPersistentContext(folder, {
    ...launchOptions,
    ...(baseURL === undefined ? {} : { baseURL }),
    locale,
  });
}
