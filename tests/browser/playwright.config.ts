// Browser tests: the production build served on 127.0.0.1, driven in Debian's Chromium (never a
// downloaded browser). Failures leave a screenshot and a trace under test-results/ (git-ignored).
import { defineConfig } from '@playwright/test';

// BROWSER_TEST_PORT lets two checkouts on one machine run their browser tests side by side.
const port = Number(process.env.BROWSER_TEST_PORT ?? 4180);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/browser',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A journey takes 10–40 s on a quiet machine; CI machines are slower and shared, so allow three minutes.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-CA',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
    cwd: '../..',
  },
});
