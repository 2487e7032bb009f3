// Startup figures (issue 9, item 2): opening a started questionnaire on a slow laptop and a slow
// connection, cold (nothing cached, no service worker) and warm (the service worker serves the app).
// Both times are taken inside the page, from navigation start: first contentful paint, and the moment a
// radio button of the first question is in the page, visible and enabled.
import type { Browser, CDPSession, Page } from '@playwright/test';
import { BASE_URL, newContext, waitForServiceWorker } from './browser';
import type { Figure } from './figures';
import { median } from './measure';
import { addCycle, addResponse, emptyDevice, shippedQuestionnaires, writeDevice } from './seed';

/** Chrome DevTools' "Slow 4G" preset (SDK.NetworkManager.Slow4GConditions, Chrome 125 and later). */
const SLOW_4G = {
  offline: false,
  latency: 562.5, // 150 ms target round trip × 3.75, as DevTools applies it
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8, // 180,000 bytes/s
  uploadThroughput: (750 * 1000 * 0.9) / 8, // 84,375 bytes/s
  connectionType: 'cellular4g',
} as const;
const NO_THROTTLING = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
const CPU_SLOWDOWN = 4;
const RUNS = 5;

interface Marks {
  fcp: number | null;
  question: number | null;
  controlled: boolean;
}

/** Runs in the page before the app's scripts and records the two moments in `window.__startup`. */
function startupProbe() {
  if (location.protocol !== 'http:') return;
  const marks: Marks = {
    fcp: null,
    question: null,
    controlled: navigator.serviceWorker.controller !== null,
  };
  Reflect.set(window, '__startup', marks);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('first-contentful-paint'))
      marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  const observer = new MutationObserver(() => {
    const radio = document.querySelector<HTMLInputElement>('main input[type="radio"]');
    if (radio && !radio.disabled && radio.checkVisibility()) {
      marks.question = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Opens `url` throttled and returns the page's marks. */
async function measure(page: Page, cdp: CDPSession, url: string): Promise<Marks> {
  await page.goto('about:blank');
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => {
        const marks = Reflect.get(window, '__startup') as Marks | undefined;
        return marks?.fcp != null && marks.question !== null;
      },
      undefined,
      { polling: 100, timeout: 60_000 },
    );
    return await page.evaluate(() => Reflect.get(window, '__startup') as Marks);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('Network.emulateNetworkConditions', NO_THROTTLING);
  }
}

/** A page in a new context holding a profile, a cycle and a started response; returns its URL. */
async function preparedPage(browser: Browser) {
  const shipped = shippedQuestionnaires();
  const device = emptyDevice();
  const cycle = addCycle(device, new Date().getUTCFullYear(), shipped);
  const first = shipped[0];
  if (!first) throw new Error('no questionnaire in assessments/');
  const response = addResponse(device, cycle, first, 'Executive director');

  const context = await newContext(browser);
  await context.addInitScript(startupProbe);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/#/profile`);
  await writeDevice(page, device);
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, url: `${BASE_URL}/#/responses/${response.id}` };
}

async function coldRun(browser: Browser): Promise<Marks> {
  const { context, page, cdp, url } = await preparedPage(browser);
  try {
    // Forget the app but keep the data: no service worker, no cached files, IndexedDB as it was.
    // The page unregisters the worker itself (it controls no page yet, so it goes at once); clearing
    // it from outside is asynchronous, and a half-removed worker answers navigations with errors.
    await page.evaluate(async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) {
        await registration.unregister();
      }
      for (const key of await caches.keys()) await caches.delete(key);
    });
    // Nothing from the HTTP cache either: every file comes over the throttled network.
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const marks = await measure(page, cdp, url);
    if (marks.controlled) throw new Error('cold start: a service worker still controlled the page');
    return marks;
  } finally {
    await context.close();
  }
}

async function warmRuns(browser: Browser, runs: number): Promise<Marks[]> {
  const { context, page, cdp, url } = await preparedPage(browser);
  try {
    await measure(page, cdp, url); // the first load under the service worker warms its caches
    const all: Marks[] = [];
    let bypassed = 0;
    while (all.length < runs) {
      const marks = await measure(page, cdp, url);
      if (marks.controlled) {
        all.push(marks);
        continue;
      }
      // Now and then Chromium loads the page from the network although the worker is active (on a
      // loaded machine, when the throttled worker is slow to start): not a warm start, run again.
      bypassed += 1;
      if (bypassed > 3) throw new Error('warm start: the service worker did not serve the page');
    }
    if (bypassed > 0) {
      console.warn(
        `warm start: ${bypassed} load(s) bypassed the service worker and were run again`,
      );
    }
    return all;
  } finally {
    await context.close();
  }
}

export async function startupFigures(browser: Browser): Promise<Figure[]> {
  const cold: Marks[] = [];
  for (let run = 0; run < RUNS; run++) cold.push(await coldRun(browser));
  const warm = await warmRuns(browser, RUNS);
  const figure = (name: string, marks: Marks[], key: 'fcp' | 'question', budget: number) => ({
    name: `startup (${CPU_SLOWDOWN}× CPU, Slow 4G): ${name}`,
    value: median(marks.map((m) => m[key] ?? Number.NaN)),
    unit: 'ms' as const,
    budget,
    kind: 'time' as const,
  });
  return [
    figure('first contentful paint, cold', cold, 'fcp', 2500),
    figure('first question interactive, cold', cold, 'question', 2500),
    figure('first contentful paint, warm', warm, 'fcp', 1000),
    figure('first question interactive, warm', warm, 'question', 1000),
  ];
}
