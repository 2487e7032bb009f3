// Scale figures (issue 9, item 4): a device holding 10 yearly cycles × 3 questionnaires × 20 fully
// answered responses. Each run loads the app on another screen, then times inside the page from the
// route change to the screen being drawn. No CPU or network throttling.
import type { Browser, Page } from '@playwright/test';
import { BASE_URL, newContext, waitForServiceWorker } from './browser';
import type { Figure } from './figures';
import { median } from './measure';
import {
  addCycle,
  addResponse,
  emptyDevice,
  shippedQuestionnaires,
  variedAnswers,
  writeDevice,
  type DeviceData,
} from './seed';

const YEARS = 10;
const RESPONDENTS = 20;
const RUNS = 7;

/** Ten cycles, the newest this year; every response fully answered (example answers, varied). */
function busyDevice() {
  const shipped = shippedQuestionnaires();
  const device = emptyDevice();
  const thisYear = new Date().getUTCFullYear();
  for (let year = thisYear - YEARS + 1; year <= thisYear; year++) {
    const cycle = addCycle(device, year, shipped);
    for (const questionnaire of shipped) {
      for (let n = 0; n < RESPONDENTS; n++) {
        addResponse(
          device,
          cycle,
          questionnaire,
          `Respondent ${n + 1}`,
          variedAnswers(questionnaire, n),
        );
      }
    }
  }
  return { device, shipped };
}

interface Ready {
  hash: string;
  /** The screen is drawn once `count` elements match `selector`. */
  selector: string;
  count: number;
}

/** Milliseconds from setting the route to the screen being drawn, measured inside the page. */
async function timeRoute(page: Page, ready: Ready): Promise<number> {
  await page.goto('about:blank');
  // Start on a light screen that is not home (home would resume the last place visited).
  await page.goto(`${BASE_URL}/#/profile`);
  await page.locator('main h1').waitFor();
  return page.evaluate(async ({ hash, selector, count }) => {
    const drawn = () => document.querySelectorAll(selector).length >= count;
    const start = performance.now();
    location.hash = hash;
    await new Promise<void>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (!drawn()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true });
      setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${hash}: no ${count} × "${selector}" after 30 s`));
      }, 30_000);
    });
    return performance.now() - start;
  }, ready);
}

async function medianRoute(page: Page, ready: Ready): Promise<number> {
  await timeRoute(page, ready); // warm-up: the screen's lazy chunks are in the service worker's cache
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await timeRoute(page, ready));
  return median(times);
}

export async function scaleFigures(browser: Browser): Promise<Figure[]> {
  const { device, shipped } = busyDevice();
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/#/profile`);
    await writeDevice(page, device);
    await waitForServiceWorker(page);
    const scale = `${YEARS} cycles × ${shipped.length} questionnaires × ${RESPONDENTS} respondents`;
    const history = await medianRoute(page, {
      hash: '#/history',
      selector: 'main ol.card-list > li',
      count: device.cycles.length,
    });
    const figures: Figure[] = [
      {
        name: `scale (${scale}): open the history`,
        value: history,
        unit: 'ms',
        budget: 300,
        kind: 'time',
      },
    ];
    figures.push(await compareFigure(page, device, shipped.length));
    return figures;
  } finally {
    await context.close();
  }
}

/** The comparison of the two newest cycles, drawn once every questionnaire's comparison has its heading. */
async function compareFigure(
  page: Page,
  device: DeviceData,
  questionnaires: number,
): Promise<Figure> {
  const [newest, previous] = [...device.cycles].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  if (!newest || !previous) throw new Error('the busy device needs two cycles');
  const value = await medianRoute(page, {
    hash: `#/compare/${previous.id}/${newest.id}`,
    selector: 'main section[aria-labelledby="comparison-heading"] h3',
    count: questionnaires,
  });
  return {
    name: `scale: compare two cycles (${questionnaires} questionnaires, ${RESPONDENTS} respondents each)`,
    value,
    unit: 'ms',
    budget: 300,
    kind: 'time',
  };
}
