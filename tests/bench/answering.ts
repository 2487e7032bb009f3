// Answering figures (issue 9, item 3): 100 clicks on answers in the questionnaire page, each timed
// inside the page from the click until the answer is committed in IndexedDB and the progress line
// ("N of M questions answered") shows the new count. No CPU or network throttling.
import type { Browser, Page } from '@playwright/test';
import type { Answer } from '../../src/engine/answer';
import { responseProgress } from '../../src/engine/progress';
import type { Question } from '../../src/engine/schema';
import { BASE_URL, newContext } from './browser';
import type { Figure } from './figures';
import { median, percentile } from './measure';
import { addCycle, addResponse, emptyDevice, shippedQuestionnaires, writeDevice } from './seed';

const ANSWERS = 100;

interface Click {
  responseId: string;
  questionId: string;
  /** The radio's value attribute. */
  option: string;
  /** The progress line expected once the answer is in. */
  progress: string;
}

/** Clicks one radio and resolves with the milliseconds until it is stored and counted. */
async function timeClick(page: Page, click: Click): Promise<number> {
  return page.evaluate(async ({ responseId, questionId, option, progress }) => {
    const radio = document.querySelector<HTMLInputElement>(
      `input[type="radio"][name="answer-${CSS.escape(questionId)}"][value="${CSS.escape(option)}"]`,
    );
    const line = [...document.querySelectorAll('main span')].find((span) =>
      /^\d+ of \d+ questions answered$/.test(span.textContent),
    );
    if (!radio || !line) throw new Error(`question ${questionId} or the progress line is missing`);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('boussole');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const stored = () =>
      new Promise<boolean>((resolve, reject) => {
        const request = db
          .transaction('answers')
          .objectStore('answers')
          .get([responseId, questionId]);
        request.onsuccess = () => {
          const record = request.result as { value?: unknown } | undefined;
          resolve(record !== undefined && String(record.value) === option);
        };
        request.onerror = () => reject(new Error(String(request.error)));
      });
    try {
      // An object, not a `let`: the observer's callback sets it while this function awaits.
      const shown: { at: number | null } = { at: null };
      const observer = new MutationObserver(() => {
        if (shown.at === null && line.textContent === progress) shown.at = performance.now();
      });
      observer.observe(line, { childList: true, characterData: true, subtree: true });
      const start = performance.now();
      radio.click();
      while (!(await stored())) {
        if (performance.now() - start > 10_000) throw new Error(`${questionId} was not saved`);
      }
      const storedAt = performance.now();
      while (shown.at === null && line.textContent !== progress) {
        if (performance.now() - start > 10_000) throw new Error(`progress never read ${progress}`);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      observer.disconnect();
      return Math.max(storedAt, shown.at ?? storedAt) - start;
    } finally {
      db.close();
    }
  }, click);
}

export async function answeringFigures(browser: Browser): Promise<Figure[]> {
  const shipped = shippedQuestionnaires();
  const first = shipped[0];
  if (!first) throw new Error('no questionnaire in assessments/');
  const { questionnaire } = first;
  const device = emptyDevice();
  const cycle = addCycle(device, new Date().getUTCFullYear(), [first]);
  // One questionnaire has fewer than 100 single-choice questions: answer it several times over.
  const responses = [1, 2, 3, 4].map((n) => addResponse(device, cycle, first, `Staff member ${n}`));

  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/#/profile`);
    await writeDevice(page, device);
    const times: number[] = [];
    for (const response of responses) {
      await page.goto('about:blank');
      await page.goto(`${BASE_URL}/#/responses/${response.id}`);
      const answers: Record<string, Answer> = {};
      for (const [dimensionIndex, dimension] of questionnaire.definition.dimensions.entries()) {
        if (dimensionIndex > 0) await page.getByRole('button', { name: 'Next section' }).click();
        await page.getByRole('heading', { level: 2, name: dimension.title.en }).waitFor();
        for (const question of questionnaire.questionsByDimension.get(dimension.id) ?? []) {
          if (times.length === ANSWERS) break;
          const option = optionFor(question, times.length);
          if (option === undefined) continue;
          answers[question.id] = { value: question.kind === 'scale' ? Number(option) : option };
          const { answered, total } = responseProgress(questionnaire, answers);
          times.push(
            await timeClick(page, {
              responseId: response.id,
              questionId: question.id,
              option,
              progress: `${answered} of ${total} questions answered`,
            }),
          );
        }
      }
      if (times.length === ANSWERS) break;
    }
    if (times.length < ANSWERS) throw new Error(`only ${times.length} answers could be given`);
    return [
      {
        name: `answering: click to saved + progress, p95 of ${ANSWERS}`,
        value: percentile(times, 95),
        unit: 'ms',
        budget: 50,
        kind: 'time',
      },
      {
        name: `answering: click to saved + progress, median of ${ANSWERS}`,
        value: median(times),
        unit: 'ms',
        kind: 'info',
      },
    ];
  } finally {
    await context.close();
  }
}

/** A radio to click for a question answered with one choice; undefined for other kinds. */
function optionFor(question: Question, seed: number): string | undefined {
  switch (question.kind) {
    case 'scale':
      return String(seed % 5);
    case 'yes-partly-no':
      return (['yes', 'partly', 'no'] as const)[seed % 3];
    case 'single-choice':
      return question.options[seed % question.options.length]?.id;
    default:
      return undefined;
  }
}
