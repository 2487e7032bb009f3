// Browser figures need the production build served locally and Debian's Chromium: this module starts
// `vite preview` on the bench's build and launches Chromium with the browser tests' arguments, and
// always stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import browserTests from '../browser/playwright.config';
import { DIST } from './bundle';

// Not 4190: browsers and fetch refuse it (a "bad port", ManageSieve).
const PORT = Number(process.env.BENCH_PORT ?? 4191);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

function chromiumPath(): string {
  const path = browserTests.use?.launchOptions?.executablePath ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's package (apt-get install chromium) or set ` +
        'CHROMIUM_PATH; the bench never downloads a browser.',
    );
  }
  return path;
}

async function isServing(): Promise<boolean> {
  try {
    return (await fetch(BASE_URL)).ok;
  } catch {
    return false;
  }
}

/** Fails early (before the build) when something already answers on the bench's port. */
export async function assertPortFree(): Promise<void> {
  if (await isServing()) throw new Error(`port ${PORT} is already in use; stop what serves it`);
}

async function startPreview(): Promise<ChildProcess> {
  await assertPortFree();
  // Run vite's own script (not npx) so the child is the server itself and killing it stops it.
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
      '--outDir',
      DIST,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stopOnExit = () => server.kill();
  process.once('exit', stopOnExit);
  server.once('exit', () => process.off('exit', stopOnExit));
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    if (await isServing()) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s`);
}

async function stopPreview(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Serves the bench build (already built) and runs `measure` with a Chromium browser; stops both afterwards. */
export async function withBrowser<T>(measure: (browser: Browser) => Promise<T>): Promise<T> {
  const executablePath = chromiumPath();
  const server = await startPreview();
  try {
    const browser = await chromium.launch({
      executablePath,
      args: browserTests.use?.launchOptions?.args ?? [],
    });
    try {
      return await measure(browser);
    } finally {
      await browser.close();
    }
  } finally {
    await stopPreview(server);
  }
}

/** A fresh context (own cache, storage and service worker) in English, ready for `page.evaluate`. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-CA' });
  // tsx compiles functions sent to page.evaluate with calls to its `__name` helper; give the page one.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}

/** Waits until the app's service worker is active: from then on it serves the app's files. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
    undefined,
    { timeout: 60_000 },
  );
}
