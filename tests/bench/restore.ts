// Restore figures (issue 13, item 11): a backup of 200,000 answers (format 2, every record with its
// revision) restored from the settings screen of a fresh device, as a person does it: choose the
// file, wait for the preview, press Restore, wait for "Backup restored.". Reading, checking, comparing
// and writing run in the transfer worker; the page must stay responsive throughout. The figure is the
// longest task on the page's main thread in that time (PerformanceObserver "longtask": any task over
// 50 ms), with the whole restore's duration printed beside it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { bigBackup } from './big-backup';
import { BASE_URL, newContext, waitForServiceWorker } from './browser';
import type { Figure } from './figures';

const ANSWERS = 200_000;

/** Runs in the page before the app: records the duration of every long task on the main thread. */
function longTaskProbe() {
  const durations: number[] = [];
  Reflect.set(window, '__longTasks', durations);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  }).observe({ type: 'longtask' });
}

export async function restoreFigures(browser: Browser): Promise<Figure[]> {
  const { text, answers, responses } = bigBackup(ANSWERS);
  const folder = join('test-results', 'bench', `restore-${String(process.pid)}`);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'boussole-backup-200k.json');
  writeFileSync(file, text);
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/#/settings`);
    await waitForServiceWorker(page);
    await page.addInitScript(longTaskProbe);
    await page.reload();
    const choose = page.getByLabel('Restore from a backup file');
    await choose.waitFor();
    // Only what happens from choosing the file on is measured.
    await page.evaluate(() => (Reflect.get(window, '__longTasks') as number[]).splice(0));
    const started = Date.now();
    await choose.setInputFiles(file);
    const preview = page.getByRole('region', { name: /^What restoring .+ would change$/ });
    await preview.waitFor({ timeout: 300_000 });
    await preview.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('Backup restored.').waitFor({ timeout: 600_000 });
    const total = Date.now() - started;
    // Let the screens that follow the data (counts in settings) catch up, inside the measured time.
    await page.waitForTimeout(1000);
    const longTasks = await page.evaluate(() => Reflect.get(window, '__longTasks') as number[]);
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('boussole');
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            const db = request.result;
            const count = db.transaction('answers').objectStore('answers').count();
            count.onsuccess = () => {
              resolve(count.result);
              db.close();
            };
          };
        }),
    );
    if (stored !== answers) throw new Error(`restored ${stored} answers of ${answers}`);
    const size = `${(text.length / 1024 / 1024).toFixed(0)} MB, ${responses.toLocaleString('en-CA')} responses`;
    return [
      {
        name: `restore: longest main-thread block while restoring a ${answers.toLocaleString('en-CA')}-answer backup (${size}; ${String(longTasks.length)} tasks over 50 ms)`,
        value: Math.max(0, ...longTasks),
        unit: 'ms',
        budget: 200,
        kind: 'time',
      },
      {
        name: 'restore: from choosing the file to "Backup restored." (worker)',
        value: total,
        unit: 'ms',
        kind: 'info',
      },
    ];
  } finally {
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
